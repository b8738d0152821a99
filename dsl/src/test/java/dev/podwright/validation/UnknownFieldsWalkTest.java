package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podwright.model.Extensible;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PersistentVolumeClaim;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.ModelTrees;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link UnknownFields} reaches the model objects through the generated {@link ModelWalk}; this
 * compares it with the walk it did before, by reflection over every model type's accessors, on
 * every corpus manifest as it is and with an unknown field added to every mapping of it: the
 * same warnings, paths included, in the same order.
 */
class UnknownFieldsWalkTest {
  private static final String TYPO = "typoo";
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> manifests() throws Exception {
    return ValidationCorpusTest.manifests().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void generatedWalkWarnsAsTheReflectiveWalk(String file) throws Exception {
    for (KubernetesObject object : ManifestReader.read(ValidationCorpusTest.read(file))) {
      assertThat(walk(object)).as(file).isEqualTo(reflective(object));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void everyMappingWithATypoIsWarnedAboutAtItsPath(String file) throws Exception {
    for (KubernetesObject object : ManifestReader.read(ValidationCorpusTest.read(file))) {
      Object tree = withTypos(ModelTrees.tree(object));
      // the reader keeps the typo of every model object as an unknown field; handed the tree's
      // tokens, not text, as the text limits would refuse the 256 KiB annotation of one case
      KubernetesObject typos =
          ManifestReader.readTokens(JSON.treeAsTokens(JSON.valueToTree(tree)));
      List<String> warnings = walk(typos);
      assertThat(warnings).as(file).isEqualTo(reflective(typos))
          .contains(UnknownFields.warning(FieldPath.root("").child(TYPO)))
          .hasSizeGreaterThan(walk(object).size());
    }
  }

  private static List<String> walk(KubernetesObject object) {
    Errors errors = new Errors();
    new FieldChecks(errors, Profile.defaults()).check(object);
    return errors.warnings().stream().filter(w -> w.contains(": unknown field: ")).toList();
  }

  /** The tree with {@code typoo: "1"} in every map, those of labels and status included. */
  private static Object withTypos(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, withTypos(v)));
      copy.put(TYPO, "1"); // a string: a valid label and quantity too
      return copy;
    }
    if (tree instanceof List<?> list) {
      return list.stream().map(UnknownFieldsWalkTest::withTypos).toList();
    }
    return tree == Extensible.NULL ? null : tree;
  }

  private static List<String> reflective(KubernetesObject object) {
    List<String> warnings = new ArrayList<>();
    reflective(object, FieldPath.root(""), warnings);
    return warnings;
  }

  /** The walk as {@code UnknownFields} did it, by reflection, in field declaration order. */
  private static void reflective(Extensible value, FieldPath path, List<String> warnings) {
    boolean hasStatus = value instanceof KubernetesObject
        || value instanceof PersistentVolumeClaim;
    for (String key : value.unknownFields().keySet()) {
      if (!(hasStatus && key.equals("status")) && !key.equals("apiVersion")
          && !key.equals("kind")) {
        warnings.add(UnknownFields.warning(path.child(key)));
      }
    }
    try {
      for (Field field : value.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("unknownFields")) {
          continue;
        }
        Method accessor = value.getClass().getMethod(field.getName());
        if (!holdsModel(accessor.getGenericReturnType())) {
          continue;
        }
        FieldPath here = path.child(field.getName());
        Object v = accessor.invoke(value);
        if (v instanceof Extensible e) {
          reflective(e, here, warnings);
        } else if (v instanceof Optional<?> o && o.orElse(null) instanceof Extensible e) {
          reflective(e, here, warnings);
        } else if (v instanceof List<?> list) {
          for (int i = 0; i < list.size(); i++) {
            reflective((Extensible) list.get(i), here.index(i), warnings);
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean holdsModel(Type type) {
    if (type instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      type = args[args.length - 1];
    }
    return type instanceof Class<?> c && Extensible.class.isAssignableFrom(c);
  }
}
