package dev.podwright.validation;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ModelTrees;
import dev.podwright.yaml.TreeVisitor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Warns about every field set in an object that the target Kubernetes version does not have,
 * from the version table generated out of the API descriptions ({@link FieldVersions}): the API
 * server's default field validation drops such a field with a warning, as it does any unknown
 * field. The sidecar fields with rules of their own ({@link FieldDrops}) are left to those.
 *
 * <p>The check follows the object's fields as events ({@link ModelTrees#walk}) rather than
 * walking a tree of it: only the types in the table are looked at, nothing is built per field,
 * and a field path is made only for a warning.
 */
final class VersionDrops implements TreeVisitor {
  private static final Set<String> HANDLED_BY_FIELD_DROPS =
      Set.of("Container.restartPolicy", "Container.restartPolicyRules");

  /**
   * The 1.37 alpha fields that no rule class drops or checks: while the gate their API marker
   * names is off, the server's {@code dropDisabledPodFields} removes them, so they are warned
   * about here as dropped (k8s-1.36-1.38.md sections 4.3 and 4.4; the markers are in the
   * generated table). With a gate on they are kept; their own rules are not reproduced.
   */
  static final Set<String> DROPPED_WHILE_GATE_OFF = Set.of(
      "HTTPGetAction.protocol", "GRPCAction.mode", "EmptyDirVolumeSource.mode",
      "VolumeMount.bindMountOptions", "KeyToPath.user", "ConfigMapVolumeSource.defaultUser",
      "SecretVolumeSource.defaultUser", "ProjectedVolumeSource.defaultUser",
      "DownwardAPIVolumeSource.defaultUser", "DownwardAPIVolumeFile.user",
      "ServiceAccountTokenProjection.user", "ClusterTrustBundleProjection.user",
      "PodCertificateProjection.user");

  /**
   * By type, then field: what the table says of the field. A type missing here has nothing to
   * check, so most of an object is followed without a look-up per field.
   */
  private static final Map<String, Map<String, Field>> BY_TYPE = byType();

  /**
   * A field of the table: its versions ({@code null}: every supported version has it), and the
   * type of what it holds ({@code null}: nothing to check inside). {@link #SKIP} is left to
   * {@link FieldDrops}, with what it holds.
   */
  private record Field(FieldVersions.@Nullable Range range, @Nullable String child,
      boolean droppedWhileGateOff) {}

  private static final Field SKIP = new Field(null, null, false);

  private final Errors errors;
  private final Profile profile;

  // One frame per open object or list: the type whose fields are checked there (null: nothing
  // to check inside), the field named last (objects) or the items seen so far (lists).
  private @Nullable String[] types = new String[16];
  private boolean[] objects = new boolean[16];
  private @Nullable String[] names = new String[16];
  private int[] items = new int[16];
  private int depth;
  // The type of the value that follows the last field name, as the table says.
  private @Nullable String next;
  private @Nullable String rootType;

  VersionDrops(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void check(KubernetesObject object) {
    depth = 0;
    rootType = object.kind();
    ModelTrees.walk(object, this);
  }

  private static Map<String, Map<String, Field>> byType() {
    Map<String, Map<String, Field>> index = new HashMap<>();
    FieldVersions.CHILDREN.forEach((key, child) ->
        entry(index, key, new Field(null, child, false)));
    // a range wins, and keeps the child type
    FieldVersions.FIELDS.forEach((key, range) -> entry(index, key,
        new Field(range, FieldVersions.CHILDREN.get(key), DROPPED_WHILE_GATE_OFF.contains(key))));
    HANDLED_BY_FIELD_DROPS.forEach(key -> entry(index, key, SKIP));
    return index;
  }

  private static void entry(Map<String, Map<String, Field>> index, String key, Field field) {
    int dot = key.indexOf('.');
    index.computeIfAbsent(key.substring(0, dot), t -> new HashMap<>())
        .put(key.substring(dot + 1), field);
  }

  @Override
  public void startObject() {
    open(true);
  }

  @Override
  public void startArray() {
    open(false);
  }

  @Override
  public void endObject() {
    depth--;
  }

  @Override
  public void endArray() {
    depth--;
  }

  @Override
  public void scalar() {
    valueType(); // counts a list item
  }

  @Override
  public void fieldName(String name) {
    int top = depth - 1;
    names[top] = name;
    next = null;
    String type = types[top];
    Map<String, Field> known = type == null ? null : BY_TYPE.get(type);
    Field field = known == null ? null : known.get(name);
    if (field == null || field == SKIP) {
      return; // SKIP: left to FieldDrops, with what it holds
    }
    FieldVersions.Range range = field.range();
    if (range != null
        && (profile.minor() < range.since() || profile.minor() > range.until())) {
      errors.warn(warning(path().child(name), profile, range));
      return;
    }
    if (field.droppedWhileGateOff() && range != null && profile.minor() <= range.gatedUntil()
        && !profile.isEnabled(range.gate())) {
      errors.warn(GatedFields.dropped(path().child(name), range.gate(), profile));
      return;
    }
    next = field.child();
  }

  /** The warning for a field at {@code path} that {@code profile}'s version lacks. */
  static String warning(FieldPath path, Profile profile, FieldVersions.Range range) {
    return path + ": unknown field in Kubernetes " + profile.version() + " (the field "
        + (profile.minor() < range.since() ? "exists from 1." + range.since()
            : "was removed after 1." + range.until())
        + "): the API server drops it with a warning, and kubectl's strict field "
        + "validation rejects the manifest";
  }

  /** The type of a value about to start in the innermost frame, counting a list's items. */
  private @Nullable String valueType() {
    if (depth == 0) {
      return rootType;
    }
    int top = depth - 1;
    if (objects[top]) {
      String type = next;
      next = null;
      return type;
    }
    items[top]++;
    return types[top]; // the items of a list hold what the list holds, lists of lists too
  }

  private void open(boolean object) {
    String type = valueType();
    if (depth == types.length) {
      types = Arrays.copyOf(types, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
      items = Arrays.copyOf(items, depth * 2);
    }
    types[depth] = type;
    objects[depth] = object;
    names[depth] = null;
    items[depth] = 0;
    depth++;
  }

  /** The path of the innermost open frame, made only for a warning. */
  private FieldPath path() {
    FieldPath path = FieldPath.root("");
    for (int i = 1; i < depth; i++) {
      int parent = i - 1;
      path = objects[parent] ? path.child(String.valueOf(names[parent]))
          : path.index(items[parent] - 1);
    }
    return path;
  }
}
