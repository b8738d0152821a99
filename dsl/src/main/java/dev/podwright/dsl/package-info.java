/**
 * The staged DSL for pods with native sidecars. Start with {@code import static
 * dev.podwright.dsl.Pods.*}:
 *
 * <pre>{@code
 * Pod pod = pod("sleep")
 *     .init(initContainer("istio-init").image("istio/proxyv2:1.28.0"))
 *     .sidecar(sidecar("istio-proxy").image("istio/proxyv2:1.28.0")
 *         .startupProbe(startupProbe(httpGet("/healthz/ready", 15021)).periodSeconds(1)))
 *     .main(container("sleep").image("curlimages/curl").command("/bin/sleep", "infinity"))
 *     .build();
 * }</pre>
 *
 * <p>The step types make wrong programs fail to compile: a sidecar's restart policy is always
 * {@code Always}; an {@link dev.podwright.dsl.InitContainer} has no probe or hook methods; no
 * sidecar or init container can follow the first main container, so code order is start order;
 * only a {@link dev.podwright.dsl.PodMainStep} can be built; a container needs a name and an image;
 * only a {@link dev.podwright.dsl.ReadinessProbe} has {@code successThreshold}; a probe has one
 * handler and an environment variable one source; a mount takes a volume object and declares it.
 * Every step is immutable, so a half-built pod can be the base of several pods.
 *
 * <p>Workloads wrap a pod template built the same way ({@code template()} starts one, a
 * {@link dev.podwright.dsl.TemplateInitStep} with no {@code restartPolicy}, {@code namespace} or
 * {@code activeDeadlineSeconds}): {@code job(name, JobRestartPolicy.NEVER, template)},
 * {@code cronJob}, {@code deployment}, {@code statefulSet} and {@code daemonSet}, which take only
 * a template. A Job's restart policy must be chosen and cannot be {@code Always}, and its
 * template cannot contradict it; selectors come from the template labels where a kind needs one.
 * {@code build()} and {@code toYaml()} validate for Kubernetes 1.33; {@code build(Profile)} and
 * {@code toYaml(Profile)} for another target version.
 */
@NullMarked
package dev.podwright.dsl;

import org.jspecify.annotations.NullMarked;
