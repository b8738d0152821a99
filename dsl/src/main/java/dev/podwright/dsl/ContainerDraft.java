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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shared implementation of the three container roles. Immutable: every method returns a new
 * draft, and a draft, once built, always gives the same {@link Container}.
 *
 * <p>A new draft records its change to the draft it came from rather than copying the container
 * at once; {@link #toContainer()} replays the changes onto one builder the first time it is
 * asked, so that a chain of n steps builds the container once instead of n times (an Istio proxy
 * with 18 variables was 18 copies of a growing container). Steps that add to a nested value
 * (resources, lifecycle, security context) are replayed onto one builder of that value too
 * ({@link ContainerReplay}), so no step needs the container built so far. A mount records the
 * volume it declares, and the draft's volumes are collected from the chain when asked for.
 */
abstract class ContainerDraft<C extends ContainerStep<C>> extends ContainerFieldsDraft<C>
    implements ContainerStep<C> {
  private final @Nullable ContainerDraft<C> previous;
  // For the first draft of a chain built already, the volumes its mounts declare (Built).
  private final ContainerReplay.Change change;
  private volatile @Nullable Container container;

  /** The first draft of a chain: {@code change} applied to an empty container. */
  ContainerDraft(ContainerReplay.Edit change) {
    this.previous = null;
    this.change = change;
  }

  /** The first draft of a chain: a built container whose mounts declare {@code volumes}. */
  ContainerDraft(Container container, List<Volume> volumes) {
    this.previous = null;
    this.change = new Built(List.copyOf(volumes));
    this.container = container;
  }

  /** A draft that is {@code previous} with {@code change} applied. */
  ContainerDraft(ContainerDraft<C> previous, ContainerReplay.Change change) {
    this.previous = previous;
    this.change = change;
  }

  /** The change of a first draft built already: none to replay, and the volumes it declares. */
  private record Built(List<Volume> volumes) implements ContainerReplay.Change {
    @Override
    public void replay(ContainerReplay replay) {
      throw new AssertionError("a built draft is not replayed");
    }
  }

  /** The volumes a chain's first draft declares. */
  private static List<Volume> firstVolumes(ContainerDraft<?> first) {
    return first.change instanceof Built built ? built.volumes() : List.of();
  }

  /** Returns a draft of the same role: this one with {@code change} applied. */
  abstract C next(ContainerReplay.Change change);

  /** Returns a draft of the same role holding {@code container}, built already. */
  abstract C rooted(Container container, List<Volume> volumes);

  @Override
  final C edit(ContainerReplay.Edit change) {
    return next(change);
  }

  @Override
  final C change(ContainerReplay.Change change) {
    return next(change);
  }

  @Override
  final C replaced(Container container) {
    return rooted(container, volumes());
  }

  /** Returns the volumes this container's mounts and devices declare, in mount order. */
  @Override
  final List<Volume> volumes() {
    int n = 0;
    ContainerDraft<C> draft = this;
    for (; draft.previous != null; draft = draft.previous) {
      if (draft.change instanceof VolumeUse use && use.declared() != null) {
        n++;
      }
    }
    List<Volume> first = firstVolumes(draft);
    if (n == 0) {
      return first;
    }
    Volume[] declared = first.toArray(new Volume[first.size() + n]);
    for (ContainerDraft<C> d = this; d.previous != null; d = d.previous) {
      if (d.change instanceof VolumeUse use && use.declared() != null) {
        declared[first.size() + --n] = use.declared();
      }
    }
    return List.of(declared);
  }

  /** Returns whether this container's mounts or devices declare {@code volume} already. */
  @Override
  final boolean declares(Volume volume) {
    ContainerDraft<C> draft = this;
    for (; draft.previous != null; draft = draft.previous) {
      if (draft.change instanceof VolumeUse use && volume.equals(use.declared())) {
        return true;
      }
    }
    return firstVolumes(draft).contains(volume);
  }

  @Override
  public final Container toContainer() {
    Container built = container;
    if (built == null) {
      // The changes since the last built draft (or since the empty container), oldest first.
      int n = 0;
      ContainerDraft<C> draft = this;
      while (draft != null && draft.container == null) {
        n++;
        draft = draft.previous;
      }
      ContainerReplay.Change[] changes = new ContainerReplay.Change[n];
      ContainerDraft<C> d = this;
      for (int i = n - 1; i >= 0; i--) {
        changes[i] = d.change;
        d = d.previous;
      }
      ContainerReplay replay = new ContainerReplay(draft == null ? null : draft.container);
      for (ContainerReplay.Change c : changes) {
        c.replay(replay);
      }
      built = replay.build();
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
    return change(r -> r.resources().addClaim(claim));
  }

  private C resources(List<ResourceAmount> amounts, boolean requests) {
    return change(r -> {
      ResourceRequirements.Builder b = r.resources();
      for (int i = 0; i < amounts.size(); i++) {
        ResourceAmount amount = amounts.get(i);
        if (requests) {
          b.putRequest(amount.name(), amount.quantity());
        } else {
          b.putLimit(amount.name(), amount.quantity());
        }
      }
    });
  }

  @Override
  public final C volumeMount(Volume volume, String mountPath) {
    return volumeMount(Pods.mount(volume, mountPath));
  }

  @Override
  public final C volumeMount(Mount mount) {
    requireNonNull(mount, "mount == null");
    MountDraft draft = (MountDraft) mount;
    Volume volume = draft.volume().orElse(null);
    return change(new VolumeUse(draft.mount(),
        volume == null || declares(volume) ? null : volume));
  }

  @Override
  public final C securityContext(SecurityContext securityContext) {
    requireNonNull(securityContext, "securityContext == null");
    return change(r -> r.securityContext(securityContext));
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
