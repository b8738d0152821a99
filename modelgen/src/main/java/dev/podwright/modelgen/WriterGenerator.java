package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code dev.podwright.yaml.ApiWriter}: one method per model type that writes the
 * type's fields in Go struct order through {@code ModelWriter}, straight calls per field (no
 * reflection, lambdas or maps), empty values left out and unknown fields last.
 */
final class WriterGenerator {
  private static final ClassName MODEL_WRITER = ClassName.get(JavaTypes.YAML, "ModelWriter");

  private final ApiModel model;
  private final Set<String> empties = new TreeSet<>();

  WriterGenerator(ApiModel model) {
    this.model = model;
  }

  JavaFile file() {
    TypeSpec.Builder b = TypeSpec.classBuilder("ApiWriter")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Writes the model types, each field in the order of its Go struct, empty "
            + "values left out,\nunknown fields last.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder object = MethodSpec.methodBuilder("object")
        .addJavadoc("Writes a top-level object, whichever its kind.\n")
        .addModifiers(Modifier.STATIC)
        .addException(IOException.class)
        .addParameter(MODEL_WRITER, "w")
        .addParameter(JavaTypes.KUBERNETES_OBJECT, "object");
    b.addMethod(byKind(model, object, "w", "cannot write kind ").build());
    MethodSpec.Builder any = MethodSpec.methodBuilder("any")
        .addJavadoc("Writes a value of any model type (slow: a test per type).\n")
        .addModifiers(Modifier.STATIC)
        .addException(IOException.class)
        .addParameter(MODEL_WRITER, "w")
        .addParameter(JavaTypes.EXTENSIBLE, "value");
    for (ApiModel.Type t : model.types()) {
      String v = JavaTypes.methodName(t.javaName());
      any.beginControlFlow("if (value instanceof $T " + v + ")", JavaTypes.model(t.javaName()))
          .addStatement("$L(w, $L)", v, v)
          .addStatement("return")
          .endControlFlow();
    }
    any.addStatement("throw new $T($S + value.getClass().getName())",
        IllegalArgumentException.class, "not a model type: ");
    b.addMethod(any.build());
    for (ApiModel.Type t : model.types()) {
      b.addMethod(write(t));
    }
    addEmpties(b, empties);
    return JavaFile.builder(JavaTypes.YAML, b.build())
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private MethodSpec write(ApiModel.Type t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(JavaTypes.methodName(t.javaName()))
        .addModifiers(Modifier.STATIC)
        .addException(IOException.class)
        .addParameter(MODEL_WRITER, "w")
        .addParameter(JavaTypes.model(t.javaName()), "v");
    m.addStatement("w.startObject()");
    if (t.isObject()) {
      m.addStatement("w.str($S, v.apiVersion())", "apiVersion");
      m.addStatement("w.str($S, v.kind())", "kind");
    }
    for (ApiModel.Attr a : t.attrs()) {
      if (!(a.shape() instanceof Shape.Opaque)) {
        field(m, t, a);
      }
    }
    m.addStatement("w.unknown(v)");
    m.addStatement("w.endObject()");
    return m.build();
  }

  /**
   * Adds to {@code object} (parameters {@code first, KubernetesObject object}) a call of the
   * method of the object's kind, {@code pod(first, pod)}, and {@code failure} for another kind.
   */
  static MethodSpec.Builder byKind(ApiModel model, MethodSpec.Builder object, String first,
      String failure) {
    boolean none = true;
    for (ApiModel.Type t : model.types()) {
      if (t.isObject()) {
        String v = JavaTypes.methodName(t.javaName());
        String test = "object instanceof $T " + v;
        if (none) {
          object.beginControlFlow("if (" + test + ")", JavaTypes.model(t.javaName()));
        } else {
          object.nextControlFlow("else if (" + test + ")", JavaTypes.model(t.javaName()));
        }
        object.addStatement("$L($L, $L)", v, first, v);
        none = false;
      }
    }
    return object.nextControlFlow("else")
        .addStatement("throw new $T($S + object.kind())", IllegalArgumentException.class,
            failure)
        .endControlFlow();
  }

  /** Adds a constant {@code EMPTY_X} per type {@code X}: its builder's default value. */
  static void addEmpties(TypeSpec.Builder b, Set<String> empties) {
    for (String empty : empties) {
      b.addField(FieldSpec.builder(JavaTypes.model(empty), emptyName(empty),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.builder().build()", JavaTypes.model(empty))
          .build());
    }
  }

  /** {@code ObjectMeta} to {@code EMPTY_OBJECT_META}. */
  static String emptyName(String javaName) {
    return "EMPTY_" + JavaTypes.constantName(javaName);
  }

  private void field(MethodSpec.Builder m, ApiModel.Type t, ApiModel.Attr a) {
    String name = a.json();
    Shape s = a.shape();
    if (s instanceof Shape.Struct st) {
      String write = JavaTypes.methodName(st.javaName());
      if (a.presence() == Presence.OPTIONAL) {
        m.beginControlFlow("if (v.$L().isPresent())", name)
            .addStatement("w.name($S)", name)
            .addStatement("$L(w, v.$L().get())", write, name)
            .endControlFlow();
      } else if (t.dropsWhenEmpty(a)) {
        // a template's metadata: left out when empty unless read so; objects always write theirs
        empties.add(st.javaName());
        m.beginControlFlow("if (v.$L() || !v.$L().equals($L))", JavaTypes.keepsEmpty(a), name,
                emptyName(st.javaName()))
            .addStatement("w.name($S)", name)
            .addStatement("$L(w, v.$L())", write, name)
            .endControlFlow();
      } else {
        m.addStatement("w.name($S)", name).addStatement("$L(w, v.$L())", write, name);
      }
      return;
    }
    if (s instanceof Shape.ListOf l) {
      if (l.element() instanceof Shape.Struct st) {
        TypeName element = JavaTypes.model(st.javaName());
        m.beginControlFlow("if (!v.$L().isEmpty())", name)
            .addStatement("w.startArray($S)", name)
            .beginControlFlow("for ($T e : v.$L())", element, name)
            .addStatement("$L(w, e)", JavaTypes.methodName(st.javaName()))
            .endControlFlow()
            .addStatement("w.endArray()")
            .endControlFlow();
        return;
      }
      if (l.element() == Shape.Scalar.STRING) {
        m.addStatement("w.strings($S, v.$L())", name, name);
        return;
      }
      if (l.element() == Shape.Scalar.INT32 || l.element() == Shape.Scalar.INT64) {
        m.addStatement("w.numbers($S, v.$L())", name, name);
        return;
      }
    } else if (s instanceof Shape.MapOf mp) {
      if (mp.value() == Shape.Scalar.STRING) {
        m.addStatement("w.strings($S, v.$L())", name, name);
        return;
      }
      if (mp.value() == Shape.Scalar.QUANTITY) {
        m.addStatement("w.quantities($S, v.$L())", name, name);
        return;
      }
    } else if (s instanceof Shape.Scalar sc) {
      String method = switch (sc) {
        case STRING -> "str";
        case BOOL -> "bool";
        case INT32, INT64 -> "num";
        case QUANTITY -> "quantity";
        case INT_OR_STRING -> "intOrString";
        case TREE -> "tree";
        case FLOAT64 -> "";
      };
      if (sc == Shape.Scalar.STRING && a.presence() == Presence.DEFAULTED && !a.omitempty()) {
        method = "requiredStr"; // Go writes a required string even when empty
      }
      if (!method.isEmpty()) {
        m.addStatement("w.$L($S, v.$L())", method, name, name);
        return;
      }
    }
    throw new IllegalArgumentException("cannot write " + t.goName() + "." + name + ": " + s);
  }
}
