package dev.podwright.codegen;

import dev.podwright.codegen.PodModel.ActionModel;
import dev.podwright.codegen.PodModel.ContainerModel;
import dev.podwright.codegen.PodModel.Entry;
import dev.podwright.codegen.PodModel.EnvFromModel;
import dev.podwright.codegen.PodModel.EnvModel;
import dev.podwright.codegen.PodModel.MountModel;
import dev.podwright.codegen.PodModel.NodeLabelModel;
import dev.podwright.codegen.PodModel.PlacementModel;
import dev.podwright.codegen.PodModel.PortModel;
import dev.podwright.codegen.PodModel.ProbeModel;
import dev.podwright.codegen.PodModel.ProjectionModel;
import dev.podwright.codegen.PodModel.SecurityModel;
import dev.podwright.codegen.PodModel.VolumeModel;
import dev.podwright.dsl.ContainerImageStep;
import dev.podwright.dsl.ContainerStep;
import dev.podwright.dsl.AccessMode;
import dev.podwright.dsl.ClaimTemplate;
import dev.podwright.dsl.CronScheduleStep;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodFailurePolicyStep;
import dev.podwright.dsl.DaemonSetStep;
import dev.podwright.dsl.DeploymentStep;
import dev.podwright.dsl.JobSettingsStep;
import dev.podwright.dsl.LivenessProbe;
import dev.podwright.dsl.MainContainer;
import dev.podwright.dsl.Mount;
import dev.podwright.dsl.PodInitStep;
import dev.podwright.dsl.MainContainersStep;
import dev.podwright.dsl.Pods;
import dev.podwright.dsl.ProbeStep;
import dev.podwright.dsl.ProbedContainerStep;
import dev.podwright.dsl.ReadinessProbe;
import dev.podwright.dsl.ResourceAmount;
import dev.podwright.dsl.StartSequenceStep;
import dev.podwright.dsl.StartupProbe;
import dev.podwright.dsl.StatefulSetStep;
import dev.podwright.dsl.TemplateInitStep;
import dev.podwright.dsl.TemplateMainStep;
import dev.podwright.dsl.TemplateSettingsStep;
import dev.podwright.dsl.WorkloadStep;
import dev.podwright.model.Capabilities;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodDNSConfigOption;
import dev.podwright.model.TopologySpreadConstraint;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.PersistentVolumeClaimTemplate;
import dev.podwright.model.PersistentVolumeClaimSpec;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.ImageVolumeSource;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.EphemeralVolumeSource;
import dev.podwright.model.CSIVolumeSource;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.HTTPHeader;
import dev.podwright.model.HookAction;
import dev.podwright.model.IntOrString;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.SuccessPolicyRule;
import dev.podwright.model.PodResourceClaim;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.ProbeAction;
import dev.podwright.model.Quantity;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Sysctl;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import dev.podwright.model.WindowsSecurityContextOptions;
import dev.podwright.validation.FieldError;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PodModel} through the public DSL while javac runs, so that {@code build()} runs
 * the validator, {@code PodYaml} renders the manifest, and the DSL's types are proven to accept
 * the pod. The generated source is written from the object built here ({@link SpecClassGenerator}),
 * so no DSL call needs a twin elsewhere.
 */
final class PodAssembler {
  /**
   * The name of the stand-in main container used when the model has none (and the stand-in label
   * of a replicated template without labels): the DSL cannot build a pod without one, yet the
   * rest of the pod still deserves validation. Errors about it are
   * dropped (the reader has reported the missing main container already).
   */
  static final String STAND_IN = "podwright-stand-in-main";

  /** The outcome: the valid pod, or the validator's errors, plus DSL calls that threw. */
  record Result(
      Optional<KubernetesObject> object, List<FieldError> errors, Map<String, String> failures) {}

  /** The Kubernetes version and feature gates {@code build} validates for. */
  private final Profile profile;
  private final Map<String, String> failures = new LinkedHashMap<>();
  /** A stateful set's claim templates by name, which containers mount like volumes. */
  private final Map<String, ClaimTemplate> claims = new LinkedHashMap<>();
  private boolean standIn;

  PodAssembler(Profile profile) {
    this.profile = profile;
  }

  Result assemble(PodModel model) {
    Map<String, Volume> volumes = new LinkedHashMap<>();
    for (int i = 0; i < model.volumes().size(); i++) {
      VolumeModel v = model.volumes().get(i);
      try {
        volumes.put(v.name(), volume(v));
      } catch (RuntimeException e) {
        failures.put("spec.volumes[" + i + "]", message(e));
      }
    }
    claims(model);
    try {
      KubernetesObject built;
      if (model.workload().isPresent()) {
        TemplateInitStep init = settings(Pods.template(), model);
        if (model.workload().get().kind().replicated() && model.labels().isEmpty()) {
          // The reader reported the missing labels; a stand-in lets the workload be checked.
          init = init.label(STAND_IN, STAND_IN);
        }
        init = placement(init, model.placement());
        built = workload(model.workload().get(), containers(init, model, volumes));
      } else {
        built = containers(placement(podSettings(settings(Pods.pod(model.name()), model), model),
            model.placement()), model, volumes).build(profile);
      }
      return new Result(standIn ? Optional.empty() : Optional.of(built), List.of(), failures);
    } catch (ValidationException e) {
      List<FieldError> errors = new ArrayList<>();
      for (FieldError error : e.errors()) {
        String field = error.field().replaceFirst(ValidationReport.TEMPLATE, "");
        boolean aboutStandIn = error.value().filter(v -> v.contains(STAND_IN)).isPresent()
            || (standIn && field.startsWith("spec.containers"));
        if (!aboutStandIn) {
          errors.add(error);
        }
      }
      return new Result(Optional.empty(), errors, failures);
    } catch (IllegalArgumentException | IllegalStateException e) {
      failures.put("workload/spec", message(e));
      return new Result(Optional.empty(), List.of(), failures);
    }
  }

