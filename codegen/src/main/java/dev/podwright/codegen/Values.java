package dev.podwright.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * The values of one annotation mirror, read by element name. Only values written in the source
 * count as set ({@link #has}); the defaults of the annotation type are used for the rest. A value
 * that is missing, of the wrong type or erroneous (javac has reported the source error already)
 * throws {@link Malformed}, never a {@code ClassCastException}.
 */
final class Values {
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

  private final Elements elements;
  private final Element element;
  private final AnnotationMirror mirror;
  private final Loc home;

  Values(Elements elements, Element element, AnnotationMirror mirror) {
    this(elements, element, mirror, Loc.of(element, mirror));
  }

  private Values(Elements elements, Element element, AnnotationMirror mirror, Loc home) {
    this.elements = elements;
    this.element = element;
    this.mirror = mirror;
    this.home = home;
  }

  /**
   * Returns the values of an annotation that is not written at all: every value is the default,
   * and errors go to {@code home}, as javac can only place errors on mirrors it created.
   */
  static Values absent(Elements elements, TypeElement annotation, Loc home) {
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
    return new Values(elements, home.element(), none, home);
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
    return find(mirror.getElementValues(), name);
  }

  private AnnotationValue value(String name) {
    AnnotationValue value = explicit(name);
    if (value != null) {
      return value;
    }
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement && e.getSimpleName().contentEquals(name)
          && ((ExecutableElement) e).getDefaultValue() != null) {
        return ((ExecutableElement) e).getDefaultValue();
      }
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
    // javac keeps an erroneous value (an unknown constant, say) as the string "<error>".
    if (!type.isInstance(v) || ERROR.equals(String.valueOf(value))) {
      throw malformed(name, "is not " + words + " (the compile error there is reported "
          + "separately)");
    }
    return type.cast(v);
  }

  private static AnnotationValue find(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
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

  /** The nested annotations of an array-valued element, in source order. */
  List<Values> nested(String name) {
    List<Values> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(new Values(elements, element,
          typed(name, v, AnnotationMirror.class, "a list of annotations")));
    }
    return out;
  }

  /**
   * Whether the annotation type has the element {@code name}: the deprecated top-level
   * annotations lack the elements added since, which then read as empty lists.
   */
  private boolean declares(String name) {
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement && e.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
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
