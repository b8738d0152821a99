package dev.podwright.dsl;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Volume;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The pod of a pod draft: a built {@link Pod}, or one with metadata and spec changes still to
 * apply.
 *
 * <p>Labels, annotations and containers come one step at a time; building the pod for each
 * copied the metadata (with its label and annotation maps) or the spec, and the pod, per step.
 * The changes are recorded instead and replayed onto one {@code ObjectMeta} and one
 * {@code PodSpec} builder the first time the pod is asked for, as {@link ContainerDraft} does
 * for containers. The changes are the DSL's own, which check their arguments before they are
 * recorded, so replaying them later cannot fail. The volumes are known without building the
 * pod, since a container step declares only the volumes the pod does not have yet.
 */
final class PodValue {
  private final @Nullable PodValue previous;
  private final @Nullable UnaryOperator<ObjectMeta.Builder> meta;
  private final @Nullable UnaryOperator<PodSpec.Builder> spec;
  private final List<Volume> volumes;
  private volatile @Nullable Pod pod;

  private PodValue(@Nullable PodValue previous, @Nullable UnaryOperator<ObjectMeta.Builder> meta,
      @Nullable UnaryOperator<PodSpec.Builder> spec, List<Volume> volumes, @Nullable Pod pod) {
    this.previous = previous;
    this.meta = meta;
    this.spec = spec;
    this.volumes = volumes;
    this.pod = pod;
  }

  /** Returns a built pod. */
  static PodValue of(Pod pod) {
    return new PodValue(null, null, null, pod.spec().volumes(), pod);
  }

  /** Returns this pod with {@code change} applied to its metadata. */
  PodValue withMeta(UnaryOperator<ObjectMeta.Builder> change) {
    return new PodValue(this, change, null, volumes, null);
  }

  /** Returns this pod with {@code change} applied to its spec; the change adds no volume. */
  PodValue withSpec(UnaryOperator<PodSpec.Builder> change) {
    return new PodValue(this, null, change, volumes, null);
  }

  /**
   * Returns this pod with {@code change} applied to its spec and then every volume of
   * {@code wanted} the pod does not declare yet.
   */
  PodValue withSpec(UnaryOperator<PodSpec.Builder> change, List<Volume> wanted) {
    List<Volume> added = new ArrayList<>();
    for (Volume volume : wanted) {
      if (!volumes.contains(volume)) {
        added.add(volume);
      }
    }
    if (added.isEmpty()) {
      return withSpec(change);
    }
    List<Volume> all = new ArrayList<>(volumes);
    all.addAll(added);
    return new PodValue(this, null, b -> {
      change.apply(b);
      added.forEach(b::addVolume);
      return b;
    }, List.copyOf(all), null);
  }

  /** Returns the volumes of the pod's spec, without building it. */
  List<Volume> volumes() {
    return volumes;
  }

  /** Returns the pod, applying the recorded changes once. */
  Pod get() {
    Pod built = pod;
    if (built == null) {
      ArrayDeque<PodValue> changes = new ArrayDeque<>();
      PodValue value = this;
      while (value.pod == null) {
        changes.push(value);
        value = value.previous;
      }
      Pod base = value.pod;
      ObjectMeta.Builder m = null;
      PodSpec.Builder s = null;
      for (PodValue c : changes) {
        if (c.meta != null) {
          m = c.meta.apply(m == null ? ObjectMeta.builder().from(base.metadata()) : m);
        } else {
          s = c.spec.apply(s == null ? PodSpec.builder().from(base.spec()) : s);
        }
      }
      Pod.Builder b = Pod.builder().from(base);
      if (m != null) {
        b.metadata(m.build());
      }
      if (s != null) {
        b.spec(s.build());
      }
      built = b.build();
      pod = built;
    }
    return built;
  }
}
