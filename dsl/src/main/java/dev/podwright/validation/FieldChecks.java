package dev.podwright.validation;

import dev.podwright.model.Extensible;
import dev.podwright.model.KubernetesObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks that look at every field of an object, in one walk: {@link UnknownFields} (fields
 * the API does not have) and {@link VersionDrops} (fields the target version lacks). The
 * generated {@link ModelWalk} calls these methods field by field, so the walk needs no
 * reflection, and it keeps the path of the value being walked, one segment per level, made into
 * a {@link FieldPath} only for a warning.
 *
 * <p>The warnings come in the order of the two checks run one after the other: every version
 * warning, then every unknown field.
 */
final class FieldChecks {
  /** {@link #versionsOffAt} when every level is checked. */
  private static final int CHECKED = Integer.MAX_VALUE;

  private final Errors errors;
  private final Profile profile;
  private final List<String> unknown = new ArrayList<>(0);
  // The paths of the typed fields the version lacks or drops while their gate is off, for
  // DecoderDrops: a name or an index each.
  private final List<Object[]> lacking = new ArrayList<>(0);
  // One level per field name or list index: the name, or null for an index.
  private @Nullable String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  // The depth from which no field is version-checked: inside a field the version lacks (its
  // warning says it all) or one left to FieldDrops, with what it holds.
  private int versionsOffAt = CHECKED;

  FieldChecks(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** Checks every field of the object; its {@code status} is no unknown field. */
  void check(KubernetesObject object) {
    depth = 0;
    versionsOffAt = CHECKED;
    unknown.clear();
    lacking.clear();
    ModelWalk.object(this, object);
    for (int i = 0; i < unknown.size(); i++) {
      errors.warn(unknown.get(i));
    }
  }

  /** Starts a model object: its unknown fields. */
  void startObject(Extensible value) {
    startObject(value, null);
  }

  /** Starts a model object whose field {@code untyped} the model keeps as an unknown field. */
  void startObject(Extensible value, @Nullable String untyped) {
    if (!value.unknownFields().isEmpty()) {
      for (String key : value.unknownFields().keySet()) {
        if (UnknownFields.isUnknown(key, untyped)) {
          unknown.add(UnknownFields.warning(path().child(key)));
        }
      }
    }
  }

  /** Walks a model object with no model object and no versioned field in it. */
  void leaf(Extensible value) {
    startObject(value);
    endObject(value);
  }

  /** Ends a model object: its unknown fields as the version table sees them, as written last. */
  void endObject(Extensible value) {
    if (!value.unknownFields().isEmpty() && depth < versionsOffAt) {
      VersionDrops.unknownFields(value, path(), profile, errors);
    }
  }

  /** Opens a field that holds model objects. */
  void field(String name) {
    push(name, 0);
  }

  /** Opens a set field that holds model objects and that not every version has. */
  void field(String name, FieldVersions.Range range) {
    boolean checked = depth < versionsOffAt;
    push(name, 0);
    if (checked && (VersionDrops.leftToFieldDrops(range) || lacks(range))) {
      versionsOffAt = depth;
    }
  }

  /** Opens an item of the list field opened last. */
  void item(int index) {
    push(null, index);
  }

  /** Closes the field or item opened last. */
  void end() {
    depth--;
    if (depth < versionsOffAt) {
      versionsOffAt = CHECKED;
    }
  }

  /** A set field of the current object, holding no model object, that not every version has. */
  void versioned(String name, FieldVersions.Range range) {
    if (depth < versionsOffAt && !VersionDrops.leftToFieldDrops(range)) {
      push(name, 0);
      lacks(range);
      depth--;
    }
  }

  /**
   * Warns if the profile's version lacks the field opened last, or the server drops it because
   * its gate is off; either way what it holds is not checked further, and the field is left out
   * of what the rules and the create warnings see. A gate's drop ({@code dropDisabledPodFields}
   * in {@code PrepareForCreate}) comes before {@code Validate} and {@code WarningsOnCreate}
   * (k8s.io/apiserver registry/rest {@code BeforeCreate}) just as the decoder's does, and it
   * leaves what held the field in place: {@code dropDisabledClusterTrustBundleProjection} and
   * {@code dropDisabledPodCertificateProjection} (pkg/api/pod/util.go) set the source's field
   * to nil, so a projected volume whose one source was such a field has an empty source, which
   * {@code warningsForPodSpecAndMeta} reports as "has no sources provided".
   */
  private boolean lacks(FieldVersions.Range range) {
    if (VersionDrops.lacks(profile, range)) {
      errors.warn(VersionDrops.warning(path(), profile, range));
      lacking.add(segments());
      return true;
    }
    if (VersionDrops.droppedWhileGateOff(profile, range)) {
      errors.warn(GatedFields.dropped(path(), range.gate(), profile));
      lacking.add(segments());
      return true;
    }
    return false;
  }

  /**
   * The typed fields of the last checked object that the profile's version lacks, or that its
   * server drops while their gate is off ({@link VersionDrops#droppedWhileGateOff}), each as its
   * path from the object's root (a {@code String} per field name, an {@code Integer} per list
   * index), in walk order; what {@link DecoderDrops} removes.
   */
  List<Object[]> lacking() {
    return lacking;
  }

  private Object[] segments() {
    Object[] segments = new Object[depth];
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      segments[i] = name == null ? (Object) indexes[i] : name;
    }
    return segments;
  }

  private void push(@Nullable String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    depth++;
  }

  /** The path of the value being walked, for a warning. */
  private FieldPath path() {
    FieldPath path = FieldPath.root("");
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      path = name == null ? path.index(indexes[i]) : path.child(name);
    }
    return path;
  }
}