  /**
   * Adds the volumes and containers of {@code model} to a pod or template in start order; a
   * stand-in main container if the model has none.
   */
  private <S extends StartSequenceStep<S, M> & TemplateSettingsStep<S>,
      M extends MainContainersStep<M>> M containers(
          S init, PodModel model, Map<String, Volume> volumes) {
    for (Volume v : volumes.values()) {
      init = init.volume(v);
    }
    M main = null;
    int inits = 0;
    int mains = 0;
    for (ContainerModel c : model.containers()) {
      String path = c.role() == PodModel.Role.MAIN
          ? "spec.containers[" + mains++ + "]"
          : "spec.initContainers[" + inits++ + "]";
      try {
        switch (c.role()) {
          case SIDECAR:
            init = init.sidecar(probed(common(Pods.sidecar(c.name()), c, volumes), c));
            break;
          case INIT:
            init = init.init(common(Pods.initContainer(c.name()), c, volumes));
            break;
          default:
            MainContainer m = probed(common(Pods.container(c.name()), c, volumes), c);
            main = main == null ? init.main(m) : main.main(m);
        }
      } catch (RuntimeException e) {
        failures.put(path, message(e));
      }
    }
    standIn = main == null;
    return standIn ? init.main(Pods.container(STAND_IN).image(STAND_IN)) : main;
  }

  /** Builds the workload around {@code template}, as the generated source does. */
  private KubernetesObject workload(PodModel.WorkloadModel w, TemplateMainStep template) {
    if (w instanceof PodModel.JobModel) {
      PodModel.JobModel j = (PodModel.JobModel) w;
      if (j.restartPolicy() == JobRestartPolicy.ON_FAILURE) { // the reader left out any policy
        return jobSettings(meta(Pods.job(j.name(), JobRestartPolicy.ON_FAILURE, template), w),
            j.settings()).build(profile);
      }
      return failurePolicy(jobSettings(meta(Pods.job(j.name(), JobRestartPolicy.NEVER,
          template), w), j.settings()), j.settings()).build(profile);
    } else if (w instanceof PodModel.CronJobModel) {
      PodModel.CronJobModel c = (PodModel.CronJobModel) w;
      if (c.restartPolicy() == JobRestartPolicy.ON_FAILURE) {
        return schedule(jobSettings(meta(Pods.cronJob(c.name(), c.schedule(),
            JobRestartPolicy.ON_FAILURE, template), w), c.settings()), c).build(profile);
      }
      return schedule(failurePolicy(jobSettings(meta(Pods.cronJob(c.name(), c.schedule(),
          JobRestartPolicy.NEVER, template), w), c.settings()), c.settings()), c).build(profile);
    } else if (w instanceof PodModel.DeploymentModel) {
      PodModel.DeploymentModel d = (PodModel.DeploymentModel) w;
      DeploymentStep s = meta(Pods.deployment(d.name(), template), w);
      if (d.replicas().isPresent()) {
        s = s.replicas(d.replicas().get());
      }
      if (d.minReadySeconds().isPresent()) {
        s = s.minReadySeconds(d.minReadySeconds().get());
      }
      if (d.progressDeadlineSeconds().isPresent()) {
        s = s.progressDeadlineSeconds(d.progressDeadlineSeconds().get());
      }
      if (d.revisionHistoryLimit().isPresent()) {
        s = s.revisionHistoryLimit(d.revisionHistoryLimit().get());
      }
      if (d.recreate()) {
        s = s.recreate();
      }
      if (d.maxUnavailable().isPresent() && d.maxSurge().isPresent()) {
        s = s.rollingUpdate(intOrString(d.maxUnavailable().get()),
            intOrString(d.maxSurge().get()));
      }
      return s.build(profile);
    } else if (w instanceof PodModel.StatefulSetModel) {
      PodModel.StatefulSetModel t = (PodModel.StatefulSetModel) w;
      StatefulSetStep s = meta(Pods.statefulSet(t.name(), template), w);
      if (t.serviceName().isPresent()) {
        s = s.serviceName(t.serviceName().get());
      }
      if (t.replicas().isPresent()) {
        s = s.replicas(t.replicas().get());
      }
      if (t.podManagementPolicy().isPresent()) {
        s = s.podManagementPolicy(t.podManagementPolicy().get());
      }
      if (t.minReadySeconds().isPresent()) {
        s = s.minReadySeconds(t.minReadySeconds().get());
      }
      if (t.revisionHistoryLimit().isPresent()) {
        s = s.revisionHistoryLimit(t.revisionHistoryLimit().get());
      }
      for (ClaimTemplate claim : claims.values()) {
        s = s.volumeClaimTemplate(claim);
      }
      if (t.retention().isPresent()) {
        s = s.persistentVolumeClaimRetentionPolicy(t.retention().get().whenDeleted(),
            t.retention().get().whenScaled());
      }
      if (t.ordinalsStart().isPresent()) {
        s = s.ordinals(t.ordinalsStart().get());
      }
      return statefulSetUpdate(s, t.update()).build(profile);
    }
    PodModel.DaemonSetModel d = (PodModel.DaemonSetModel) w;
    DaemonSetStep s = meta(Pods.daemonSet(d.name(), template), w);
    if (d.minReadySeconds().isPresent()) {
      s = s.minReadySeconds(d.minReadySeconds().get());
    }
    if (d.revisionHistoryLimit().isPresent()) {
      s = s.revisionHistoryLimit(d.revisionHistoryLimit().get());
    }
    return daemonSetUpdate(s, d.update()).build(profile);
  }

