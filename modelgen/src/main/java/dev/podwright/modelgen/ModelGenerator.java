package dev.podwright.modelgen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Generates one immutable value class per model type: final fields named after the JSON fields,
 * accessors with the upstream doc, value equality, {@code toString}, and a nested
 * {@link BuilderGenerator builder}. The classes are plain Java (no annotation processor runs on
 * them) and share their collection routines through the hand-written {@code Builders}.
 */
final class ModelGenerator {
  static final ClassName BUILDERS = JavaTypes.model("Builders");
  static final String UNKNOWN = "unknownFields";
  /** The private method that boxes the fields for equals, hashCode and toString. */
  static final String FIELD_VALUES = "fieldValues";

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

  /** The attributes of a type that the model holds: every one but the untyped {@code status}. */
  static List<ApiModel.Attr> attrs(ApiModel.Type t) {
    List<ApiModel.Attr> attrs = new ArrayList<>();
    for (ApiModel.Attr a : t.attrs()) {
      if (!(a.shape() instanceof Shape.Opaque)) {
        if (a.json().equals(FIELD_VALUES)) {
          throw new IllegalArgumentException(t.goName() + "." + a.json() + " is a method's name");
        }
        if (SourceVersion.isKeyword(a.json())) {
          throw new IllegalArgumentException(t.goName() + "." + a.json() + " is a Java keyword");
        }
        attrs.add(a);
      }
    }
    return attrs;
  }

  private TypeSpec type(ApiModel.Type t) {
    ClassName self = JavaTypes.model(t.javaName());
    TypeSpec.Builder b = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Docs.wrap(classDoc(t)))
        .addSuperinterface(t.isObject() ? JavaTypes.KUBERNETES_OBJECT : JavaTypes.EXTENSIBLE);
    for (Overrides.Mixin m : Overrides.MIXINS.getOrDefault(t.javaName(), List.of())) {
      b.addSuperinterface(JavaTypes.model(m.name()));
    }
    List<ApiModel.Attr> attrs = attrs(t);
    for (ApiModel.Attr a : attrs) {
      if (a.presence() == Presence.DEFAULTED && a.shape() instanceof Shape.Struct s) {
        b.addField(FieldSpec.builder(JavaTypes.model(s.javaName()), defaultName(a),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.builder().build()", JavaTypes.model(s.javaName()))
            .build());
      }
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(self.nestedClass("Builder"), "b");
    for (ApiModel.Attr a : attrs) {
      b.addField(JavaTypes.accessor(a), a.json(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$L = $L", a.json(), fromBuilder(a));
      if (t.dropsWhenEmpty(a)) {
        b.addField(boolean.class, JavaTypes.keepsEmpty(a), Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.$L = b.$L", JavaTypes.keepsEmpty(a),
            JavaTypes.keepsEmpty(a));
      }
    }
    b.addField(JavaTypes.UNKNOWN_FIELDS, UNKNOWN, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$L = $T.freeze(b.$L)", UNKNOWN, BUILDERS, UNKNOWN);
    b.addMethod(constructor.build());
    if (t.isObject()) {
      b.addMethod(constant("apiVersion", t.apiVersion()));
      b.addMethod(constant("kind", t.kind()));
    }
    for (ApiModel.Attr a : attrs) {
      b.addMethod(accessor(t, a));
      if (t.dropsWhenEmpty(a)) {
        b.addMethod(keepsEmpty(a));
      }
    }
    b.addMethod(MethodSpec.methodBuilder(UNKNOWN)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.UNKNOWN_FIELDS)
        .addStatement("return $L", UNKNOWN)
        .build());
    b.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("Returns a new builder.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self.nestedClass("Builder"))
        .addStatement("return new Builder()")
        .build());
    b.addMethod(valuesMethod(attrs));
    b.addMethod(equalsMethod(t, attrs));
    b.addMethod(hashCodeMethod());
    b.addMethod(toStringMethod(t, attrs));
    b.addType(new BuilderGenerator(t, attrs).builder());
    return b.build();
  }

  /** The constant that stands for an unset struct attribute: {@code DEFAULT_METADATA}. */
  static String defaultName(ApiModel.Attr a) {
    return "DEFAULT_" + a.json().replaceAll("([a-z])([A-Z])", "$1_$2")
        .toUpperCase(java.util.Locale.ROOT);
  }

  private static CodeBlock fromBuilder(ApiModel.Attr a) {
    if (a.presence() == Presence.COLLECTION) {
      return CodeBlock.of("$T.freeze(b.$L)", BUILDERS, a.json());
    }
    if (a.presence() == Presence.REQUIRED) {
      // build() has checked it is set
      return CodeBlock.of("$T.requireNonNull(b.$L)", ClassName.get("java.util", "Objects"),
          a.json());
    }
    return CodeBlock.of("b.$L", a.json());
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
    b.append(". Values are immutable and compare by value; {@link #builder()} makes new ones.");
    b.append(Docs.versions(model, t.since(), t.until(), "", 0));
    return b.toString();
  }

  private static MethodSpec constant(String name, String value) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Returns {@code $L}.", value)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", value)
        .build();
  }

  private MethodSpec accessor(ApiModel.Type t, ApiModel.Attr a) {
    String doc = Docs.firstParagraph(a.doc());
    MethodSpec.Builder m = MethodSpec.methodBuilder(a.json())
        .addJavadoc("$L", Docs.wrap((doc.isEmpty() ? "The {@code " + a.json() + "} field." : doc)
            + Docs.versions(model, a.since(), a.until(), a.gate(), a.gatedUntil())))
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.accessor(a));
    if (t.isObject() && a.json().equals("metadata")
        || Overrides.MIXINS.getOrDefault(t.javaName(), List.of()).stream()
            .anyMatch(x -> x.name().equals("Restartable")) && a.json().equals("restartPolicy")) {
      m.addAnnotation(Override.class);
    }
    return m.addStatement("return $L", a.json()).build();
  }

