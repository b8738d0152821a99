package dev.podwright.validation;

import static dev.podwright.validation.TestPods.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.OwnerReference;
import dev.podwright.model.Pod;
import org.junit.jupiter.api.Test;

class MetaRulesTest {
  private static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower "
      + "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
      + "character (e.g. 'example.com', regex used for validation is "
      + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

  private static Pod withMeta(ObjectMeta meta) {
    return Pod.builder().from(TestPods.pod(s -> { })).metadata(meta).build();
  }

  @Test
  void missingNameAndGenerateNameIsRequired() {
    assertThat(errors(withMeta(ObjectMeta.builder().build())))
        .containsExactly("metadata.name: Required value: name or generateName is required");
  }

  @Test
  void podNameMustBeDnsSubdomain() {
    assertThat(errors(withMeta(ObjectMeta.builder().name("Web_1").build())))
        .containsExactly("metadata.name: Invalid value: \"Web_1\": " + SUBDOMAIN);
  }

  @Test
  void dotsAreFineInPodNames() {
    assertThat(errors(withMeta(ObjectMeta.builder().name("web.v1").build()))).isEmpty();
  }

  @Test
  void generateNameMayEndWithADash() {
    assertThat(errors(withMeta(ObjectMeta.builder().generateName("web-").build()))).isEmpty();
  }

  @Test
  void namespaceIsOptionalButMustBeALabel() {
    assertThat(errors(withMeta(ObjectMeta.builder().name("web").namespace("team.a").build())))
        .containsExactly("metadata.namespace: Invalid value: \"team.a\": must not contain dots");
  }

  @Test
  void labelErrorsUseTheMapPathWithoutKey() {
    Pod pod = withMeta(ObjectMeta.builder().name("web").putLabel("app", "bad value").build());
    assertThat(errors(pod)).containsExactly("metadata.labels: Invalid value: \"bad value\": a "
        + "valid label must be an empty string or consist of alphanumeric characters, '-', '_' "
        + "or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
        + "'my_value',  or '12345', regex used for validation is "
        + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  }

  @Test
  void labelKeyWithTwoSlashesIsInvalid() {
    Pod pod = withMeta(ObjectMeta.builder().name("web").putLabel("a/b/c", "x").build());
    // the default profile, 1.33: apimachinery v0.33 IsQualifiedName says "a qualified name"
    assertThat(errors(pod)).containsExactly("metadata.labels: Invalid value: \"a/b/c\": a "
        + "qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start "
        + "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
        + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an "
        + "optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
  }

  @Test
  void annotationKeysAreCaseInsensitive() {
    Pod pod = withMeta(ObjectMeta.builder().name("web").putAnnotation("Example.COM/Team", "x")
        .putAnnotation("/x", "y").build());
    assertThat(errors(pod))
        .containsExactly("metadata.annotations: Invalid value: \"/x\": prefix part must be "
            + "non-empty");
  }

  @Test
  void annotationsOver256KiBAreTooLong() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .putAnnotation("big", "x".repeat(256 * 1024)).build());
    assertThat(errors(pod))
        .containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    assertThat(errors(Profile.of("1.32"), pod))
        .containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    assertThat(errors(Profile.of("1.31"), pod))
        .containsExactly("metadata.annotations: Too long: must have at most 262144 bytes");
  }

