package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.PodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    List<Container> containers = new ArrayList<>();
    for (int i = 0; i < spec.containers().size(); i++) {
      containers.add(regular(spec.containers().get(i), path.child("containers").index(i)));
    }
    List<Container> inits = new ArrayList<>();
    for (int i = 0; i < spec.initContainers().size(); i++) {
      inits.add(init(spec.initContainers().get(i), path.child("initContainers").index(i)));
    }
    return PodSpec.builder().from(spec).containers(containers).initContainers(inits).build();
  }

  private Container regular(Container c, FieldPath path) {
    Container.Builder b = Container.builder().from(c);
    if (c.restartPolicy().isPresent() && !GatedFields.exists(RESTART_POLICY, profile)) {
      errors.add(FieldError.forbidden(path.child("restartPolicy"),
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_POLICY)));
      b.restartPolicy(Optional.empty());
    } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      if (c.restartPolicy().isPresent()) {
        errors.warn(dropped(path.child("restartPolicy"), Profile.CONTAINER_RESTART_RULES));
        b.restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    return b.build();
  }

  private Container init(Container c, FieldPath path) {
    Container.Builder b = Container.builder().from(c);
    if (c.restartPolicy().isPresent()) {
      FieldPath policy = path.child("restartPolicy");
      if (!GatedFields.exists(RESTART_POLICY, profile)) {
        errors.add(FieldError.forbidden(policy, "field does not exist before Kubernetes 1."
            + GatedFields.since(RESTART_POLICY) + ": "
            + "the API server rejects or drops it, and without it a sidecar that never exits "
            + "would hold the pod in Init forever"));
        b.restartPolicy(Optional.empty());
      } else if (!profile.isEnabled(Profile.SIDECAR_CONTAINERS)) {
        errors.warn(policy + ": dropped: the SidecarContainers feature gate is off (alpha and off "
            + "by default in Kubernetes 1.28), so the API server silently removes the field; the "
            + "container would run as a plain init container and, if it never exits, the pod "
            + "would hang in Init");
        b.restartPolicy(Optional.empty());
      } else if (profile.atLeast(34) && !profile.isEnabled(Profile.CONTAINER_RESTART_RULES)
          && !c.isRestartable()) {
        errors.warn(dropped(policy, Profile.CONTAINER_RESTART_RULES));
        b.restartPolicy(Optional.empty());
      }
    }
    restartRules(c, b, path);
    lifecycle(c, b, path);
    return b.build();
  }

  private void restartRules(Container c, Container.Builder b, FieldPath path) {
    if (c.restartPolicyRules().isEmpty()) {
      return;
    }
    FieldPath rules = path.child("restartPolicyRules");
    if (!GatedFields.exists(RESTART_RULES, profile)) {
      errors.add(FieldError.forbidden(rules,
          "field does not exist before Kubernetes 1." + GatedFields.since(RESTART_RULES)));
      b.restartPolicyRules(List.of());
    } else if (!profile.isEnabled(Profile.CONTAINER_RESTART_RULES)) {
      errors.warn(dropped(rules, Profile.CONTAINER_RESTART_RULES));
      b.restartPolicyRules(List.of());
    }
  }

  private void lifecycle(Container c, Container.Builder b, FieldPath path) {
    Optional<String> gate = GatedFields.offGate("LifecycleHandler.sleep", profile);
    if (c.lifecycle().isEmpty() || gate.isEmpty()) {
      return;
    }
    Lifecycle l = c.lifecycle().get();
    FieldPath p = path.child("lifecycle");
    b.lifecycle(Lifecycle.builder().from(l)
        .postStart(withoutSleep(l.postStart(), p.child("postStart"), gate.get()))
        .preStop(withoutSleep(l.preStop(), p.child("preStop"), gate.get()))
        .build());
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
