package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.ModelTrees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link VersionDrops} finds the fields through the generated {@link ModelWalk}; this compares
 * it, on every corpus manifest and every supported version, with the check as it was first
 * written, over the object's tree ({@link ModelTrees#tree}): the same warnings, paths included,
 * in the same order.
 */
class VersionDropsWalkTest {
  static List<String> manifests() throws Exception {
    return ValidationCorpusTest.manifests().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void eventsGiveTheWarningsOfTheTreeWalk(String file) throws Exception {
    String yaml = ValidationCorpusTest.read(file);
    for (KubernetesObject object : ManifestReader.read(yaml)) {
      for (String version : Profile.supportedVersions()) {
        Profile profile = Profile.of(version);
        Errors events = new Errors(profile);
        new FieldChecks(events, profile).check(object);
        Errors tree = new Errors(profile);
        new TreeWalk(tree, profile).check(object);
        assertThat(versionWarnings(events)).as("%s at %s", file, version)
            .isEqualTo(tree.warnings());
      }
    }
  }

  /**
   * The version warnings among all of {@link FieldChecks}' warnings: fields the version lacks,
   * and fields dropped because their gate is off.
   */
  static List<String> versionWarnings(Errors errors) {
    return errors.warnings().stream().filter(w -> w.contains(": unknown field in Kubernetes ")
        || w.contains(": dropped: the ")).toList();
  }

  /** The tree walk {@link VersionDrops} did before it followed events. */
  private static final class TreeWalk {
    private static final Object SKIP = new Object();
    private static final Map<String, Map<String, Object>> BY_TYPE = new HashMap<>();

    static {
      FieldVersions.CHILDREN.forEach(TreeWalk::entry);
      FieldVersions.FIELDS.forEach(TreeWalk::entry);
      Set.of("Container.restartPolicy", "Container.restartPolicyRules")
          .forEach(key -> entry(key, SKIP));
    }

    private final Errors errors;
    private final Profile profile;

    TreeWalk(Errors errors, Profile profile) {
      this.errors = errors;
      this.profile = profile;
    }

    private static void entry(String key, Object value) {
      int dot = key.indexOf('.');
      BY_TYPE.computeIfAbsent(key.substring(0, dot), t -> new HashMap<>())
          .put(key.substring(dot + 1), value);
    }

    void check(KubernetesObject object) {
      walk(object.kind(), (Map<?, ?>) ModelTrees.tree(object), FieldPath.root(""));
    }

    private void walk(String type, Map<?, ?> fields, FieldPath path) {
      Map<String, Object> known = BY_TYPE.get(type);
      if (known == null) {
        return;
      }
      for (Map.Entry<?, ?> e : fields.entrySet()) {
        Object entry = known.get(e.getKey());
        if (entry == null || entry == SKIP) {
          continue;
        }
        FieldPath here = path.child(String.valueOf(e.getKey()));
        if (entry instanceof FieldVersions.Range range) {
          if (profile.minor() < range.since() || profile.minor() > range.until()) {
            errors.warn(VersionDrops.warning(here, profile, range));
            continue;
          }
          if (VersionDrops.droppedWhileGateOff(profile, range)) {
            errors.warn(GatedFields.dropped(here, range.gate(), profile));
            continue;
          }
          String child = FieldVersions.CHILDREN.get(type + "." + e.getKey());
          if (child != null) {
            descend(child, e.getValue(), here);
          }
        } else {
          descend((String) entry, e.getValue(), here);
        }
      }
    }

    private void descend(String type, Object value, FieldPath path) {
      if (value instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          descend(type, items.get(i), path.index(i));
        }
      } else if (value instanceof Map<?, ?> map) {
        walk(type, map, path);
      }
    }
  }
}
