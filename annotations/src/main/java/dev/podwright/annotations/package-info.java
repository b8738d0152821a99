/**
 * Annotations that declare pods at build time, read by the {@code podwright-codegen} annotation
 * processor. This package has no dependencies, and every annotation has {@code CLASS} retention:
 * nothing here is needed at run time. The annotations are nested in {@link Podwright}, so that
 * {@code @Podwright.PodSpec}, {@code @Podwright.Volume} or {@code @Podwright.Probe} never clash
 * with the model's {@code PodSpec}, {@code Volume} or {@code Probe}:
 *
 * <pre>{@code
 * import dev.podwright.annotations.Podwright;
 *
 * @Podwright.PodSpec(name = "web",
 *     volumes = @Podwright.Volume(name = "logs", emptyDir = @Podwright.EmptyDir))
 * interface WebPod {
 *   @Podwright.Sidecar(image = "fluent/fluent-bit:3.1",
 *       mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app", readOnly = true))
 *   void logShipper();
 *
 *   @Podwright.Main(image = "nginx:1.27",
 *       ports = @Podwright.Port(name = "http", containerPort = 8080),
 *       mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app"))
 *   void app();
 * }
 * }</pre>
 *
 * <p>The top-level annotations with the same simple names ({@code @PodSpec}, {@code @Main}, ...)
 * are deprecated for removal in the next release: the processor still reads them, with a
 * {@code [PodwrightDeprecated]} warning. Replace {@code @X} by {@code @Podwright.X}.
 *
 * <p>The processor generates {@code WebPodSpec} with a static {@code pod()} method that builds the
 * pod through the public DSL, and the manifest {@code META-INF/podwright/web.yaml} as a class-path
 * resource, or fails the compilation with an error on the offending annotation value.
 *
 * <p><b>Workloads.</b> {@link Podwright.JobSpec}, {@link Podwright.CronJobSpec},
 * {@link Podwright.DeploymentSpec}, {@link Podwright.StatefulSetSpec} or
 * {@link Podwright.DaemonSetSpec} on the type (one of them) declares a workload instead; a
 * {@link Podwright.PodSpec} without a name then describes its pod template. Deployments, stateful
 * sets and daemon sets select their pods by the template's labels, so their {@code @PodSpec} must
 * declare labels. The generated method is named after the kind: {@code job()},
 * {@code cronJob()}, {@code deployment()}, {@code statefulSet()} or {@code daemonSet()}.
 *
 * <p><b>Only what is written counts.</b> An element left out is unset, whatever its default:
 * {@code runAsUser = 0} sets {@code runAsUser: 0}, while leaving {@code runAsUser} out omits the
 * field. Defaults exist only so that elements may be left out.
 */
package dev.podwright.annotations;
