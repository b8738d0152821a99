package dev.podwright.codegen;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a compile error goes: an element, optionally narrowed to one of its annotations (nested
 * ones included) and to one value of that annotation.
 */
record Loc(Element element, AnnotationMirror mirror, AnnotationValue value) {
  static Loc of(Element element) {
    return new Loc(element, null, null);
  }

  static Loc of(Element element, AnnotationMirror mirror) {
    return new Loc(element, mirror, null);
  }
}
