package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the target server does with fields its version or feature gates do not allow, before it
 * validates: a field that does not exist yet is an error (kubectl's strict decoding rejects it);
 * a field behind a disabled gate is silently dropped ({@code dropDisabledFields}), which this
 * class does too, with a warning, so that validation then sees what the server would see.
 *
 * <p>The versions and the {@code sleep} gate come from the generated table ({@link
 * GatedFields}). The container restart fields keep their own rules: a missing field is an error
 * here, not the generic unknown-field warning (a sidecar without it would hang the pod), and
 * {@code restartPolicy} on regular and non-sidecar init containers follows
 * {@code ContainerRestartRules} from 1.34, which its API marker does not name.
 */
final class FieldDrops {
  private static final String RESTART_POLICY = "Container.restartPolicy";
  private static final String RESTART_RULES = "Container.restartPolicyRules";

  private final Errors errors;
  private final Profile profile;

  FieldDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  PodSpec apply(PodSpec spec, FieldPath path) {
    if (profile.atLeast(28) && !profile.atLeast(29) && profile.isEnabled(Profile.SIDECAR_CONTAINERS)
        && spec.initContainers().stream().anyMatch(Container::isRestartable)) {
      errors.warn(path.child("initContainers") + ": native sidecars rely on the SidecarContainers "
          + "feature gate, which is alpha in Kubernetes 1.28; kubelet and scheduler need it too");
    }
    List<Container> containers = spec.containers();
    List<Container> inits = spec.initContainers();
    List<Container> changedContainers = null;
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      changedContainers = changed(changedContainers, containers, i,
          regular(c, new ContainerEdit(c),
              path.child("containers").index(i)));
    }
    List<Container> changedInits = null;
    for (int i = 0; i < inits.size(); i++) {
      Container c = inits.get(i);
      changedInits = changed(changedInits, inits, i,
          init(c, new ContainerEdit(c),
              path.child("initContainers").index(i)));
    }
    Edit<PodSpec, PodSpec.Builder> b = new Edit<>(spec, PodSpec::builder, PodSpec.Builder::from);
    if (changedContainers != null) {
      b.builder().containers(changedContainers);
    }
    if (changedInits != null) {
      b.builder().initContainers(changedInits);
    }
    gatedSpecFields(spec, b, path);
    return b.result(PodSpec.Builder::build);
  }

  /**
   * Returns the list of changed items so far with item {@code i} of {@code items} put as
   * {@code item}: null while no item has changed, so that an unchanged list is not copied.
   */
  private static List<Container> changed(@Nullable List<Container> changed,
      List<Container> items, int i, Container item) {
    if (changed == null && item == items.get(i)) {
      return null;
    }
    if (changed == null) {
      changed = new ArrayList<>(items.size());
      for (int j = 0; j < i; j++) {
        changed.add(items.get(j));
      }
    }
    changed.add(item);
    return changed;
  }

  /**
   * A value and the builder of its copy, made only when a field has to go: most specs and
   * containers keep every field, and are then returned as they are.
   */
  private static final class ContainerEdit extends Edit<Container, Container.Builder> {
    ContainerEdit(Container c) {
      super(c, Container::builder, Container.Builder::from);
    }
  }

  private static class Edit<T, B> {
    private final T value;
    private final java.util.function.Supplier<B> newBuilder;
    private final java.util.function.BiFunction<B, T, B> from;
    private @Nullable B builder;

    Edit(T value, java.util.function.Supplier<B> newBuilder,
        java.util.function.BiFunction<B, T, B> from) {
      this.value = value;
      this.newBuilder = newBuilder;
      this.from = from;
    }

    B builder() {
      if (builder == null) {
        builder = from.apply(newBuilder.get(), value);
      }
      return builder;
    }

    T result(java.util.function.Function<B, T> build) {
      return builder == null ? value : build.apply(builder);
    }
  }

  /**
   * The pod-level fields {@code dropDisabledPodFields} removes when their gate is off. A field
   * the version does not have at all is left to {@link VersionDrops}' warning, and dropped too.
   */
  private void gatedSpecFields(PodSpec spec, Edit<PodSpec, PodSpec.Builder> b, FieldPath path) {
    if (drop(spec.resources().isPresent(), Profile.POD_LEVEL_RESOURCES, "PodSpec.resources",
        path, "resources")) {
      b.builder().resources(Optional.empty());
    }
    if (drop(spec.hostnameOverride().isPresent(), Profile.HOSTNAME_OVERRIDE,
        "PodSpec.hostnameOverride", path, "hostnameOverride")) {
      b.builder().hostnameOverride(Optional.empty());
    }
    if (drop(spec.hostUsers().isPresent(), Profile.USER_NAMESPACES_SUPPORT, "PodSpec.hostUsers",
        path, "hostUsers")) {
      b.builder().hostUsers(Optional.empty());
    }
    // The alpha scheduling and eviction fields of 1.35 to 1.37 (GenericWorkload,
    // EvictionRequestAPI): dropped while their gates are off, as for every gated field; their
    // own rules (a DNS-subdomain podGroupName, ...) are not reproduced for when a gate is on.
    if (drop(spec.workloadRef().isPresent(), Profile.GENERIC_WORKLOAD, "PodSpec.workloadRef",
        path, "workloadRef")) {
      b.builder().workloadRef(Optional.empty());
    }
    if (drop(spec.schedulingGroup().isPresent(), Profile.GENERIC_WORKLOAD,
        "PodSpec.schedulingGroup", path, "schedulingGroup")) {
      b.builder().schedulingGroup(Optional.empty());
    }
    if (drop(!spec.evictionResponders().isEmpty(), Profile.EVICTION_REQUEST_API,
        "PodSpec.evictionResponders", path, "evictionResponders")) {
      b.builder().evictionResponders(List.of());
    }
    if (drop(!spec.resourceClaims().isEmpty(), Profile.DYNAMIC_RESOURCE_ALLOCATION,
        "PodSpec.resourceClaims", path, "resourceClaims")) {
      b.builder().resourceClaims(List.of());
    }
    spec.securityContext().ifPresent(sc -> {
      Edit<PodSecurityContext, PodSecurityContext.Builder> scb =
          new Edit<>(sc, PodSecurityContext::builder, PodSecurityContext.Builder::from);
      FieldPath scPath = path.child("securityContext");
      if (drop(sc.supplementalGroupsPolicy().isPresent(), Profile.SUPPLEMENTAL_GROUPS_POLICY,
          "PodSecurityContext.supplementalGroupsPolicy", scPath, "supplementalGroupsPolicy")) {
        scb.builder().supplementalGroupsPolicy(Optional.empty());
      }
      if (drop(sc.seLinuxChangePolicy().isPresent(), Profile.SELINUX_CHANGE_POLICY,
          "PodSecurityContext.seLinuxChangePolicy", scPath, "seLinuxChangePolicy")) {
        scb.builder().seLinuxChangePolicy(Optional.empty());
      }
      PodSecurityContext changed = scb.result(PodSecurityContext.Builder::build);
      if (changed != sc) {
        b.builder().securityContext(changed);
      }
    });
  }

  /** The container fields {@code dropDisabledPodFields} removes when their gate is off. */
  private void gatedContainerFields(Container c, ContainerEdit b, FieldPath path) {
    if (drop(!c.resizePolicy().isEmpty(), Profile.IN_PLACE_POD_VERTICAL_SCALING,
        "Container.resizePolicy", path, "resizePolicy")) {
      b.builder().resizePolicy(List.of());
    }
    c.resources().filter(r -> drop(!r.claims().isEmpty(), Profile.DYNAMIC_RESOURCE_ALLOCATION,
        "ResourceRequirements.claims", path, "resources", "claims")).ifPresent(r ->
            b.builder().resources(ResourceRequirements.builder().from(r).claims(List.of())
                .build()));
    c.securityContext().filter(sc -> drop(sc.procMount().isPresent(), Profile.PROC_MOUNT_TYPE,
        "SecurityContext.procMount", path, "securityContext", "procMount"))
        .ifPresent(sc -> b.builder().securityContext(SecurityContext.builder().from(sc)
            .procMount(Optional.empty()).build()));
  }

  /**
   * Whether a set field goes because its gate is off; warns if the version has the field (a
   * field it lacks has {@link VersionDrops}' warning already).
   */
  private boolean drop(boolean present, String gate, String field, FieldPath parent,
      String name) {
    return present && drop(gate, field, parent.child(name)); // the path only for a set field
  }

  private boolean drop(boolean present, String gate, String field, FieldPath parent,
      String name, String inner) {
    return present && drop(gate, field, parent.child(name).child(inner));
  }

  private boolean drop(String gate, String field, FieldPath path) {
    if (profile.isEnabled(gate)) {
      return false;
    }
    FieldVersions.Range range = FieldVersions.FIELDS.get(field);
    if (range == null || profile.minor() >= range.since() && profile.minor() <= range.until()) {
      errors.warn(dropped(path, gate));
    }
    return true;
  }

  private Container regular(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicy().isPresent() && !GatedFields.exists(RESTART_POLICY, profile)) {
      errors.add(FieldError.forbidden(path.child("restartPolicy"),
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_POLICY)));
      b.builder().restartPolicy(Optional.empty());
    } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      if (c.restartPolicy().isPresent()) {
        errors.warn(dropped(path.child("restartPolicy"), Profile.CONTAINER_RESTART_RULES));
        b.builder().restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    gatedContainerFields(c, b, path);
    return b.result(Container.Builder::build);
  }

  private Container init(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicy().isPresent()) {
      FieldPath policy = path.child("restartPolicy");
      if (!GatedFields.exists(RESTART_POLICY, profile)) {
        errors.add(FieldError.forbidden(policy, "field does not exist before Kubernetes 1."
            + GatedFields.since(RESTART_POLICY) + ": "
            + "the API server rejects or drops it, and without it a sidecar that never exits "
            + "would hold the pod in Init forever"));
        b.builder().restartPolicy(Optional.empty());
      } else if (!profile.isEnabled(Profile.SIDECAR_CONTAINERS)) {
        errors.warn(policy + ": dropped: the SidecarContainers feature gate is off (alpha and off "
            + "by default in Kubernetes 1.28), so the API server silently removes the field; the "
            + "container would run as a plain init container and, if it never exits, the pod "
            + "would hang in Init");
        b.builder().restartPolicy(Optional.empty());
      } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)
          && !c.isRestartable()) {
        errors.warn(dropped(policy, Profile.CONTAINER_RESTART_RULES));
        b.builder().restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    gatedContainerFields(c, b, path);
    return b.result(Container.Builder::build);
  }

  private void restartRules(Container c, ContainerEdit b, FieldPath path) {
    if (c.restartPolicyRules().isEmpty()) {
      return;
    }
    FieldPath rules = path.child("restartPolicyRules");
    if (!GatedFields.exists(RESTART_RULES, profile)) {
      errors.add(FieldError.forbidden(rules,
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_RULES)));
      b.builder().restartPolicyRules(List.of());
    } else if (!profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      errors.warn(dropped(rules, Profile.CONTAINER_RESTART_RULES));
      b.builder().restartPolicyRules(List.of());
    }
  }

  private void lifecycle(Container c, ContainerEdit b, FieldPath path) {
    Optional<String> gate = GatedFields.offGate("LifecycleHandler.sleep", profile);
    if (c.lifecycle().isEmpty() || gate.isEmpty()) {
      return;
    }
    Lifecycle l = c.lifecycle().get();
    FieldPath p = path.child("lifecycle");
    Optional<LifecycleHandler> postStart = withoutSleep(l.postStart(), p.child("postStart"),
        gate.get());
    Optional<LifecycleHandler> preStop = withoutSleep(l.preStop(), p.child("preStop"),
        gate.get());
    if (postStart != l.postStart() || preStop != l.preStop()) {
      b.builder().lifecycle(Lifecycle.builder().from(l).postStart(postStart).preStop(preStop)
          .build());
    }
  }

  private Optional<LifecycleHandler> withoutSleep(Optional<LifecycleHandler> h, FieldPath path,
      String gate) {
    if (h.isEmpty() || h.get().sleep().isEmpty()) {
      return h;
    }
    errors.warn(dropped(path.child("sleep"), gate));
    return Optional.of(LifecycleHandler.builder().from(h.get()).sleep(Optional.empty()).build());
  }

  private String dropped(FieldPath path, String gate) {
    return GatedFields.dropped(path, gate, profile);
  }
}