  private static MethodSpec keepsEmpty(ApiModel.Attr a) {
    return MethodSpec.methodBuilder(JavaTypes.keepsEmpty(a))
        .addJavadoc("$L", Docs.wrap("Whether {@code " + a.json() + "} is written even when empty."
            + " Go leaves an empty {@code " + a.json() + "} out; the reader sets this when a"
            + " manifest has one, so that an author's {@code " + a.json() + ": {}} survives a"
            + " round trip. Not part of {@code equals}."))
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L", JavaTypes.keepsEmpty(a))
        .build();
  }

  /**
   * The fields in declaration order and the unknown fields last, boxed in one array that
   * {@code equals}, {@code hashCode} and {@code toString} share: one line per field here instead
   * of one in each of the three, 5.8 KB less in the dsl jar (measured, 153 types).
   */
  private static MethodSpec valuesMethod(List<ApiModel.Attr> attrs) {
    CodeBlock.Builder c = CodeBlock.builder().add("return new Object[] {$>$>");
    for (ApiModel.Attr a : attrs) {
      c.add("\n$L,", a.json());
    }
    c.add("\n$L};\n$<$<", UNKNOWN);
    return MethodSpec.methodBuilder(FIELD_VALUES)
        .addJavadoc("Returns the fields and the unknown fields, in {@link #toString()}'s order.")
        .addModifiers(Modifier.PRIVATE)
        .returns(ArrayTypeName.of(ClassName.OBJECT))
        .addCode(c.build())
        .build();
  }

  private static MethodSpec equalsMethod(ApiModel.Type t, List<ApiModel.Attr> attrs) {
    // Arrays.equals: Objects.equals on each pair, for a boxed primitive the same as ==
    return MethodSpec.methodBuilder("equals")
        .addJavadoc("Compares every field$L and the unknown fields.",
            attrs.stream().anyMatch(a -> t.dropsWhenEmpty(a)) ? " but the keepsEmpty flags" : "")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(JavaTypes.nullable(ClassName.OBJECT), "o")
        .addCode("return this == o || o instanceof $T that\n$>$>", JavaTypes.model(t.javaName()))
        .addCode("&& $T.equals(fieldValues(), that.fieldValues());\n$<$<",
            ClassName.get("java.util", "Arrays"))
        .build();
  }

  private static MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addJavadoc("Hashes the fields as {@code h += (h << 5) + field.hashCode()} from 5381.")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash(fieldValues())", BUILDERS)
        .build();
  }

  private static MethodSpec toStringMethod(ApiModel.Type t, List<ApiModel.Attr> attrs) {
    StringBuilder names = new StringBuilder();
    for (ApiModel.Attr a : attrs) {
      names.append(a.json()).append(' ');
    }
    names.append(UNKNOWN);
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Returns {@code $L{field=value, ...}} with the fields that are set.",
            t.javaName())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode("return $T.toString($S,\n$>$>$S,\nfieldValues());\n$<$<", BUILDERS,
            t.javaName(), names)
        .build();
  }
}
