package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every gate of {@link Profile}'s table turned against its default, one row per gate and
 * direction (on to off, off to on) in a version where the gate can be set so: a manifest, and
 * what the server then does, written from upstream's code, not from this library's output. The
 * errors are {@code path: type} in the server's order; the warnings are the paths of the fields
 * dropped (or reset) with a warning. Each row must also change what the default profile reports,
 * so a gate no rule reads fails here.
 *
 * <p>Sources, unless a row says otherwise: pkg/apis/core/validation/validation.go and
 * pkg/features/kube_features.go as vendored at release tags in ceph/ceph-csi (v1.27.4, v1.28.0,
 * v1.29.0, v1.30.0, v1.31.0) and openshift-kni/scheduler-plugins (v1.32.5, v1.33.3, v1.34.1,
 * v1.35.7); pkg/api/pod/util.go ({@code dropDisabledFields},
 * {@code GetValidationOptionsFromPodSpecAndMeta}) as read in a 1.29-cycle copy and in the
 * copies each rule class cites.
 */
class GateOverridesTest {
  /**
   * The directions no row covers, each with why: upstream's create-time validation, drops and
   * defaults ignore the gate in that direction, or the effect is pinned elsewhere (named).
   * Keys are {@code Gate=value}.
   */
  private static final Map<String, String> NO_ROW = noRow();

