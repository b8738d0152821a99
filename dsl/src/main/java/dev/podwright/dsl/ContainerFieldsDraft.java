package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.AppArmorProfile;
import dev.podwright.model.Capabilities;
import dev.podwright.model.Container;
import dev.podwright.model.ContainerResizePolicy;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.SELinuxOptions;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeDevice;
import dev.podwright.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The security and runtime settings every container role shares ({@link ContainerSecurityStep},
 * {@link ContainerRuntimeStep}), and the restart settings of the roles that have them. Kept apart
 * from {@link ContainerDraft}, which supplies the container and the way to change it.
 */
abstract class ContainerFieldsDraft<C extends ContainerStep<C>>
    implements ContainerSecurityStep<C>, ContainerRuntimeStep<C> {

  /** Returns this draft with {@code change} applied to the container builder. */
  abstract C edit(ContainerReplay.Edit change);

  /** Returns this draft with {@code change} applied when the container is replayed. */
  abstract C change(ContainerReplay.Change change);

  /** Returns a draft of the same role holding {@code container} and this draft's volumes. */
  abstract C replaced(Container container);

  abstract List<Volume> volumes();

  abstract boolean declares(Volume volume);

  abstract Container toContainer();

  private C security(UnaryOperator<SecurityContext.Builder> change) {
    return change(r -> change.apply(r.security()));
  }

  private C capabilities(UnaryOperator<Capabilities.Builder> change) {
    return security(s -> {
      Capabilities.Builder c = Capabilities.builder();
      s.build().capabilities().ifPresent(c::from);
      return s.capabilities(change.apply(c).build());
    });
  }

  @Override
  public final C restricted() {
    return security(s -> {
      Capabilities caps = s.build().capabilities().orElse(Capabilities.builder().build());
      Capabilities dropped = Capabilities.builder().from(caps)
          .addAllDrop(absent(caps.drop(), List.of("ALL")))
          .build();
      return s.capabilities(dropped)
          .allowPrivilegeEscalation(false)
          .runAsNonRoot(true)
          .seccompProfile(Pods.seccompRuntimeDefault());
    });
  }

  @Override
  public final C addCapabilities(String... capabilities) {
    List<String> list = Args.list(capabilities, "capabilities");
    return capabilities(c -> c.addAllAdd(absent(c.build().add(), list)));
  }

  @Override
  public final C dropCapabilities(String... capabilities) {
    List<String> list = Args.list(capabilities, "capabilities");
    return capabilities(c -> c.addAllDrop(absent(c.build().drop(), list)));
  }

  private static List<String> absent(List<String> present, List<String> wanted) {
    List<String> out = new ArrayList<>();
    for (String w : wanted) {
      if (!present.contains(w) && !out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  @Override
  public final C privileged(boolean privileged) {
    return security(s -> s.privileged(privileged));
  }

  @Override
  public final C allowPrivilegeEscalation(boolean allow) {
    return security(s -> s.allowPrivilegeEscalation(allow));
  }

  @Override
  public final C readOnlyRootFilesystem(boolean readOnly) {
    return security(s -> s.readOnlyRootFilesystem(readOnly));
  }

  @Override
  public final C runAsUser(long uid) {
    return security(s -> s.runAsUser(uid));
  }

  @Override
  public final C runAsGroup(long gid) {
    return security(s -> s.runAsGroup(gid));
  }

  @Override
  public final C runAsNonRoot(boolean runAsNonRoot) {
    return security(s -> s.runAsNonRoot(runAsNonRoot));
  }

  @Override
  public final C seccompProfile(SeccompProfile profile) {
    requireNonNull(profile, "profile == null");
    return security(s -> s.seccompProfile(profile));
  }

  @Override
  public final C appArmorProfile(AppArmorProfile profile) {
    requireNonNull(profile, "profile == null");
    return security(s -> s.appArmorProfile(profile));
  }

  @Override
  public final C seLinuxOptions(SELinuxOptions options) {
    requireNonNull(options, "options == null");
    return security(s -> s.seLinuxOptions(options));
  }

  @Override
  public final C procMount(ProcMountType type) {
    requireNonNull(type, "type == null");
    return security(s -> s.procMount(type.value()));
  }

  // Runtime

  @Override
  public final C resizePolicy(String resourceName, ResizeRestartPolicy restartPolicy) {
    requireNonNull(resourceName, "resourceName == null");
    requireNonNull(restartPolicy, "restartPolicy == null");
    return edit(b -> b.addResizePolicy(ContainerResizePolicy.builder()
        .resourceName(resourceName)
        .restartPolicy(restartPolicy.value())
        .build()));
  }

  @Override
  public final C volumeDevice(Volume volume, String devicePath) {
    requireNonNull(volume, "volume == null");
    requireNonNull(devicePath, "devicePath == null");
    VolumeDevice device = VolumeDevice.builder().name(volume.name()).devicePath(devicePath).build();
    return change(new VolumeUse(device, declares(volume) ? null : volume));
  }

  @Override
  public final C stdin(boolean stdin) {
    return edit(b -> b.stdin(stdin));
  }

  @Override
  public final C tty(boolean tty) {
    return edit(b -> b.tty(tty));
  }

  @Override
  public final C containerSpec(UnaryOperator<Container.Builder> change) {
    Container before = toContainer();
    SpecChange<Container> changed = SpecChange.apply("containerSpec", before,
            Container.builder().from(before), change, Container.Builder::build)
        .keeps("name", Container::name, "name the container in its factory")
        .keeps("restartPolicy", Container::restartPolicy,
            "the role decides it; main and plain init containers take restartPolicy(..)")
        .keeps("restartPolicyRules", Container::restartPolicyRules,
            "set them with restartPolicy(..) or restartPolicyRules(..)")
        // A mount's options (mountPropagation, recursiveReadOnly, ...) may change; which
        // volumes are mounted may not, as the mounts declare the pod's volumes.
        .keeps("which volumes volumeMounts name",
            c -> c.volumeMounts().stream().map(VolumeMount::name).collect(Collectors.toList()),
            "mount with volumeMount(..), which also declares the volume")
        .keeps("which volumes volumeDevices name",
            c -> c.volumeDevices().stream().map(VolumeDevice::name).collect(Collectors.toList()),
            "use volumeDevice(..)");
    if (this instanceof InitDraft) {
      String hint = "a plain init container has none; make it a sidecar(..)";
      changed.keeps("startupProbe", Container::startupProbe, hint)
          .keeps("livenessProbe", Container::livenessProbe, hint)
          .keeps("readinessProbe", Container::readinessProbe, hint)
          .keeps("lifecycle", Container::lifecycle, hint);
    }
    // The change ran once, on a copy of the container; the checked result is the new draft's
    // container, so the change is neither recorded nor run again.
    return replaced(changed.result());
  }

  // Restart policy and rules, for the roles that offer them

  /** Sets the container's restart policy and replaces its rules. */
  final C restart(String policy, ContainerRestartRule[] rules) {
    List<ContainerRestartRule> list = Args.list(rules, "rules");
    return edit(b -> b.restartPolicy(policy).restartPolicyRules(list));
  }
}
