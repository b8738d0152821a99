package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code dev.podwright.yaml.ApiReader}: one method per model type that reads a YAML
 * mapping into the type's builder through {@code NodeReader}'s strict typed setters, every
 * key the type does not have kept verbatim as an unknown field.
 */
final class ReaderGenerator {
  private static final ClassName NODE_READER = ClassName.get(JavaTypes.YAML, "NodeReader");
  private static final ClassName FIELD = NODE_READER.nestedClass("Field");
  private static final ClassName YAML_NODE = ClassName.get(JavaTypes.YAML, "YamlNode");
  private static final ClassName KIND = ClassName.get(JavaTypes.YAML, "ModelReader", "Kind");

  private final ApiModel model;

  ReaderGenerator(ApiModel model) {
    this.model = model;
  }

  JavaFile file() {
    TypeSpec.Builder b = TypeSpec.classBuilder("ApiReader")
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Reads the model types from YAML trees, each field with the type of its Go "
            + "field;\nkeys a type does not have are kept as unknown fields.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodeBlock.Builder kinds = CodeBlock.builder().add("$T.ofEntries($>$>",
        ClassName.get("java.util", "Map"));
    boolean firstKind = true;
    for (ApiModel.Type t : model.types()) {
      if (t.isObject()) {
        kinds.add(firstKind ? "\n" : ",\n").add("$T.entry($S, new $T($S, $T::$L))", ClassName.get("java.util", "Map"), t.kind(), KIND,
            t.apiVersion(), ClassName.get(JavaTypes.YAML, "ApiReader"),
            JavaTypes.methodName(t.javaName()));
        firstKind = false;
      }
    }
    b.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get("java.util", "Map"),
            JavaTypes.STRING, KIND), "KINDS", Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The kinds with {@code apiVersion} and {@code kind}, by kind.\n")
        .initializer(kinds.add(")$<$<").build())
        .build());
    for (ApiModel.Type t : model.types()) {
      b.addMethod(read(t));
    }
    b.addMethod(item("int32Item", ClassName.get(Integer.class), "int32"));
    b.addMethod(item("int64Item", ClassName.get(Long.class), "int64"));
    b.addMethod(MethodSpec.methodBuilder("tree")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(FIELD, "f")
        .addParameter(ParameterizedTypeName.get(ClassName.get("java.util.function", "Consumer"),
            ClassName.OBJECT), "set")
        .beginControlFlow("if (!(f.value() instanceof $T.Scalar s && s.value() == $T.NULL))",
            YAML_NODE, JavaTypes.EXTENSIBLE)
        .addStatement("set.accept($T.raw(f.value()))", NODE_READER)
        .endControlFlow()
        .build());
    return JavaFile.builder(JavaTypes.YAML, b.build())
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static MethodSpec item(String name, ClassName type, String read) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(NODE_READER, "r")
        .addParameter(YAML_NODE, "node")
        .addParameter(String.class, "path")
        .addStatement("$T[] value = new $T[1]", type, type)
        .addStatement("r.$L(new $T(\"\", node, path), v -> value[0] = v)", read, FIELD)
        .addStatement("return value[0]")
        .build();
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
    m.beginControlFlow("for ($T f : r.fields(node, path))", FIELD);
    m.beginControlFlow("switch (f.name())");
    if (t.isObject()) {
      m.addCode("case \"apiVersion\", \"kind\" -> { }\n");
    }
    for (ApiModel.Attr a : t.attrs()) {
      if (!(a.shape() instanceof Shape.Opaque)) {
        m.addStatement("case $S -> $L", a.json(), setter(t, a));
      }
    }
    m.addStatement("default -> r.unknown(f, b::putUnknownField)");
    m.endControlFlow();
    m.endControlFlow();
    return m.addStatement("return b.build()").build();
  }

  private static CodeBlock setter(ApiModel.Type t, ApiModel.Attr a) {
    String set = "b::" + a.json();
    Shape s = a.shape();
    if (s instanceof Shape.Struct st) {
      return CodeBlock.of("r.obj(f, ApiReader::$L, $L)", JavaTypes.methodName(st.javaName()), set);
    }
    if (s instanceof Shape.ListOf l) {
      if (l.element() == Shape.Scalar.STRING) {
        return CodeBlock.of("r.strings(f, $L)", set);
      }
      if (l.element() instanceof Shape.Struct st) {
        return CodeBlock.of("r.list(f, ApiReader::$L, $L)", JavaTypes.methodName(st.javaName()),
            set);
      }
      if (l.element() == Shape.Scalar.INT32) {
        return CodeBlock.of("r.list(f, ApiReader::int32Item, $L)", set);
      }
      if (l.element() == Shape.Scalar.INT64) {
        return CodeBlock.of("r.list(f, ApiReader::int64Item, $L)", set);
      }
    } else if (s instanceof Shape.MapOf mp) {
      if (mp.value() == Shape.Scalar.STRING) {
        return CodeBlock.of("r.stringMap(f, $L)", set);
      }
      if (mp.value() == Shape.Scalar.QUANTITY) {
        return CodeBlock.of("r.quantities(f, $L)", set);
      }
    } else if (s instanceof Shape.Scalar sc) {
      switch (sc) {
        case STRING:
          return CodeBlock.of("r.str(f, $L)", set);
        case BOOL:
          return CodeBlock.of("r.bool(f, $L)", set);
        case INT32:
          return CodeBlock.of("r.int32(f, $L)", set);
        case INT64:
          return CodeBlock.of("r.int64(f, $L)", set);
        case QUANTITY:
          return CodeBlock.of("r.quantity(f, $L)", set);
        case INT_OR_STRING:
          return CodeBlock.of("r.intOrString(f, $L)", set);
        case TREE:
          return CodeBlock.of("tree(f, $L)", set);
        default:
          break;
      }
    }
    throw new IllegalArgumentException("cannot read " + t.goName() + "." + a.json() + ": " + s);
  }
}
