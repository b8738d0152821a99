package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvSource;
import dev.podwright.model.EnvVar;
import dev.podwright.model.EnvVarSource;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shared implementation of the three container roles. Immutable: every method returns a new
 * draft holding a new model {@link Container} and the volumes its mounts declare.
 */
abstract class ContainerDraft<C extends ContainerStep<C>> extends ContainerFieldsDraft<C>
    implements ContainerStep<C> {
  private final Container container;
  private final List<Volume> volumes;

  ContainerDraft(Container container, List<Volume> volumes) {
    this.container = container;
    this.volumes = List.copyOf(volumes);
  }

  /** Returns a draft of the same role. */
  @Override
  abstract C copy(Container container, List<Volume> volumes);

  @Override
  final C edit(UnaryOperator<Container.Builder> change) {
    return copy(change.apply(Container.builder().from(container)).build(), volumes);
  }

  /** Returns the volumes this container's mounts declare, in mount order. */
  @Override
  final List<Volume> volumes() {
    return volumes;
  }

  @Override
  public final Container toContainer() {
    return container;
  }

  @Override
  public final C imagePullPolicy(PullPolicy policy) {
    requireNonNull(policy, "policy == null");
    return edit(b -> b.imagePullPolicy(policy.value()));
  }

  @Override
  public final C command(String... command) {
    List<String> list = Args.list(command, "command");
    return edit(b -> b.command(list));
  }

  @Override
  public final C args(String... args) {
    List<String> list = Args.list(args, "args");
    return edit(b -> b.args(list));
  }

  @Override
  public final C workingDir(String workingDir) {
    requireNonNull(workingDir, "workingDir == null");
    return edit(b -> b.workingDir(workingDir));
  }

  @Override
  public final C port(int containerPort) {
    return port(ContainerPort.builder().containerPort(containerPort).build());
  }

  @Override
  public final C port(String name, int containerPort) {
    requireNonNull(name, "name == null");
    return port(ContainerPort.builder().name(name).containerPort(containerPort).build());
  }

  @Override
  public final C port(String name, int containerPort, Protocol protocol) {
    requireNonNull(name, "name == null");
    requireNonNull(protocol, "protocol == null");
    return port(ContainerPort.builder()
        .name(name)
        .containerPort(containerPort)
        .protocol(protocol.value())
        .build());
  }

  @Override
  public final C port(ContainerPort port) {
    requireNonNull(port, "port == null");
    return edit(b -> b.addPort(port));
  }

  @Override
  public final C env(String name, String value) {
    requireNonNull(name, "name == null");
    requireNonNull(value, "value == null");
    return edit(b -> b.addEnv(EnvVar.builder().name(name).value(value).build()));
  }

  @Override
  public final C env(String name, EnvSource source) {
    requireNonNull(name, "name == null");
    requireNonNull(source, "source == null");
    EnvVar var = EnvVar.builder().name(name).valueFrom(valueFrom(source)).build();
    return edit(b -> b.addEnv(var));
  }

  private static EnvVarSource valueFrom(EnvSource source) {
    EnvVarSource.Builder b = EnvVarSource.builder();
    if (source instanceof ObjectFieldSelector) {
      b.fieldRef((ObjectFieldSelector) source);
    } else if (source instanceof ResourceFieldSelector) {
      b.resourceFieldRef((ResourceFieldSelector) source);
    } else if (source instanceof ConfigMapKeySelector) {
      b.configMapKeyRef((ConfigMapKeySelector) source);
    } else {
      b.secretKeyRef((SecretKeySelector) source);
    }
    return b.build();
  }

  @Override
  public final C envFrom(EnvFromSource source) {
    requireNonNull(source, "source == null");
    return edit(b -> b.addEnvFrom(source));
  }

  @Override
  public final C requests(ResourceAmount... requests) {
    return resources(Args.list(requests, "requests"), true);
  }

  @Override
  public final C limits(ResourceAmount... limits) {
    return resources(Args.list(limits, "limits"), false);
  }

  private C resources(List<ResourceAmount> amounts, boolean requests) {
    ResourceRequirements.Builder r = ResourceRequirements.builder();
    container.resources().ifPresent(r::from);
    for (ResourceAmount amount : amounts) {
      if (requests) {
        r.putRequest(amount.name(), amount.quantity());
      } else {
        r.putLimit(amount.name(), amount.quantity());
      }
    }
    ResourceRequirements built = r.build();
    return edit(b -> b.resources(built));
  }

  @Override
  public final C volumeMount(Volume volume, String mountPath) {
    return volumeMount(Pods.mount(volume, mountPath));
  }

  @Override
  public final C volumeMount(Mount mount) {
    requireNonNull(mount, "mount == null");
    MountDraft draft = (MountDraft) mount;
    List<Volume> declared = new ArrayList<>(volumes);
    draft.volume().filter(v -> !declared.contains(v)).ifPresent(declared::add);
    Container mounted = Container.builder().from(container).addVolumeMount(draft.mount()).build();
    return copy(mounted, declared);
  }

  @Override
  public final C securityContext(SecurityContext securityContext) {
    requireNonNull(securityContext, "securityContext == null");
    return edit(b -> b.securityContext(securityContext));
  }

  @Override
  public final C terminationMessagePolicy(TerminationMessagePolicy policy) {
    requireNonNull(policy, "policy == null");
    return edit(b -> b.terminationMessagePolicy(policy.value()));
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + container.name() + "]";
  }
}