  /**
   * A rolling update bound as written: digits are a number of pods ({@code IntOrString.of(1)}),
   * anything else a string such as {@code "25%"}, which the validator checks.
   */
  static IntOrString intOrString(String written) {
    return written.matches("[0-9]{1,9}")
        ? IntOrString.of(Integer.parseInt(written))
        : IntOrString.of(written);
  }

  /** The schedule settings of a cron job, either restart policy. */
  private static <S extends CronScheduleStep<S>> S schedule(S s, PodModel.CronJobModel c) {
    if (c.timeZone().isPresent()) {
      s = s.timeZone(c.timeZone().get());
    }
    if (c.concurrencyPolicy().isPresent()) {
      s = s.concurrencyPolicy(c.concurrencyPolicy().get());
    }
    if (c.startingDeadlineSeconds().isPresent()) {
      s = s.startingDeadlineSeconds(c.startingDeadlineSeconds().get());
    }
    if (c.successfulJobsHistoryLimit().isPresent()) {
      s = s.successfulJobsHistoryLimit(c.successfulJobsHistoryLimit().get());
    }
    if (c.failedJobsHistoryLimit().isPresent()) {
      s = s.failedJobsHistoryLimit(c.failedJobsHistoryLimit().get());
    }
    if (c.suspend().isPresent()) {
      s = s.suspendSchedule(c.suspend().get());
    }
    return s;
  }

  private static <S extends WorkloadStep<S, ?>> S meta(S s, PodModel.WorkloadModel w) {
    if (w.namespace().isPresent()) {
      s = s.namespace(w.namespace().get());
    }
    for (Entry e : w.labels()) {
      s = s.label(e.key(), e.value());
    }
    for (Entry e : w.annotations()) {
      s = s.annotation(e.key(), e.value());
    }
    return s;
  }

  private static <S extends JobSettingsStep<S>> S jobSettings(S s, PodModel.JobSettings j) {
    if (j.parallelism().isPresent()) {
      s = s.parallelism(j.parallelism().get());
    }
    if (j.completions().isPresent()) {
      s = s.completions(j.completions().get());
    }
    if (j.indexed()) {
      s = s.indexed();
    }
    if (j.backoffLimit().isPresent()) {
      s = s.backoffLimit(j.backoffLimit().get());
    }
    if (j.activeDeadlineSeconds().isPresent()) {
      s = s.activeDeadlineSeconds(j.activeDeadlineSeconds().get());
    }
    if (j.ttlSecondsAfterFinished().isPresent()) {
      s = s.ttlSecondsAfterFinished(j.ttlSecondsAfterFinished().get());
    }
    if (j.suspend().isPresent()) {
      s = s.suspend(j.suspend().get());
    }
    if (j.backoffLimitPerIndex().isPresent()) {
      s = s.backoffLimitPerIndex(j.backoffLimitPerIndex().get());
    }
    if (j.maxFailedIndexes().isPresent()) {
      s = s.maxFailedIndexes(j.maxFailedIndexes().get());
    }
    if (j.podReplacementPolicy().isPresent()) {
      s = s.podReplacementPolicy(j.podReplacementPolicy().get());
    }
    if (!j.successPolicy().isEmpty()) {
      s = s.successPolicy(successRules(j.successPolicy()));
    }
    if (j.managedBy().isPresent()) {
      s = s.managedBy(j.managedBy().get());
    }
    return s;
  }

