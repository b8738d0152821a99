package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Error values that are maps, lists or structs: Go's {@code %#v} up to 1.33, JSON from 1.34,
 * as apimachinery's {@code field.Error.ErrorBody} prints them (v0.33.0: {@code %#v} after the
 * Stringer case; v0.34.0 and later: {@code json.Marshal} first). The 1.34 lines were printed by
 * {@code field.Invalid(...).Error()} of a vendored k8s.io/apimachinery v0.34.1 on values of the
 * same types (the internal apps types of k8s.io/kubernetes v1.34.1, which have no JSON tags).
 */
class ErrorValuesTest {
  private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\n"
      + "metadata:\n  name: web\nspec:\n%s  template:\n    metadata:\n      labels:\n"
      + "        app: web\n    spec:\n      containers:\n      - name: app\n"
      + "        image: nginx\n";

  private static List<String> errors(String profile, String yaml) {
    return errors(Profile.of(profile), yaml);
  }

  private static List<String> errors(Profile profile, String yaml) {
    return Validator.forProfile(profile).validate(ManifestReader.read(yaml).get(0))
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  @Test
  void selectorsAndLabels() {
    String empty = String.format(DEPLOYMENT, "  selector: {}\n");
    assertThat(errors("1.33", empty)).contains("spec.selector: Invalid value: "
        + "v1.LabelSelector{MatchLabels:map[string]string(nil), "
        + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for "
        + "deployment");
    assertThat(errors("1.34", empty)).contains(
        "spec.selector: Invalid value: {}: empty selector is invalid for deployment");
    String other = String.format(DEPLOYMENT, "  selector:\n    matchLabels:\n      app: api\n"
        + "    matchExpressions:\n    - {key: tier, operator: Exists}\n"
        + "    - {key: env, operator: In, values: [prod]}\n");
    assertThat(errors("1.33", other)).containsExactly("spec.template.metadata.labels: Invalid "
        + "value: map[string]string{\"app\":\"web\"}: `selector` does not match template "
        + "`labels`");
    assertThat(errors("1.35", other)).containsExactly("spec.template.metadata.labels: Invalid "
        + "value: {\"app\":\"web\"}: `selector` does not match template `labels`");
    String job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n"
        + "  manualSelector: true\n  selector:\n    matchExpressions:\n"
        + "    - {key: env, operator: In, values: [prod]}\n  template:\n    metadata:\n"
        + "      labels: {env: prod}\n    spec:\n      restartPolicy: Never\n"
        + "      containers:\n      - {name: app, image: busybox}\n";
    assertThat(errors("1.34", job.replace("manualSelector: true", "manualSelector: false")))
        .containsExactly("spec.selector: Invalid value: {\"matchLabels\":{"
            + "\"batch.kubernetes.io/controller-uid\":\"\\u003cuid\\u003e\"},"
            + "\"matchExpressions\":[{\"key\":\"env\",\"operator\":\"In\","
            + "\"values\":[\"prod\"]}]}: `selector` not auto-generated");
    // generateSelector added the uid label to the user's selector before validation: the
    // value holds it (differential run on the vendored 1.33 tree, 0c967825a).
    assertThat(errors("1.33", job.replace("manualSelector: true", "manualSelector: false")))
        .containsExactly("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
            + "map[string]string{\"batch.kubernetes.io/controller-uid\":\"<uid>\"}, "
            + "MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{"
            + "Key:\"env\", Operator:\"In\", Values:[]string{\"prod\"}}}}: `selector` not "
            + "auto-generated");
  }

  @Test
  void updateStrategies() {
    String deployment = String.format(DEPLOYMENT, "  selector:\n    matchLabels:\n"
        + "      app: web\n  strategy:\n    type: Blue\n");
    assertThat(errors("1.33", deployment)).containsExactly("spec.strategy: Unsupported value: "
        + "apps.DeploymentStrategy{Type:\"Blue\", RollingUpdate:(*apps.RollingUpdateDeployment)"
        + "(nil)}: supported values: \"Recreate\", \"RollingUpdate\"");
    assertThat(errors("1.34", deployment)).containsExactly("spec.strategy: Unsupported value: "
        + "{\"Type\":\"Blue\",\"RollingUpdate\":null}: supported values: \"Recreate\", "
        + "\"RollingUpdate\"");
    String daemonSet = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n"
        + "  selector:\n    matchLabels: {app: agent}\n  updateStrategy:\n    type: Surge\n"
        + "    rollingUpdate: {maxUnavailable: 1}\n  template:\n    metadata:\n"
        + "      labels: {app: agent}\n    spec:\n      containers:\n"
        + "      - {name: app, image: busybox}\n";
    assertThat(errors("1.36", daemonSet)).containsExactly("spec.updateStrategy: Unsupported "
        + "value: {\"Type\":\"Surge\",\"RollingUpdate\":{\"MaxUnavailable\":1,\"MaxSurge\":0}}: "
        + "supported values: \"RollingUpdate\", \"OnDelete\"");
    String statefulSet = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n"
        + "spec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n"
        + "  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {maxUnavailable: 50%}\n"
        + "  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n"
        + "      - {name: app, image: busybox}\n";
    assertThat(errors("1.37", statefulSet)).containsExactly("spec.updateStrategy.rollingUpdate: "
        + "Invalid value: {\"Partition\":0,\"MaxUnavailable\":\"50%\"}: only allowed for "
        + "updateStrategy 'RollingUpdate'");
  }

  @Test
  void jobValues() {
    String job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n%s"
        + "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
        + "      - {name: app, image: busybox}\n";
    String unordered = String.format(job, "  podFailurePolicy:\n    rules:\n"
        + "    - action: FailJob\n      onExitCodes: {operator: In, values: [3, 1]}\n");
    assertThat(errors("1.34", unordered)).containsExactly("spec.podFailurePolicy.rules[0]"
        + ".onExitCodes.values: Invalid value: [3,1]: must be ordered");
    String success = String.format(job, "  successPolicy:\n    rules:\n"
        + "    - {succeededIndexes: \"1-3\", succeededCount: 2}\n");
    assertThat(errors("1.33", success)).containsExactly("spec.successPolicy: Invalid value: "
        + "batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{batch.SuccessPolicyRule{"
        + "SucceededIndexes:(*string)(…), SucceededCount:(*int32)(…)}}}: requires indexed "
        + "completion mode");
    // A rule with only a count: the unset pointer prints as nil (vendored 1.33 tree).
    String count = String.format(job, "  successPolicy:\n    rules:\n"
        + "    - {succeededCount: 1}\n");
    assertThat(errors("1.33", count)).containsExactly("spec.successPolicy: Invalid value: "
        + "batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{batch.SuccessPolicyRule{"
        + "SucceededIndexes:(*string)(nil), SucceededCount:(*int32)(…)}}}: requires indexed "
        + "completion mode");
    assertThat(errors("1.34", success)).containsExactly("spec.successPolicy: Invalid value: "
        + "{\"Rules\":[{\"SucceededIndexes\":\"1-3\",\"SucceededCount\":2}]}: requires indexed "
        + "completion mode");
  }

  @Test
  void ownerReferences() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  ownerReferences:\n"
        + "  - {apiVersion: v1, kind: Event, name: e, uid: u, controller: true}\n"
        + "  - {apiVersion: apps/v1, kind: ReplicaSet, name: r, uid: v, controller: true}\n"
        + "spec:\n  containers:\n  - {name: app, image: busybox}\n";
    assertThat(errors("1.34", pod)).containsExactly(
        "metadata.ownerReferences: Invalid value: {\"apiVersion\":\"v1\",\"kind\":\"Event\","
            + "\"name\":\"e\",\"uid\":\"u\",\"controller\":true}: /v1, Kind=Event is disallowed "
            + "from being an owner",
        "metadata.ownerReferences: Invalid value: [{\"apiVersion\":\"v1\",\"kind\":\"Event\","
            + "\"name\":\"e\",\"uid\":\"u\",\"controller\":true},{\"apiVersion\":\"apps/v1\","
            + "\"kind\":\"ReplicaSet\",\"name\":\"r\",\"uid\":\"v\",\"controller\":true}]: Only "
            + "one reference can have Controller set to true. Found \"true\" in references for "
            + "Event/e and ReplicaSet/r");
  }