  private static Map<String, String> noRow() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("InPlacePodVerticalScalingInitContainers=false", "relaxes only the resize subresource"
        + " (an update); create-time validation does not read it");
    m.put("DeclarativeValidation=false", "1.33 to 1.35: declarative rules run beside the"
        + " hand-written ones and their errors are dropped unless DeclarativeValidationTakeover"
        + " is on, so a create's verdict does not change");
    m.put("UserNamespacesStatelessPodsSupport=true", "1.27: pinned by _gates20_cases.py");
    return m;
  }

  private record Row(String gate, String version, boolean value, String manifest,
      List<String> errors, List<String> warnings) {
    Profile profile() {
      return Profile.of(version).withFeatureGate(gate, value);
    }

    String key() {
      return gate + "=" + value;
    }
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(String gate, String version, boolean value, String manifest,
      List<String> errors, List<String> warnings) {
    ROWS.add(new Row(gate, version, value, manifest, errors, warnings));
  }

  private static String pod(String spec) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n" + spec.indent(2);
  }

  private static String pod(String annotations, String spec) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n"
        + annotations.indent(4) + "spec:\n" + spec.indent(2);
  }

  private static final String APP = "containers:\n- name: app\n  image: nginx:1.27\n";

  /** {@code app} with {@code extra} added to the container (indented as a container field). */
  private static String app(String extra) {
    return APP + extra.indent(2);
  }

  static {
    // ------------------------------------------------ the six added to the table
    // 1.27 dropDisabledFields: schedulingGates while PodSchedulingReadiness is off.
    row("PodSchedulingReadiness", "1.27", false,
        pod(APP + "schedulingGates:\n- name: bad gate\n"),
        List.of(), List.of("spec.schedulingGates"));
    // dropDisabledTopologySpreadConstraintsFields: minDomains while its gate is off.
    row("MinDomainsInPodTopologySpread", "1.29", false,
        pod(APP + "topologySpreadConstraints:\n- maxSkew: 1\n  topologyKey: zone\n"
            + "  whenUnsatisfiable: DoNotSchedule\n  minDomains: 0\n"),
        List.of(), List.of("spec.topologySpreadConstraints[0].minDomains"));
    // 1.27: liveness and startup probes lose terminationGracePeriodSeconds; readiness keeps it.
    row("ProbeTerminationGracePeriod", "1.27", false,
        pod(app("livenessProbe:\n  exec: {command: [\"true\"]}\n"
            + "  terminationGracePeriodSeconds: 0\n")),
        List.of(), List.of("spec.containers[0].livenessProbe.terminationGracePeriodSeconds"));
    // AppArmor off: the annotations are deleted, so an invalid one passes.
    row("AppArmor", "1.29", false,
        pod("container.apparmor.security.beta.kubernetes.io/app: bogus", APP),
        List.of(), List.of("metadata.annotations[container.apparmor.security.beta."
            + "kubernetes.io/app]"));
    // 1.30, AppArmorFields off: the fields go (so no Localhost without a name), the annotation
    // stays and is validated, and nothing matches them.
    row("AppArmorFields", "1.30", false,
        pod("container.apparmor.security.beta.kubernetes.io/app: runtime/default",
            app("securityContext:\n  appArmorProfile: {type: Localhost}\n")),
        List.of(), List.of("spec.containers[0].securityContext.appArmorProfile"));
    // AllowInvalidPodDeletionCost: !PodDeletionCost.
    row("PodDeletionCost", "1.33", false,
        pod("controller.kubernetes.io/pod-deletion-cost: abc", APP), List.of(), List.of());

    // ------------------------------------------------ containers
    String sidecar = "initContainers:\n- name: proxy\n  image: envoy:1.31\n"
        + "  restartPolicy: Always\n  readinessProbe: {tcpSocket: {port: 80}}\n" + APP;
    // dropDisabledFields: init containers' restartPolicy while SidecarContainers is off; a
    // plain init container may not have a readiness probe (validateInitContainers).
    row("SidecarContainers", "1.29", false, pod(sidecar),
        List.of("spec.initContainers[0].readinessProbe: Forbidden"),
        List.of("spec.initContainers[0].restartPolicy"));
    row("SidecarContainers", "1.28", true, pod(sidecar), List.of(),
        List.of("spec.initContainers"));
    String restartRules = app("restartPolicy: Never\nrestartPolicyRules:\n- action: Restart\n"
        + "  exitCodes: {operator: In, values: [42]}\n");
    row("ContainerRestartRules", "1.35", false, pod(restartRules), List.of(),
        List.of("spec.containers[0].restartPolicy", "spec.containers[0].restartPolicyRules"));
    row("ContainerRestartRules", "1.34", true, pod(restartRules), List.of(), List.of());
    // v1.35.7: AllowRestartAllContainers; off, the action is NotSupported.
    row("RestartAllContainersOnContainerExits", "1.35", true,
        pod(app("restartPolicy: Never\nrestartPolicyRules:\n- action: RestartAllContainers\n"
            + "  exitCodes: {operator: In, values: [42]}\n")), List.of(), List.of());
    String digitEnv = app("env:\n- {name: 1st, value: x}\n");
    row("RelaxedEnvironmentVariableValidation", "1.32", false, pod(digitEnv),
        List.of("spec.containers[0].env[0].name: Invalid value"), List.of());
    row("RelaxedEnvironmentVariableValidation", "1.31", true, pod(digitEnv), List.of(),
        List.of());
    // validateSleepAction: more than terminationGracePeriodSeconds (30) is Invalid at sleep.
    String longSleep = app("lifecycle:\n  preStop:\n    sleep: {seconds: 100}\n");
    row("PodLifecycleSleepAction", "1.30", false, pod(longSleep), List.of(),
        List.of("spec.containers[0].lifecycle.preStop.sleep"));
    row("PodLifecycleSleepAction", "1.29", true, pod(longSleep),
        List.of("spec.containers[0].lifecycle.preStop.sleep: Invalid value"), List.of());
    String zeroSleep = app("lifecycle:\n  preStop:\n    sleep: {seconds: 0}\n");
    row("PodLifecycleSleepActionAllowZero", "1.33", false, pod(zeroSleep),
        List.of("spec.containers[0].lifecycle.preStop.sleep: Invalid value"), List.of());
    row("PodLifecycleSleepActionAllowZero", "1.32", true, pod(zeroSleep), List.of(),
        List.of());
    // validateResizePolicy (v1.32.5): an unknown restartPolicy is NotSupported at resizePolicy.
    String resize = app("resizePolicy:\n- {resourceName: cpu, restartPolicy: Sometimes}\n");
    row("InPlacePodVerticalScaling", "1.32", true, pod(resize),
        List.of("spec.containers[0].resizePolicy: Unsupported value"), List.of());
    row("InPlacePodVerticalScaling", "1.33", false, pod(resize), List.of(),
        List.of("spec.containers[0].resizePolicy"));
    String stopSignal = app("lifecycle:\n  stopSignal: SIGTERM\n");
    // validateContainerStopSignal: a pod without spec.os.name may not set it.
    row("ContainerStopSignals", "1.33", true, pod(stopSignal),
        List.of("spec.containers[0].lifecycle.stopSignal: Forbidden"), List.of());

    // ------------------------------------------------ pod spec
    String hostname = APP + "hostnameOverride: Bad_Name\n";
    // validateHostnameOverride (v1.34.1): ValidateDNS1123Subdomain.
    row("HostnameOverride", "1.34", true, pod(hostname),
        List.of("spec.hostnameOverride: Invalid value"), List.of());
    row("HostnameOverride", "1.35", false, pod(hostname), List.of(),
        List.of("spec.hostnameOverride"));
    String userNs = APP + "hostUsers: false\nhostNetwork: true\n";
    // validateHostUsers: hostNetwork is Forbidden with hostUsers false.
    row("UserNamespacesSupport", "1.32", true, pod(userNs),
        List.of("spec.hostNetwork: Forbidden"), List.of());
    row("UserNamespacesSupport", "1.33", false, pod(userNs), List.of(),
        List.of("spec.hostUsers"));
    // v1.35.7: AllowUserNamespacesHostNetworkSupport lifts that.
    row("UserNamespacesHostNetworkSupport", "1.35", true, pod(userNs), List.of(), List.of());
    String lt = APP + "tolerations:\n- {key: cores, operator: Lt, value: \"5\", effect: NoSchedule}\n";
    row("TaintTolerationComparisonOperators", "1.35", true, pod(lt), List.of(), List.of());
    // v1.32.5 validatePodDNSConfig: AllowRelaxedDNSSearchValidation takes '_' in a search.
    String dns = APP + "dnsConfig:\n  searches: [_sip._tcp.example.com]\n";
    row("RelaxedDNSSearchValidation", "1.32", true, pod(dns), List.of(), List.of());
    row("RelaxedDNSSearchValidation", "1.33", false, pod(dns),
        List.of("spec.dnsConfig.searches[0]: Invalid value"), List.of());
    // v1.27.4: MaxDNSSearchPaths 6 unless ExpandedDNSConfig.
    row("ExpandedDNSConfig", "1.27", false,
        pod(APP + "dnsConfig:\n  searches: [a.io, b.io, c.io, d.io, e.io, f.io, g.io]\n"),
        List.of("spec.dnsConfig.searches: Invalid value"), List.of());
    String unmasked = app("securityContext: {procMount: Unmasked}\n");
    row("ProcMountType", "1.31", true, pod(unmasked),
        List.of("spec.containers[0].securityContext.procMount: Invalid value"), List.of());
    row("ProcMountType", "1.33", false, pod(unmasked), List.of(),
        List.of("spec.containers[0].securityContext.procMount"));
    String groups = APP + "securityContext: {supplementalGroupsPolicy: Loose}\n";
    row("SupplementalGroupsPolicy", "1.31", true, pod(groups),
        List.of("spec.securityContext.supplementalGroupsPolicy: Unsupported value"), List.of());
    row("SupplementalGroupsPolicy", "1.33", false, pod(groups), List.of(),
        List.of("spec.securityContext.supplementalGroupsPolicy"));
    String mountOption = APP + "securityContext: {seLinuxChangePolicy: MountOption}\n";
    // AllowOnlyRecursiveSELinuxChangePolicy: !SELinuxMount.
    row("SELinuxChangePolicy", "1.32", true, pod(mountOption),
        List.of("spec.securityContext.seLinuxChangePolicy: Unsupported value"), List.of());
    row("SELinuxChangePolicy", "1.33", false, pod(mountOption), List.of(),
        List.of("spec.securityContext.seLinuxChangePolicy"));
    row("SELinuxMount", "1.33", true, pod(mountOption), List.of(), List.of());
    row("SELinuxMount", "1.37", false, pod(mountOption),
        List.of("spec.securityContext.seLinuxChangePolicy: Unsupported value"), List.of());
    String spread = APP + "topologySpreadConstraints:\n- maxSkew: 1\n  topologyKey: zone\n"
        + "  whenUnsatisfiable: DoNotSchedule\n  labelSelector: {matchLabels: {app: web}}\n";
    row("NodeInclusionPolicyInPodTopologySpread", "1.30", false,
        pod(spread + "  nodeAffinityPolicy: Sometimes\n"), List.of(),
        List.of("spec.topologySpreadConstraints[0].nodeAffinityPolicy"));
    row("MatchLabelKeysInPodTopologySpread", "1.30", false,
        pod(spread + "  matchLabelKeys: [\"bad key\"]\n"), List.of(),
        List.of("spec.topologySpreadConstraints[0].matchLabelKeys"));
  }

  private static ValidationReport report(Profile profile, String manifest) {
    return Validator.forProfile(profile).report(ManifestReader.read(manifest).get(0));
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(e -> e.field() + ": " + e.type().text())
        .collect(Collectors.toList());
  }

  /** The paths the warnings start with: a warning reads {@code <path>: <what happens>}. */
  private static List<String> warningPaths(ValidationReport report) {
    return report.warnings().stream().map(w -> w.substring(0, w.indexOf(": ")))
        .collect(Collectors.toList());
  }

  @Test
  void eachOverrideDoesWhatTheServerDoes() {
    for (Row row : ROWS) {
      ValidationReport report = report(row.profile(), row.manifest());
      assertThat(errors(report)).as(row.key() + " on " + row.version()).isEqualTo(row.errors());
      assertThat(warningPaths(report)).as(row.key() + " on " + row.version())
          .containsAll(row.warnings());
    }
  }

  @Test
  void eachOverrideChangesWhatTheDefaultGives() {
    for (Row row : ROWS) {
      ValidationReport flipped = report(row.profile(), row.manifest());
      ValidationReport defaults = report(Profile.of(row.version()), row.manifest());
      assertThat(errors(flipped) + " " + flipped.warnings())
          .as(row.key() + " on " + row.version())
          .isNotEqualTo(errors(defaults) + " " + defaults.warnings());
    }
  }

  @Test
  void eachRowTurnsItsGateAgainstTheDefault() {
    for (Row row : ROWS) {
      assertThat(Profile.of(row.version()).isEnabled(row.gate()))
          .as(row.key() + " on " + row.version()).isNotEqualTo(row.value());
    }
  }

  /** Every direction a gate of the table can be set in some version has a row, or a reason. */
  @Test
  void everyGateAndDirectionHasARow() {
    TreeSet<String> missing = new TreeSet<>();
    for (String gate : Profile.knownGates()) {
      for (String version : Profile.supportedVersions()) {
        boolean on = Profile.of(version).isEnabled(gate);
        String key = gate + "=" + !on;
        if (settable(version, gate, !on) && !NO_ROW.containsKey(key)
            && ROWS.stream().noneMatch(r -> r.key().equals(key))) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static boolean settable(String version, String gate, boolean value) {
    try {
      Profile.of(version).withFeatureGate(gate, value);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }
}
