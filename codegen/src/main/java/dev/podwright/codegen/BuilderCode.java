package dev.podwright.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;

/**
 * The source of one model-builder expression, {@code Container.builder().name("app").build()},
 * collected call by call by the generated {@code ModelSource}. Attributes at the builder's default
 * (a Go zero value of a plain attribute, an empty {@code Optional}, list or map) get no call, so
 * the expression builds a value equal to the one it was written from. Short expressions stay on
 * one line; longer ones put each call on its own line.
 *
 * <p>With a {@link Locals} scope, each nested value becomes a local variable
 * ({@code var startupProbe = Probe.builder()...build();}) and the setter takes the variable, so
 * that no builder expression is an argument of another. javac attributes a method argument that
 * is itself a call speculatively, once per level of nesting, which made deeply nested builder
 * expressions as slow to compile as the DSL's generic chains (measured, issue 12).
 */
final class BuilderCode {
  /** At most this many calls stay on one line, if they are short. */
  private static final int INLINE_CALLS = 3;
  /** The longest expression, in characters with simple type names, that stays on one line. */
  private static final int INLINE_WIDTH = 64;

  private final ClassName type;
  private final List<CodeBlock> calls = new ArrayList<>();
  private final @Nullable Locals locals;

  /** Nested values stay nested expressions. */
  BuilderCode(String modelType) {
    this(modelType, null);
  }

  /** Nested values become local variables of {@code locals}. */
  BuilderCode(String modelType, @Nullable Locals locals) {
    this.type = ClassName.get(DslNames.MODEL, modelType);
    this.locals = locals;
  }

  void set(String setter, String value) {
    if (!value.isEmpty()) {
      call(setter, CodeBlock.of("$S", value));
    }
  }

  void set(String setter, boolean value) {
    if (value) {
      call(setter, CodeBlock.of("true"));
    }
  }

  void set(String setter, int value) {
    if (value != 0) {
      call(setter, CodeBlock.of("$L", value));
    }
  }

  void set(String setter, long value) {
    if (value != 0) {
      call(setter, CodeBlock.of("$LL", value));
    }
  }

  /** A required {@code IntOrString}: always set. */
  void set(String setter, IntOrString value) {
    call(setter, literal(value));
  }

  void set(String setter, Optional<?> value) {
    if (value.isPresent()) {
      call(setter, literal(value.get()));
    }
  }

  /** A nested model value: {@code expression} is its builder expression. */
  void set(String setter, CodeBlock expression) {
    call(setter, local(setter, expression));
  }

  /** A list of scalars, through the builder's varargs adder: {@code addArgs("a", "b")}. */
  void addAll(String adder, List<?> values) {
    if (!values.isEmpty()) {
      CodeBlock.Builder args = CodeBlock.builder();
      for (int i = 0; i < values.size(); i++) {
        args.add(i == 0 ? "$L" : ",$W$L", literal(values.get(i)));
      }
      call(adder, args.build());
    }
  }

  /** A map of scalars, one {@code putX(key, value)} per entry, in the map's order. */
  void putAll(String putter, Map<String, ?> entries) {
    entries.forEach((key, value) -> call(putter, CodeBlock.of("$S, $L", key, literal(value))));
  }

  /** One entry of a map of model values. */
  void put(String putter, String key, CodeBlock expression) {
    call(putter, CodeBlock.of("$S, $L", key, local(putter, expression)));
  }

  /** Returns {@code Type.builder()...build()}. */
  CodeBlock build() {
    CodeBlock.Builder line = CodeBlock.builder().add("$T.builder()", type);
    calls.forEach(c -> line.add(".$L", c));
    CodeBlock inline = line.add(".build()").build();
    String text = inline.toString().replace(DslNames.MODEL + ".", "");
    if (calls.size() <= INLINE_CALLS && text.length() <= INLINE_WIDTH && text.indexOf('\n') < 0) {
      return inline;
    }
    CodeBlock.Builder lines = CodeBlock.builder().add("$T.builder()", type).indent().indent();
    calls.forEach(c -> lines.add("\n.$L", c));
    return lines.add("\n.build()").unindent().unindent().build();
  }

  private CodeBlock local(String setter, CodeBlock expression) {
    if (locals == null) {
      return expression;
    }
    String bare = setter.replaceFirst("^(add|put)(?=[A-Z])", "");
    return CodeBlock.of("$N", locals.declare(
        Character.toLowerCase(bare.charAt(0)) + bare.substring(1), expression));
  }

  private void call(String setter, CodeBlock args) {
    calls.add(CodeBlock.of("$L($L)", setter, args));
  }

  /** The Java literal of a scalar the model holds. */
  static CodeBlock literal(Object value) {
    if (value instanceof String) {
      return CodeBlock.of("$S", value);
    } else if (value instanceof Boolean || value instanceof Integer) {
      return CodeBlock.of("$L", value);
    } else if (value instanceof Long) {
      return CodeBlock.of("$LL", value);
    } else if (value instanceof Quantity) {
      return CodeBlock.of("$T.parse($S)", DslNames.QUANTITY, value.toString());
    } else if (value instanceof IntOrString) {
      IntOrString v = (IntOrString) value;
      return v.isInt()
          ? CodeBlock.of("$T.of($L)", DslNames.INT_OR_STRING, v.intValue())
          : CodeBlock.of("$T.of($S)", DslNames.INT_OR_STRING, v.stringValue());
    }
    // Untyped trees (unknown fields, managedFields' fieldsV1): the DSL never makes them.
    throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName()
        + " as Java source: " + value);
  }

  /** The local variables of one generated method, in declaration order. */
  static final class Locals {
    private final List<CodeBlock> declarations = new ArrayList<>();
    private final Map<String, Integer> uses = new HashMap<>();

    /** Declares {@code var name = expression;}, numbering repeated names: probe, probe2. */
    String declare(String wanted, CodeBlock expression) {
      int n = uses.merge(wanted, 1, Integer::sum);
      String name = n == 1 ? wanted : wanted + n;
      if (SourceVersion.isKeyword(name)) {
        name = name + "Value";
      }
      declarations.add(CodeBlock.of("var $N = $L", name, expression));
      return name;
    }

    /** Returns the declarations as statements. */
    CodeBlock statements() {
      CodeBlock.Builder b = CodeBlock.builder();
      declarations.forEach(d -> b.addStatement("$L", d));
      return b.build();
    }
  }
}
