package dev.podwright.fabric8;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.podwright.model.KubernetesObject;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The conversion itself: Podwright's writer and fabric8's Jackson mapping meet in a
 * {@link TokenBuffer}, so no text is printed or parsed, and neither side's types are mirrored
 * here: whatever the two models know is carried.
 */
final class Tokens {
  /**
   * A plain mapper is all fabric8's model needs: its classes carry their own Jackson
   * annotations (serializers for Quantity and IntOrString, {@code @JsonAnySetter} for unknown
   * fields).
   */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Tokens() {}

  static <T extends HasMetadata> T toFabric8(KubernetesObject object, Class<T> type) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      PodYaml.writeTokens(object, buffer);
      try (JsonParser parser = buffer.asParser()) {
        return MAPPER.readValue(parser, type);
      }
    } catch (IOException e) {
      // Podwright's writer only produces what the API types allow, so fabric8's mapping
      // refusing it is a bug on one side, not bad input.
      throw new UncheckedIOException("fabric8 could not read the " + object.kind() + ": "
          + e.getMessage(), e);
    }
  }

  static KubernetesObject fromFabric8(HasMetadata object) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      MAPPER.writeValue(buffer, object);
      try (JsonParser parser = buffer.asParser()) {
        return ManifestReader.readTokens(parser);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
