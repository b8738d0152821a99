package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.appArmorRuntimeDefault;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.seccompRuntimeDefault;
import static dev.podwright.dsl.Pods.seLinuxLevel;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Affinity;
import dev.podwright.model.NodeAffinity;
import dev.podwright.model.NodeSelectorRequirement;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.yaml.PodYaml;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pod-level scheduling, security and runtime settings and their helpers. */
class PodFieldsTest {
  private static final MainContainer APP = container("app").image("nginx:1.27");

  private static PodSpec spec(PodMainStep step) {
    return step.build().spec();
  }

  @Test
  void requiredNodeLabelsShareOneTermSoAllMustMatch() {
    NodeAffinity node = spec(pod("web").main(APP)
        .requireNodeLabel("kubernetes.io/arch", "amd64", "arm64")
        .requireNodeLabel("gpu"))
        .affinity().orElseThrow().nodeAffinity().orElseThrow();
    List<NodeSelectorRequirement> term = node.requiredDuringSchedulingIgnoredDuringExecution()
        .orElseThrow().nodeSelectorTerms().get(0).matchExpressions();
    assertThat(node.requiredDuringSchedulingIgnoredDuringExecution().orElseThrow()
        .nodeSelectorTerms()).hasSize(1);
    assertThat(term).extracting(NodeSelectorRequirement::key, NodeSelectorRequirement::operator,
            NodeSelectorRequirement::values)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kubernetes.io/arch", "In", List.of("amd64", "arm64")),
            org.assertj.core.groups.Tuple.tuple("gpu", "Exists", List.of()));
  }

  @Test
  void preferredNodeLabelsAreWeightedTermsNextToRequiredOnes() {
    NodeAffinity node = spec(pod("web").main(APP)
        .preferNodeLabel(80, "node.kubernetes.io/instance-type", "m7i.large")
        .requireNodeLabel("kubernetes.io/os", "linux"))
        .affinity().orElseThrow().nodeAffinity().orElseThrow();
    assertThat(node.preferredDuringSchedulingIgnoredDuringExecution()).singleElement()
        .satisfies(p -> {
          assertThat(p.weight()).isEqualTo(80);
          assertThat(p.preference().matchExpressions().get(0).values())
              .containsExactly("m7i.large");
        });
    assertThat(node.requiredDuringSchedulingIgnoredDuringExecution()).isPresent();
  }

  @Test
  void spreadAndAntiAffinitySelectThePodsOwnLabels() {
    String yaml = PodYaml.toYaml(pod("web").label("app", "web").main(APP)
        .spreadAcrossZones(1)
        .oneReplicaPerNode()
        .build());
    assertThat(yaml).contains("""
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app: web
                  topologyKey: kubernetes.io/hostname
        """).contains("""
          topologySpreadConstraints:
            - maxSkew: 1
              topologyKey: topology.kubernetes.io/zone
              whenUnsatisfiable: DoNotSchedule
              labelSelector:
                matchLabels:
                  app: web
        """);
  }

  @Test
  void podAffinityHelpersWriteEachTermWhereTheSchedulerReadsIt() {
    String yaml = PodYaml.toYaml(pod("web").label("app", "web").main(APP)
        .requirePodAffinity("topology.kubernetes.io/zone", Pods.matchLabels("app", "cache"))
        .preferPodAffinity(20, "kubernetes.io/hostname", Pods.matchLabels("app", "cache"))
        .oneReplicaPerNode()
        .requirePodAntiAffinity("topology.kubernetes.io/zone", Pods.matchLabels("tier", "batch"))
        .preferPodAntiAffinity(100, "kubernetes.io/hostname", Pods.matchLabels("app", "web"))
        .build());
    assertThat(yaml).contains("""
          affinity:
            podAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app: cache
                  topologyKey: topology.kubernetes.io/zone
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 20
                  podAffinityTerm:
                    labelSelector:
                      matchLabels:
                        app: cache
                    topologyKey: kubernetes.io/hostname
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app: web
                  topologyKey: kubernetes.io/hostname
                - labelSelector:
                    matchLabels:
                      tier: batch
                  topologyKey: topology.kubernetes.io/zone
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 100
                  podAffinityTerm:
                    labelSelector:
                      matchLabels:
                        app: web
                    topologyKey: kubernetes.io/hostname
        """);
  }

  @Test
  void podAffinityWeightIsCheckedAtBuildInTheServersWords() {
    assertThatThrownBy(() -> pod("web").main(APP)
            .preferPodAntiAffinity(0, "kubernetes.io/hostname", Pods.matchLabels("app", "web"))
            .build())
        .hasMessageContaining("spec.affinity.podAntiAffinity."
            + "preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must "
            + "be in the range 1-100");
  }

  @Test
  void podMetadataReachesFieldsWithoutAMethodButKeepsNameAndNamespace() {
    assertThat(pod("web").main(APP).podMetadata(m -> m.addFinalizer("example.com/cleanup"))
            .build().metadata().finalizers())
        .containsExactly("example.com/cleanup");
    assertThatThrownBy(() -> pod("web").main(APP).podMetadata(m -> m.name("other")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("podMetadata(..) must not change metadata.name, which the DSL "
            + "controls");
    assertThatThrownBy(() -> template().podMetadata(m -> m.namespace("prod")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not change metadata.namespace");
  }

  @Test
  void spreadHelpersNeedLabelsFirst() {
    assertThatThrownBy(() -> template().main(APP).spreadAcrossZones(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("spreadAcrossZones() selects the pod's own labels");
    assertThatThrownBy(() -> template().main(APP).oneReplicaPerNode())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call label(..) first");
  }

  @Test
  void affinityValueIsReplacedAndHelpersAddToIt() {
    PodSpec s = spec(pod("web").label("app", "web").main(APP)
        .requireNodeLabel("a", "1")
        .affinity(Affinity.builder().build())
        .oneReplicaPerNode());
    assertThat(s.affinity().orElseThrow().nodeAffinity()).isEmpty();
    assertThat(s.affinity().orElseThrow().podAntiAffinity()).isPresent();
  }

  @Test
  void securityFieldsMergeIntoOnePodSecurityContext() {
    PodSecurityContext sc = spec(pod("web").main(APP)
        .runAsUser(1000).runAsGroup(3000).runAsNonRoot(true).fsGroup(2000)
        .supplementalGroup(4000).supplementalGroup(5000)
        .seccompProfile(seccompRuntimeDefault())
        .appArmorProfile(appArmorRuntimeDefault())
        .seLinuxOptions(seLinuxLevel("s0:c123,c456"))
        .sysctl("net.ipv4.ping_group_range", "0 2147483647"))
        .securityContext().orElseThrow();
    assertThat(sc.runAsUser()).contains(1000L);
    assertThat(sc.runAsGroup()).contains(3000L);
    assertThat(sc.runAsNonRoot()).contains(true);
    assertThat(sc.fsGroup()).contains(2000L);
    assertThat(sc.supplementalGroups()).containsExactly(4000L, 5000L);
    assertThat(sc.seccompProfile().orElseThrow().type()).isEqualTo("RuntimeDefault");
    assertThat(sc.appArmorProfile().orElseThrow().type()).isEqualTo("RuntimeDefault");
    assertThat(sc.seLinuxOptions().orElseThrow().level()).contains("s0:c123,c456");
    assertThat(sc.sysctls()).singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("net.ipv4.ping_group_range"));
  }

  @Test
  void runtimeFieldsLandOnTheSpec() {
    PodSpec s = spec(pod("web").main(APP)
        .runtimeClassName("gvisor")
        .dnsConfig(PodDNSConfig.builder().addNameserver("1.1.1.1").build())
        .hostAlias("10.0.0.7", "db.internal", "db")
        .automountServiceAccountToken(false)
        .hostPID(false).hostIPC(false).hostUsers(false)
        .os("linux")
        .readinessGate("example.com/feature-ready")
        .schedulingGate("example.com/quota"));
    assertThat(s.runtimeClassName()).contains("gvisor");
    assertThat(s.dnsConfig().orElseThrow().nameservers()).containsExactly("1.1.1.1");
    assertThat(s.hostAliases()).singleElement().satisfies(h -> {
      assertThat(h.ip()).isEqualTo("10.0.0.7");
      assertThat(h.hostnames()).containsExactly("db.internal", "db");
    });
    assertThat(s.automountServiceAccountToken()).contains(false);
    assertThat(s.hostPID()).contains(false);
    assertThat(s.hostIPC()).contains(false);
    assertThat(s.hostUsers()).contains(false);
    assertThat(s.os().orElseThrow().name()).isEqualTo("linux");
    assertThat(s.readinessGates()).singleElement()
        .satisfies(g -> assertThat(g.conditionType()).isEqualTo("example.com/feature-ready"));
    assertThat(s.schedulingGates()).singleElement()
        .satisfies(g -> assertThat(g.name()).isEqualTo("example.com/quota"));
  }

  @Test
  void podLevelRequestsAndLimitsMerge() {
    PodSpec s = spec(pod("web").main(APP)
        .podRequests(cpu("500m")).podRequests(memory("256Mi")).podLimits(memory("1Gi")));
    assertThat(s.resources().orElseThrow().requests())
        .isEqualTo(Map.of("cpu", Quantity.parse("500m"), "memory", Quantity.parse("256Mi")));
    assertThat(s.resources().orElseThrow().limits())
        .isEqualTo(Map.of("memory", Quantity.parse("1Gi")));
  }

  @Test
  void podSpecEscapeHatchReachesOtherFields() {
    PodSpec s = spec(pod("web").main(APP)
        // A pod without a class may not set Never (the Priority admission plugin computes
        // PreemptLowerPriority), so the pod names a class of the cluster.
        .podSpec(b -> b.enableServiceLinks(false).priorityClassName("batch-low")
            .preemptionPolicy("Never")));
    assertThat(s.enableServiceLinks()).contains(false);
    assertThat(s.preemptionPolicy()).contains("Never");
    assertThat(s.containers()).hasSize(1);
  }

  @Test
  void podSpecEscapeHatchCannotBreakTheStagedPromises() {
    TemplateMainStep t = template().label("app", "a").main(APP);
    assertThatThrownBy(() -> t.podSpec(b -> b.restartPolicy("OnFailure")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("podSpec(..) must not change spec.restartPolicy, which the DSL controls; a pod"
            + " sets it with restartPolicy(..), a workload decides it for its template");
    assertThatThrownBy(() -> t.podSpec(b -> b.addContainer(APP.toContainer())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.containers");
    assertThatThrownBy(() -> t.podSpec(b -> b.initContainers(List.of(APP.toContainer()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.initContainers");
    assertThatThrownBy(() -> t.podSpec(b -> b.activeDeadlineSeconds(5L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec.activeDeadlineSeconds");
    assertThatThrownBy(() -> t.podSpec(b -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change returned null");
  }

  @Test
  void stepsStayImmutable() {
    PodMainStep base = pod("web").label("app", "web").main(APP);
    base.oneReplicaPerNode().runAsUser(7).podRequests(cpu("1"));
    PodSpec s = spec(base);
    assertThat(s.affinity()).isEmpty();
    assertThat(s.securityContext()).isEmpty();
    assertThat(s.resources()).isEqualTo(Optional.empty());
  }

  @Test
  void customTopologySpreadConstraintIsAdded() {
    TopologySpreadConstraint c = TopologySpreadConstraint.builder()
        .maxSkew(2).topologyKey("kubernetes.io/hostname").whenUnsatisfiable("ScheduleAnyway")
        .build();
    assertThat(spec(pod("web").main(APP).topologySpreadConstraint(c))
        .topologySpreadConstraints()).containsExactly(c);
  }
}
