/**
 * Annotations that declare pods at build time, read by the {@code podwright-codegen} annotation
 * processor. This package has no dependencies, and every annotation has {@code CLASS} retention:
 * nothing here is needed at run time.
 *
 * <pre>{@code
 * @PodSpec(name = "web", volumes = @Volume(name = "logs", emptyDir = @EmptyDir))
 * interface WebPod {
 *   @Sidecar(image = "fluent/fluent-bit:3.1",
 *       mounts = @Mount(volume = "logs", path = "/var/log/app", readOnly = true))
 *   void logShipper();
 *
 *   @Main(image = "nginx:1.27", ports = @Port(name = "http", containerPort = 8080),
 *       mounts = @Mount(volume = "logs", path = "/var/log/app"))
 *   void app();
 * }
 * }</pre>
 *
 * <p>The processor generates {@code WebPodSpec} with a static {@code pod()} method that builds the
 * pod through the public DSL, and the manifest {@code META-INF/podwright/web.yaml} as a class-path
 * resource, or fails the compilation with an error on the offending annotation value.
 *
 * <p><b>Workloads.</b> {@link JobSpec}, {@link CronJobSpec}, {@link DeploymentSpec},
 * {@link StatefulSetSpec} or {@link DaemonSetSpec} on the type (one of them) declares a workload
 * instead; a {@link PodSpec} without a name then describes its pod template. Deployments, stateful
 * sets and daemon sets select their pods by the template's labels, so their {@code @PodSpec} must
 * declare labels. The generated method is named after the kind: {@code job()},
 * {@code cronJob()}, {@code deployment()}, {@code statefulSet()} or {@code daemonSet()}.
 *
 * <p><b>Only what is written counts.</b> An element left out is unset, whatever its default:
 * {@code runAsUser = 0} sets {@code runAsUser: 0}, while leaving {@code runAsUser} out omits the
 * field. Defaults exist only so that elements may be left out.
 */
package dev.podwright.annotations;
