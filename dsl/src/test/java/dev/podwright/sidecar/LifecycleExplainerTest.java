package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.sleep;
import static dev.podwright.dsl.Pods.startupProbe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.dsl.RestartPolicy;
import dev.podwright.model.Container;
import dev.podwright.model.ExecAction;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Probe;
import dev.podwright.sidecar.LifecyclePlan.Gate;
import dev.podwright.sidecar.LifecyclePlan.StopAction;
import dev.podwright.sidecar.LifecycleWarning.Code;
import dev.podwright.validation.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleExplainerTest {
  static Pod meshedPod() {
    return pod("web")
        .init(initContainer("istio-init").image("istio/proxyv2:1.28.0").requests(cpu("10m")))
        .sidecar(sidecar("istio-proxy").image("istio/proxyv2:1.28.0")
            .startupProbe(startupProbe(httpGet("/healthz/ready", 15021)).periodSeconds(1)
                .failureThreshold(600))
            .preStop(exec("pilot-agent", "request", "POST", "drain")))
        .sidecar(sidecar("log-agent").image("fluent/fluent-bit:3.1").port("metrics", 2020))
        .main(container("app").image("nginx:1.27").preStop(sleep(5)))
        .main(container("worker").image("worker:2"))
        .build();
  }

  @Test
  void explainsStartSteadyStateAndStop() {
    LifecyclePlan plan = LifecycleExplainer.defaults().explain(meshedPod());

    assertThat(plan.toText()).isEqualTo("""
        Pod/web (restartPolicy Always, terminationGracePeriodSeconds 30, Kubernetes 1.33)

        Start
          1. init istio-init: runs to completion; the next step waits until it exits 0 \
        (if it fails, it is retried with back-off)
          2. sidecar istio-proxy: starts and keeps running; the next step waits until its \
        startupProbe succeeds (if it has not succeeded after 600s, the sidecar is restarted)
          3. sidecar log-agent: starts and keeps running; nothing gates the next step, which \
        starts as soon as log-agent is running
          4. main app, worker: start together once every init container has completed and \
        every sidecar has started

        Steady state
          running: istio-proxy (sidecar), log-agent (sidecar), app, worker
          ready when the readiness probes pass of: (none; running counts as ready)
          restarts: sidecars are restarted whenever they exit, whatever the pod restartPolicy; \
        main containers are restarted whenever they exit (restartPolicy Always)
          completion: the pod runs until it is deleted or evicted

        Stop (one grace period: 30s)
          1. termination starts: the preStop hooks of app, istio-proxy (sidecar) run at once
          2. main containers get SIGTERM: app (after its preStop hook), worker
          3. after the last main container has exited: sidecar log-agent gets SIGTERM
          4. after log-agent has exited: sidecar istio-proxy gets SIGTERM (once its preStop \
        hook has finished)
          5. all of this shares one grace period of 30s; when it runs out, every container \
        still running gets SIGTERM and about 2s later SIGKILL

        Warnings
          [sidecar-without-startup-probe] spec.initContainers[2] (log-agent): sidecar has no \
        startupProbe or postStart hook, so app, worker may start before it is ready, though it \
        serves ports 2020; add a startupProbe that checks it is serving
        """);
    assertThat(plan.start()).extracting(LifecyclePlan.StartStep::gate).containsExactly(
        Gate.RUN_TO_COMPLETION, Gate.STARTUP_PROBE, Gate.NONE, Gate.NONE);
    assertThat(plan.stop()).extracting(LifecyclePlan.StopStep::action).containsExactly(
        StopAction.PRE_STOP, StopAction.STOP_MAIN, StopAction.STOP_SIDECAR,
        StopAction.STOP_SIDECAR, StopAction.GRACE_PERIOD_EXPIRES);
  }

  @Test
  void postStartHookGatesTheNextStep() {
    Pod pod = pod("p")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.31")
            .postStart(exec("pilot-agent", "wait")))
        .main(container("app").image("app:1"))
        .build();

    LifecyclePlan plan = LifecycleExplainer.defaults().explain(pod);

    assertThat(plan.start().get(0).gate()).isEqualTo(Gate.POST_START);
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void proxyImageWithoutStartupProbeIsWarnedAbout() {
    Pod pod = pod("p")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.31"))
        .main(container("app").image("app:1"))
        .build();

    assertThat(LifecycleExplainer.defaults().explain(pod).warnings())
        .extracting(LifecycleWarning::code, LifecycleWarning::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Code.SIDECAR_WITHOUT_STARTUP_PROBE, "spec.initContainers[0]"));
  }

  @Test
  void quietSidecarWithoutPortsIsNotWarnedAbout() {
    Pod pod = pod("p")
        .sidecar(sidecar("reloader").image("acme/reloader:1"))
        .main(container("app").image("app:1"))
        .build();

    assertThat(LifecycleExplainer.defaults().explain(pod).warnings()).isEmpty();
  }

  @Test
  void jobPodWithRegularProxyContainerNeverCompletes() {
    Pod pod = pod("batch")
        .main(container("work").image("acme/etl:3"))
        .main(container("cloud-sql-proxy")
            .image("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0"))
        .restartPolicy(RestartPolicy.NEVER)
        .build();

    List<LifecycleWarning> warnings = LifecycleExplainer.defaults().explain(pod).warnings();

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).toString()).isEqualTo("[job-never-completes] spec.containers[1] "
        + "(cloud-sql-proxy): looks like a long-running Cloud SQL Auth Proxy (image "
        + "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0); as a regular container it keeps "
        + "running after the other containers finish, so the pod never completes; make it a "
        + "native sidecar (podwright migrate --sidecar cloud-sql-proxy)");
  }

  @Test
  void longRunningPodWithProxyContainerIsFine() {
    Pod pod = pod("svc")
        .main(container("work").image("acme/api:3"))
        .main(container("envoy").image("envoyproxy/envoy:v1.31"))
        .build();

    assertThat(LifecycleExplainer.defaults().explain(pod).warnings()).isEmpty();
  }

  @Test
  void preStopSleepCommandLongerThanGracePeriod() {
    Container app = Container.builder().name("app").image("app:1")
        .lifecycle(Lifecycle.builder().preStop(LifecycleHandler.builder()
            .exec(ExecAction.builder().command(List.of("/bin/sh", "-c", "sleep 45; kill 1"))
                .build())
            .build()).build())
        .build();
    Pod pod = Pod.builder().spec(PodSpec.builder().addContainer(app)
        .terminationGracePeriodSeconds(40L).build()).build();

    List<LifecycleWarning> warnings = LifecycleExplainer.defaults().explain(pod).warnings();

    assertThat(warnings).extracting(LifecycleWarning::code)
        .containsExactly(Code.PRESTOP_EXCEEDS_GRACE_PERIOD);
    assertThat(warnings.get(0).path()).isEqualTo("spec.containers[0].lifecycle.preStop");
    assertThat(warnings.get(0).message()).startsWith("preStop sleeps 45s but the pod's grace "
        + "period is 40s");
  }

  @Test
  void preStopSleepShorterThanGracePeriodIsFine() {
    Pod pod = pod("p").main(container("app").image("app:1").preStop(sleep(29))).build();

    assertThat(LifecycleExplainer.defaults().explain(pod).warnings()).isEmpty();
  }

  @Test
  void startupProbeBudgetBeyondActiveDeadline() {
    Pod pod = pod("p")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1.31")
            .startupProbe(startupProbe(httpGet("/ready", 9901)).periodSeconds(1)
                .failureThreshold(600)))
        .main(container("app").image("app:1"))
        .activeDeadlineSeconds(300)
        .restartPolicy(RestartPolicy.NEVER)
        .build();

    List<LifecycleWarning> warnings = LifecycleExplainer.defaults().explain(pod).warnings();

    assertThat(warnings).extracting(LifecycleWarning::code)
        .containsExactly(Code.STARTUP_PROBE_EXCEEDS_DEADLINE);
    assertThat(warnings.get(0).message()).contains("600s", "activeDeadlineSeconds 300");
  }

  @Test
  void kubernetes128StopsSidecarsWithMainContainersAndWarns() {
    Pod pod = pod("p")
        .sidecar(sidecar("agent").image("acme/agent:1")
            .startupProbe(startupProbe(httpGet("/ready", 8080))))
        .main(container("app").image("app:1"))
        .build();

    LifecyclePlan plan = LifecycleExplainer.forProfile(Profile.of("1.28")).explain(pod);

    assertThat(plan.warnings()).extracting(LifecycleWarning::code)
        .containsExactly(Code.SIDECARS_NOT_ENABLED);
    assertThat(plan.stop()).extracting(LifecyclePlan.StopStep::action)
        .containsExactly(StopAction.STOP_MAIN, StopAction.GRACE_PERIOD_EXPIRES);
    assertThat(plan.stop().get(0).text()).contains("sidecars included, gets SIGTERM at once");
  }

  @Test
  void featureGateOverrideEnablesSidecarsOn128() {
    Pod pod = pod("p").sidecar(sidecar("agent").image("acme/agent:1"))
        .main(container("app").image("app:1")).build();

    LifecyclePlan plan = LifecycleExplainer.forProfile(
        Profile.of("1.28").withFeatureGate("SidecarContainers", true)).explain(pod);

    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void readsSleepFromCommonPreStopCommands() {
    assertThat(LifecycleExplainer.sleepSeconds(execHook("sleep", "15"))).hasValue(15);
    assertThat(LifecycleExplainer.sleepSeconds(execHook("/bin/sleep", "15s"))).hasValue(15);
    assertThat(LifecycleExplainer.sleepSeconds(execHook("sh", "-c", "nginx -s quit && sleep 7")))
        .hasValue(7);
    assertThat(LifecycleExplainer.sleepSeconds(execHook("sh", "-c", "sleepy 7"))).isEmpty();
    assertThat(LifecycleExplainer.sleepSeconds(execHook("sleep", "infinity"))).isEmpty();
  }

  @Test
  void startupProbeDefaultsGiveThirtySeconds() {
    assertThat(LifecycleExplainer.worstCase(Probe.builder().build())).isEqualTo(30);
  }

  private static LifecycleHandler execHook(String... command) {
    return LifecycleHandler.builder()
        .exec(ExecAction.builder().command(List.of(command)).build()).build();
  }
}