  @Test
  void securityContext() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
        + "  - name: app\n    image: busybox\n    securityContext:\n      privileged: true\n"
        + "      allowPrivilegeEscalation: false\n      runAsUser: 1000\n"
        + "      capabilities: {add: [NET_ADMIN]}\n"
        + "      seccompProfile: {type: RuntimeDefault}\n";
    assertThat(errors("1.33", pod)).containsExactly("spec.containers[0].securityContext: "
        + "Invalid value: core.SecurityContext{...}: cannot set `allowPrivilegeEscalation` to "
        + "false and `privileged` to true");
    assertThat(errors("1.34", pod)).containsExactly("spec.containers[0].securityContext: "
        + "Invalid value: {\"Capabilities\":{\"Add\":[\"NET_ADMIN\"],\"Drop\":null},"
        + "\"Privileged\":true,\"SELinuxOptions\":null,\"WindowsOptions\":null,"
        + "\"RunAsUser\":1000,\"RunAsGroup\":null,\"RunAsNonRoot\":null,"
        + "\"ReadOnlyRootFilesystem\":null,\"AllowPrivilegeEscalation\":false,"
        + "\"ProcMount\":null,\"SeccompProfile\":{\"Type\":\"RuntimeDefault\","
        + "\"LocalhostProfile\":null},\"AppArmorProfile\":null}: cannot set "
        + "`allowPrivilegeEscalation` to false and `privileged` to true");
  }

  @Test
  void claimTemplateDataSource() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
        + "  - name: app\n    image: busybox\n  volumes:\n  - name: scratch\n"
        + "    ephemeral:\n      volumeClaimTemplate:\n        spec:\n"
        + "          accessModes: [ReadWriteOnce]\n"
        + "          resources: {requests: {storage: 1Gi}}\n"
        + "          dataSource: {kind: PersistentVolumeClaim, name: a}\n"
        + "          dataSourceRef: {kind: PersistentVolumeClaim, name: b}\n";
    String path = "spec.volumes[0].ephemeral.volumeClaimTemplate.spec";
    assertThat(errors("1.33", pod)).containsExactly(
        path + ": Invalid value: " + path + ".dataSource: must match dataSourceRef");
    assertThat(errors("1.34", pod)).containsExactly(
        path + ": Invalid value: {}: must match dataSourceRef");
  }
  @Test
  void clusterTrustBundleProjection() {
    String pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
        + "  - {name: app, image: busybox}\n  volumes:\n  - name: certs\n    projected:\n"
        + "      sources:\n      - clusterTrustBundle: {name: a, signerName: example.com/s, "
        + "path: b}\n";
    String path = "spec.volumes[0].projected.sources[0].clusterTrustBundle: Invalid value: ";
    String detail = ": only one of name and signerName may be used";
    assertThat(errors(Profile.of("1.33").withFeatureGate("ClusterTrustBundleProjection", true),
        pod)).contains(path + "core.ClusterTrustBundleProjection{Name:(*string)(set), "
            + "SignerName:(*string)(set), LabelSelector:(*v1.LabelSelector)(nil), "
            + "Optional:(*bool)(nil), Path:\"b\"}" + detail);
    assertThat(errors(Profile.of("1.34").withFeatureGate("ClusterTrustBundleProjection", true),
        pod)).contains(path + "{\"Name\":\"a\",\"SignerName\":\"example.com/s\","
            + "\"LabelSelector\":null,\"Optional\":null,\"Path\":\"b\"}" + detail);
  }
}
