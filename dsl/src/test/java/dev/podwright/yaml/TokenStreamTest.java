package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.podwright.model.KubernetesObject;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * PodYaml.writeTokens and ManifestReader.readTokens: the model to and from a Jackson token stream
 * of any format (JSON here), with the YAML reader's rules.
 */
class TokenStreamTest {
  private static final JsonFactory JSON = new JsonFactory();

  private static final String YAML = String.join("\n",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: web",
      "spec:",
      "  selector:",
      "    matchLabels:",
      "      app: web",
      "  template:",
      "    metadata:",
      "      labels:",
      "        app: web",
      "    spec:",
      "      initContainers:",
      "        - name: proxy",
      "          image: envoy:1",
      "          restartPolicy: Always",
      "          resources:",
      "            requests:",
      "              cpu: 0.1",
      "      containers:",
      "        - name: web",
      "          image: nginx:1.27",
      "          ports:",
      "            - containerPort: 8080",
      "          futureField: [1, 2.5, true, null]",
      "  strategy:",
      "    rollingUpdate:",
      "      maxSurge: 25%",
      "");

  @Test
  void writesTheSameKeysAndValuesAsYaml() throws IOException {
    KubernetesObject deployment = ManifestReader.read(YAML).get(0);

    String json = json(deployment);

    assertThat(json).startsWith("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",")
        .contains("\"resources\":{\"requests\":{\"cpu\":\"0.1\"}}",
            "\"ports\":[{\"containerPort\":8080}],\"futureField\":[1,2.5,true,null]");
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    KubernetesObject deployment = ManifestReader.read(YAML).get(0);

    try (JsonParser parser = JSON.createParser(json(deployment))) {
      assertThat(ManifestReader.readTokens(parser)).isEqualTo(deployment);
    }
  }

  @Test
  void tokenStreamsGetTheReadersTyping() throws IOException {
    String json = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},"
        + "\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\","
        + "\"ports\":[{\"containerPort\":\"80\"}]}]}}";

    try (JsonParser parser = JSON.createParser(json)) {
      assertThatThrownBy(() -> ManifestReader.readTokens(parser))
          .isInstanceOf(ManifestException.class)
          .hasMessage("line 1, column 129: spec.containers[0].ports[0].containerPort: "
              + "expected an integer, found \"80\"");
    }
  }

  @Test
  void anEmptyStreamIsAnError() throws IOException {
    try (JsonParser parser = JSON.createParser("")) {
      assertThatThrownBy(() -> ManifestReader.readTokens(parser))
          .isInstanceOf(ManifestException.class)
          .hasMessage("no object: the token stream is empty");
    }
  }

  private static String json(KubernetesObject object) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = JSON.createGenerator(out)) {
      PodYaml.writeTokens(object, gen);
    }
    return out.toString();
  }
}
