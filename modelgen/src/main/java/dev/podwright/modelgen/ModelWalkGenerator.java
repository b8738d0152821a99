package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code dev.podwright.validation.ModelWalk}: one method per model type that hands the
 * validator's hand-written {@code FieldChecks} every model object a value holds, depth first and
 * in Go struct order, and the fields that not every supported version has, each where the writer
 * would write it (set and not empty). Straight calls per field, as in {@link WriterGenerator}: the
 * checks that look at every field (unknown fields, fields the target version lacks) need no
 * reflection and no look-up per field. A type with neither model objects nor such fields in it
 * (a leaf) has no method: its callers hand it to {@code FieldChecks.leaf}.
 */
final class ModelWalkGenerator {
  private static final ClassName CHECKS =
      ClassName.get(FieldVersionsGenerator.PACKAGE, "FieldChecks");
  private static final ClassName VERSIONS =
      ClassName.get(FieldVersionsGenerator.PACKAGE, "FieldVersions");

  private final ApiModel model;
  private final Set<String> empties = new TreeSet<>();

  ModelWalkGenerator(ApiModel model) {
    this.model = model;
  }

  JavaFile file() {
    TypeSpec.Builder b = TypeSpec.classBuilder("ModelWalk")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Walks model values for {@link $T}: every model object a value holds, depth "
            + "first, each type's\nfields in Go struct order, and the fields that not every "
            + "supported version has, where they\nare set. Unknown fields are the checks' "
            + "to read, at the start and the end of each object.\n", CHECKS)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder object = MethodSpec.methodBuilder("object")
        .addJavadoc("Walks a top-level object, whichever its kind.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(CHECKS, "c")
        .addParameter(JavaTypes.KUBERNETES_OBJECT, "object");
    b.addMethod(WriterGenerator.byKind(model, object, "c", "cannot walk kind ").build());
    for (ApiModel.Type t : model.types()) {
      if (!isLeaf(t)) {
        b.addMethod(walk(t));
      }
    }
    WriterGenerator.addEmpties(b, empties);
    return JavaFile.builder(FieldVersionsGenerator.PACKAGE, b.build())
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Whether walking a value of {@code t} is only a look at its own unknown fields. */
  private boolean isLeaf(ApiModel.Type t) {
    if (t.isObject()) {
      return false;
    }
    for (ApiModel.Attr a : t.attrs()) {
      Shape s = a.shape();
      if (s instanceof Shape.Opaque || s instanceof Shape.Struct
          || s instanceof Shape.ListOf l && l.element() instanceof Shape.Struct
          || FieldVersionsGenerator.versioned(model, a)) {
        return false;
      }
    }
    return true;
  }

  /** The statement that walks {@code value}, a value of the model type {@code javaName}. */
  private CodeBlock walkCall(String javaName, CodeBlock value) {
    return model.types().stream().anyMatch(t -> t.javaName().equals(javaName) && isLeaf(t))
        ? CodeBlock.of("c.leaf($L)", value)
        : CodeBlock.of("$L(c, $L)", JavaTypes.methodName(javaName), value);
  }

  private MethodSpec walk(ApiModel.Type t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(JavaTypes.methodName(t.javaName()))
        .addModifiers(Modifier.STATIC)
        .addParameter(CHECKS, "c")
        .addParameter(JavaTypes.model(t.javaName()), "v");
    String untyped = null;
    for (ApiModel.Attr a : t.attrs()) {
      if (a.shape() instanceof Shape.Opaque) {
        if (untyped != null) {
          throw new IllegalArgumentException(t.goName() + " has two untyped fields");
        }
        untyped = a.json();
      }
    }
    if (untyped == null) {
      m.addStatement("c.startObject(v)");
    } else {
      m.addStatement("c.startObject(v, $S)", untyped); // kept as an unknown field
    }
    for (ApiModel.Attr a : ModelGenerator.attrs(t)) {
      field(m, t, a);
    }
    m.addStatement("c.endObject(v)");
    return m.build();
  }

  private void field(MethodSpec.Builder m, ApiModel.Type t, ApiModel.Attr a) {
    String name = a.json();
    CodeBlock range = FieldVersionsGenerator.versioned(model, a)
        ? CodeBlock.of("$T.$L", VERSIONS, FieldVersionsGenerator.rangeName(t, a)) : null;
    Shape s = a.shape();
    if (s instanceof Shape.Struct st) {
      String javaName = st.javaName();
      if (a.presence() == Presence.OPTIONAL) {
        m.beginControlFlow("if (v.$L().isPresent())", name);
        enter(m, name, range);
        m.addStatement(walkCall(javaName, CodeBlock.of("v.$L().get()", name)));
      } else if (t.dropsWhenEmpty(a)) {
        // as the writer: a template's empty metadata is left out unless it was read so
        empties.add(st.javaName());
        m.beginControlFlow("if (v.$L() || !v.$L().equals($L))", JavaTypes.keepsEmpty(a), name,
            WriterGenerator.emptyName(st.javaName()));
        enter(m, name, range);
        m.addStatement(walkCall(javaName, CodeBlock.of("v.$L()", name)));
      } else {
        enter(m, name, range);
        m.addStatement(walkCall(javaName, CodeBlock.of("v.$L()", name))).addStatement("c.end()");
        return;
      }
      m.addStatement("c.end()").endControlFlow();
      return;
    }
    if (s instanceof Shape.ListOf l && l.element() instanceof Shape.Struct st) {
      m.beginControlFlow("if (!v.$L().isEmpty())", name);
      enter(m, name, range);
      // by index: an iterator per list would be the walk's only allocation
      m.addStatement("$T $L = v.$L()",
              ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.model(st.javaName())), name,
              name)
          .beginControlFlow("for (int i = 0; i < $L.size(); i++)", name)
          .addStatement("c.item(i)")
          .addStatement(walkCall(st.javaName(), CodeBlock.of("$L.get(i)", name)))
          .addStatement("c.end()")
          .endControlFlow()
          .addStatement("c.end()")
          .endControlFlow();
      return;
    }
    if (s instanceof Shape.MapOf mp && mp.value() instanceof Shape.Struct) {
      // the writer has no maps of structs either: their keys would need paths of their own
      throw new IllegalArgumentException("cannot walk " + t.goName() + "." + name + ": " + s);
    }
    if (range != null) {
      CodeBlock written = written(a);
      if (written == null) {
        m.addStatement("c.versioned($S, $L)", name, range);
      } else {
        m.beginControlFlow("if ($L)", written)
            .addStatement("c.versioned($S, $L)", name, range)
            .endControlFlow();
      }
    }
  }

  /** Opens a field that holds model objects, with its versions if not every one has it. */
  private static void enter(MethodSpec.Builder m, String name, CodeBlock range) {
    if (range == null) {
      m.addStatement("c.field($S)", name);
    } else {
      m.addStatement("c.field($S, $L)", name, range);
    }
  }

  /**
   * When {@code ModelWriter} writes a field that holds no model object, or {@code null} if
   * always: an optional when present (a string when present and not empty), a plain string when
   * not empty unless Go writes it even so, a collection when not empty, any other plain value
   * always.
   */
  private static CodeBlock written(ApiModel.Attr a) {
    String name = a.json();
    if (a.presence() == Presence.COLLECTION) {
      return CodeBlock.of("!v.$L().isEmpty()", name);
    }
    boolean string = a.shape() == Shape.Scalar.STRING;
    if (a.presence() == Presence.OPTIONAL) {
      return string ? CodeBlock.of("v.$L().isPresent() && !v.$L().get().isEmpty()", name, name)
          : CodeBlock.of("v.$L().isPresent()", name);
    }
    if (string && a.omitempty()) {
      return CodeBlock.of("!v.$L().isEmpty()", name);
    }
    return null;
  }
}
