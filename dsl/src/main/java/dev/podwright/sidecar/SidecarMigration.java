package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PodSpec;
import dev.podwright.validation.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns legacy sidecars (regular containers that run alongside the app) into native sidecars:
 * moves them from {@code containers} to {@code initContainers} with {@code restartPolicy:
 * Always}. Works on a Pod and on the pod template of every workload kind.
 *
 * <pre>{@code
 * MigrationResult r = SidecarMigration.builder()
 *     .sidecar("envoy", "fluent-bit")
 *     .build()
 *     .migrate(deployment);
 * r.changes().forEach(System.err::println);
 * KubernetesObject migrated = r.object();
 * }</pre>
 *
 * <p><b>Placement.</b> Moved sidecars go, in the order named, in front of the existing init
 * containers, so those already run inside them: a proxy is there for an init container that
 * needs the network, a log shipper collects its logs. {@link Builder#placeAfter(String)} puts
 * them right after a given init container instead, for set-up that must finish before the
 * sidecars start, such as the iptables rules of {@code istio-init}.
 *
 * <p><b>Nothing else changes.</b> Each moved container keeps every field, unknown ones
 * included; only its {@code restartPolicy} becomes {@code Always}. The rest of the object is
 * copied as it is.
 *
 * <p><b>Version.</b> Native sidecars need Kubernetes 1.29 or later (1.28 with the
 * {@code SidecarContainers} gate on). The migration refuses targets below 1.28, or with the gate
 * forced off, unless {@linkplain Builder#force(boolean) forced}; on 1.28 it warns.
 */
public final class SidecarMigration {
  private final List<String> names;
  private final Optional<String> after;
  private final Profile profile;
  private final boolean force;
  private final boolean skipMissing;

  private SidecarMigration(Builder b) {
    this.names = List.copyOf(b.names);
    this.after = b.after;
    this.profile = b.profile;
    this.force = b.force;
    this.skipMissing = b.skipMissing;
  }

  /** Returns a new builder; name at least one sidecar. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the regular containers of {@code object} whose image looks like a long-running proxy
   * or agent (Envoy and istio-proxy, Linkerd, Cloud SQL Auth Proxy, Fluent Bit, Vector, the
   * OpenTelemetry collector and the like). Changes nothing; if every container matches, none is
   * proposed, since a pod keeps at least one main container.
   *
   * @throws IllegalArgumentException if the kind has no pod template
   */
  public static List<MigrationCandidate> candidates(KubernetesObject object) {
    PodTemplates.Found found = PodTemplates.find(object);
    List<MigrationCandidate> result = new ArrayList<>();
    List<Container> containers = found.spec().containers();
    for (int i = 0; i < containers.size(); i++) {
      Container c = containers.get(i);
      int index = i;
      Images.agentKind(c.image()).ifPresent(kind -> result.add(
          new MigrationCandidate(c.name(), found.containerPath(false, index), c.image(), kind)));
    }
    return result.size() < containers.size() ? result : List.of();
  }

  /**
   * Migrates the named sidecars of a Pod or of a workload's pod template.
   *
   * @throws MigrationException if a name matches no regular container, every main container
   *     would move, the placement names no init container, or the profile does not run native
   *     sidecars and the migration is not forced
   * @throws IllegalArgumentException if the kind has no pod template
   */
  public MigrationResult migrate(KubernetesObject object) {
    PodTemplates.Found found = PodTemplates.find(object);
    checkProfile();
    List<String> changes = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    PodSpec spec = migrate(found, changes, matched);
    if (matched.isEmpty()) {
      return new MigrationResult(object, changes, List.of(), List.of());
    }
    KubernetesObject result = found.replace().apply(spec);
    List<LifecycleWarning> warnings =
        LifecycleExplainer.forProfile(profile).explain(PodTemplates.find(result)).warnings();
    return new MigrationResult(result, changes, warnings, matched);
  }

  private void checkProfile() {
    Optional<Boolean> gate = profile.featureGateOverride("SidecarContainers");
    String problem = null;
    if (gate.isPresent() && !gate.get()) {
      problem = "the SidecarContainers feature gate is off in the target profile ("
          + profile + ")";
    } else if (gate.isEmpty() && profile.minor() < 28) {
      problem = "Kubernetes " + profile.version() + " has no native sidecars (they start with "
          + "1.28, on by default from 1.29)";
    }
    if (problem != null && !force) {
      throw new MigrationException(problem + ": the API server would drop restartPolicy and the "
          + "pod would stay in Init; target 1.29 or later, or force the migration");
    }
  }

  private PodSpec migrate(PodTemplates.Found found, List<String> changes, List<String> matched) {
    PodSpec spec = found.spec();
    List<Container> containers = spec.containers();
    List<Container> inits = spec.initContainers();
    List<Container> moved = new ArrayList<>();
    Set<String> moving = new LinkedHashSet<>();
    for (String name : names) {
      int index = indexOf(containers, name);
      if (index < 0) {
        int init = indexOf(inits, name);
        if (init >= 0 && inits.get(init).isRestartable()) {
          matched.add(name);
          changes.add(found.containerPath(true, init) + " (" + name + ") is already a native "
              + "sidecar; unchanged");
          continue;
        }
        if (init < 0 && skipMissing) {
          continue;
        }
        throw new MigrationException(init >= 0
            ? found.containerPath(true, init) + " (" + name + ") is a plain init container, "
                + "not a regular container; only containers can become sidecars"
            : "no container named \"" + name + "\" in " + found.path() + ".containers");
      }
      Container c = containers.get(index);
      Container sidecar = Container.builder().from(c).restartPolicy("Always").build();
      moved.add(sidecar);
      moving.add(name);
      matched.add(name);
      if (c.restartPolicy().isPresent() && !c.isRestartable()) {
        changes.add(found.containerPath(false, index) + " (" + name + ") had restartPolicy "
            + c.restartPolicy().get() + ", which becomes Always");
      }
    }
    if (moved.isEmpty()) {
      return spec;
    }
    if (moving.size() == containers.size()) {
      throw new MigrationException("cannot move every container of " + found.path()
          + ".containers: a pod needs at least one main container");
    }
    int insertAt = 0;
    if (after.isPresent()) {
      int anchor = indexOf(inits, after.get());
      if (anchor < 0) {
        throw new MigrationException("no init container named \"" + after.get() + "\" in "
            + found.path() + ".initContainers to place the sidecars after");
      }
      insertAt = anchor + 1;
    }
    List<Container> newInits = new ArrayList<>(inits.subList(0, insertAt));
    newInits.addAll(moved);
    newInits.addAll(inits.subList(insertAt, inits.size()));
    List<Container> newContainers = new ArrayList<>();
    for (Container c : containers) {
      if (!moving.contains(c.name())) {
        newContainers.add(c);
      }
    }
    for (int i = 0; i < moved.size(); i++) {
      String name = moved.get(i).name();
      changes.add("moved " + found.containerPath(false, indexOf(containers, name)) + " (" + name
          + ") to " + found.containerPath(true, insertAt + i) + " with restartPolicy: Always");
    }
    for (int i = insertAt; i < inits.size(); i++) {
      changes.add(found.containerPath(true, i) + " (" + inits.get(i).name() + ") is now "
          + found.containerPath(true, i + moved.size()));
    }
    for (int i = 0; i < newContainers.size(); i++) {
      int old = indexOf(containers, newContainers.get(i).name());
      if (old != i) {
        changes.add(found.containerPath(false, old) + " (" + newContainers.get(i).name()
            + ") is now " + found.containerPath(false, i));
      }
    }
    return PodSpec.builder().from(spec).initContainers(newInits).containers(newContainers)
        .build();
  }

  private static int indexOf(List<Container> list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Builds {@link SidecarMigration} values. */
  public static final class Builder {
    private final Set<String> names = new LinkedHashSet<>();
    private Optional<String> after = Optional.empty();
    private Profile profile = Profile.defaults();
    private boolean force;
    private boolean skipMissing;

    private Builder() {}

    /** Names containers to move, in the start order they should get. */
    public Builder sidecar(String... names) {
      requireNonNull(names, "names == null");
      for (String name : names) {
        this.names.add(requireNonNull(name, "name == null"));
      }
      return this;
    }

    /** Places the moved sidecars right after the init container {@code initContainerName}. */
    public Builder placeAfter(String initContainerName) {
      this.after = Optional.of(requireNonNull(initContainerName, "initContainerName == null"));
      return this;
    }

    /** Sets the target Kubernetes version and gates; 1.33 by default. */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile == null");
      return this;
    }

    /**
     * Skips names that match no container instead of failing, for objects that hold only some
     * of them (the documents of one file, say); {@link MigrationResult#matched()} tells which
     * matched.
     */
    public Builder skipMissing(boolean skipMissing) {
      this.skipMissing = skipMissing;
      return this;
    }

    /** Migrates even for a target that does not run native sidecars. */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Returns the migration.
     *
     * @throws IllegalStateException if no sidecar was named
     */
    public SidecarMigration build() {
      if (names.isEmpty()) {
        throw new IllegalStateException("name at least one sidecar to migrate");
      }
      return new SidecarMigration(this);
    }
  }
}
