package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.deployment;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.Deployment;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Probe;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.sidecar.LifecycleWarning.Code;
import dev.podwright.validation.Profile;
import dev.podwright.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SidecarMigrationTest {
  /** A pod with a legacy Envoy sidecar that carries fields the model does not know. */
  static Pod legacyPod() {
    Container envoy = Container.builder().name("envoy").image("envoyproxy/envoy:v1.31")
        .readinessProbe(Probe.builder()
            .tcpSocket(TCPSocketAction.builder().port(IntOrString.of(15090)).build())
            .putUnknownField("x-probe-note", "kept").build())
        .putUnknownField("resizePolicy",
            List.of(Map.of("resourceName", "cpu", "restartPolicy", "NotRequired")))
        .build();
    return Pod.builder()
        .metadata(ObjectMeta.builder().name("web").putUnknownField("x-meta", 1L).build())
        .spec(PodSpec.builder()
            .addInitContainer(Container.builder().name("migrate").image("acme/migrate:1").build())
            .addContainer(Container.builder().name("app").image("nginx:1.27").build())
            .addContainer(envoy)
            .addContainer(Container.builder().name("fluent-bit").image("fluent/fluent-bit:3.1")
                .build())
            .putUnknownField("affinity", Map.of("nodeAffinity", Map.of()))
            .build())
        .build();
  }

  @Test
  void movesNamedContainersAheadOfInitContainers() {
    MigrationResult r = SidecarMigration.builder().sidecar("envoy", "fluent-bit").build()
        .migrate(legacyPod());

    PodSpec spec = ((Pod) r.object()).spec();
    assertThat(spec.initContainers()).extracting(Container::name)
        .containsExactly("envoy", "fluent-bit", "migrate");
    assertThat(spec.initContainers()).extracting(Container::isRestartable)
        .containsExactly(true, true, false);
    assertThat(spec.containers()).extracting(Container::name).containsExactly("app");
    assertThat(r.changes()).containsExactly(
        "moved spec.containers[1] (envoy) to spec.initContainers[0] with restartPolicy: Always",
        "moved spec.containers[2] (fluent-bit) to spec.initContainers[1] with restartPolicy: "
            + "Always",
        "spec.initContainers[0] (migrate) is now spec.initContainers[2]");
  }

  @Test
  void keepsEveryOtherFieldIncludingUnknownOnes() {
    Pod before = legacyPod();
    Pod after = (Pod) SidecarMigration.builder().sidecar("envoy").build().migrate(before)
        .object();

    Container original = before.spec().containers().get(1);
    Container moved = after.spec().initContainers().get(0);
    assertThat(moved).isEqualTo(Container.builder().from(original).restartPolicy("Always")
        .build());
    assertThat(moved.unknownFields()).containsKey("resizePolicy");
    assertThat(moved.readinessProbe().orElseThrow().unknownFields())
        .containsEntry("x-probe-note", "kept");
    assertThat(after.spec().unknownFields()).isEqualTo(before.spec().unknownFields());
    assertThat(after.metadata()).isEqualTo(before.metadata());
  }

  @Test
  void migratedPodValidates() {
    Pod after = (Pod) SidecarMigration.builder().sidecar("envoy", "fluent-bit").build()
        .migrate(legacyPod()).object();

    assertThat(Validator.defaults().validate(after)).isEmpty();
  }

  @Test
  void warnsAboutMovedProxyWithoutStartupProbe() {
    MigrationResult r = SidecarMigration.builder().sidecar("envoy").build().migrate(legacyPod());

    assertThat(r.warnings()).extracting(LifecycleWarning::code, LifecycleWarning::container)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            Code.SIDECAR_WITHOUT_STARTUP_PROBE, "envoy"));
    assertThat(r.report()).contains("warning: [sidecar-without-startup-probe] "
        + "spec.initContainers[0] (envoy): sidecar has no startupProbe or postStart hook, so "
        + "migrate, app, fluent-bit may start before it is ready, though its image "
        + "envoyproxy/envoy:v1.31 is a known proxy (Envoy / Istio proxy)");
  }

  @Test
  void placesAfterANamedInitContainer() {
    MigrationResult r = SidecarMigration.builder().sidecar("envoy").placeAfter("migrate").build()
        .migrate(legacyPod());

    assertThat(((Pod) r.object()).spec().initContainers()).extracting(Container::name)
        .containsExactly("migrate", "envoy");
    assertThat(r.changes()).containsExactly(
        "moved spec.containers[1] (envoy) to spec.initContainers[1] with restartPolicy: Always",
        "spec.containers[2] (fluent-bit) is now spec.containers[1]");
  }

  @Test
  void rejectsUnknownNames() {
    assertThatThrownBy(() -> SidecarMigration.builder().sidecar("linkerd").build()
        .migrate(legacyPod()))
        .isInstanceOf(MigrationException.class)
        .hasMessage("no container named \"linkerd\" in spec.containers");
  }

  @Test
  void skipsMissingNamesWhenAsked() {
    MigrationResult r = SidecarMigration.builder().sidecar("linkerd", "envoy").skipMissing(true)
        .build().migrate(legacyPod());

    assertThat(r.matched()).containsExactly("envoy");
    MigrationResult none = SidecarMigration.builder().sidecar("linkerd").skipMissing(true)
        .build().migrate(legacyPod());
    assertThat(none.object()).isEqualTo(legacyPod());
    assertThat(none.changes()).isEmpty();
    assertThat(none.matched()).isEmpty();
  }

  @Test
  void rejectsPlainInitContainer() {
    assertThatThrownBy(() -> SidecarMigration.builder().sidecar("migrate").build()
        .migrate(legacyPod()))
        .hasMessage("spec.initContainers[0] (migrate) is a plain init container, not a regular "
            + "container; only containers can become sidecars");
  }

  @Test
  void rejectsUnknownPlacementAnchor() {
    assertThatThrownBy(() -> SidecarMigration.builder().sidecar("envoy").placeAfter("istio-init")
        .build().migrate(legacyPod()))
        .hasMessage("no init container named \"istio-init\" in spec.initContainers to place the "
            + "sidecars after");
  }

  @Test
  void refusesToMoveEveryContainer() {
    assertThatThrownBy(() -> SidecarMigration.builder().sidecar("app", "envoy", "fluent-bit")
        .build().migrate(legacyPod()))
        .hasMessage("cannot move every container of spec.containers: a pod needs at least one "
            + "main container");
  }

  @Test
  void alreadyNativeSidecarIsLeftAlone() {
    Pod once = (Pod) SidecarMigration.builder().sidecar("envoy").build().migrate(legacyPod())
        .object();

    MigrationResult twice = SidecarMigration.builder().sidecar("envoy").build().migrate(once);

    assertThat(twice.object()).isEqualTo(once);
    assertThat(twice.changes()).containsExactly(
        "spec.initContainers[0] (envoy) is already a native sidecar; unchanged");
  }

  @Test
  void refusesKubernetesBelow128UnlessForced() {
    SidecarMigration.Builder b = SidecarMigration.builder().sidecar("envoy")
        .profile(Profile.of("1.27"));

    assertThatThrownBy(() -> b.build().migrate(legacyPod()))
        .isInstanceOf(MigrationException.class)
        .hasMessageStartingWith("Kubernetes 1.27 has no native sidecars");
    MigrationResult forced = b.force(true).build().migrate(legacyPod());
    assertThat(forced.warnings()).extracting(LifecycleWarning::code)
        .contains(Code.SIDECARS_NOT_ENABLED);
  }

  @Test
  void warnsOn128WhereTheGateIsOff() {
    MigrationResult r = SidecarMigration.builder().sidecar("fluent-bit")
        .profile(Profile.of("1.28")).build().migrate(legacyPod());

    assertThat(r.warnings()).extracting(LifecycleWarning::code)
        .containsExactly(Code.SIDECARS_NOT_ENABLED);
  }

  @Test
  void refusesWhenTheGateIsForcedOff() {
    assertThatThrownBy(() -> SidecarMigration.builder().sidecar("envoy")
        .profile(Profile.of("1.30").withFeatureGate("SidecarContainers", false)).build()
        .migrate(legacyPod()))
        .hasMessageStartingWith("the SidecarContainers feature gate is off");
  }

  @Test
  void needsAtLeastOneName() {
    assertThatThrownBy(() -> SidecarMigration.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("name at least one sidecar to migrate");
  }

  @Test
  void proposesCandidatesByImageOnly() {
    assertThat(SidecarMigration.candidates(legacyPod())).extracting(MigrationCandidate::toString)
        .containsExactly(
            "spec.containers[1] (envoy): Envoy / Istio proxy (image envoyproxy/envoy:v1.31)",
            "spec.containers[2] (fluent-bit): Fluent Bit / Fluentd log shipper "
                + "(image fluent/fluent-bit:3.1)");
  }

  @Test
  void recognizesCommonAgentImages() {
    assertThat(Images.agentKind("docker.io/istio/proxyv2:1.28.0")).isPresent();
    assertThat(Images.agentKind("cr.l5d.io/linkerd/proxy:stable-2.14.10")).isPresent();
    assertThat(Images.agentKind("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0"))
        .isPresent();
    assertThat(Images.agentKind("timberio/vector:0.39.0-debian")).isPresent();
    assertThat(Images.agentKind("otel/opentelemetry-collector-contrib:0.104.0")).isPresent();
    assertThat(Images.agentKind("envoyproxy/envoy@sha256:abc")).isPresent();
    assertThat(Images.agentKind("registry:5000/acme/vectordb:1")).isEmpty();
    assertThat(Images.agentKind("acme/proxy:1")).isEmpty();
    assertThat(Images.agentKind("nginx")).isEmpty();
  }

  @Test
  void migratesDeploymentTemplates() {
    Deployment web = deployment("web", template().label("app", "web")
        .main(container("app").image("nginx:1.27"))
        .main(container("envoy").image("envoyproxy/envoy:v1.31"))).build();

    MigrationResult r = SidecarMigration.builder().sidecar("envoy").build().migrate(web);

    Deployment migrated = (Deployment) r.object();
    assertThat(migrated.spec().template().spec().initContainers()).extracting(Container::name)
        .containsExactly("envoy");
    assertThat(migrated.spec().selector()).isEqualTo(web.spec().selector());
    assertThat(r.changes()).containsExactly("moved spec.template.spec.containers[1] (envoy) to "
        + "spec.template.spec.initContainers[0] with restartPolicy: Always");
    assertThat(Validator.defaults().validate(migrated)).isEmpty();
  }

  @Test
  void migratesCronJobTemplatesAndClearsTheCompletionWarning() {
    CronJob nightly = cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, template()
        .main(container("work").image("acme/etl:3"))
        .main(container("proxy").image("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0")))
        .build();
    assertThat(LifecycleExplainer.defaults().explain(nightly).warnings())
        .extracting(LifecycleWarning::code).containsExactly(Code.JOB_NEVER_COMPLETES);

    MigrationResult r = SidecarMigration.builder().sidecar("proxy").build().migrate(nightly);

    assertThat(r.changes()).containsExactly("moved spec.jobTemplate.spec.template.spec"
        + ".containers[1] (proxy) to spec.jobTemplate.spec.template.spec.initContainers[0] with "
        + "restartPolicy: Always");
    assertThat(r.warnings()).extracting(LifecycleWarning::code)
        .doesNotContain(Code.JOB_NEVER_COMPLETES);
  }
}
