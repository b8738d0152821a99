package dev.podwright.modelgen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code dev.podwright.validation.FieldVersions}: for every field that not all described
 * versions have, or that a feature gate guards, the first and last version that have it and the
 * gate.
 */
final class FieldVersionsGenerator {
  static final String PACKAGE = "dev.podwright.validation";

  private final ApiModel model;

  FieldVersionsGenerator(ApiModel model) {
    this.model = model;
  }

  private static String structOf(Shape shape) {
    if (shape instanceof Shape.Struct s) {
      return s.javaName();
    }
    if (shape instanceof Shape.ListOf l) {
      return structOf(l.element());
    }
    return null; // maps of structs: keys are not field names, and the workload API has none
  }

  /** Whether the table has the field: not every described version has it, or a gate guards it. */
  static boolean versioned(ApiModel model, ApiModel.Attr a) {
    return a.since() > model.first() || a.until() < model.last() || !a.gate().isEmpty();
  }

  /** The name of a field's range constant: {@code PodSpec.resources} to {@code POD_SPEC_RESOURCES}. */
  static String rangeName(ApiModel.Type t, ApiModel.Attr a) {
    return JavaTypes.constantName(t.javaName()) + "_" + JavaTypes.constantName(a.json());
  }

  /**
   * The types whose values hold, at some depth, a field of the table: the only ones worth
   * descending into when an unknown field's tree is checked.
   */
  private Set<String> reachingVersionedFields() {
    Set<String> reaching = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (ApiModel.Type t : model.types()) {
        if (reaching.contains(t.javaName())) {
          continue;
        }
        for (ApiModel.Attr a : t.attrs()) {
          String child = structOf(a.shape());
          if (versioned(model, a) || child != null && reaching.contains(child)) {
            reaching.add(t.javaName());
            grew = true;
            break;
          }
        }
      }
    }
    return reaching;
  }

  JavaFile file() {
    ClassName self = ClassName.get(PACKAGE, "FieldVersions");
    ClassName range = self.nestedClass("Range");
    TypeSpec.Builder b = TypeSpec.classBuilder(self);
    Set<String> names = new HashSet<>();
    CodeBlock.Builder entries = CodeBlock.builder();
    int count = 0;
    for (ApiModel.Type t : model.types()) {
      for (ApiModel.Attr a : t.attrs()) {
        if (versioned(model, a)) {
          String name = rangeName(t, a);
          if (!names.add(name)) {
            throw new IllegalArgumentException("two fields named " + name);
          }
          b.addField(FieldSpec.builder(range, name, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($L, $L, $S, $L)", range, a.since(), a.until(), a.gate(),
                  a.gatedUntil())
              .build());
          entries.add(count++ == 0 ? "\n" : ",\n").add("$T.entry($S, $L)",
              ClassName.get("java.util", "Map"), t.javaName() + "." + a.json(), name);
        }
      }
    }
    CodeBlock.Builder children = CodeBlock.builder();
    int childCount = 0;
    Set<String> reaching = reachingVersionedFields();
    for (ApiModel.Type t : model.types()) {
      for (ApiModel.Attr a : t.attrs()) {
        String child = structOf(a.shape());
        if (child != null && reaching.contains(child)) {
          children.add(childCount++ == 0 ? "\n" : ",\n").add("$T.entry($S, $S)",
              ClassName.get("java.util", "Map"), t.javaName() + "." + a.json(), child);
        }
      }
    }
    TypeSpec type = b
        .addModifiers(Modifier.FINAL)
        .addJavadoc("The versions of the API fields that not every supported version has, and "
            + "their feature gates,\nfrom the API descriptions 1.$L to 1.$L.\n", model.first(),
            model.last())
        .addType(TypeSpec.recordBuilder(range)
            .addJavadoc("The minor versions {@code since..until} that have a field, and the gate "
                + "that guards it\n(empty if none) through minor version {@code gatedUntil}.\n")
            .recordConstructor(MethodSpec.constructorBuilder()
                .addParameter(int.class, "since")
                .addParameter(int.class, "until")
                .addParameter(String.class, "gate")
                .addParameter(int.class, "gatedUntil")
                .build())
            .build())
        .addField(FieldSpec.builder(int.class, "FIRST", Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", model.first()).build())
        .addField(FieldSpec.builder(int.class, "LAST", Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", model.last()).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get("java.util", "Map"),
                JavaTypes.STRING, range), "FIELDS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("By {@code JavaType.jsonName}, e.g. {@code Container.restartPolicy}.\n")
            .initializer(CodeBlock.of("$T.ofEntries($L)", ClassName.get("java.util", "Map"),
                entries.build()))
            .build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get("java.util", "Map"),
                JavaTypes.STRING, JavaTypes.STRING), "CHILDREN", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The model type of the struct (or list elements) a field holds, by\n"
                + "{@code JavaType.jsonName}, e.g. {@code PodSpec.containers} to {@code Container};"
                + "\nonly for types that hold a field of {@link #FIELDS} at some depth.\n")
            .initializer(CodeBlock.of("$T.ofEntries($L)", ClassName.get("java.util", "Map"),
                children.build()))
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
    return JavaFile.builder(PACKAGE, type)
        .addFileComment(JavaTypes.FILE_COMMENT)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
