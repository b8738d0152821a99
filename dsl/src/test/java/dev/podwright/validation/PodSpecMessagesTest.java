package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full messages of pod-spec rules that follow 1.34 to 1.37 upstream (the corpus checks
 * paths and types only): pod-level resources, {@code fileKeyRef}, stop signals, numeric
 * toleration operators. Words from the 1.35-era darshansreenivas/validation-gen
 * {@code 04780fad} and the 1.36-era AIAgentSandox/kubernetes {@code 64149d12}.
 */
class PodSpecMessagesTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n";

  private static List<String> errors(Profile profile, String spec) {
    return Validator.forProfile(profile).validate(ManifestReader.read(POD + spec).get(0))
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  private static List<String> errors(String version, String spec) {
    return errors(Profile.of(version), spec);
  }

  @Test
  void podLevelResourcesOnWindowsAndHugepages() {
    assertThat(errors("1.34", "  os: {name: windows}\n  resources: {limits: {cpu: 500m}, "
        + "requests: {cpu: \"1\"}}\n  containers: [{name: app, image: nginx}]\n"))
        .containsExactly("spec.resources: Forbidden: may not be set for a windows pod");
    String hugepages = "  resources: {limits: {hugepages-2Mi: 2Mi, memory: 1Gi}}\n"
        + "  containers:\n"
        + "  - {name: a, image: nginx, resources: {limits: {hugepages-2Mi: 2Mi, memory: 9Mi}}}\n"
        + "  - {name: b, image: nginx, resources: {limits: {hugepages-2Mi: 2Mi, memory: 9Mi}}}\n";
    String requests = "spec.resources.requests[hugepages-2Mi]: Invalid value: \"2Mi\": must be "
        + "greater than or equal to aggregate container requests of 4Mi";
    assertThat(errors("1.36", hugepages)).containsExactly(
        requests, "spec.resources.limits[hugepages-2Mi]: Invalid value: \"2Mi\": must be "
            + "greater than or equal to aggregate container limits of 4Mi");
    assertThat(errors(Profile.of("1.33").withFeatureGate(Profile.POD_LEVEL_RESOURCES, true),
        hugepages)).containsExactly(requests);
  }

  @Test
  void alphaFieldWordsFollowTheValidationGoOf138Cycle() {
    // reckless-sherixx/kubernetes 32ac3ec9 validation.go: validateHTTPGetAction,
    // validateGRPCAction, validateVolumeSource, ValidateVolumeMounts, validateUserField.
    Profile on = Profile.of("1.37").withFeatureGate("H2CContainerProbe", true)
        .withFeatureGate("GRPCContainerProbeTLS", true)
        .withFeatureGate("EmptyDirVolumeMode", true)
        .withFeatureGate("VolumeBindMountOptions", true)
        .withFeatureGate("AtomicWriteVolumeUserFields", true);
    String probe = "spec.containers[0].readinessProbe.httpGet.";
    assertThat(errors(on, "  containers:\n  - name: app\n    image: nginx\n"
        + "    readinessProbe: {httpGet: {path: /, port: 80, protocol: HTTP2, scheme: HTTPS, "
        + "host: 10.0.0.1}}\n")).containsExactly(probe
        + "protocol: Invalid value: \"HTTP2\": is only supported with HTTP (H2C)");
    assertThat(errors(on, "  containers:\n  - name: app\n    image: nginx\n"
        + "    readinessProbe: {httpGet: {path: /, port: 80, protocol: HTTP2, host: 10.0.0.1}}\n"))
        .containsExactly(probe + "host: Invalid value: \"10.0.0.1\": must be empty when "
            + "`protocol` is \"HTTP2\"");
    assertThat(errors(on, "  containers:\n  - name: app\n    image: nginx\n"
        + "    livenessProbe: {grpc: {port: 9090, mode: tls}}\n")).containsExactly(
        "spec.containers[0].livenessProbe.grpc.mode: Unsupported value: \"tls\": supported "
            + "values: \"Plaintext\", \"TLS\"");
    String mount = "spec.containers[0].volumeMounts[0].bindMountOptions";
    assertThat(errors(on, "  volumes:\n"
        + "  - {name: tools, image: {reference: registry.example/tools:1, pullPolicy: Always}}\n"
        + "  - {name: tmp, emptyDir: {mode: 1024}}\n"
        + "  - {name: cfg, configMap: {name: cfg, defaultUser: -1}}\n"
        + "  containers:\n  - name: app\n    image: nginx\n    volumeMounts:\n"
        + "    - {name: tools, mountPath: /tools, readOnly: true, bindMountOptions: [ro, ro]}\n"))
        .containsExactly(
            "spec.volumes[1].emptyDir.mode: Invalid value: 1024: must be a number between 0 and "
                + "01777 (octal), both inclusive",
            "spec.volumes[2].configMap.defaultUser: Invalid value: -1: must be between 0 and "
                + "2147483647, inclusive",
            mount + "[0]: Unsupported value: \"ro\": supported values: \"nodev\", \"noexec\", "
                + "\"nosuid\"",
            mount + "[1]: Unsupported value: \"ro\": supported values: \"nodev\", \"noexec\", "
                + "\"nosuid\"",
            mount + "[1]: Duplicate value: \"ro\"",
            mount + ": Invalid value: [\"ro\",\"ro\"]: bindMountOptions may not be used "
                + "with image volumes");
  }

  @Test
  void hostIPsInTheDownwardApiFollowPodHostIPs() {
    String spec = "  containers:\n  - name: app\n    image: nginx\n    env:\n"
        + "    - {name: IPS, valueFrom: {fieldRef: {fieldPath: status.hostIPs}}}\n";
    String ref = "spec.containers[0].env[0].valueFrom.fieldRef";
    assertThat(errors("1.27", spec)).containsExactly(ref + ".fieldPath: Invalid value: "
        + "\"status.hostIPs\": error converting fieldPath: field label not supported: "
        + "status.hostIPs");
    assertThat(errors("1.28", spec)).containsExactly(ref + ": Forbidden: may not be set when "
        + "feature gate 'PodHostIPs' is not enabled");
    assertThat(errors(Profile.of("1.28").withFeatureGate(Profile.POD_HOST_IPS, true), spec))
        .isEmpty();
    assertThat(errors("1.29", spec)).isEmpty();
    assertThat(errors("1.37", spec)).isEmpty();
  }

  @Test
  void hostIPsAreForbiddenWhateverTheSelectorsOtherErrors() {
    // validateDownwardAPIHostIPs compares the field path alone, after the selector's checks, in
    // validateEnvVarValueFrom and validateDownwardAPIVolumeFile alike.
    String env = "  containers:\n  - name: app\n    image: nginx\n    env:\n    - {name: IPS, "
        + "valueFrom: {fieldRef: {apiVersion: v2, fieldPath: status.hostIPs}}}\n";
    String ref = "spec.containers[0].env[0].valueFrom.fieldRef";
    String forbidden = ": Forbidden: may not be set when feature gate 'PodHostIPs' is not enabled";
    assertThat(errors("1.28", env)).containsExactly(ref + ".fieldPath: Invalid value: "
        + "\"status.hostIPs\": error converting fieldPath: unsupported pod version: v2",
        ref + forbidden);
    String volume = "  containers: [{name: app, image: nginx}]\n  volumes: [{name: info, "
        + "downwardAPI: {items: [{path: ips, fieldRef: {fieldPath: status.hostIPs}}]}}]\n";
    String file = "spec.volumes[0].downwardAPI.fieldRef";
    String unsupported = file + ".fieldPath: Unsupported value: \"status.hostIPs\": supported "
        + "values: \"metadata.annotations\", \"metadata.labels\", \"metadata.name\", "
        + "\"metadata.namespace\", \"metadata.uid\"";
    assertThat(errors("1.27", volume)).containsExactly(file + ".fieldPath: Invalid value: "
        + "\"status.hostIPs\": error converting fieldPath: field label not supported: "
        + "status.hostIPs");
    assertThat(errors("1.28", volume)).containsExactly(unsupported, file + forbidden);
    assertThat(errors("1.29", volume)).containsExactly(unsupported);
  }

  @Test
  void fileKeyRefMessages() {
    String spec = "  volumes: [{name: cfg, configMap: {name: cfg}}]\n"
        + "  containers:\n  - name: app\n    image: nginx\n    env:\n"
        + "    - {name: A, valueFrom: {fileKeyRef: {volumeName: cfg, path: a.env, key: A}}}\n"
        + "    - {name: B, valueFrom: {}}\n";
    assertThat(errors("1.35", spec)).containsExactly(
        "spec.containers[0].env[1].valueFrom: Invalid value: \"\": must specify one of: "
            + "`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`",
        "spec.containers[0].env[0].valueFrom.fileKeyRef.volumeName: Invalid value: \"cfg\": "
            + "referenced volume must be of type emptyDir");
    assertThat(errors("1.34", spec)).containsExactly(
        "spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: "
            + "`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`",
        "spec.containers[0].env[1].valueFrom: Invalid value: \"\": must specify one of: "
            + "`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
  }

  @Test
  void stopSignalMessages() {
    Profile on = Profile.of("1.36").withFeatureGate("ContainerStopSignals", true);
    assertThat(errors(on, "  containers: [{name: app, image: nginx, lifecycle: "
        + "{stopSignal: SIGUSR1}}]\n")).containsExactly("spec.containers[0].lifecycle.stopSignal: "
        + "Forbidden: may not be set for containers with empty `spec.os.name`");
    assertThat(errors(on, "  os: {name: windows}\n  containers: [{name: app, image: nginx, "
        + "lifecycle: {stopSignal: SIGINT}}]\n")).containsExactly(
        "spec.containers[0].lifecycle.stopSignal: Unsupported value: \"SIGINT\": supported "
            + "values: \"SIGKILL\", \"SIGTERM\"");
    List<String> linux = errors(on, "  os: {name: linux}\n  containers: [{name: app, "
        + "image: nginx, lifecycle: {stopSignal: SIGRTMAX-15}}]\n");
    assertThat(linux).hasSize(1);
    assertThat(linux.get(0)).startsWith("spec.containers[0].lifecycle.stopSignal: Unsupported "
        + "value: \"SIGRTMAX-15\": supported values: \"SIGABRT\", \"SIGALRM\", ")
        .contains("\"SIGRTMAX-14\", \"SIGRTMAX-2\"").endsWith("\"SIGXCPU\", \"SIGXFSZ\"");
  }

  @Test
  void numericTolerationOperatorsAreListedFrom135() {
    String spec = "  tolerations: [{key: gpus, operator: Gt, value: \"2\"}]\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors("1.35", spec)).containsExactly("spec.tolerations[0].operator: "
        + "Unsupported value: \"Gt\": supported values: \"Equal\", \"Exists\", \"Lt\", \"Gt\"");
    assertThat(errors("1.34", spec)).containsExactly("spec.tolerations[0].operator: "
        + "Unsupported value: \"Gt\": supported values: \"Equal\", \"Exists\"");
  }

  @Test
  void numericTolerationValuesAreCheckedWithTheGateOn() {
    Profile on = Profile.of("1.35").withFeatureGate(
        Profile.TAINT_TOLERATION_COMPARISON_OPERATORS, true);
    String head = "  containers: [{name: app, image: nginx}]\n  tolerations:\n";
    assertThat(errors(on, head + "  - {key: gpus, operator: Gt, value: \"2\"}\n"
        + "  - {key: gpus, operator: Lt, value: \"-5\"}\n"
        + "  - {key: gpus, operator: Lt, value: \"0\"}\n")).isEmpty();
    assertThat(errors(on, head + "  - {key: gpus, operator: Gt, value: \"0100\"}\n"
        + "  - {key: gpus, operator: Lt, value: abc}\n"
        + "  - {key: gpus, operator: Lt, value: \"9223372036854775808\"}\n"
        + "  - {key: gpus, operator: Gt}\n")).containsExactly(
        "spec.tolerations[0].value: Invalid value: \"0100\": must be a valid decimal integer in "
            + "canonical form",
        "spec.tolerations[1].value: Invalid value: \"abc\": must be a valid decimal integer in "
            + "canonical form",
        "spec.tolerations[1].value: Invalid value: \"abc\": strconv.ParseInt: parsing \"abc\": "
            + "invalid syntax",
        "spec.tolerations[2].value: Invalid value: \"9223372036854775808\": strconv.ParseInt: "
            + "parsing \"9223372036854775808\": value out of range",
        "spec.tolerations[3].value: Invalid value: \"\": must be non-empty",
        "spec.tolerations[3].value: Invalid value: \"\": strconv.ParseInt: parsing \"\": "
            + "invalid syntax");
  }
}
