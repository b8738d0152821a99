package dev.podwright.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Hands a {@link TreeVisitor} the tokens {@link ModelWriter} writes, scalars without values. */
final class VisitingEmitter implements Emitter {
  private final TreeVisitor visitor;

  VisitingEmitter(TreeVisitor visitor) {
    this.visitor = visitor;
  }

  @Override
  public void startObject() {
    visitor.startObject();
  }

  @Override
  public void endObject() {
    visitor.endObject();
  }

  @Override
  public void fieldName(String name) {
    visitor.fieldName(name);
  }

  @Override
  public void startArray() {
    visitor.startArray();
  }

  @Override
  public void endArray() {
    visitor.endArray();
  }

  @Override
  public void string(String value) {
    visitor.scalar();
  }

  @Override
  public void number(long value) {
    visitor.scalar();
  }

  @Override
  public void number(double value) {
    visitor.scalar();
  }

  @Override
  public void number(BigDecimal value) {
    visitor.scalar();
  }

  @Override
  public void number(BigInteger value) {
    visitor.scalar();
  }

  @Override
  public void bool(boolean value) {
    visitor.scalar();
  }

  @Override
  public void nullValue() {
    visitor.scalar();
  }
}
