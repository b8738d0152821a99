package dev.podwright.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The values of one annotation mirror, read by element name. Only values written in the source
 * count as set ({@link #has}); the defaults of the annotation type are used for the rest. A value
 * that is missing, of the wrong type or erroneous (javac has reported the source error already)
 * throws {@link Malformed}, never a {@code ClassCastException}.
 *
 * <p>javac builds a new map for every {@link AnnotationMirror#getElementValues()} call and a new
 * list for every {@code getEnclosedElements()} call, and a pod reads hundreds of values: the
 * written values are mapped by name once per annotation, and the elements of each annotation type
 * once per round ({@link Schemas}).
 */
final class Values {
  /**
   * The elements of each annotation type by name, with their defaults, looked up once per round
   * and shared by every annotation of that type.
   */
  static final class Schemas {
    private final Map<Element, Map<String, ExecutableElement>> byType = new HashMap<>();

    Map<String, ExecutableElement> of(AnnotationMirror mirror) {
      return byType.computeIfAbsent(mirror.getAnnotationType().asElement(), type -> {
        Map<String, ExecutableElement> elements = new HashMap<>();
        for (Element e : type.getEnclosedElements()) {
          if (e instanceof ExecutableElement) {
            elements.put(e.getSimpleName().toString(), (ExecutableElement) e);
          }
        }
        return elements;
      });
    }
  }

  /**
   * An annotation value that cannot be read: the source has a compile error there, such as a
   * missing required element, a value of the wrong type or an unknown constant.
   */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Loc loc;

    Malformed(Loc loc, String message) {
      super(message);
      this.loc = loc;
    }

    /** Where the unreadable value, or its annotation, is. */
    Loc loc() {
      return loc;
    }
  }

  private static final String ERROR = "<error>";

  private final Schemas schemas;
  private final Element element;
  private final AnnotationMirror mirror;
  private final Loc home;
  /** The values written in the source, by element name; made at the first read. */
  private Map<String, AnnotationValue> written;

  Values(Schemas schemas, Element element, AnnotationMirror mirror) {
    this(schemas, element, mirror, Loc.of(element, mirror));
  }

  private Values(Schemas schemas, Element element, AnnotationMirror mirror, Loc home) {
    this.schemas = schemas;
    this.element = element;
    this.mirror = mirror;
    this.home = home;
  }

  /**
   * Returns the values of an annotation that is not written at all: every value is the default,
   * and errors go to {@code home}, as javac can only place errors on mirrors it created.
   */
  static Values absent(Schemas schemas, TypeElement annotation, Loc home) {
    AnnotationMirror none = new AnnotationMirror() {
      @Override
      public DeclaredType getAnnotationType() {
        return (DeclaredType) annotation.asType();
      }

      @Override
      public Map<? extends ExecutableElement, ? extends AnnotationValue> getElementValues() {
        return Map.of();
      }
    };
    return new Values(schemas, home.element(), none, home);
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** Where an error about the whole annotation goes. */
  Loc loc() {
    return home;
  }

  /** Where an error about one value goes: the value if written, else the annotation. */
  Loc loc(String name) {
    AnnotationValue value = explicit(name);
    return value == null ? loc() : new Loc(element, mirror, value);
  }

  /** Whether the value {@code name} is written in the source. */
  boolean has(String name) {
    return explicit(name) != null;
  }

  private AnnotationValue explicit(String name) {
    if (written == null) {
      written = new HashMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : mirror.getElementValues().entrySet()) {
        written.put(e.getKey().getSimpleName().toString(), e.getValue());
      }
    }
    return written.get(name);
  }

  private AnnotationValue value(String name) {
    AnnotationValue value = explicit(name);
    if (value != null) {
      return value;
    }
    ExecutableElement declared = schemas.of(mirror).get(name);
    if (declared != null && declared.getDefaultValue() != null) {
      return declared.getDefaultValue();
    }
    throw malformed(name, "has no value");
  }

  private Malformed malformed(String name, String problem) {
    return new Malformed(loc(name), "@" + mirror.getAnnotationType().asElement().getSimpleName()
        + "(" + name + ") " + problem);
  }

  /** The value of {@code name} as a {@code type}, or {@link Malformed}. */
  private <T> T typed(String name, Class<T> type, String words) {
    return typed(name, value(name), type, words);
  }

  private <T> T typed(String name, AnnotationValue value, Class<T> type, String words) {
    Object v = value.getValue();
    // javac keeps an erroneous value (an unknown constant, say) as the string "<error>", whose
    // toString() is <error> where a real string's is quoted. Only a string can be mistaken for
    // a real value, so only a string is rendered: rendering a nested annotation would print
    // all of its source, for every nested annotation read.
    if (!type.isInstance(v) || (v instanceof String && ERROR.equals(String.valueOf(value)))) {
      throw malformed(name, "is not " + words + " (the compile error there is reported "
          + "separately)");
    }
    return type.cast(v);
  }

  String string(String name) {
    return typed(name, String.class, "a string");
  }

  /** The string if written, else empty. */
  Optional<String> optString(String name) {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  int integer(String name) {
    return typed(name, Number.class, "a number").intValue();
  }

  Optional<Integer> optInt(String name) {
    return has(name) ? Optional.of(integer(name)) : Optional.empty();
  }

  long longValue(String name) {
    return typed(name, Number.class, "a number").longValue();
  }

  Optional<Long> optLong(String name) {
    return has(name) ? Optional.of(longValue(name)) : Optional.empty();
  }

  boolean bool(String name) {
    return typed(name, Boolean.class, "a boolean");
  }

  Optional<Boolean> optBool(String name) {
    return has(name) ? Optional.of(bool(name)) : Optional.empty();
  }

  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(typed(name, v, String.class, "a list of strings"));
    }
    return out;
  }

  List<Long> longs(String name) {
    List<Long> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(typed(name, v, Number.class, "a list of numbers").longValue());
    }
    return out;
  }

  List<Integer> ints(String name) {
    List<Integer> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(typed(name, v, Number.class, "a list of numbers").intValue());
    }
    return out;
  }

  /** The nested annotations of an array-valued element, in source order. */
  List<Values> nested(String name) {
    List<Values> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(new Values(schemas, element,
          typed(name, v, AnnotationMirror.class, "a list of annotations")));
    }
    return out;
  }

  /**
   * Whether the annotation type has the element {@code name}: the deprecated top-level
   * annotations lack the elements added since, which then read as empty lists.
   */
  private boolean declares(String name) {
    return schemas.of(mirror).containsKey(name);
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(String name) {
    if (!has(name) && !declares(name)) {
      return List.of();
    }
    Object v = value(name).getValue();
    return v instanceof List ? (List<? extends AnnotationValue>) v : List.of(value(name));
  }
}
