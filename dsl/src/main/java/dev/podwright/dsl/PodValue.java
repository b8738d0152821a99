package dev.podwright.dsl;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Volume;
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
    int added = 0;
    for (int i = 0; i < wanted.size(); i++) {
      if (!volumes.contains(wanted.get(i))) {
        added++;
      }
    }
    if (added == 0) {
      return withSpec(change);
    }
    int before = volumes.size();
    Volume[] all = volumes.toArray(new Volume[before + added]);
    int next = before;
    for (int i = 0; i < wanted.size(); i++) {
      if (!volumes.contains(wanted.get(i))) {
        all[next++] = wanted.get(i);
      }
    }
    List<Volume> declared = List.of(all);
    return new PodValue(this, null, b -> {
      change.apply(b);
      for (int i = before; i < declared.size(); i++) {
        b.addVolume(declared.get(i));
      }
      return b;
    }, declared, null);
  }

  /** Returns the volumes of the pod's spec, without building it. */
  List<Volume> volumes() {
    return volumes;
  }

  /** Returns the pod, applying the recorded changes once. */
  Pod get() {
    Pod built = pod;
    if (built == null) {
      // The changes since the last built pod, oldest first.
      int n = 0;
      PodValue value = this;
      while (value.pod == null) {
        n++;
        value = value.previous;
      }
      PodValue[] changes = new PodValue[n];
      PodValue c = this;
      for (int i = n - 1; i >= 0; i--) {
        changes[i] = c;
        c = c.previous;
      }
      Pod base = value.pod;
      ObjectMeta.Builder m = null;
      PodSpec.Builder s = null;
      for (PodValue change : changes) {
        if (change.meta != null) {
          m = change.meta.apply(m == null ? ObjectMeta.builder().from(base.metadata()) : m);
        } else {
          s = change.spec.apply(s == null ? PodSpec.builder().from(base.spec()) : s);
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
