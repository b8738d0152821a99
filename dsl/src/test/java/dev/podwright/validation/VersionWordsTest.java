package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Words that changed between 1.31 and 1.35 and that the corpus (paths and types only) cannot pin,
 * from the vendored v1.31.2, v1.32.5, v1.33.3, v1.34.1 and v1.35.7 copies of
 * pkg/apis/core/validation/validation.go and of k8s.io/apimachinery (field/errors.go,
 * util/validation/validation.go, api/validate/content/kube.go).
 */
class VersionWordsTest {
  private static List<String> errors(String version, String yaml) {
    return Validator.forProfile(Profile.of(version)).report(ManifestReader.read(yaml).get(0))
        .errors().stream().map(FieldError::toString).collect(Collectors.toList());
  }

  private static final String EXISTS_WITH_VALUE = "apiVersion: v1\nkind: Pod\n"
      + "metadata:\n  name: web\nspec:\n  containers: [{name: app, image: nginx}]\n"
      + "  tolerations:\n  - {key: foo, operator: Exists, value: bar, effect: NoSchedule}\n"
      + "  - {key: foo, operator: Exists, value: bar, effect: NoExecute, tolerationSeconds: 5}\n";

  @Test
  void existsTolerationWithAValueShowsTheWholeTolerationUpTo131() {
    assertThat(errors("1.31", EXISTS_WITH_VALUE)).containsExactly(
        "spec.tolerations[0].operator: Invalid value: core.Toleration{Key:\"foo\", "
            + "Operator:\"Exists\", Value:\"bar\", Effect:\"NoSchedule\", "
            + "TolerationSeconds:(*int64)(nil)}: value must be empty when `operator` is 'Exists'",
        "spec.tolerations[1].operator: Invalid value: core.Toleration{Key:\"foo\", "
            + "Operator:\"Exists\", Value:\"bar\", Effect:\"NoExecute\", "
            + "TolerationSeconds:(*int64)(<address>)}: value must be empty when `operator` is "
            + "'Exists'");
    assertThat(errors("1.32", EXISTS_WITH_VALUE)).containsExactly(
        "spec.tolerations[0].operator: Invalid value: \"bar\": value must be empty when "
            + "`operator` is 'Exists'",
        "spec.tolerations[1].operator: Invalid value: \"bar\": value must be empty when "
            + "`operator` is 'Exists'");
  }