  /** The rules of a success policy, through the DSL's rule factories. */
  private static SuccessPolicyRule[] successRules(List<PodModel.SuccessRuleModel> rules) {
    SuccessPolicyRule[] out = new SuccessPolicyRule[rules.size()];
    for (int i = 0; i < out.length; i++) {
      PodModel.SuccessRuleModel r = rules.get(i);
      out[i] = r.succeededIndexes().isEmpty() ? Pods.succeededCount(r.succeededCount().get())
          : r.succeededCount().isEmpty() ? Pods.succeededIndexes(r.succeededIndexes().get())
          : Pods.succeededIndexes(r.succeededIndexes().get(), r.succeededCount().get());
    }
    return out;
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Placement, token and pod-level resources, after the labels that the helpers select. */
  private static <S extends TemplateSettingsStep<S>> S placement(S s, PlacementModel p) {
    if (p.automountServiceAccountToken().isPresent()) {
      s = s.automountServiceAccountToken(p.automountServiceAccountToken().get());
    }
    for (NodeLabelModel n : p.requiredNodeLabels()) {
      s = s.requireNodeLabel(n.key(), n.values().toArray(new String[0]));
    }
    for (NodeLabelModel n : p.preferredNodeLabels()) {
      s = s.preferNodeLabel(n.weight(), n.key(), n.values().toArray(new String[0]));
    }
    if (p.spreadAcrossZones().isPresent()) {
      s = s.spreadAcrossZones(p.spreadAcrossZones().get());
    }
    if (p.oneReplicaPerNode()) {
      s = s.oneReplicaPerNode();
    }
    if (!p.podRequests().isEmpty()) {
      s = s.podRequests(amounts(p.podRequests()));
    }
    if (!p.podLimits().isEmpty()) {
      s = s.podLimits(amounts(p.podLimits()));
    }
    for (PodModel.SpreadModel t : p.topologySpread()) {
      s = s.topologySpreadConstraint(spread(t));
    }
    for (PodModel.AffinityTermModel t : p.podAffinity()) {
      s = t.weight().isEmpty()
          ? s.requirePodAffinity(t.topologyKey(), selector(t.matchLabels()))
          : s.preferPodAffinity(t.weight().get(), t.topologyKey(), selector(t.matchLabels()));
    }
    for (PodModel.AffinityTermModel t : p.podAntiAffinity()) {
      s = t.weight().isEmpty()
          ? s.requirePodAntiAffinity(t.topologyKey(), selector(t.matchLabels()))
          : s.preferPodAntiAffinity(t.weight().get(), t.topologyKey(),
              selector(t.matchLabels()));
    }
    if (p.runtimeClassName().isPresent()) {
      s = s.runtimeClassName(p.runtimeClassName().get());
    }
    if (p.hostPID().isPresent()) {
      s = s.hostPID(p.hostPID().get());
    }
    if (p.hostIPC().isPresent()) {
      s = s.hostIPC(p.hostIPC().get());
    }
    if (p.hostUsers().isPresent()) {
      s = s.hostUsers(p.hostUsers().get());
    }
    if (p.os().isPresent()) {
      s = s.os(p.os().get());
    }
    for (String gate : p.schedulingGates()) {
      s = s.schedulingGate(gate);
    }
    for (String gate : p.readinessGates()) {
      s = s.readinessGate(gate);
    }
    for (PodModel.HostAliasModel h : p.hostAliases()) {
      s = s.hostAlias(h.ip(), h.hostnames().toArray(new String[0]));
    }
    if (p.dnsConfig().isPresent()) {
      s = s.dnsConfig(dnsConfig(p.dnsConfig().get()));
    }
    for (PodModel.DeviceClaimModel r : p.resourceClaims()) {
      PodResourceClaim.Builder b = PodResourceClaim.builder().name(r.name());
      r.resourceClaimName().ifPresent(b::resourceClaimName);
      r.templateName().ifPresent(b::resourceClaimTemplateName);
      s = s.resourceClaim(b.build());
    }
    return s;
  }

  /** The DNS settings as written; an option without a value has none. */
  static PodDNSConfig dnsConfig(PodModel.DnsConfigModel d) {
    PodDNSConfig.Builder b = PodDNSConfig.builder()
        .nameservers(d.nameservers())
        .searches(d.searches());
    for (Entry e : d.options()) {
      PodDNSConfigOption.Builder o = PodDNSConfigOption.builder().name(e.key());
      if (!e.value().isEmpty()) {
        o.value(e.value());
      }
      b.addOption(o.build());
    }
    return b.build();
  }

  /** A label selector of {@code labels}, as {@link Pods#matchLabels} starts one. */
  static LabelSelector selector(List<Entry> labels) {
    LabelSelector.Builder b = LabelSelector.builder();
    labels.forEach(e -> b.putMatchLabel(e.key(), e.value()));
    return b.build();
  }

  /** A topology spread constraint with the written fields. */
  static TopologySpreadConstraint spread(PodModel.SpreadModel t) {
    TopologySpreadConstraint.Builder b = TopologySpreadConstraint.builder()
        .maxSkew(t.maxSkew())
        .topologyKey(t.topologyKey())
        .whenUnsatisfiable(t.whenUnsatisfiable())
        .labelSelector(selector(t.matchLabels()));
    t.minDomains().ifPresent(b::minDomains);
    t.nodeAffinityPolicy().ifPresent(b::nodeAffinityPolicy);
    t.nodeTaintsPolicy().ifPresent(b::nodeTaintsPolicy);
    b.addAllMatchLabelKeys(t.matchLabelKeys());
    return b.build();
  }

  /** The settings only a pod of its own has; the reader rejects them on a template. */
  private static PodInitStep podSettings(PodInitStep s, PodModel m) {
    if (m.namespace().isPresent()) {
      s = s.namespace(m.namespace().get());
    }
    if (m.restartPolicy().isPresent()) {
      s = s.restartPolicy(m.restartPolicy().get());
    }
    if (m.activeDeadlineSeconds().isPresent()) {
      s = s.activeDeadlineSeconds(m.activeDeadlineSeconds().get());
    }
    return s;
  }

  private static <S extends TemplateSettingsStep<S>> S settings(S s, PodModel m) {
    for (Entry e : m.labels()) {
      s = s.label(e.key(), e.value());
    }
    for (Entry e : m.annotations()) {
      s = s.annotation(e.key(), e.value());
    }
    if (m.terminationGracePeriodSeconds().isPresent()) {
      s = s.terminationGracePeriodSeconds(m.terminationGracePeriodSeconds().get());
    }
    if (m.serviceAccountName().isPresent()) {
      s = s.serviceAccountName(m.serviceAccountName().get());
    }
    for (Entry e : m.nodeSelector()) {
      s = s.nodeSelector(e.key(), e.value());
    }
    for (String secret : m.imagePullSecrets()) {
      s = s.imagePullSecret(secret);
    }
    if (m.hostNetwork().isPresent()) {
      s = s.hostNetwork(m.hostNetwork().get());
    }
    if (m.dnsPolicy().isPresent()) {
      s = s.dnsPolicy(m.dnsPolicy().get());
    }
    if (m.priorityClassName().isPresent()) {
      s = s.priorityClassName(m.priorityClassName().get());
    }
    if (m.shareProcessNamespace().isPresent()) {
      s = s.shareProcessNamespace(m.shareProcessNamespace().get());
    }
    for (PodModel.TolerationModel t : m.tolerations()) {
      Toleration.Builder b = Toleration.builder();
      t.key().ifPresent(b::key);
      t.operator().ifPresent(b::operator);
      t.value().ifPresent(b::value);
      t.effect().ifPresent(b::effect);
      t.tolerationSeconds().ifPresent(b::tolerationSeconds);
      s = s.toleration(b.build());
    }
    if (m.securityContext().isPresent()) {
      PodModel.PodSecurityModel p = m.securityContext().get();
      PodSecurityContext.Builder b = PodSecurityContext.builder();
      p.runAsUser().ifPresent(b::runAsUser);
      p.runAsGroup().ifPresent(b::runAsGroup);
      p.runAsNonRoot().ifPresent(b::runAsNonRoot);
      p.fsGroup().ifPresent(b::fsGroup);
      seccomp(p.seccompProfile(), p.seccompLocalhostProfile()).ifPresent(b::seccompProfile);
      appArmor(p.profiles()).ifPresent(b::appArmorProfile);
      seLinux(p.profiles()).ifPresent(b::seLinuxOptions);
      windows(p.profiles()).ifPresent(b::windowsOptions);
      b.addAllSupplementalGroups(p.supplementalGroups());
      p.fsGroupChangePolicy().ifPresent(b::fsGroupChangePolicy);
      p.supplementalGroupsPolicy().ifPresent(b::supplementalGroupsPolicy);
      p.seLinuxChangePolicy().ifPresent(b::seLinuxChangePolicy);
      for (Entry e : p.sysctls()) {
        b.addSysctl(Sysctl.builder().name(e.key()).value(e.value()).build());
      }
      s = s.securityContext(b.build());
    }
    return s;
  }

  /** The AppArmor profile of a security context, if its type or profile is written. */
  private static Optional<AppArmorProfile> appArmor(PodModel.ProfilesModel p) {
    if (p.appArmorProfile().isEmpty() && p.appArmorLocalhostProfile().isEmpty()) {
      return Optional.empty();
    }
    AppArmorProfile.Builder b = AppArmorProfile.builder().type(p.appArmorProfile().orElse(""));
    p.appArmorLocalhostProfile().ifPresent(b::localhostProfile);
    return Optional.of(b.build());
  }

  /** The SELinux options of a security context, if any is written. */
  static Optional<SELinuxOptions> seLinux(PodModel.ProfilesModel p) {
    if (!p.hasSeLinux()) {
      return Optional.empty();
    }
    SELinuxOptions.Builder b = SELinuxOptions.builder();
    p.seLinuxLevel().ifPresent(b::level);
    p.seLinuxUser().ifPresent(b::user);
    p.seLinuxRole().ifPresent(b::role);
    p.seLinuxType().ifPresent(b::type);
    return Optional.of(b.build());
  }

  /** The Windows options of a security context, if any is written. */
  static Optional<WindowsSecurityContextOptions> windows(PodModel.ProfilesModel p) {
    if (!p.hasWindows()) {
      return Optional.empty();
    }
    WindowsSecurityContextOptions.Builder b = WindowsSecurityContextOptions.builder();
    p.windowsGmsaCredentialSpecName().ifPresent(b::gmsaCredentialSpecName);
    p.windowsGmsaCredentialSpec().ifPresent(b::gmsaCredentialSpec);
    p.windowsRunAsUserName().ifPresent(b::runAsUserName);
    p.windowsHostProcess().ifPresent(b::hostProcess);
    return Optional.of(b.build());
  }

  /** The seccomp profile of a security context, if its type is written. */
  private static Optional<SeccompProfile> seccomp(Optional<String> type,
      Optional<String> localhostProfile) {
    if (type.isEmpty() && localhostProfile.isEmpty()) {
      return Optional.empty();
    }
    SeccompProfile.Builder b = SeccompProfile.builder().type(type.orElse(""));
    localhostProfile.ifPresent(b::localhostProfile);
    return Optional.of(b.build());
  }

  private <C extends ContainerStep<C>> C common(
      ContainerImageStep<C> start, ContainerModel m, Map<String, Volume> volumes) {
    C c = start.image(m.image());
    if (m.imagePullPolicy().isPresent()) {
      c = c.imagePullPolicy(m.imagePullPolicy().get());
    }
    if (m.command().isPresent()) {
      c = c.command(m.command().get().toArray(new String[0]));
    }
    if (m.args().isPresent()) {
      c = c.args(m.args().get().toArray(new String[0]));
    }
    if (m.workingDir().isPresent()) {
      c = c.workingDir(m.workingDir().get());
    }
    for (PortModel p : m.ports()) {
      c = port(c, p);
    }
    for (EnvModel e : m.env()) {
      c = env(c, e);
    }
    for (EnvFromModel e : m.envFrom()) {
      c = c.envFrom(e.secret() ? Pods.secretEnv(e.name()) : Pods.configMapEnv(e.name()));
    }
    if (!m.requests().isEmpty()) {
      c = c.requests(amounts(m.requests()));
    }
    if (!m.limits().isEmpty()) {
      c = c.limits(amounts(m.limits()));
    }
    for (MountModel mount : m.mounts()) {
      ClaimTemplate claim = claims.get(mount.volume());
      if (claim != null) {
        c = c.volumeMount(options(Pods.mount(claim, mount.path()), mount));
        continue;
      }
      Volume v = volumes.get(mount.volume());
      if (v == null) {
        continue; // the volume failed to build and is reported already
      }
      c = mount.plain() ? c.volumeMount(v, mount.path()) : c.volumeMount(mount(v, mount));
    }
    if (m.securityContext().isPresent()) {
      c = c.securityContext(security(m.securityContext().get()));
    }
    if (m.terminationMessagePolicy().isPresent()) {
      c = c.terminationMessagePolicy(m.terminationMessagePolicy().get());
    }
    for (PodModel.ClaimUseModel u : m.claims()) {
      c = u.request().isPresent() ? c.resourceClaim(u.name(), u.request().get())
          : c.resourceClaim(u.name());
    }
    for (PodModel.ResizeModel r : m.resizePolicy()) {
      c = c.resizePolicy(r.resource(), r.restartPolicy());
    }
    return c;
  }

  private static <C extends ProbedContainerStep<C>> C probed(C c, ContainerModel m) {
    if (m.startupProbe().isPresent()) {
      ProbeModel p = m.startupProbe().get();
      StartupProbe probe = timing(Pods.startupProbe(probeAction(p.action())), p);
      if (p.terminationGracePeriodSeconds().isPresent()) {
        probe = probe.terminationGracePeriodSeconds(p.terminationGracePeriodSeconds().get());
      }
      c = c.startupProbe(probe);
    }
    if (m.livenessProbe().isPresent()) {
      ProbeModel p = m.livenessProbe().get();
      LivenessProbe probe = timing(Pods.livenessProbe(probeAction(p.action())), p);
      if (p.terminationGracePeriodSeconds().isPresent()) {
        probe = probe.terminationGracePeriodSeconds(p.terminationGracePeriodSeconds().get());
      }
      c = c.livenessProbe(probe);
    }
    if (m.readinessProbe().isPresent()) {
      ProbeModel p = m.readinessProbe().get();
      ReadinessProbe probe = timing(Pods.readinessProbe(probeAction(p.action())), p);
      if (p.successThreshold().isPresent()) {
        probe = probe.successThreshold(p.successThreshold().get());
      }
      c = c.readinessProbe(probe);
    }
    if (m.postStart().isPresent()) {
      c = c.postStart(hookAction(m.postStart().get()));
    }
    if (m.preStop().isPresent()) {
      c = c.preStop(hookAction(m.preStop().get()));
    }
    return c;
  }

  private static <P extends ProbeStep<P>> P timing(P probe, ProbeModel m) {
    if (m.initialDelaySeconds().isPresent()) {
      probe = probe.initialDelaySeconds(m.initialDelaySeconds().get());
    }
    if (m.timeoutSeconds().isPresent()) {
      probe = probe.timeoutSeconds(m.timeoutSeconds().get());
    }
    if (m.periodSeconds().isPresent()) {
      probe = probe.periodSeconds(m.periodSeconds().get());
    }
    if (m.failureThreshold().isPresent()) {
      probe = probe.failureThreshold(m.failureThreshold().get());
    }
    return probe;
  }

  private static ProbeAction probeAction(ActionModel a) {
    if (a instanceof PodModel.Grpc) {
      return Pods.grpc(((PodModel.Grpc) a).port());
    }
    return (ProbeAction) hookAction(a);
  }

  private static HookAction hookAction(ActionModel a) {
    if (a instanceof PodModel.Exec) {
      return Pods.exec(((PodModel.Exec) a).command().toArray(new String[0]));
    } else if (a instanceof PodModel.HttpGet) {
      PodModel.HttpGet h = (PodModel.HttpGet) a;
      HTTPHeader[] headers = h.headers().stream()
          .map(e -> Pods.httpHeader(e.key(), e.value())).toArray(HTTPHeader[]::new);
      if (!h.plain()) { // scheme and host have no factory: the model's builder sets them
        HTTPGetAction.Builder b = HTTPGetAction.builder().from(
            h.portName().isEmpty() ? Pods.httpGet(h.path(), h.port(), headers)
                : Pods.httpGet(h.path(), h.portName(), headers));
        h.scheme().ifPresent(b::scheme);
        h.host().ifPresent(b::host);
        return b.build();
      }
      if (headers.length > 0) {
        return h.portName().isEmpty()
            ? Pods.httpGet(h.path(), h.port(), headers)
            : Pods.httpGet(h.path(), h.portName(), headers);
      }
      return h.portName().isEmpty()
          ? Pods.httpGet(h.path(), h.port())
          : Pods.httpGet(h.path(), h.portName());
    } else if (a instanceof PodModel.TcpSocket) {
      PodModel.TcpSocket t = (PodModel.TcpSocket) a;
      return t.portName().isEmpty() ? Pods.tcpSocket(t.port()) : Pods.tcpSocket(t.portName());
    } else if (a instanceof PodModel.Sleep) {
      return Pods.sleep(((PodModel.Sleep) a).seconds());
    }
    throw new IllegalArgumentException("not a hook action: " + a);
  }

  private static <C extends ContainerStep<C>> C port(C c, PortModel p) {
    if (p.name().isPresent() && p.protocol().isPresent()) {
      return c.port(p.name().get(), p.containerPort(), p.protocol().get());
    } else if (p.name().isPresent()) {
      return c.port(p.name().get(), p.containerPort());
    } else if (p.protocol().isPresent()) {
      return c.port(ContainerPort.builder()
          .containerPort(p.containerPort())
          .protocol(p.protocol().get().value())
          .build());
    }
    return c.port(p.containerPort());
  }

  private static <C extends ContainerStep<C>> C env(C c, EnvModel e) {
    PodModel.EnvSource s = e.source();
    if (s instanceof PodModel.FieldRef) {
      return c.env(e.name(), Pods.fieldRef(((PodModel.FieldRef) s).fieldPath()));
    } else if (s instanceof PodModel.ResourceFieldRef) {
      PodModel.ResourceFieldRef r = (PodModel.ResourceFieldRef) s;
      return c.env(e.name(), r.divisor().isPresent()
          ? Pods.resourceFieldRef(r.resource(), r.divisor().get())
          : Pods.resourceFieldRef(r.resource()));
    } else if (s instanceof PodModel.ConfigMapKeyRef) {
      PodModel.ConfigMapKeyRef r = (PodModel.ConfigMapKeyRef) s;
      return c.env(e.name(), Pods.configMapKeyRef(r.name(), r.key()));
    } else if (s instanceof PodModel.SecretKeyRef) {
      PodModel.SecretKeyRef r = (PodModel.SecretKeyRef) s;
      return c.env(e.name(), Pods.secretKeyRef(r.name(), r.key()));
    }
    return c.env(e.name(), ((PodModel.Literal) s).value());
  }

  private static ResourceAmount[] amounts(List<Entry> entries) {
    ResourceAmount[] out = new ResourceAmount[entries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Pods.resource(entries.get(i).key(), entries.get(i).value());
    }
    return out;
  }

  private static Mount mount(Volume v, MountModel m) {
    return options(Pods.mount(v, m.path()), m);
  }

  private static Mount options(Mount mount, MountModel m) {
    if (m.readOnly()) {
      mount = mount.readOnly();
    }
    if (m.subPath().isPresent()) {
      mount = mount.subPath(m.subPath().get());
    }
    if (m.subPathExpr().isPresent()) {
      mount = mount.subPathExpr(m.subPathExpr().get());
    }
    return mount;
  }

  private static SecurityContext security(SecurityModel s) {
    SecurityContext.Builder b = SecurityContext.builder();
    if (!s.capabilitiesAdd().isEmpty() || !s.capabilitiesDrop().isEmpty()) {
      b.capabilities(Capabilities.builder().add(s.capabilitiesAdd())
          .drop(s.capabilitiesDrop()).build());
    }
    s.privileged().ifPresent(b::privileged);
    s.allowPrivilegeEscalation().ifPresent(b::allowPrivilegeEscalation);
    s.readOnlyRootFilesystem().ifPresent(b::readOnlyRootFilesystem);
    s.runAsUser().ifPresent(b::runAsUser);
    s.runAsGroup().ifPresent(b::runAsGroup);
    s.runAsNonRoot().ifPresent(b::runAsNonRoot);
    seccomp(s.seccompProfile(), s.seccompLocalhostProfile()).ifPresent(b::seccompProfile);
    appArmor(s.profiles()).ifPresent(b::appArmorProfile);
    seLinux(s.profiles()).ifPresent(b::seLinuxOptions);
    windows(s.profiles()).ifPresent(b::windowsOptions);
    s.procMount().ifPresent(b::procMount);
    return b.build();
  }

  static Volume volume(VolumeModel v) {
    String name = v.name();
    PodModel.VolumeSource s = v.source();
    if (s instanceof PodModel.EmptyDir) {
      PodModel.EmptyDir e = (PodModel.EmptyDir) s;
      if (e.medium().isEmpty() && e.sizeLimit().isEmpty()) {
        return Pods.emptyDir(name);
      }
      EmptyDirVolumeSource.Builder b = EmptyDirVolumeSource.builder();
      e.medium().ifPresent(b::medium);
      e.sizeLimit().ifPresent(q -> b.sizeLimit(Quantity.parse(q)));
      return Pods.volume(name, b.build());
    } else if (s instanceof PodModel.ConfigMapVolume) {
      PodModel.ConfigMapVolume c = (PodModel.ConfigMapVolume) s;
      if (c.optional().isEmpty()) {
        return Pods.configMapVolume(name, c.name());
      }
      return Pods.volume(name, ConfigMapVolumeSource.builder()
          .name(c.name()).optional(c.optional().get()).build());
    } else if (s instanceof PodModel.SecretVolume) {
      PodModel.SecretVolume c = (PodModel.SecretVolume) s;
      if (c.optional().isEmpty()) {
        return Pods.secretVolume(name, c.secretName());
      }
      return Pods.volume(name, SecretVolumeSource.builder()
          .secretName(c.secretName()).optional(c.optional().get()).build());
    } else if (s instanceof PodModel.PvcVolume) {
      return Pods.persistentVolumeClaim(name, ((PodModel.PvcVolume) s).claimName());
    } else if (s instanceof PodModel.HostPathVolume) {
      return Pods.hostPath(name, ((PodModel.HostPathVolume) s).path());
    } else if (s instanceof PodModel.DownwardApiVolume) {
      return Pods.downwardAPI(name, files(((PodModel.DownwardApiVolume) s).files()));
    } else if (s instanceof PodModel.CsiVolume) {
      return csi(name, (PodModel.CsiVolume) s);
    } else if (s instanceof PodModel.EphemeralVolume) {
      return ephemeral(name, (PodModel.EphemeralVolume) s);
    } else if (s instanceof PodModel.ImageVolume) {
      PodModel.ImageVolume i = (PodModel.ImageVolume) s;
      return i.pullPolicy().isEmpty() ? Pods.imageVolume(name, i.reference())
          : Pods.volume(name, ImageVolumeSource.builder().reference(i.reference())
              .pullPolicy(i.pullPolicy().get().value()).build());
    }
    List<ProjectionModel> sources = ((PodModel.ProjectedVolume) s).sources();
    VolumeProjection[] projections = new VolumeProjection[sources.size()];
    for (int i = 0; i < projections.length; i++) {
      projections[i] = projection(sources.get(i));
    }
    return Pods.projected(name, projections);
  }

  private static Volume csi(String name, PodModel.CsiVolume c) {
    if (c.readOnly().isEmpty() && c.fsType().isEmpty() && c.attributes().isEmpty()
        && c.nodePublishSecretRef().isEmpty()) {
      return Pods.csi(name, c.driver());
    }
    CSIVolumeSource.Builder b = CSIVolumeSource.builder().driver(c.driver());
    c.readOnly().ifPresent(b::readOnly);
    c.fsType().ifPresent(b::fsType);
    c.attributes().forEach(e -> b.putVolumeAttribute(e.key(), e.value()));
    c.nodePublishSecretRef().ifPresent(secret ->
        b.nodePublishSecretRef(LocalObjectReference.builder().name(secret).build()));
    return Pods.volume(name, b.build());
  }

  private static Volume ephemeral(String name, PodModel.EphemeralVolume e) {
    boolean plain = e.storageClassName().isPresent()
        && e.accessModes().equals(List.of(AccessMode.READ_WRITE_ONCE));
    if (plain) {
      return Pods.ephemeral(name, e.storageClassName().get(), e.storage());
    }
    PersistentVolumeClaimSpec.Builder claim = PersistentVolumeClaimSpec.builder()
        .resources(ResourceRequirements.builder()
            .putRequest("storage", Quantity.parse(e.storage())).build());
    e.accessModes().forEach(m -> claim.addAccessMode(m.value()));
    e.storageClassName().ifPresent(claim::storageClassName);
    return Pods.volume(name, EphemeralVolumeSource.builder()
        .volumeClaimTemplate(PersistentVolumeClaimTemplate.builder().spec(claim.build()).build())
        .build());
  }

  private static VolumeProjection projection(ProjectionModel p) {
    if (p instanceof PodModel.TokenProjection) {
      PodModel.TokenProjection t = (PodModel.TokenProjection) p;
      return Pods.serviceAccountToken(t.path(), t.audience(), t.expirationSeconds());
    } else if (p instanceof PodModel.ConfigMapProjection) {
      return Pods.configMapProjection(((PodModel.ConfigMapProjection) p).name());
    } else if (p instanceof PodModel.SecretProjection) {
      return Pods.secretProjection(((PodModel.SecretProjection) p).name());
    }
    return Pods.downwardAPIProjection(files(((PodModel.DownwardApiProjection) p).files()));
  }

  private static DownwardAPIVolumeFile[] files(List<Entry> files) {
    DownwardAPIVolumeFile[] out = new DownwardAPIVolumeFile[files.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Pods.downwardAPIFile(files.get(i).key(), files.get(i).value());
    }
    return out;
  }
  // Workload-level values (issue 11)

  private void claims(PodModel model) {
    if (model.workload().isEmpty()
        || !(model.workload().get() instanceof PodModel.StatefulSetModel)) {
      return;
    }
    List<PodModel.ClaimModel> all = ((PodModel.StatefulSetModel) model.workload().get()).claims();
    for (int i = 0; i < all.size(); i++) {
      PodModel.ClaimModel c = all.get(i);
      try {
        ClaimTemplate claim = Pods.volumeClaimTemplate(
            c.name(), c.storage(), c.accessModes().toArray(new AccessMode[0]));
        if (c.storageClassName().isPresent()) {
          claim = claim.storageClassName(c.storageClassName().get());
        }
        claims.put(c.name(), claim);
      } catch (RuntimeException e) {
        failures.put("workload/spec.volumeClaimTemplates[" + i + "]", message(e));
      }
    }
  }

  private static <S extends PodFailurePolicyStep<S>> S failurePolicy(
      S s, PodModel.JobSettings j) {
    return j.podFailurePolicy().isPresent() ? failurePolicy(s, j.podFailurePolicy().get()) : s;
  }

  private static <S extends PodFailurePolicyStep<S>> S failurePolicy(
      S s, PodModel.FailurePolicyModel p) {
    List<PodFailurePolicyRule> rules = new ArrayList<>();
    for (PodModel.FailureRuleModel r : p.rules()) {
      if (!r.podConditions().isEmpty()) {
        r.podConditions().forEach(t -> rules.add(Pods.onPodCondition(r.action(), t)));
        continue;
      }
      int[] codes = r.exitCodes().stream().mapToInt(Integer::intValue).toArray();
      rules.add(r.container().isPresent()
          ? Pods.onExitCodes(r.action(), r.container().get(),
              r.operator().orElseThrow(), codes)
          : Pods.onExitCodes(r.action(), r.operator().orElseThrow(), codes));
    }
    S set = s.podFailurePolicy(rules.toArray(new PodFailurePolicyRule[0]));
    return p.ignoreSidecarExits() ? set.ignoreSidecarExits() : set;
  }

  private static StatefulSetStep statefulSetUpdate(
      StatefulSetStep s, Optional<PodModel.UpdateModel> update) {
    if (update.isEmpty()) {
      return s;
    }
    PodModel.UpdateModel u = update.get();
    if (u.onDelete()) {
      return s.onDelete();
    } else if (u.maxUnavailable().isPresent()) {
      return s.rollingUpdate(u.partition().orElse(0), intOrString(u.maxUnavailable().get()));
    }
    return u.partition().isPresent() ? s.rollingUpdate(u.partition().get()) : s;
  }

  private static DaemonSetStep daemonSetUpdate(
      DaemonSetStep s, Optional<PodModel.UpdateModel> update) {
    if (update.isEmpty()) {
      return s;
    }
    PodModel.UpdateModel u = update.get();
    if (u.onDelete()) {
      return s.onDelete();
    }
    return u.maxSurge().isPresent()
        ? s.rollingUpdate(intOrString(u.maxUnavailable().orElseThrow()),
            intOrString(u.maxSurge().get()))
        : s;
  }
}
