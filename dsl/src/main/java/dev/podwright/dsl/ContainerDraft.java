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
import dev.podwright.model.ResourceClaim;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The shared implementation of the three container roles. Immutable: every method returns a new
 * draft holding a new model {@link Container} and the volumes its mounts declare.
 *
 * <p>A new draft records its change to the draft it came from rather than copying the container
 * at once; {@link #toContainer()} replays the changes onto one builder the first time it is
 * asked, so that a chain of n steps copies the container once instead of n times (an Istio proxy
 * with 18 variables was 18 copies of a growing container).
 */
abstract class ContainerDraft<C extends ContainerStep<C>> extends ContainerFieldsDraft<C>
    implements ContainerStep<C> {
  private final @Nullable ContainerDraft<C> previous;
  private final @Nullable UnaryOperator<Container.Builder> change;
  private final List<Volume> volumes;
  // The container's resources, known without building it: only requests(..), limits(..) and
  // resourceClaim(..) change them, and they merge into what is there.
  private final Optional<ResourceRequirements> resources;
  private volatile @Nullable Container container;

  ContainerDraft(Container container, List<Volume> volumes) {
    this.previous = null;
    this.change = null;
    this.container = container;
    this.volumes = List.copyOf(volumes);
    this.resources = container.resources();
  }

  /** A draft that is {@code previous} with {@code change} applied. */
  ContainerDraft(ContainerDraft<C> previous, UnaryOperator<Container.Builder> change,
      List<Volume> volumes) {
    this.previous = previous;
    this.change = change;
    this.volumes = List.copyOf(volumes);
    this.resources = change instanceof SetResources set ? Optional.of(set.resources())
        : previous.resources;
  }

  /** The change {@link #resources} makes, telling a new draft its resources. */
  private record SetResources(ResourceRequirements resources)
      implements UnaryOperator<Container.Builder> {
    @Override
    public Container.Builder apply(Container.Builder b) {
      return b.resources(resources);
    }
  }

  /** Returns a draft of the same role: this one with {@code change} applied. */
  @Override
  abstract C edited(UnaryOperator<Container.Builder> change, List<Volume> volumes);

  @Override
  final C edit(UnaryOperator<Container.Builder> change) {
    return edited(change, volumes);
  }

  /** Returns the volumes this container's mounts declare, in mount order. */
  @Override
  final List<Volume> volumes() {
    return volumes;
  }

  @Override
  public final Container toContainer() {
    Container built = container;
    if (built == null) {
      ArrayDeque<UnaryOperator<Container.Builder>> changes = new ArrayDeque<>();
      ContainerDraft<C> draft = this;
      while (draft.container == null) {
        changes.push(draft.change);
        draft = draft.previous;
      }
      Container.Builder b = Container.builder().from(draft.container);
      for (UnaryOperator<Container.Builder> c : changes) {
        c.apply(b);
      }
      built = b.build();
      container = built;
    }
    return built;
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

  @Override
  public final C resourceClaim(String name) {
    requireNonNull(name, "name == null");
    return claim(ResourceClaim.builder().name(name).build());
  }

  @Override
  public final C resourceClaim(String name, String request) {
    requireNonNull(name, "name == null");
    requireNonNull(request, "request == null");
    return claim(ResourceClaim.builder().name(name).request(request).build());
  }

  private C claim(ResourceClaim claim) {
    ResourceRequirements.Builder r = ResourceRequirements.builder();
    resources.ifPresent(r::from);
    return edit(new SetResources(r.addClaim(claim).build()));
  }

  private C resources(List<ResourceAmount> amounts, boolean requests) {
    ResourceRequirements.Builder r = ResourceRequirements.builder();
    resources.ifPresent(r::from);
    for (ResourceAmount amount : amounts) {
      if (requests) {
        r.putRequest(amount.name(), amount.quantity());
      } else {
        r.putLimit(amount.name(), amount.quantity());
      }
    }
    return edit(new SetResources(r.build()));
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
    return edited(b -> b.addVolumeMount(draft.mount()), declared);
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
    return getClass().getSimpleName() + "[" + toContainer().name() + "]";
  }
}
