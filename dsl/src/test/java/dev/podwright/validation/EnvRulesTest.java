package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.errors;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ConfigMapEnvSource;
import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvVar;
import dev.podwright.model.EnvVarSource;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.Pod;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.SecretEnvSource;
import org.junit.jupiter.api.Test;

class EnvRulesTest {
  private static Pod env(EnvVar... vars) {
    return podWith(container("app").addEnv(vars).build());
  }

  private static EnvVar from(EnvVarSource source) {
    return EnvVar.builder().name("X").valueFrom(source).build();
  }

  @Test
  void strictNamesBefore132() {
    assertThat(errors(Profile.of("1.31"), env(EnvVar.builder().name("1st var").value("x")
        .build()))).containsExactly("spec.containers[0].env[0].name: Invalid value: \"1st var\": "
        + "a valid environment variable name must consist of alphabetic characters, digits, "
        + "'_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or "
        + "'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is "
        + "'[-._a-zA-Z][-._a-zA-Z0-9]*')");
  }

  @Test
  void strictNamesRejectDotDotPrefix() {
    assertThat(errors(Profile.of("1.30"), env(EnvVar.builder().name("..x").build())))
        .containsExactly("spec.containers[0].env[0].name: Invalid value: \"..x\": must not start "
            + "with '..'");
  }

  @Test
  void relaxedNamesFrom132() {
    assertThat(errors(env(EnvVar.builder().name("1st var").build()))).isEmpty();
    assertThat(errors(env(EnvVar.builder().name("A=B").build()))).containsExactly(
        "spec.containers[0].env[0].name: Invalid value: \"A=B\": a valid environment variable "
            + "name must consist only of printable ASCII characters other than '='");
  }

  @Test
  void relaxedGateCanBeForcedOn() {
    Profile p = Profile.of("1.30").withFeatureGate(Profile.RELAXED_ENV_VAR_NAMES, true);
    assertThat(errors(p, env(EnvVar.builder().name("1st").build()))).isEmpty();
  }

  @Test
  void emptyValueFromMustNameASource() {
    assertThat(errors(env(from(EnvVarSource.builder().build())))).containsExactly(
        "spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: "
            + "`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
  }

  @Test
  void valueAndValueFromAreExclusive() {
    EnvVar ev = EnvVar.builder().name("X").value("v").valueFrom(EnvVarSource.builder()
        .fieldRef(ObjectFieldSelector.builder().fieldPath("metadata.name").build()).build())
        .build();
    assertThat(errors(env(ev))).containsExactly("spec.containers[0].env[0].valueFrom: Invalid "
        + "value: \"\": may not be specified when `value` is not empty");
  }

  @Test
  void fieldRefPathsAreAWhitelist() {
    EnvVarSource labels = EnvVarSource.builder().fieldRef(ObjectFieldSelector.builder()
        .fieldPath("metadata.labels").build()).build();
    EnvVarSource unknown = EnvVarSource.builder().fieldRef(ObjectFieldSelector.builder()
        .fieldPath("spec.hostname").build()).build();
    EnvVarSource subscript = EnvVarSource.builder().fieldRef(ObjectFieldSelector.builder()
        .fieldPath("metadata.labels['app']").build()).build();
    assertThat(errors(env(from(labels), from(unknown), from(subscript)))).containsExactly(
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "
            + "\"metadata.labels\": supported values: \"metadata.name\", \"metadata.namespace\", "
            + "\"metadata.uid\", \"spec.nodeName\", \"spec.serviceAccountName\", "
            + "\"status.hostIP\", \"status.hostIPs\", \"status.podIP\", \"status.podIPs\"",
        "spec.containers[0].env[1].valueFrom.fieldRef.fieldPath: Invalid value: "
            + "\"spec.hostname\": error converting fieldPath: field label not supported: "
            + "spec.hostname");
  }

  @Test
  void resourceFieldRefChecksResourceAndDivisor() {
    EnvVarSource bad = EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector.builder()
        .resource("limits.gpu").build()).build();
    EnvVarSource divisor = EnvVarSource.builder().resourceFieldRef(ResourceFieldSelector
        .builder().resource("limits.cpu").divisor(Quantity.parse("2")).build()).build();
    assertThat(errors(env(from(bad), from(divisor)))).containsExactly(
        "spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "
            + "\"limits.gpu\": supported values: \"limits.cpu\", \"limits.ephemeral-storage\", "
            + "\"limits.memory\", \"requests.cpu\", \"requests.ephemeral-storage\", "
            + "\"requests.memory\"",
        "spec.containers[0].env[1].valueFrom.resourceFieldRef.divisor: Invalid value: "
            + "\"limits.cpu\": only divisor's values 1m and 1 are supported with the cpu "
            + "resource");
  }

  @Test
  void keyRefsNeedAValidKey() {
    EnvVarSource source = EnvVarSource.builder().configMapKeyRef(ConfigMapKeySelector.builder()
        .name("cfg").key("a b").build()).build();
    assertThat(errors(env(from(source)))).containsExactly(
        "spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Invalid value: \"a b\": a "
            + "valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. "
            + "'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is "
            + "'[-._a-zA-Z0-9]+')");
  }

  @Test
  void envFromSourceErrorsHaveNoIndex() {
    EnvFromSource none = EnvFromSource.builder().build();
    EnvFromSource both = EnvFromSource.builder()
        .configMapRef(ConfigMapEnvSource.builder().name("a").build())
        .secretRef(SecretEnvSource.builder().name("b").build()).build();
    assertThat(errors(podWith(container("app").addEnvFrom(none, both).build()))).containsExactly(
        "spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` "
            + "or `secretRef`",
        "spec.containers[0].envFrom: Invalid value: \"\": may not have more than one field "
            + "specified at a time");
  }

  @Test
  void envFromNameIsRequired() {
    EnvFromSource source = EnvFromSource.builder()
        .configMapRef(ConfigMapEnvSource.builder().build()).prefix("1_").build();
    assertThat(errors(Profile.of("1.29"), podWith(container("app").addEnvFrom(source).build())))
        .containsExactly(
            "spec.containers[0].envFrom[0].prefix: Invalid value: \"1_\": a valid environment "
                + "variable name must consist of alphabetic characters, digits, '_', '-', or "
                + "'.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  "
                + "or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
            "spec.containers[0].envFrom[0].configMapRef.name: Required value");
  }
}
