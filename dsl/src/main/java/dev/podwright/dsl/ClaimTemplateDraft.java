package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.model.PersistentVolumeClaimSpec;

/** A claim template holding its model value; every method returns a new one. */
record ClaimTemplateDraft(PersistentVolumeClaim claim) implements ClaimTemplate {
  ClaimTemplateDraft {
    requireNonNull(claim, "claim == null");
    if (claim.metadata().name().isEmpty()) {
      throw new IllegalArgumentException("a volume claim template needs a name (metadata.name): "
          + "the template's containers mount it by that name");
    }
  }

  @Override
  public String name() {
    return claim.metadata().name();
  }

  @Override
  public ClaimTemplate storageClassName(String storageClassName) {
    requireNonNull(storageClassName, "storageClassName == null");
    PersistentVolumeClaimSpec spec = PersistentVolumeClaimSpec.builder().from(claim.spec())
        .storageClassName(storageClassName).build();
    return new ClaimTemplateDraft(PersistentVolumeClaim.builder().from(claim).spec(spec).build());
  }

  @Override
  public ClaimTemplate label(String key, String value) {
    requireNonNull(key, "key == null");
    requireNonNull(value, "value == null");
    ObjectMeta meta = ObjectMeta.builder().from(claim.metadata()).putLabel(key, value).build();
    return new ClaimTemplateDraft(PersistentVolumeClaim.builder().from(claim).metadata(meta).build());
  }

  @Override
  public PersistentVolumeClaim toClaim() {
    return claim;
  }
}
