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
 * count as set ({@link #has}); the defaults of the annotation type are used for the rest.
 */
final class Values {
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
    throw new IllegalArgumentException("no value for " + name + " in " + mirror);
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
    return (String) value(name).getValue();
  }

  /** The string if written, else empty. */
  Optional<String> optString(String name) {
    return has(name) ? Optional.of(string(name)) : Optional.empty();
  }

  int integer(String name) {
    return ((Number) value(name).getValue()).intValue();
  }

  Optional<Integer> optInt(String name) {
    return has(name) ? Optional.of(integer(name)) : Optional.empty();
  }

  long longValue(String name) {
    return ((Number) value(name).getValue()).longValue();
  }

  Optional<Long> optLong(String name) {
    return has(name) ? Optional.of(longValue(name)) : Optional.empty();
  }

  boolean bool(String name) {
    return (Boolean) value(name).getValue();
  }

  Optional<Boolean> optBool(String name) {
    return has(name) ? Optional.of(bool(name)) : Optional.empty();
  }

  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add((String) v.getValue());
    }
    return out;
  }

  /** The nested annotations of an array-valued element, in source order. */
  List<Values> nested(String name) {
    List<Values> out = new ArrayList<>();
    for (AnnotationValue v : list(name)) {
      out.add(new Values(elements, element, (AnnotationMirror) v.getValue()));
    }
    return out;
  }

  /** The single nested annotation of an element typed as one annotation. */
  Values one(String name) {
    return new Values(elements, element, (AnnotationMirror) value(name).getValue());
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(String name) {
    Object v = value(name).getValue();
    return v instanceof List ? (List<? extends AnnotationValue>) v : List.of(value(name));
  }
}
