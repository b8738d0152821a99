package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A StatefulSet's pod template goes through {@code pod.DropDisabledTemplateFields} in
 * {@code statefulSetStrategy.PrepareForCreate} on every version, though its pod spec is
 * validated only from 1.34: the drops warn (and fields a version's decoder lacks are refused)
 * before 1.34 too, while the pod spec's own rules stay off.
 */
class StatefulSetTemplateDropsTest {
  private static final String STS = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n"
      + "  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n"
      + "  template:\n    metadata:\n      labels: {app: db}\n    spec:\n%s";

  private static ValidationReport report(String version, String spec) {
    return Validator.forProfile(Profile.of(version)).report(
        ManifestReader.read(String.format(STS, spec)).get(0));
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(FieldError::toString).collect(Collectors.toList());
  }

  private static final String RESIZE = "      containers:\n      - name: a\n"
      + "        image: busybox:1.37\n"
      + "        resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]\n";

  @Test
  void gatedContainerFieldsAreDroppedWithAWarningBefore134() {
    // InPlacePodVerticalScaling: alpha (off) up to 1.32, beta (on) from 1.33.
    ValidationReport r = report("1.30", RESIZE);
    assertThat(errors(r)).isEmpty();
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0)).startsWith(
        "spec.template.spec.containers[0].resizePolicy: dropped: the InPlacePodVerticalScaling "
            + "feature gate is off in Kubernetes 1.30");
    assertThat(report("1.33", RESIZE).warnings()).isEmpty();
  }

  @Test
  void podSpecRulesStayOffBefore134() {
    // A readiness probe on a plain init container: Forbidden in a pod spec, not checked in a
    // StatefulSet template before 1.34; the drop machinery adds nothing for it.
    String spec = "      initContainers:\n      - name: init\n        image: busybox:1.37\n"
        + "        readinessProbe: {tcpSocket: {port: 80}}\n"
        + "      containers:\n      - name: a\n        image: busybox:1.37\n";
    assertThat(errors(report("1.30", spec))).isEmpty();
    assertThat(errors(report("1.34", spec))).containsExactly(
        "spec.template.spec.initContainers[0].readinessProbe: Forbidden: may not be set for init "
            + "containers without restartPolicy=Always");
  }

  @Test
  void nativeSidecarRestartPolicyPerVersion() {
    String spec = "      initContainers:\n      - name: proxy\n        image: proxy:1.0\n"
        + "        restartPolicy: Always\n"
        + "      containers:\n      - name: a\n        image: busybox:1.37\n";
    assertThat(errors(report("1.27", spec))).hasSize(1).first().asString().startsWith(
        "spec.template.spec.initContainers[0].restartPolicy: Forbidden: field does not exist "
            + "before Kubernetes 1.28");
    ValidationReport r128 = report("1.28", spec);
    assertThat(errors(r128)).isEmpty();
    assertThat(r128.warnings()).hasSize(1);
    assertThat(r128.warnings().get(0)).startsWith(
        "spec.template.spec.initContainers[0].restartPolicy: dropped: the SidecarContainers");
    ValidationReport r129 = report("1.29", spec);
    assertThat(errors(r129)).isEmpty();
    assertThat(r129.warnings()).isEmpty();
  }
}
