package dev.podwright.dsl;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import java.util.ArrayDeque;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The pod of a pod draft: a built {@link Pod}, or one with metadata changes still to apply.
 *
 * <p>Labels and annotations come one step at a time; building the pod for each copied the
 * metadata, its label and annotation maps and the pod per step. The changes are recorded
 * instead and replayed onto one {@code ObjectMeta} builder the first time the pod is asked
 * for, as {@link ContainerDraft} does for containers. The changes are the DSL's own, which
 * check their arguments before they are recorded, so replaying them later cannot fail.
 */
final class PodValue {
  private final @Nullable PodValue previous;
  private final @Nullable UnaryOperator<ObjectMeta.Builder> change;
  private volatile @Nullable Pod pod;

  private PodValue(@Nullable PodValue previous, @Nullable UnaryOperator<ObjectMeta.Builder> change,
      @Nullable Pod pod) {
    this.previous = previous;
    this.change = change;
    this.pod = pod;
  }

  /** Returns a built pod. */
  static PodValue of(Pod pod) {
    return new PodValue(null, null, pod);
  }

  /** Returns this pod with {@code change} applied to its metadata. */
  PodValue withMeta(UnaryOperator<ObjectMeta.Builder> change) {
    return new PodValue(this, change, null);
  }

  /** Returns the pod, applying the recorded changes once. */
  Pod get() {
    Pod built = pod;
    if (built == null) {
      ArrayDeque<UnaryOperator<ObjectMeta.Builder>> changes = new ArrayDeque<>();
      PodValue value = this;
      while (value.pod == null) {
        changes.push(value.change);
        value = value.previous;
      }
      Pod base = value.pod;
      ObjectMeta.Builder meta = ObjectMeta.builder().from(base.metadata());
      for (UnaryOperator<ObjectMeta.Builder> c : changes) {
        meta = c.apply(meta);
      }
      built = Pod.builder().from(base).metadata(meta.build()).build();
      pod = built;
    }
    return built;
  }
}
