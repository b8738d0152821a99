package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates {@code dev.podwright.codegen.ModelSource} for the annotation processor: one method
 * per model type that turns a value into the Java source of a model-builder expression building
 * an equal value ({@code Container.builder().name("app")...build()}), through the processor's
 * hand-written {@code BuilderCode}. Like {@link WriterGenerator}, straight calls per attribute in
 * Go struct order, no reflection; the processor thus carries every model attribute with no
 * per-attribute code of its own.
 */
final class SourceWriterGenerator {
  static final String PACKAGE = "dev.podwright.codegen";
  private static final ClassName BUILDER_CODE = ClassName.get(PACKAGE, "BuilderCode");
  private static final ClassName CODE_BLOCK = ClassName.get("com.palantir.javapoet", "CodeBlock");

  private final ApiModel model;
  private final Set<String> empties = new TreeSet<>();

  SourceWriterGenerator(ApiModel model) {
    this.model = model;
  }

  JavaFile file() {
    TypeSpec.Builder b = TypeSpec.classBuilder("ModelSource")
        .addJavadoc("Writes model values as Java source: each method returns the model-builder "
            + "expression of one value,\n{@code Container.builder().name(\"app\")...build()}, "
            + "with a setter call for each attribute that\ndiffers from the builder's default, in "
            + "Go struct order. A subclass may override the method of a\ntype, for example to "
            + "move its values into helper methods.\n");
    MethodSpec.Builder object = MethodSpec.methodBuilder("object")
        .addJavadoc("Returns the expression of a top-level object, whichever its kind.\n")
        .returns(CODE_BLOCK)
        .addParameter(JavaTypes.KUBERNETES_OBJECT, "object");
    for (ApiModel.Type t : model.types()) {
      if (t.isObject()) {
        String v = JavaTypes.methodName(t.javaName());
        object.beginControlFlow("if (object instanceof $T " + v + ")",
                JavaTypes.model(t.javaName()))
            .addStatement("return $L($L)", v, v)
            .endControlFlow();
      }
    }
    object.addStatement("throw new $T($S + object.kind())", IllegalArgumentException.class,
        "cannot write kind ");
    b.addMethod(object.build());
    b.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns the code of a new builder of the model type {@code type}; a "
            + "subclass may give it\na scope for local variables.\n")
        .returns(BUILDER_CODE)
        .addParameter(JavaTypes.STRING, "type")
        .addStatement("return new $T(type)", BUILDER_CODE)
        .build());
    for (ApiModel.Type t : model.types()) {
      b.addMethod(write(t));
    }
    WriterGenerator.addEmpties(b, empties);
    return JavaFile.builder(PACKAGE, b.build())
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private MethodSpec write(ApiModel.Type t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(JavaTypes.methodName(t.javaName()))
        .addJavadoc("Returns the expression that builds {@code v}.\n")
        .returns(CODE_BLOCK)
        .addParameter(JavaTypes.model(t.javaName()), "v");
    m.addStatement("$T b = builder($S)", BUILDER_CODE, t.javaName());
    for (ApiModel.Attr a : ModelGenerator.attrs(t)) {
      attribute(m, t, a);
      if (t.dropsWhenEmpty(a)) {
        m.addStatement("b.set($S, v.$L())", JavaTypes.keepsEmpty(a), JavaTypes.keepsEmpty(a));
      }
    }
    m.addStatement("b.putAll($S, v.$L())", "putUnknownField", ModelGenerator.UNKNOWN);
    return m.addStatement("return b.build()").build();
  }

  private void attribute(MethodSpec.Builder m, ApiModel.Type t, ApiModel.Attr a) {
    String n = a.json();
    Shape s = a.shape();
    if (s instanceof Shape.Struct st) {
      String write = JavaTypes.methodName(st.javaName());
      if (a.presence() == Presence.OPTIONAL) {
        m.beginControlFlow("if (v.$L().isPresent())", n)
            .addStatement("b.set($S, $L(v.$L().get()))", n, write, n)
            .endControlFlow();
      } else {
        // a plain struct: left out when it is the builder's default, an empty value
        empties.add(st.javaName());
        m.beginControlFlow("if (!v.$L().equals($L))", n, WriterGenerator.emptyName(st.javaName()))
            .addStatement("b.set($S, $L(v.$L()))", n, write, n)
            .endControlFlow();
      }
    } else if (s instanceof Shape.ListOf l) {
      if (l.element() instanceof Shape.Struct st) {
        TypeName element = JavaTypes.model(st.javaName());
        m.beginControlFlow("for ($T e : v.$L())", element, n)
            .addStatement("b.set($S, $L(e))",
                "add" + JavaTypes.capitalize(BuilderGenerator.singular(n)),
                JavaTypes.methodName(st.javaName()))
            .endControlFlow();
      } else if (l.element() instanceof Shape.Scalar) {
        m.addStatement("b.addAll($S, v.$L())", "add" + JavaTypes.capitalize(n), n);
      } else {
        throw new IllegalArgumentException("cannot write " + t.goName() + "." + n + ": " + s);
      }
    } else if (s instanceof Shape.MapOf mp) {
      String put = "put" + JavaTypes.capitalize(BuilderGenerator.singular(n));
      if (mp.value() instanceof Shape.Struct st) {
        TypeName entry = ParameterizedTypeName.get(ClassName.get("java.util", "Map", "Entry"),
            JavaTypes.STRING, JavaTypes.model(st.javaName()));
        m.beginControlFlow("for ($T e : v.$L().entrySet())", entry, n)
            .addStatement("b.put($S, e.getKey(), $L(e.getValue()))", put,
                JavaTypes.methodName(st.javaName()))
            .endControlFlow();
      } else if (mp.value() instanceof Shape.Scalar) {
        m.addStatement("b.putAll($S, v.$L())", put, n);
      } else {
        throw new IllegalArgumentException("cannot write " + t.goName() + "." + n + ": " + s);
      }
    } else {
      // a scalar: BuilderCode leaves out a Go zero value (of a plain attribute) and an empty
      // Optional
      m.addStatement("b.set($S, v.$L())", n, n);
    }
  }
}
