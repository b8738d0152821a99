package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {
  @Test
  void sidecarGateIsOffIn128AndOnFrom129() {
    assertThat(Profile.of("1.27").isEnabled(Profile.SIDECAR_CONTAINERS)).isFalse();
    assertThat(Profile.of("1.28").isEnabled(Profile.SIDECAR_CONTAINERS)).isFalse();
    assertThat(Profile.of("1.29").isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(Profile.defaults().isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
  }

  @Test
  void restartRulesAreOffIn134AndOnIn135() {
    assertThat(Profile.of("1.33").isEnabled(Profile.CONTAINER_RESTART_RULES)).isFalse();
    assertThat(Profile.of("1.34").isEnabled(Profile.CONTAINER_RESTART_RULES)).isFalse();
    assertThat(Profile.of("1.35").isEnabled(Profile.CONTAINER_RESTART_RULES)).isTrue();
  }

  @Test
  void relaxedEnvNamesFrom132() {
    assertThat(Profile.of("1.31").isEnabled(Profile.RELAXED_ENV_VAR_NAMES)).isFalse();
    assertThat(Profile.of("1.32").isEnabled(Profile.RELAXED_ENV_VAR_NAMES)).isTrue();
  }

  @Test
  void overridesWinWhereTheGateExists() {
    assertThat(Profile.of("1.28").withFeatureGate(Profile.SIDECAR_CONTAINERS, true)
        .isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(Profile.of("1.34").withFeatureGate(Profile.CONTAINER_RESTART_RULES, true)
        .isEnabled(Profile.CONTAINER_RESTART_RULES)).isTrue();
  }

  @Test
  void gatesAVersionDoesNotHaveAreRefusedAsTheServerRefusesThem() {
    assertThatThrownBy(() -> Profile.of("1.33").withFeatureGate(Profile.CONTAINER_RESTART_RULES,
        true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unrecognized feature gate: ContainerRestartRules");
    assertThatThrownBy(() -> Profile.of("1.37").withFeatureGate(Profile.SIDECAR_CONTAINERS,
        true)).hasMessageStartingWith("unrecognized feature gate: SidecarContainers (Kubernetes "
            + "1.37 no longer has it");
    assertThatThrownBy(() -> Profile.of("1.27").withFeatureGate(Profile.SIDECAR_CONTAINERS,
        true)).hasMessageStartingWith("unrecognized feature gate: SidecarContainers");
    // The gates of the 1.37 alpha fields came with their fields in the 1.37 cycle.
    for (String gate : List.of("H2CContainerProbe", "GRPCContainerProbeTLS",
        "EmptyDirVolumeMode", "VolumeBindMountOptions", "AtomicWriteVolumeUserFields")) {
      assertThatThrownBy(() -> Profile.of("1.36").withFeatureGate(gate, true))
          .hasMessageStartingWith("unrecognized feature gate: " + gate);
      assertThat(Profile.of("1.37").isEnabled(gate)).isFalse();
      assertThat(Profile.of("1.37").withFeatureGate(gate, true).isEnabled(gate)).isTrue();
    }
  }

  @Test
  void podHostIpsAndThe137AlphaGatesExistWhereTheirSpecsSay() {
    // PodHostIPs: versioned specs "1.30: GA, LockToDefault // remove in 1.32", removed by
    // kubernetes/kubernetes#128634; StatefulSetRecreateStrategy and EvictionRequestAPI: alpha
    // from 1.37 (kubernetes/website feature-gates pages). component-base's SetFromMap words.
    assertThatThrownBy(() -> Profile.of("1.27").withFeatureGates("PodHostIPs=true"))
        .hasMessageStartingWith("unrecognized feature gate: PodHostIPs");
    assertThat(Profile.of("1.29").withFeatureGates("PodHostIPs=false")
        .isEnabled(Profile.POD_HOST_IPS)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.31").withFeatureGates("PodHostIPs=false"))
        .hasMessage("cannot set feature gate PodHostIPs to false, feature is locked to true");
    assertThatThrownBy(() -> Profile.of("1.32").withFeatureGates("PodHostIPs=true"))
        .hasMessageStartingWith("unrecognized feature gate: PodHostIPs (Kubernetes 1.32 no "
            + "longer has it");
    assertThat(Profile.of("1.32").isEnabled(Profile.POD_HOST_IPS)).isTrue();
    for (String gate : List.of(Profile.STATEFUL_SET_RECREATE_STRATEGY,
        Profile.EVICTION_REQUEST_API)) {
      assertThatThrownBy(() -> Profile.of("1.36").withFeatureGates(gate + "=true"))
          .hasMessageStartingWith("unrecognized feature gate: " + gate + " (Kubernetes 1.36 "
              + "does not have it yet");
      assertThat(Profile.of("1.37").isEnabled(gate)).as(gate).isFalse();
      assertThat(Profile.of("1.37").withFeatureGates(gate + "=true").isEnabled(gate)).isTrue();
    }
  }

  @Test
  void lockedGatesCannotBeTurnedOff() {
    assertThatThrownBy(() -> Profile.of("1.33").withFeatureGate(Profile.SIDECAR_CONTAINERS,
        false)).hasMessage("cannot set feature gate SidecarContainers to false, feature is "
            + "locked to true");
    assertThat(Profile.of("1.36").withFeatureGate(Profile.SIDECAR_CONTAINERS, true)
        .isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(Profile.of("1.32").withFeatureGate(Profile.SIDECAR_CONTAINERS, false)
        .isEnabled(Profile.SIDECAR_CONTAINERS)).isFalse();
  }

  @Test
  void removedGatesKeepTheirBehaviour() {
    Profile p = Profile.of("1.37");
    assertThat(p.isEnabled(Profile.SIDECAR_CONTAINERS)).isTrue();
    assertThat(p.isEnabled(Profile.SLEEP_ACTION)).isTrue();
    assertThat(p.isEnabled(Profile.SLEEP_ACTION_ALLOW_ZERO)).isTrue();
  }

  @Test
  void gateDefaultsOf136And137() {
    for (String version : new String[] {"1.36", "1.37"}) {
      Profile p = Profile.of(version);
      assertThat(p.isEnabled(Profile.CONTAINER_RESTART_RULES)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.RESTART_ALL_CONTAINERS)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.STRICT_IP_CIDR_VALIDATION)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.IMAGE_VOLUME)).as(version).isTrue();
      assertThat(p.isEnabled("ContainerStopSignals")).as(version).isFalse();
    }
    assertThat(Profile.of("1.35").isEnabled(Profile.RESTART_ALL_CONTAINERS)).isFalse();
    assertThat(Profile.of("1.35").isEnabled(Profile.STRICT_IP_CIDR_VALIDATION)).isFalse();
    assertThat(Profile.of("1.36").isEnabled("MaxUnavailableStatefulSet")).isFalse();
    assertThat(Profile.of("1.37").isEnabled("MaxUnavailableStatefulSet")).isTrue();
    assertThat(Profile.of("1.36").isEnabled(Profile.HOSTNAME_OVERRIDE)).isTrue();
    assertThatThrownBy(() -> Profile.of("1.37").withFeatureGate(Profile.HOSTNAME_OVERRIDE,
        false)).hasMessageContaining("locked to true");
  }

  @Test
  void gateStagesFromTheVersionedFeatureSpecsOf137() {
    assertThat(Profile.of("1.34").isEnabled(Profile.HOSTNAME_OVERRIDE)).isFalse();
    assertThat(Profile.of("1.35").isEnabled(Profile.HOSTNAME_OVERRIDE)).isTrue();
    assertThat(Profile.of("1.35").withFeatureGate(Profile.SELINUX_CHANGE_POLICY, false)
        .isEnabled(Profile.SELINUX_CHANGE_POLICY)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.36").withFeatureGate(Profile.SELINUX_CHANGE_POLICY,
        false)).hasMessageContaining("locked to true");
    assertThat(Profile.of("1.37").withFeatureGate(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY, true)
        .isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY)).isTrue();
    assertThat(Profile.of("1.36").withFeatureGate(Profile.WORKLOAD_WITH_JOB, true)
        .isEnabled(Profile.WORKLOAD_WITH_JOB)).isTrue();
    assertThatThrownBy(() -> Profile.of("1.35").withFeatureGate(Profile.WORKLOAD_WITH_JOB, true))
        .hasMessageStartingWith("unrecognized feature gate: WorkloadWithJob");
  }

  @Test
  void declarativeValidationGatesFromApiserverKubeFeatures() {
    assertThatThrownBy(() -> Profile.of("1.32")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION, true))
        .hasMessageStartingWith("unrecognized feature gate: DeclarativeValidation");
    assertThat(Profile.of("1.33").isEnabled(Profile.DECLARATIVE_VALIDATION)).isTrue();
    assertThat(Profile.of("1.35").withFeatureGate(Profile.DECLARATIVE_VALIDATION, false)
        .isEnabled(Profile.DECLARATIVE_VALIDATION)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.36")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION, false))
        .hasMessage("cannot set feature gate DeclarativeValidation to false, feature is locked "
            + "to true");
    assertThatThrownBy(() -> Profile.of("1.35")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_BETA, false))
        .hasMessageStartingWith("unrecognized feature gate: DeclarativeValidationBeta");
    assertThat(Profile.of("1.36").isEnabled(Profile.DECLARATIVE_VALIDATION_BETA)).isTrue();
    assertThat(Profile.of("1.37").withFeatureGate(Profile.DECLARATIVE_VALIDATION_BETA, false)
        .isEnabled(Profile.DECLARATIVE_VALIDATION_BETA)).isFalse();
    assertThat(Profile.of("1.33").isEnabled(Profile.DECLARATIVE_VALIDATION_TAKEOVER)).isFalse();
    assertThat(Profile.of("1.36").withFeatureGate(Profile.DECLARATIVE_VALIDATION_TAKEOVER, true)
        .isEnabled(Profile.DECLARATIVE_VALIDATION_TAKEOVER)).isTrue();
    assertThat(Profile.of("1.37").withFeatureGate(Profile.DECLARATIVE_VALIDATION_TAKEOVER, false)
        .isEnabled(Profile.DECLARATIVE_VALIDATION_TAKEOVER)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.37")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_TAKEOVER, true))
        .hasMessage("cannot set feature gate DeclarativeValidationTakeover to true, feature is "
            + "locked to false");
  }

  /**
   * GitRepoVolumeDriver in a 1.37-era kube_features.go (AIAgentSandox/kubernetes db1f817b):
   * deprecated and off from 1.33, locked off from 1.36 (kubernetes/kubernetes#136400).
   */
  @Test
  void gitRepoVolumeDriverIsLockedOffFrom136() {
    assertThat(Profile.of("1.35").withFeatureGate(Profile.GIT_REPO_VOLUME_DRIVER, true)
        .isEnabled(Profile.GIT_REPO_VOLUME_DRIVER)).isTrue();
    assertThat(Profile.of("1.33").isEnabled(Profile.GIT_REPO_VOLUME_DRIVER)).isFalse();
    for (String version : List.of("1.36", "1.37")) {
      assertThatThrownBy(() -> Profile.of(version)
          .withFeatureGate(Profile.GIT_REPO_VOLUME_DRIVER, true))
          .as(version)
          .hasMessage("cannot set feature gate GitRepoVolumeDriver to true, feature is locked "
              + "to false");
      assertThat(Profile.of(version).withFeatureGate(Profile.GIT_REPO_VOLUME_DRIVER, false)
          .isEnabled(Profile.GIT_REPO_VOLUME_DRIVER)).isFalse();
    }
    assertThatThrownBy(() -> Profile.of("1.32")
        .withFeatureGate(Profile.GIT_REPO_VOLUME_DRIVER, true))
        .hasMessageStartingWith("unrecognized feature gate: GitRepoVolumeDriver");
  }

  @Test
  void maxUnavailableStatefulSetIsOffIn135And136() {
    // Beta and on in 1.35.0 to 1.35.3; off by default from 1.35.4 (#137926, the cherry-pick of
    // #137904) as in 1.36; on again in 1.37 (#139466). Still beta: it can be turned on.
    assertThat(Profile.of("1.34").isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)).isFalse();
    assertThat(Profile.of("1.35").isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)).isFalse();
    assertThat(Profile.of("1.35").withFeatureGate(Profile.MAX_UNAVAILABLE_STATEFUL_SET, true)
        .isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)).isTrue();
    assertThat(Profile.of("1.37").withFeatureGate(Profile.MAX_UNAVAILABLE_STATEFUL_SET, false)
        .isEnabled(Profile.MAX_UNAVAILABLE_STATEFUL_SET)).isFalse();
  }

  @Test
  void genericWorkloadIsBetaAndOffIn137() {
    assertThat(Profile.of("1.37").isEnabled(Profile.GENERIC_WORKLOAD)).isFalse();
    assertThat(Profile.of("1.37").withFeatureGate(Profile.GENERIC_WORKLOAD, true)
        .isEnabled(Profile.GENERIC_WORKLOAD)).isTrue();
    assertThatThrownBy(() -> Profile.of("1.34").withFeatureGate(Profile.GENERIC_WORKLOAD, true))
        .hasMessageStartingWith("unrecognized feature gate: GenericWorkload");
  }

  @Test
  void gatesOfResizeAndProjectedSourcesAreKnown() {
    String initResize = "InPlacePodVerticalScalingInitContainers";
    assertThatThrownBy(() -> Profile.of("1.35").withFeatureGate(initResize, true))
        .hasMessageStartingWith("unrecognized feature gate: " + initResize);
    assertThat(Profile.of("1.36").isEnabled(initResize)).isTrue();
    assertThat(Profile.of("1.36").withFeatureGate(initResize, false).isEnabled(initResize))
        .isFalse();
    assertThatThrownBy(() -> Profile.of("1.37").withFeatureGate(initResize, false))
        .hasMessageContaining("locked to true");

    String bundles = "ClusterTrustBundleProjection";
    assertThatThrownBy(() -> Profile.of("1.28").withFeatureGate(bundles, true))
        .hasMessageStartingWith("unrecognized feature gate: " + bundles);
    assertThat(Profile.of("1.29").isEnabled(bundles)).isFalse();
    assertThat(Profile.of("1.36").isEnabled(bundles)).isFalse();
    assertThat(Profile.of("1.37").isEnabled(bundles)).isTrue(); // GA, #139437
    assertThatThrownBy(() -> Profile.of("1.37").withFeatureGate(bundles, false))
        .hasMessageContaining("locked to true");
    assertThat(Profile.of("1.33").withFeatureGate(bundles, true).isEnabled(bundles)).isTrue();

    String podCertificates = "PodCertificateRequest";
    assertThatThrownBy(() -> Profile.of("1.33").withFeatureGate(podCertificates, true))
        .hasMessageStartingWith("unrecognized feature gate: " + podCertificates);
    assertThat(Profile.of("1.34").isEnabled(podCertificates)).isFalse();
    assertThat(Profile.of("1.36").isEnabled(podCertificates)).isFalse();
  }

  @Test
  void topologySpreadGatesAreOnAndInclusionPolicyLocksIn133() {
    for (String version : Profile.supportedVersions()) {
      Profile p = Profile.of(version);
      assertThat(p.isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD)).as(version)
          .isTrue();
    }
    assertThat(Profile.of("1.32")
        .withFeatureGate(Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD, false)
        .isEnabled(Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.33")
        .withFeatureGate(Profile.NODE_INCLUSION_POLICY_IN_POD_TOPOLOGY_SPREAD, false))
        .hasMessageContaining("locked to true");
    assertThat(Profile.of("1.37")
        .withFeatureGate(Profile.MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD, false)
        .isEnabled(Profile.MATCH_LABEL_KEYS_IN_POD_TOPOLOGY_SPREAD)).isFalse();
  }

  @Test
  void skipReadOnlyValidationGceFrom128To130() {
    assertThatThrownBy(() -> Profile.of("1.27")
        .withFeatureGate(Profile.SKIP_READ_ONLY_VALIDATION_GCE, true))
        .hasMessageStartingWith("unrecognized feature gate: SkipReadOnlyValidationGCE");
    assertThat(Profile.of("1.28").isEnabled(Profile.SKIP_READ_ONLY_VALIDATION_GCE)).isFalse();
    assertThat(Profile.of("1.29").isEnabled(Profile.SKIP_READ_ONLY_VALIDATION_GCE)).isTrue();
    assertThat(Profile.of("1.30").withFeatureGate(Profile.SKIP_READ_ONLY_VALIDATION_GCE, false)
        .isEnabled(Profile.SKIP_READ_ONLY_VALIDATION_GCE)).isFalse();
    assertThat(Profile.of("1.31").isEnabled(Profile.SKIP_READ_ONLY_VALIDATION_GCE)).isTrue();
    assertThatThrownBy(() -> Profile.of("1.31")
        .withFeatureGate(Profile.SKIP_READ_ONLY_VALIDATION_GCE, false))
        .hasMessageContaining("no longer has it");
  }

  @Test
  void readWriteOncePodCanBeTurnedOffOnlyWhileBeta() {
    assertThat(Profile.of("1.27").isEnabled(Profile.READ_WRITE_ONCE_POD)).isTrue();
    assertThat(Profile.of("1.28").withFeatureGate(Profile.READ_WRITE_ONCE_POD, false)
        .isEnabled(Profile.READ_WRITE_ONCE_POD)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.29")
        .withFeatureGate(Profile.READ_WRITE_ONCE_POD, false))
        .hasMessageContaining("locked to true");
    assertThat(Profile.of("1.31").isEnabled(Profile.READ_WRITE_ONCE_POD)).isTrue();
    assertThatThrownBy(() -> Profile.of("1.31")
        .withFeatureGate(Profile.READ_WRITE_ONCE_POD, true))
        .hasMessageContaining("no longer has it");
  }

  @Test
  void versionsRunFrom127To137() {
    assertThat(Profile.supportedVersions()).hasSize(11).startsWith("1.27").endsWith("1.37");
    assertThat(Profile.SUPPORTED_VERSIONS).isEqualTo("1.27 to 1.37");
    assertThat(Profile.of("v1.37.1").minor()).isEqualTo(37);
    assertThatThrownBy(() -> Profile.of("1.38"))
        .hasMessage("kubernetes version must be between 1.27 and 1.37, found '1.38'");
  }

  @Test
  void unknownGatesAreOffUnlessOverridden() {
    assertThat(Profile.defaults().isEnabled("NoSuchGate")).isFalse();
    assertThat(Profile.defaults().withFeatureGate("NoSuchGate", true).isEnabled("NoSuchGate"))
        .isTrue();
  }

  @Test
  void featureGatesAreParsedAsKubeApiserverParsesTheFlag() {
    Profile p = Profile.of("1.35")
        .withFeatureGates(" ImageVolume = F ,,RestartAllContainersOnContainerExits=1");
    assertThat(p.isEnabled(Profile.IMAGE_VOLUME)).isFalse();
    assertThat(p.isEnabled(Profile.RESTART_ALL_CONTAINERS)).isTrue();
    assertThat(Profile.of("1.35").withFeatureGates("")).isEqualTo(Profile.of("1.35"));
    assertThatThrownBy(() -> Profile.of("1.35").withFeatureGates("ImageVolume"))
        .hasMessage("missing bool value for ImageVolume");
    assertThatThrownBy(() -> Profile.of("1.35").withFeatureGates("ImageVolume=on"))
        .hasMessage("invalid value of ImageVolume=on, err: strconv.ParseBool: parsing \"on\": "
            + "invalid syntax");
    assertThatThrownBy(() -> Profile.of("1.37").withFeatureGates("SidecarContainers=true"))
        .hasMessageStartingWith("unrecognized feature gate: SidecarContainers");
  }

  /**
   * The six gates added by the gateov audit, as the vendored kube_features.go have them
   * (ceph/ceph-csi v1.27.4 to v1.31.0; openshift-kni/scheduler-plugins v1.32.5, v1.33.3).
   */
  @Test
  void gatesOfTheGateovAuditLockAndLeaveWhereKubeFeaturesSays() {
    assertThat(Profile.of("1.27").withFeatureGate(Profile.PROBE_TERMINATION_GRACE_PERIOD, false)
        .isEnabled(Profile.PROBE_TERMINATION_GRACE_PERIOD)).isFalse();
    assertThatThrownBy(() -> Profile.of("1.28")
        .withFeatureGate(Profile.PROBE_TERMINATION_GRACE_PERIOD, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.29")
        .withFeatureGate(Profile.PROBE_TERMINATION_GRACE_PERIOD, false))
        .hasMessageStartingWith("unrecognized feature gate");
    assertThatThrownBy(() -> Profile.of("1.30")
        .withFeatureGate(Profile.POD_SCHEDULING_READINESS, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.37")
        .withFeatureGate(Profile.POD_SCHEDULING_READINESS, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.32")
        .withFeatureGate(Profile.MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD, true))
        .hasMessageStartingWith("unrecognized feature gate");
    assertThatThrownBy(() -> Profile.of("1.29").withFeatureGate(Profile.APP_ARMOR_FIELDS, false))
        .hasMessageStartingWith("unrecognized feature gate");
    assertThatThrownBy(() -> Profile.of("1.31").withFeatureGate(Profile.APP_ARMOR, false))
        .hasMessageContaining("locked to true");
    assertThatThrownBy(() -> Profile.of("1.33").withFeatureGate(Profile.APP_ARMOR, true))
        .hasMessageStartingWith("unrecognized feature gate");
    for (String version : Profile.supportedVersions()) {
      Profile p = Profile.of(version);
      assertThat(p.isEnabled(Profile.APP_ARMOR)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.POD_SCHEDULING_READINESS)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.MIN_DOMAINS_IN_POD_TOPOLOGY_SPREAD)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.PROBE_TERMINATION_GRACE_PERIOD)).as(version).isTrue();
      assertThat(p.isEnabled(Profile.POD_DELETION_COST)).as(version).isTrue();
      assertThat(p.withFeatureGate(Profile.POD_DELETION_COST, false)
          .isEnabled(Profile.POD_DELETION_COST)).as(version).isFalse();
    }
  }
}
