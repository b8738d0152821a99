package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.pod;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ExecAction;
import dev.podwright.model.GRPCAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.HTTPHeader;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.Probe;
import dev.podwright.model.SleepAction;
import dev.podwright.model.TCPSocketAction;
import org.junit.jupiter.api.Test;

class ProbeRulesTest {
  private static final Probe TCP = Probe.builder()
      .tcpSocket(TCPSocketAction.builder().port(IntOrString.of(8080)).build()).build();

  private static LifecycleHandler sleep(long seconds) {
    return LifecycleHandler.builder().sleep(SleepAction.builder().seconds(seconds).build())
        .build();
  }

  @Test
  void probeNeedsAHandler() {
    assertThat(errors(podWith(container("app").livenessProbe(Probe.builder().build()).build())))
        .containsExactly("spec.containers[0].livenessProbe: Required value: must specify a "
            + "handler type");
  }

  @Test
  void secondHandlerIsForbiddenOnTheLaterOne() {
    Probe probe = Probe.builder().from(TCP)
        .exec(ExecAction.builder().addCommand("true").build())
        .grpc(GRPCAction.builder().port(9090).build()).build();
    assertThat(errors(podWith(container("app").readinessProbe(probe).build()))).containsExactly(
        "spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 "
            + "handler type",
        "spec.containers[0].readinessProbe.grpc: Forbidden: may not specify more than 1 handler "
            + "type");
  }

  @Test
  void handlerDetails() {
    Probe probe = Probe.builder().httpGet(HTTPGetAction.builder().port(IntOrString.of("HTTP"))
        .scheme("FTP").addHttpHeader(HTTPHeader.builder().name("X Bad").value("v").build())
        .build()).build();
    assertThat(errors(podWith(container("app").startupProbe(probe).build()))).containsExactly(
        "spec.containers[0].startupProbe.httpGet.port: Invalid value: \"HTTP\": must contain "
            + "only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
        "spec.containers[0].startupProbe.httpGet.port: Invalid value: \"HTTP\": must contain at "
            + "least one letter (a-z)",
        "spec.containers[0].startupProbe.httpGet.scheme: Unsupported value: \"FTP\": supported "
            + "values: \"HTTP\", \"HTTPS\"",
        "spec.containers[0].startupProbe.httpGet.httpHeaders: Invalid value: \"X Bad\": a valid "
            + "HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', "
            + "regex used for validation is '[-A-Za-z0-9]+')");
  }

  @Test
  void negativeTimingsAndThresholds() {
    Probe probe = Probe.builder().from(TCP).initialDelaySeconds(-1).failureThreshold(-2)
        .successThreshold(3).build();
    assertThat(errors(podWith(container("app").livenessProbe(probe).build()))).containsExactly(
        "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -1: must be "
            + "greater than or equal to 0",
        "spec.containers[0].livenessProbe.failureThreshold: Invalid value: -2: must be greater "
            + "than or equal to 0",
        "spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1");
  }

  @Test
  void zeroTimingsAreDefaultedNotRejected() {
    Probe probe = Probe.builder().from(TCP).timeoutSeconds(0).periodSeconds(0)
        .successThreshold(0).failureThreshold(0).build();
    assertThat(errors(podWith(container("app").livenessProbe(probe).startupProbe(probe)
        .build()))).isEmpty();
  }

  @Test
  void probeGracePeriodRules() {
    Probe zero = Probe.builder().from(TCP).terminationGracePeriodSeconds(0L).build();
    Probe ok = Probe.builder().from(TCP).terminationGracePeriodSeconds(10L).build();
    assertThat(errors(podWith(container("app").livenessProbe(zero).readinessProbe(ok).build())))
        .containsExactly(
            "spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: "
                + "must be greater than 0",
            "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: "
                + "10: must not be set for readinessProbes");
  }

  @Test
  void sleepLongerThanGracePeriodIsInvalid() {
    Lifecycle l = Lifecycle.builder().preStop(sleep(40)).build();
    assertThat(errors(podWith(container("app").lifecycle(l).build()))).containsExactly(
        "spec.containers[0].lifecycle.preStop.sleep: Invalid value: 40: must be non-negative "
            + "and less than terminationGracePeriodSeconds (30)");
  }

  @Test
  void sleepZeroNeedsTheAllowZeroGate() {
    Lifecycle l = Lifecycle.builder().preStop(sleep(0)).build();
    assertThat(errors(podWith(container("app").lifecycle(l).build()))).isEmpty();
    assertThat(errors(Profile.of("1.32"), podWith(container("app").lifecycle(l).build())))
        .containsExactly("spec.containers[0].lifecycle.preStop.sleep: Invalid value: 0: must be "
            + "greater than 0 and less than terminationGracePeriodSeconds (30). Enable "
            + "AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.");
  }

  @Test
  void sleepRefusalNamesNoGateBefore132() {
    Lifecycle l = Lifecycle.builder().preStop(sleep(0)).build();
    assertThat(errors(Profile.of("1.31"), podWith(container("app").lifecycle(l).build())))
        .containsExactly("spec.containers[0].lifecycle.preStop.sleep: Invalid value: 0: must be "
            + "greater than 0 and less than terminationGracePeriodSeconds (30)");
  }

  @Test
  void sleepEqualToGracePeriodPasses() {
    Lifecycle l = Lifecycle.builder().preStop(sleep(45)).build();
    assertThat(errors(pod(s -> s.terminationGracePeriodSeconds(45L)
        .addContainer(container("app").lifecycle(l).build())))).isEmpty();
  }

  @Test
  void grpcIsNotALifecycleHandlerAndEmptyHookNeedsOne() {
    Lifecycle l = Lifecycle.builder().postStart(LifecycleHandler.builder().build()).build();
    assertThat(errors(podWith(container("app").lifecycle(l).build()))).containsExactly(
        "spec.containers[0].lifecycle.postStart: Required value: must specify a handler type");
  }

  @Test
  void sleepIsDroppedWithAWarningWhereItsGateIsOff() {
    Lifecycle l = Lifecycle.builder().preStop(sleep(5)).build();
    Profile p = Profile.of("1.29");
    assertThat(errors(p, podWith(container("app").lifecycle(l).build()))).containsExactly(
        "spec.containers[0].lifecycle.preStop: Required value: must specify a handler type");
    assertThat(TestPods.warnings(p, podWith(container("app").lifecycle(l).build())))
        .containsExactly("spec.containers[0].lifecycle.preStop.sleep: dropped: the "
            + "PodLifecycleSleepAction feature gate is off in Kubernetes 1.29, so the API server "
            + "silently removes the field");
  }
}