  @Test
  void deletionCostMustBeAnInt32() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .putAnnotation("controller.kubernetes.io/pod-deletion-cost", "10000000000").build());
    assertThat(errors(pod)).containsExactly("metadata.annotations[controller.kubernetes.io/"
        + "pod-deletion-cost]: Invalid value: \"10000000000\": must be a 32bit integer");
  }

  @Test
  void appArmorAnnotationMustNameAContainer() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .putAnnotation("container.apparmor.security.beta.kubernetes.io/nope", "runtime/default")
        .build());
    assertThat(errors(pod)).containsExactly("metadata.annotations[container.apparmor.security."
        + "beta.kubernetes.io/nope]: Invalid value: \"nope\": container not found");
  }

  private static OwnerReference owner(String apiVersion, String kind, String name, boolean controller) {
    return OwnerReference.builder().apiVersion(apiVersion).kind(kind).name(name).uid("u-" + name)
        .controller(controller).build();
  }

  @Test
  void finalizersNeedADomainUnlessStandard() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .addFinalizers("kubernetes", "example.com/cleanup", "cleanup").build());
    assertThat(errors(pod)).containsExactly("metadata.finalizers[2]: Invalid value: \"cleanup\": "
        + "name is neither a standard finalizer name nor is it fully qualified");
  }

  @Test
  void finalizerNamesAreQualifiedNamesReportedAtTheList() {
    Pod pod = withMeta(ObjectMeta.builder().name("web").addFinalizers("a/b/c").build());
    assertThat(errors(pod)).hasSize(1).first().asString()
        .startsWith("metadata.finalizers: Invalid value: \"a/b/c\": a qualified name must");
  }

  @Test
  void orphanAndForegroundDeletionCannotBothBeSet() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .addFinalizers("orphan", "foregroundDeletion").build());
    assertThat(errors(pod)).containsExactly("metadata.finalizers: Invalid value: "
        + "[]string{\"orphan\", \"foregroundDeletion\"}: finalizer orphan and foregroundDeletion "
        + "cannot be both set");
  }

  @Test
  void ownerReferenceFieldsAreRequiredAtPathsWithoutIndex() {
    OwnerReference empty = OwnerReference.builder().apiVersion("apps/").kind("").name("").uid("")
        .build();
    Pod pod = withMeta(ObjectMeta.builder().name("web").addOwnerReferences(empty).build());
    assertThat(errors(pod)).containsExactly(
        "metadata.ownerReferences.apiVersion: Invalid value: \"apps/\": version must not be empty",
        "metadata.ownerReferences.kind: Invalid value: \"\": kind must not be empty",
        "metadata.ownerReferences.name: Invalid value: \"\": name must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty");
  }

  @Test
  void ownerReferenceFieldsAreRequiredAtIndexedPathsFrom137() {
    // apimachinery v0.37.0-beta.0 validateOwnerReference: indexed, Required "must not be empty",
    // and a malformed apiVersion "must be <group>/<version> or <version>".
    OwnerReference empty = OwnerReference.builder().apiVersion("").kind("").name("").uid("")
        .build();
    OwnerReference bad = OwnerReference.builder().apiVersion("a/b/c").kind("Deployment")
        .name("web").uid("u").build();
    Pod pod = withMeta(ObjectMeta.builder().name("web").addOwnerReferences(bad, empty).build());
    assertThat(errors(Profile.of("1.37"), pod)).containsExactly(
        "metadata.ownerReferences[0].apiVersion: Invalid value: \"a/b/c\": must be "
            + "<group>/<version> or <version>",
        "metadata.ownerReferences[1].apiVersion: Required value: must not be empty",
        "metadata.ownerReferences[1].kind: Required value: must not be empty",
        "metadata.ownerReferences[1].name: Required value: must not be empty",
        "metadata.ownerReferences[1].uid: Required value: must not be empty");
    assertThat(errors(Profile.of("1.36"), pod)).containsExactly(
        "metadata.ownerReferences.apiVersion: Invalid value: \"a/b/c\": version must not be "
            + "empty",
        "metadata.ownerReferences.apiVersion: Invalid value: \"\": version must not be empty",
        "metadata.ownerReferences.kind: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.name: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": must not be empty");
  }

  @Test
  void ownerReferenceMessagesNameTheFieldUpTo133() {
    // apimachinery 5937fdff (v0.34.0) dropped "kind ", "name " and "uid " from the details.
    Pod pod = withMeta(ObjectMeta.builder().name("web").addOwnerReferences(
        OwnerReference.builder().apiVersion("v1").kind("Node").name("").uid("").build()).build());
    assertThat(errors(Profile.of("1.33"), pod)).containsExactly(
        "metadata.ownerReferences.name: Invalid value: \"\": name must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty");
    assertThat(errors(Profile.of("1.34"), pod)).containsExactly(
        "metadata.ownerReferences.name: Invalid value: \"\": must not be empty",
        "metadata.ownerReferences.uid: Invalid value: \"\": must not be empty");
  }

  @Test
  void eventOwnerIsReportedAtItsIndexFrom137() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .addOwnerReferences(owner("apps/v1", "ReplicaSet", "a", false),
            owner("v1", "Event", "e", false)).build());
    assertThat(errors(Profile.of("1.37"), pod)).containsExactly("metadata.ownerReferences[1]: "
        + "Invalid value: {\"apiVersion\":\"v1\",\"kind\":\"Event\",\"name\":\"e\","
        + "\"uid\":\"u-e\",\"controller\":false}: /v1, Kind=Event is disallowed from being an "
        + "owner");
  }

  @Test
  void onlyOneOwnerIsTheController() {
    Pod pod = withMeta(ObjectMeta.builder().name("web").addOwnerReferences(
        owner("apps/v1", "ReplicaSet", "a", true), owner("v1", "Node", "n", false),
        owner("apps/v1", "ReplicaSet", "b", true)).build());
    // Go's %#v up to 1.33 (the vendored v1.33.3 tree printed the same, with addresses)
    assertThat(errors(pod)).containsExactly("metadata.ownerReferences: Invalid value: "
        + "[]v1.OwnerReference{" + goRef("apps/v1", "ReplicaSet", "a") + ", "
        + goRef("v1", "Node", "n") + ", " + goRef("apps/v1", "ReplicaSet", "b") + "}"
        + ": Only one reference can have Controller set to true. Found "
        + "\"true\" in references for ReplicaSet/a and ReplicaSet/b");
  }

  @Test
  void eventsOwnNothing() {
    Pod pod = withMeta(ObjectMeta.builder().name("web")
        .addOwnerReferences(owner("v1", "Event", "e", false)).build());
    assertThat(errors(pod)).containsExactly("metadata.ownerReferences: Invalid value: "
        + goRef("v1", "Event", "e")
        + ": /v1, Kind=Event is disallowed from being an owner");
  }

  /**
   * Go's %#v of a metav1.OwnerReference with controller set and blockOwnerDeletion unset, as
   * the vendored v1.33.3 tree prints it, with its address written as {@code <address>}.
   */
  private static String goRef(String apiVersion, String kind, String name) {
    return "v1.OwnerReference{APIVersion:\"" + apiVersion + "\", Kind:\"" + kind + "\", Name:\""
        + name + "\", UID:\"u-" + name + "\", Controller:(*bool)(<address>), "
        + "BlockOwnerDeletion:(*bool)(nil)}";
  }
}
