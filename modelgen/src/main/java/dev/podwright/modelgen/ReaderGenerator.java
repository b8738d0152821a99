package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code dev.podwright.yaml.ApiReader}: one method per model type that reads a YAML
 * mapping into the type's builder through {@code NodeReader}'s strict typed getters, every
 * key the type does not have kept verbatim as an unknown field, and one method per type that
 * lists hold, reading such a list. The calls are direct: no lambda or method reference, which
 * would each add a call site to the class and spin a class at run time on first use.
 */
final class ReaderGenerator {
  private static final ClassName NODE_READER = ClassName.get(JavaTypes.YAML, "NodeReader");
  private static final ClassName FIELD = NODE_READER.nestedClass("Field");
  private static final ClassName YAML_NODE = ClassName.get(JavaTypes.YAML, "YamlNode");
  private static final ClassName FIELD_PATHS = ClassName.get(JavaTypes.YAML, "FieldPaths");
  private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

  /**
   * The most fields a type reads with an {@code if} chain; a type with more has a string switch.
   * The 136 types with at most 8 hold 417 of the 657 fields.
   */
  static final int MAX_CHAIN = 8;

  private final ApiModel model;
  private final int maxChain;

  ReaderGenerator(ApiModel model) {
    this(model, MAX_CHAIN);
  }

  /** A reader whose types with more than {@code maxChain} fields have a switch (tests). */
  ReaderGenerator(ApiModel model, int maxChain) {
    this.model = model;
    this.maxChain = maxChain;
  }

  JavaFile file() {
    TypeSpec.Builder b = TypeSpec.classBuilder("ApiReader")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Reads the model types from YAML trees, each field with the type of its Go "
            + "field;\nkeys a type does not have are kept as unknown fields.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodeBlock.Builder versions = CodeBlock.builder().add("$T.ofEntries($>$>", JavaTypes.MAP);
    MethodSpec.Builder object = MethodSpec.methodBuilder("object")
        .addJavadoc("Reads a top-level object of a kind in {@link #API_VERSIONS}.\n")
        .addModifiers(Modifier.STATIC)
        .returns(JavaTypes.KUBERNETES_OBJECT)
        .addParameter(String.class, "kind")
        .addParameter(NODE_READER, "r")
        .addParameter(YAML_NODE, "node")
        .addParameter(String.class, "path")
        .addCode("return switch (kind) {\n$>");
    boolean firstKind = true;
    for (ApiModel.Type t : model.types()) {
      if (t.isObject()) {
        versions.add(firstKind ? "\n" : ",\n")
            .add("$T.entry($S, $S)", JavaTypes.MAP, t.kind(), t.apiVersion());
        object.addStatement("case $S -> $L(r, node, path)", t.kind(),
            JavaTypes.methodName(t.javaName()));
        firstKind = false;
      }
    }
    b.addField(FieldSpec.builder(ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING,
            JavaTypes.STRING), "API_VERSIONS", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The API version of each kind with {@code apiVersion} and {@code kind}, by "
            + "kind.\n")
        .initializer(versions.add(")$<$<").build())
        .build());
    b.addMethod(object
        // concat, not +: a + would be the class's one invokedynamic call site
        .addStatement("default -> throw new $T($S.concat(kind))", IllegalArgumentException.class,
            "not a kind: ")
        .addCode("$<};\n")
        .build());
    Set<String> listed = listed();
    for (ApiModel.Type t : model.types()) {
      b.addMethod(read(t));
      if (listed.contains(t.javaName())) {
        b.addMethod(list(t));
      }
    }
    return JavaFile.builder(JavaTypes.YAML, b.build())
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Returns the types that some list holds. */
  private Set<String> listed() {
    Set<String> listed = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ApiModel.Type t : model.types()) {
      names.add(t.javaName());
      for (ApiModel.Attr a : t.attrs()) {
        if (a.shape() instanceof Shape.ListOf l && l.element() instanceof Shape.Struct st) {
          listed.add(st.javaName());
        }
      }
    }
    for (String name : listed) {
      if (names.contains(name + "List")) {
        throw new IllegalArgumentException("cannot name the list reader of " + name + ": "
            + name + "List is a type");
      }
    }
    return listed;
  }

  private MethodSpec read(ApiModel.Type t) {
    ClassName type = JavaTypes.model(t.javaName());
    MethodSpec.Builder m = MethodSpec.methodBuilder(JavaTypes.methodName(t.javaName()))
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(NODE_READER, "r")
        .addParameter(YAML_NODE, "node")
        .addParameter(String.class, "path");
    m.addStatement("$T.Builder b = $T.builder()", type, type);
    for (ApiModel.Attr a : t.attrs()) {
      if (a.presence() == Presence.REQUIRED) {
        m.addStatement("b.$L($T.of(0))", a.json(), JavaTypes.INT_OR_STRING);
      }
    }
    m.beginControlFlow("for ($T f : r.fieldsSet(node, path))", FIELD);
    List<ApiModel.Attr> read = new ArrayList<>();
    for (ApiModel.Attr a : t.attrs()) {
      if (t.dropsWhenEmpty(a) || !(a.shape() instanceof Shape.Opaque)) {
        read.add(a);
      }
    }
    if (read.size() + (t.isObject() ? 2 : 0) <= maxChain) {
      chain(m, t, read);
    } else {
      cases(m, t, read);
    }
    m.endControlFlow();
    return m.addStatement("return b.build()").build();
  }

