package dev.podwright.yaml;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The tokens {@link ModelWriter} writes: a small internal interface, so that output can go to
 * Jackson's YAML generator or to a plain Java tree, and a faster emitter can come later.
 */
interface Emitter {
  void startObject() throws IOException;

  void endObject() throws IOException;

  void fieldName(String name) throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  void string(String value) throws IOException;

  void number(long value) throws IOException;

  void number(double value) throws IOException;

  void number(BigDecimal value) throws IOException;

  void number(BigInteger value) throws IOException;

  void bool(boolean value) throws IOException;

  void nullValue() throws IOException;
}
