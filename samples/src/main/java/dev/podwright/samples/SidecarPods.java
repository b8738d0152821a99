package dev.podwright.samples;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.tcpSocket;

import dev.podwright.dsl.RestartPolicy;
import dev.podwright.model.Pod;
import dev.podwright.model.Volume;

/** Sidecar layouts beyond the mesh: one-shot pods, log shipping and interleaved start-up. */
public final class SidecarPods {
  private SidecarPods() {}

  /**
   * Sample (iii): a {@code restartPolicy: Never} pod whose main container exits after one second
   * while its sidecar keeps running. The pod still succeeds: the kubelet stops sidecars once the
   * last main container has exited, and their exit codes do not count.
   */
  public static Pod runOncePod() {
    return pod("run-once")
        .restartPolicy(RestartPolicy.NEVER)
        .sidecar(sidecar("heartbeat").image("busybox:1.37")
            .command("sh", "-c", "while true; do date; sleep 5; done"))
        .main(container("task").image("busybox:1.37")
            .command("sh", "-c", "echo working; sleep 1; echo done"))
        .build();
  }

  /**
   * Sample (iv): a log shipper sidecar that shares an {@code emptyDir} with the app. Because it
   * starts first and stops last, it sees the app's first and last log lines.
   */
  public static Pod logShipperPod() {
    Volume logs = emptyDir("app-logs");
    return pod("web-with-logs")
        .label("app", "web")
        .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:4.0.3")
            .args("-H", "-P", "2020", "-i", "tail", "-p", "path=/var/log/app/*.log", "-o", "stdout")
            .port("http", 2020)
            .requests(cpu("50m"), memory("64Mi"))
            .limits(memory("128Mi"))
            .volumeMount(mount(logs, "/var/log/app").readOnly())
            .startupProbe(startupProbe(httpGet("/", "http")).periodSeconds(1)))
        .main(container("web").image("nginx:1.29")
            .port("http", 80)
            .readinessProbe(readinessProbe(httpGet("/", "http")).successThreshold(2))
            .volumeMount(logs, "/var/log/app"))
        .build();
  }

  /**
   * Sample (v): a batch-style pod with two sidecars interleaved with two init containers, the
   * worked example of the effective-resource formula (KEP-753): {@code migrate} runs alone;
   * {@code proxy} starts and keeps running while {@code seed} runs; {@code log-agent} joins; then
   * {@code app}. The pod requests cpu 700m and memory 576Mi before overhead.
   */
  public static Pod interleavedBatchPod() {
    return pod("batch-interleaved")
        .restartPolicy(RestartPolicy.ON_FAILURE)
        .init(initContainer("migrate").image("flyway/flyway:11")
            .args("migrate")
            .requests(cpu("500m"), memory("256Mi")))
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.34.1")
            .port("admin", 9901)
            .requests(cpu("100m"), memory("64Mi"))
            .startupProbe(startupProbe(tcpSocket("admin")).periodSeconds(1).failureThreshold(30)))
        .init(initContainer("seed").image("busybox:1.37")
            .command("sh", "-c", "echo seeding through the proxy")
            .requests(cpu("300m"), memory("512Mi")))
        .sidecar(sidecar("log-agent").image("timberio/vector:0.48.0-debian")
            .requests(cpu("200m"), memory("128Mi")))
        .main(container("app").image("busybox:1.37")
            .command("sh", "-c", "echo batch work; sleep 5")
            .requests(cpu("400m"), memory("256Mi")))
        .build();
  }
}
