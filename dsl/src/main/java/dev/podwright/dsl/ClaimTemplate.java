package dev.podwright.dsl;

import dev.podwright.model.PersistentVolumeClaim;

/**
 * A stateful set's volume claim template ({@code spec.volumeClaimTemplates[]}): each pod gets a
 * claim of its own, {@code <name>-<statefulset>-<ordinal>}, which the controller adds to the pod
 * as the volume {@code <name>}. Create one with {@link Pods#volumeClaimTemplate}, mount it in the
 * template's containers with {@code volumeMount(mount(claim, path))} (it is not written under
 * {@code spec.template.spec.volumes}) and add it to the stateful set with
 * {@link StatefulSetStep#volumeClaimTemplate}. Each method returns a new claim template.
 */
public sealed interface ClaimTemplate permits ClaimTemplateDraft {
  /** Returns the name the template's mounts refer to ({@code metadata.name}). */
  String name();

  /** Sets the storage class ({@code spec.storageClassName}); the cluster default when absent. */
  ClaimTemplate storageClassName(String storageClassName);

  /** Adds a label to each claim ({@code metadata.labels}); a later value for the same key wins. */
  ClaimTemplate label(String key, String value);

  /** Returns the claim template as a model value, as it will appear in the stateful set. */
  PersistentVolumeClaim toClaim();
}