  @Test
  void appArmorLocalhostProfileTooLongUsesTooLongMaxLengthWordsUpTo131() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  securityContext:\n    appArmorProfile:\n      type: Localhost\n"
        + "      localhostProfile: " + "p".repeat(4096) + "\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors("1.31", yaml)).containsExactly(
        "spec.securityContext.appArmorProfile.localhostProfile: Too long: may not be longer "
            + "than 4095");
    assertThat(errors("1.32", yaml)).containsExactly(
        "spec.securityContext.appArmorProfile.localhostProfile: Too long: may not be more "
            + "than 4095 bytes");
  }

  @Test
  void emptyOsNameLosesItsDetailIn134() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  os: {name: \"\"}\n  containers: [{name: app, image: nginx}]\n";
    // 1.33 prints a Quantity as Go's %#v of its struct, which the validator does not reproduce
    String withoutQuantity = yaml.replace("    resources: {limits: {example.com/dongle: 500m}}\n",
        "");
    assertThat(errors("1.33", withoutQuantity)).containsExactly(
        "spec.os.name: Required value: cannot be empty");
    assertThat(errors("1.34", yaml)).containsExactly("spec.os.name: Required value");
  }

  @Test
  void keyWithTwoSlashesIsAQualifiedNameUpTo134AndALabelKeyFrom135() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {a/b/c: x}\n"
        + "spec:\n  containers: [{name: app, image: nginx}]\n";
    String rest = " must consist of alphanumeric characters, '-', '_' or '.', and must start and "
        + "end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
        + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an "
        + "optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
    assertThat(errors("1.34", yaml)).containsExactly(
        "metadata.labels: Invalid value: \"a/b/c\": a qualified name" + rest);
    assertThat(errors("1.35", yaml)).containsExactly(
        "metadata.labels: Invalid value: \"a/b/c\": a valid label key" + rest);
  }

  @Test
  void valuesPrintAsJsonFrom134() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
        + "  ownerReferences: [{apiVersion: v1, kind: \"\", name: \"\", uid: \"\"}]\n"
        + "  finalizers: [orphan, foregroundDeletion]\n"
        + "spec:\n  dnsConfig: {nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, 8.8.4.4]}\n"
        + "  containers:\n  - name: app\n    image: nginx\n"
        + "    resources: {limits: {example.com/dongle: 500m}}\n";
    // 1.33 prints a Quantity as Go's %#v of its struct, which the validator does not reproduce
    String withoutQuantity = yaml.replace("    resources: {limits: {example.com/dongle: 500m}}\n",
        "");
    assertThat(errors("1.33", withoutQuantity)).containsExactly(
        "metadata.ownerReferences.kind: Invalid value: \"\": kind must not be empty",
        "metadata.ownerReferences.name: Invalid value: \"\": name must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty",
        "metadata.finalizers: Invalid value: []string{\"orphan\", \"foregroundDeletion\"}: "
            + "finalizer orphan and foregroundDeletion cannot be both set",
        "spec.dnsConfig.nameservers: Invalid value: []string{\"1.1.1.1\", \"8.8.8.8\", "
            + "\"9.9.9.9\", \"8.8.4.4\"}: must not have more than 3 nameservers");
    assertThat(errors("1.34", yaml)).containsExactly(
        "metadata.ownerReferences.kind: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.name: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": must not be empty",
        "metadata.finalizers: Invalid value: [\"orphan\",\"foregroundDeletion\"]: "
            + "finalizer orphan and foregroundDeletion cannot be both set",
        "spec.containers[0].resources.limits[example.com/dongle]: Invalid value: \"500m\": must "
            + "be an integer",
        "spec.containers[0].resources.requests[example.com/dongle]: Invalid value: \"500m\": "
            + "must be an integer",
        "spec.dnsConfig.nameservers: Invalid value: [\"1.1.1.1\",\"8.8.8.8\",\"9.9.9.9\","
            + "\"8.8.4.4\"]: must not have more than 3 nameservers");
  }

  @Test
  void resourceNamesPrintBareUpTo133() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers:\n  - name: app\n    image: nginx\n"
        + "    resources: {requests: {gpu: \"1\"}}\n";
    assertThat(errors("1.33", yaml)).containsExactly(
        "spec.containers[0].resources.requests[gpu]: Invalid value: gpu: must be a standard "
            + "resource type or fully qualified",
        "spec.containers[0].resources.requests[gpu]: Invalid value: gpu: must be a standard "
            + "resource for containers");
    assertThat(errors("1.34", yaml)).containsExactly(
        "spec.containers[0].resources.requests[gpu]: Invalid value: \"gpu\": must be a "
            + "standard resource type or fully qualified",
        "spec.containers[0].resources.requests[gpu]: Invalid value: \"gpu\": must be a "
            + "standard resource for containers");
  }

  /**
   * The resize policy's resourceName is a core.ResourceName too. Expected lines are what
   * validation.ValidatePodCreate of the vendored v1.33.3 and v1.34.1 trees printed for this pod.
   */
  @Test
  void resizePolicyResourceNamesPrintBareUpTo133() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers:\n  - name: app\n    image: nginx\n    resizePolicy:\n"
        + "    - {resourceName: cpu, restartPolicy: NotRequired}\n"
        + "    - {resourceName: cpu, restartPolicy: NotRequired}\n"
        + "    - {resourceName: gpu, restartPolicy: NotRequired}\n";
    assertThat(errors("1.33", yaml)).containsExactly(
        "spec.containers[0].resizePolicy[1]: Duplicate value: cpu",
        "spec.containers[0].resizePolicy: Unsupported value: gpu: supported values: \"cpu\", "
            + "\"memory\"");
    assertThat(errors("1.34", yaml)).containsExactly(
        "spec.containers[0].resizePolicy[1]: Duplicate value: \"cpu\"",
        "spec.containers[0].resizePolicy: Unsupported value: \"gpu\": supported values: "
            + "\"cpu\", \"memory\"");
  }

  /**
   * From apimachinery v0.35 IsQualifiedName and IsValidLabelValue are content.IsLabelKey and
   * content.IsLabelValue, whose length limit says "bytes". Expected lines are what
   * validation.ValidatePodCreate of the vendored v1.34.1 and v1.35.7 trees printed for this pod.
   */
  @Test
  void labelKeyAndValueLengthsSayBytesFrom135() {
    String a64 = "a".repeat(64);
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers: [{name: app, image: nginx}]\n  nodeSelector: {disk: " + a64 + "}\n"
        + "  tolerations: [{key: " + a64 + ", operator: Exists}]\n";
    String value = "Invalid value: \"" + a64 + "\": ";
    assertThat(errors("1.34", yaml)).containsExactly(
        "spec.nodeSelector: " + value + "must be no more than 63 characters",
        "spec.tolerations[0].key: " + value + "name part must be no more than 63 characters");
    assertThat(errors("1.35", yaml)).containsExactly(
        "spec.nodeSelector: " + value + "must be no more than 63 bytes",
        "spec.tolerations[0].key: " + value + "name part must be no more than 63 bytes");
  }

  /**
   * The aggregate of the container requests keeps the format of the first quantity added: the
   * app container's, then the sidecars' (AggregateContainerRequests); the vendored v1.35.7 tree
   * printed 1000300e-3 for this pod.
   */
  @Test
  void aggregateRequestsKeepTheAppContainersFormat() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  initContainers:\n  - {name: proxy, image: envoy, restartPolicy: Always,"
        + " resources: {requests: {cpu: 300m}}}\n"
        + "  containers:\n  - {name: app, image: nginx, resources: {requests: {cpu: \"1e3\"}}}\n"
        + "  resources: {requests: {cpu: 900m}}\n";
    assertThat(errors("1.35", yaml)).containsExactly(
        "spec.resources.requests[cpu]: Invalid value: \"900m\": must be greater than or equal "
            + "to aggregate container requests of 1000300e-3");
  }

  /**
   * Up to 1.33 the pod strategy copies AppArmor fields to annotations before validation
   * (kubernetes/kubernetes#131989 stopped it in 1.34), so a container name no annotation key
   * allows is refused at metadata.annotations too. Expected lines are what
   * validation.ValidatePodCreate of the vendored v1.33.3 and v1.34.1 trees printed after that
   * copy for this pod.
   */
  @Test
  void appArmorFieldsBecomeAnnotationsUpTo133() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n"
        + "  containers: [{name: \"-\", image: nginx}]\n";
    String name = "spec.containers[0].name: Invalid value: \"-\": a lowercase RFC 1123 label "
        + "must consist of lower case alphanumeric characters or '-', and must start and end "
        + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for "
        + "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    assertThat(errors("1.33", yaml)).containsExactly(
        "metadata.annotations: Invalid value: \"container.apparmor.security.beta.kubernetes.io/-\""
            + ": name part must consist of alphanumeric characters, '-', '_' or '.', and must "
            + "start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
            + "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?"
            + "[A-Za-z0-9]')", name);
    assertThat(errors("1.34", yaml)).containsExactly(name);
  }

  @Test
  void twoTypesInAProjectedSourceAreWordedPerSourceFrom131() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  containers: [{name: app, image: nginx}]\n  volumes:\n  - name: p\n"
        + "    projected:\n      sources:\n      - configMap: {name: a}\n"
        + "        secret: {name: b}\n";
    assertThat(errors("1.30", yaml)).containsExactly(
        "spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume "
            + "type");
    assertThat(errors("1.31", yaml)).containsExactly(
        "spec.volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume "
            + "type per source");
  }

  @Test
  void seccompProfileAndPodResourceClaimValuesAreJsonFrom134() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  securityContext:\n    seccompProfile: {type: RuntimeDefault, localhostProfile: a.json}\n"
        + "  resourceClaims: [{name: my-claim}]\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors("1.34", yaml)).containsExactly(
        "spec.resourceClaims[0]: Invalid value: {\"Name\":\"my-claim\",\"ResourceClaimName\":"
            + "null,\"ResourceClaimTemplateName\":null}: must specify one of: "
            + "`resourceClaimName`, `resourceClaimTemplateName`",
        "spec.securityContext.seccompProfile.localhostProfile: Invalid value: {\"Type\":"
            + "\"RuntimeDefault\",\"LocalhostProfile\":\"a.json\"}: can only be set when seccomp "
            + "type is Localhost");
  }

  /*
   * kubernetes/kubernetes#132513 ("Remove field name from invalid field detail message", in
   * v1.34.0) changed, of what a workload create can answer, only apimachinery's ownerReferences
   * words (pinned in valuesPrintAsJsonFrom134; k8s.io/apimachinery commit 5937fdff, the PR's only
   * change there). It kept the field name in these: the v1.33.3, v1.34.1 and v1.35.7 copies of
   * pkg/apis/core/validation/validation.go (validateWindowsSecurityContextOptions) and the
   * 1.35-era copy of pkg/apis/batch/validation/validation.go (validateTimeZone; repository
   * yongruilin/kubernetes, commit 088d1158, which has 1.35's AllowMutablePodResources) word them
   * as before.
   */
  @Test
  void fieldNamesThatPr132513KeptStayThrough135() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  os: {name: windows}\n"
        + "  securityContext:\n    windowsOptions: {gmsaCredentialSpec: \"\", runAsUserName: \"\"}\n"
        + "  containers: [{name: app, image: nginx}]\n";
    String cron = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n"
        + "  schedule: \"0 1 * * *\"\n  timeZone: \"\"\n"
        + "  jobTemplate:\n    spec:\n      template:\n        spec:\n"
        + "          restartPolicy: Never\n          containers: [{name: app, image: nginx}]\n";
    for (String version : List.of("1.33", "1.34", "1.35")) {
      assertThat(errors(version, pod)).as(version).containsExactly(
          "spec.securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: \"\": "
              + "gmsaCredentialSpec cannot be an empty string",
          "spec.securityContext.windowsOptions.runAsUserName: Invalid value: \"\": "
              + "runAsUserName cannot be an empty string");
      assertThat(errors(version, cron)).as(version).containsExactly(
          "spec.timeZone: Invalid value: \"\": timeZone must be nil or non-empty string");
    }
  }

  /**
   * GetWarningsForIP in k8s.io/apimachinery pkg/util/validation/ip.go: "will be considered
   * invalid in a future Kubernetes release" at v0.33.0, v0.34.0 and v0.35.7, "is invalid" from
   * v0.36.0 (commit 15d10018), where the warning is given only with StrictIPCIDRValidation off;
   * a non-canonical IPv6 address "should be in RFC 5952 canonical format" at every one. The
   * 1.33-or-later pkg/api/pod/warnings.go (co63oc/kubernetes 9beefa00) gives them last, the
   * nameservers before the host aliases, after the duplicate-IP warning.
   */
  @Test
  void nonStandardIpWarningsComeLastAndSayIsInvalidFrom136() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  hostAliases: [{ip: 010.0.0.5, hostnames: [db]}, {ip: 010.0.0.5, hostnames: [db2]}]\n"
        + "  dnsPolicy: None\n  dnsConfig: {nameservers: [\"2001:DB8::1\"]}\n"
        + "  containers: [{name: app, image: nginx}]\n";
    String rfc = "spec.dnsConfig.nameservers[0]: IPv6 address \"2001:DB8::1\" should be in RFC "
        + "5952 canonical format (\"2001:db8::1\")";
    String dup = "spec.hostAliases[1].ip: duplicate ip \"010.0.0.5\"";
    for (String version : List.of("1.33", "1.34", "1.35")) {
      String old = ": non-standard IP address \"010.0.0.5\" will be considered invalid in a "
          + "future Kubernetes release: use \"10.0.0.5\"";
      assertThat(Validator.forProfile(Profile.of(version))
          .report(ManifestReader.read(yaml).get(0)).warnings()).as(version).containsExactly(
              dup, rfc, "spec.hostAliases[0].ip" + old, "spec.hostAliases[1].ip" + old);
    }
    String now = ": non-standard IP address \"010.0.0.5\" is invalid: use \"10.0.0.5\"";
    Profile off = Profile.of("1.36").withFeatureGate("StrictIPCIDRValidation", false);
    assertThat(Validator.forProfile(off).report(ManifestReader.read(yaml).get(0)).warnings())
        .containsExactly(dup, rfc, "spec.hostAliases[0].ip" + now, "spec.hostAliases[1].ip" + now);
    String canonicalOnly = yaml.replace("010.0.0.5", "10.0.0.5");
    assertThat(Validator.forProfile(Profile.of("1.37"))
        .report(ManifestReader.read(canonicalOnly).get(0)).warnings()).containsExactly(
            "spec.hostAliases[1].ip: duplicate ip \"10.0.0.5\"", rfc);
  }

  /** The server gives no create warnings for a refused object, the IP ones included. */
  @Test
  void noIpWarningsForARefusedPod() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  hostAliases: [{ip: 010.0.0.5, hostnames: [db]}]\n"
        + "  containers: [{name: app, image: \"\"}]\n";
    var report = Validator.forProfile(Profile.of("1.35")).report(ManifestReader.read(yaml).get(0));
    assertThat(report.errors()).hasSize(1);
    assertThat(report.warnings()).isEmpty();
  }

  /**
   * parseIP with strict validation (apimachinery v0.36.3 ip.go): netip.ParseAddr refuses a
   * leading zero, and its zero Addr is not Is4In6, so a mapped address with one gets only the
   * leading-zero error.
   */
  @Test
  void mappedAddressWithALeadingZeroIsOnlyALeadingZeroError() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
        + "  hostAliases: [{ip: \"::ffff:01.2.3.4\", hostnames: [db]}]\n"
        + "  containers: [{name: app, image: nginx}]\n";
    assertThat(errors("1.36", yaml)).containsExactly(
        "spec.hostAliases[0].ip: Invalid value: \"::ffff:01.2.3.4\": must not have leading 0s");
  }
}
