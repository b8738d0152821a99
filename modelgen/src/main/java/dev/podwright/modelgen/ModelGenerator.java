package dev.podwright.modelgen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Generates one Immutables abstract value class per model type, in the shape of the hand-written
 * types it replaces: {@code builder()}, a {@code Builder} subclass of the Immutables builder, and
 * accessors named after the JSON fields.
 */
final class ModelGenerator {
  private static final ClassName VALUE_IMMUTABLE =
      ClassName.get("org.immutables.value", "Value", "Immutable");
  private static final ClassName VALUE_DEFAULT =
      ClassName.get("org.immutables.value", "Value", "Default");

  private final ApiModel model;

  ModelGenerator(ApiModel model) {
    this.model = model;
  }

  List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    for (ApiModel.Type t : model.types()) {
      files.add(JavaFile.builder(JavaTypes.MODEL, type(t))
          .addFileComment(JavaTypes.FILE_COMMENT)
          .skipJavaLangImports(true)
          .indent("  ")
          .build());
    }
    return files;
  }

  private TypeSpec type(ApiModel.Type t) {
    ClassName self = JavaTypes.model(t.javaName());
    ClassName immutable = JavaTypes.model("Immutable" + t.javaName());
    TypeSpec.Builder b = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addAnnotation(VALUE_IMMUTABLE)
        .addJavadoc("$L", Docs.wrap(classDoc(t)))
        .addSuperinterface(t.isObject() ? JavaTypes.KUBERNETES_OBJECT : JavaTypes.EXTENSIBLE);
    boolean nonSealed = false;
    for (Overrides.Mixin m : Overrides.MIXINS.getOrDefault(t.javaName(), List.of())) {
      b.addSuperinterface(JavaTypes.model(m.name()));
      nonSealed |= m.sealed();
    }
    if (nonSealed) {
      b.addModifiers(Modifier.NON_SEALED);
    }
    b.addMethod(MethodSpec.constructorBuilder().build());
    if (t.isObject()) {
      b.addMethod(constant("apiVersion", t.apiVersion()));
      b.addMethod(constant("kind", t.kind()));
    }
    for (ApiModel.Attr a : t.attrs()) {
      if (!(a.shape() instanceof Shape.Opaque)) {
        b.addMethod(accessor(t, a));
      }
    }
    b.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a new builder.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self.nestedClass("Builder"))
        .addStatement("return new Builder()")
        .build());
    b.addType(TypeSpec.classBuilder("Builder")
        .addJavadoc("Builds {@link $T} values; {@code from(..)} copies an existing one.", self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(immutable.nestedClass("Builder"))
        .addMethod(MethodSpec.constructorBuilder().build())
        .build());
    return b.build();
  }

  private String classDoc(ApiModel.Type t) {
    String doc = Docs.firstParagraph(t.doc());
    StringBuilder b = new StringBuilder(doc.isEmpty() ? "The Kubernetes type " + t.goName() + "."
        : doc);
    b.append("\n\n<p>Kubernetes API type {@code ").append(t.goName()).append("}");
    if (t.isObject()) {
      b.append(" ({@code apiVersion: ").append(t.apiVersion()).append("}, {@code kind: ")
          .append(t.kind()).append("})");
    }
    b.append('.');
    b.append(Docs.versions(model, t.since(), t.until(), "", 0));
    return b.toString();
  }

  private static MethodSpec constant(String name, String value) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Returns {@code $L}.", value)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .returns(String.class)
        .addStatement("return $S", value)
        .build();
  }

  private MethodSpec accessor(ApiModel.Type t, ApiModel.Attr a) {
    if (SourceVersion.isKeyword(a.json())) {
      throw new IllegalArgumentException(t.goName() + "." + a.json() + " is a Java keyword");
    }
    TypeName type = JavaTypes.accessor(a);
    String doc = Docs.firstParagraph(a.doc());
    MethodSpec.Builder m = MethodSpec.methodBuilder(a.json())
        .addJavadoc("$L", Docs.wrap((doc.isEmpty() ? "The {@code " + a.json() + "} field." : doc)
            + Docs.versions(model, a.since(), a.until(), a.gate(), a.gatedUntil())))
        .addModifiers(Modifier.PUBLIC)
        .returns(type);
    if (t.isObject() && a.json().equals("metadata")) {
      m.addAnnotation(Override.class);
    }
    if (a.presence() == Presence.DEFAULTED) {
      return m.addAnnotation(VALUE_DEFAULT).addCode(defaultValue(a)).build();
    }
    return m.addModifiers(Modifier.ABSTRACT).build();
  }

  private static CodeBlock defaultValue(ApiModel.Attr a) {
    if (a.shape() instanceof Shape.Struct s) {
      return CodeBlock.of("return $T.builder().build();\n", JavaTypes.model(s.javaName()));
    }
    switch ((Shape.Scalar) a.shape()) {
      case STRING:
        return CodeBlock.of("return \"\";\n");
      case BOOL:
        return CodeBlock.of("return false;\n");
      case INT32:
      case INT64:
        return CodeBlock.of("return 0;\n");
      case FLOAT64:
        return CodeBlock.of("return 0.0;\n");
      default:
        throw new IllegalArgumentException("no default for " + a);
    }
  }
}
