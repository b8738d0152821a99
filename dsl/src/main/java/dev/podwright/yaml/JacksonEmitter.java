package dev.podwright.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Emits into a Jackson generator (the YAML output of {@link PodYaml}). */
final class JacksonEmitter implements Emitter {
  private final JsonGenerator gen;

  JacksonEmitter(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() throws IOException {
    gen.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    gen.writeEndObject();
  }

  @Override
  public void fieldName(String name) throws IOException {
    gen.writeFieldName(name);
  }

  @Override
  public void startArray() throws IOException {
    gen.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    gen.writeEndArray();
  }

  @Override
  public void string(String value) throws IOException {
    gen.writeString(value);
  }

  @Override
  public void number(long value) throws IOException {
    // An int where it fits, as the hand-written writer did: a TokenBuffer then holds an Integer,
    // which some consumers need (fabric8's IntOrString takes Integer or String, not Long). The
    // text of a YAML or JSON generator is the same either way.
    if (value == (int) value) {
      gen.writeNumber((int) value);
    } else {
      gen.writeNumber(value);
    }
  }

  @Override
  public void number(double value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void number(BigDecimal value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void number(BigInteger value) throws IOException {
    gen.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    gen.writeBoolean(value);
  }

  @Override
  public void nullValue() throws IOException {
    gen.writeNull();
  }
}