  /**
   * Dispatches on the field's name with a string switch: its hash look-up suits a type with many
   * fields, at some 40 bytes of the class per case.
   */
  private static void cases(MethodSpec.Builder m, ApiModel.Type t, List<ApiModel.Attr> read) {
    m.beginControlFlow("switch (f.name())");
    if (t.isObject()) {
      m.addCode("case \"apiVersion\", \"kind\" -> { }\n");
    }
    for (ApiModel.Attr a : read) {
      if (t.dropsWhenEmpty(a)) {
        m.addCode("case $S -> {$>\n", a.json())
            .addStatement("b.$L($L)", a.json(), value(t, a))
            .addStatement("b.$L(true)", JavaTypes.keepsEmpty(a))
            .addCode("$<}\n");
      } else {
        m.addStatement("case $S -> b.$L($L)", a.json(), a.json(), value(t, a));
      }
    }
    m.addStatement("default -> b.putUnknownField(f.name(), r.unknown(f))");
    m.endControlFlow();
  }

  /**
   * Dispatches on the field's name with {@code equals} in Go struct order: for a type with few
   * fields as quick as a switch's hash (most tests fail on the length), and a third of its bytes.
   */
  private static void chain(MethodSpec.Builder m, ApiModel.Type t, List<ApiModel.Attr> read) {
    if (read.isEmpty() && !t.isObject()) {
      m.addStatement("b.putUnknownField(f.name(), r.unknown(f))");
      return;
    }
    m.addStatement("String name = f.name()");
    String keyword = "if";
    if (t.isObject()) {
      m.addCode("if (name.equals(\"apiVersion\") || name.equals(\"kind\")) {\n")
          .addCode("$>// ModelReader has read them$<\n");
      keyword = "} else if";
    }
    for (ApiModel.Attr a : read) {
      m.addCode("$L (name.equals($S)) {\n$>", keyword, a.json())
          .addStatement("b.$L($L)", a.json(), value(t, a));
      if (t.dropsWhenEmpty(a)) {
        m.addStatement("b.$L(true)", JavaTypes.keepsEmpty(a));
      }
      m.addCode("$<");
      keyword = "} else if";
    }
    m.addCode("} else {\n$>")
        .addStatement("b.putUnknownField(name, r.unknown(f))")
        .addCode("$<}\n");
  }

  /** Reads a list of {@code t}, a null item as an empty object (Go's zero value). */
  private static MethodSpec list(ApiModel.Type t) {
    ClassName type = JavaTypes.model(t.javaName());
    TypeName list = ParameterizedTypeName.get(JavaTypes.LIST, type);
    return MethodSpec.methodBuilder(JavaTypes.methodName(t.javaName()) + "List")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(list)
        .addParameter(NODE_READER, "r")
        .addParameter(FIELD, "f")
        .addStatement("$T<$T> items = r.items(f)", JavaTypes.LIST, YAML_NODE)
        .addStatement("$T values = new $T<>(items.size())", list, ARRAY_LIST)
        .beginControlFlow("for (int i = 0; i < items.size(); i++)")
        .addStatement("values.add($L(r, $T.item(items, i), $T.index(f.path(), i)))",
            JavaTypes.methodName(t.javaName()), NODE_READER, FIELD_PATHS)
        .endControlFlow()
        .addStatement("return values")
        .build();
  }

  /** Returns the expression that reads the value of field {@code f} for attribute {@code a}. */
  private static CodeBlock value(ApiModel.Type t, ApiModel.Attr a) {
    Shape s = a.shape();
    if (s instanceof Shape.Struct st) {
      return CodeBlock.of("$L(r, f.value(), f.path())", JavaTypes.methodName(st.javaName()));
    }
    if (s instanceof Shape.ListOf l) {
      if (l.element() == Shape.Scalar.STRING) {
        return CodeBlock.of("r.strings(f)");
      }
      if (l.element() instanceof Shape.Struct st) {
        return CodeBlock.of("$LList(r, f)", JavaTypes.methodName(st.javaName()));
      }
      if (l.element() == Shape.Scalar.INT32) {
        return CodeBlock.of("r.int32s(f)");
      }
      if (l.element() == Shape.Scalar.INT64) {
        return CodeBlock.of("r.int64s(f)");
      }
    } else if (s instanceof Shape.MapOf mp) {
      if (mp.value() == Shape.Scalar.STRING) {
        return CodeBlock.of("r.stringMap(f)");
      }
      if (mp.value() == Shape.Scalar.QUANTITY) {
        return CodeBlock.of("r.quantities(f)");
      }
    } else if (s instanceof Shape.Scalar sc) {
      switch (sc) {
        case STRING:
          return CodeBlock.of(a.isTime() ? "r.time(f)" : "r.string(f)");
        case BOOL:
          return CodeBlock.of("r.bool(f)");
        case INT32:
          return CodeBlock.of("r.int32(f)");
        case INT64:
          return CodeBlock.of("r.int64(f)");
        case QUANTITY:
          return CodeBlock.of("r.quantity(f)");
        case INT_OR_STRING:
          return CodeBlock.of("r.intOrString(f)");
        case TREE:
          return CodeBlock.of("r.tree(f)");
        default:
          break;
      }
    }
    throw new IllegalArgumentException("cannot read " + t.goName() + "." + a.json() + ": " + s);
  }
}
