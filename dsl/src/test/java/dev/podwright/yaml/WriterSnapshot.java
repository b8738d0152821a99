package dev.podwright.yaml;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.sidecar;

import dev.podwright.model.KubernetesObject;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the writer makes of a fixed set of objects that exercise case mapping, numbers,
 * quantities and quoting; {@link #main} prints it as UTF-8 so that a child JVM with other
 * locale and time-zone defaults can be compared byte for byte ({@link WriterLocaleTest}).
 */
final class WriterSnapshot {
  private WriterSnapshot() {}

  static String yaml() {
    List<KubernetesObject> objects = new ArrayList<>();
    objects.add(pod("web").label("app", "web").annotation("TITLE", "I\u0130i\u0131 \u00df")
        .sidecar(sidecar("istio-proxy").image("docker.io/istio/proxyv2:1.28.0")
            .requests(cpu("0.5"), memory("1.5Gi")))
        .main(container("app").image("nginx:1.27").args("1e3", "ON", "0o17", "1,5", "\u0130")
            .limits(cpu("1500m"), memory("128974848")))
        .build());
    Map<String, String> strings = new LinkedHashMap<>();
    for (String s : GoDecoderDifferentialTest.generated(500)) {
      strings.put(s, s);
    }
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("int", 1234567L);
    numbers.put("decimal", new BigDecimal("1234.5"));
    numbers.put("double", 0.1d);
    numbers.put("big", new BigDecimal("1e-7"));
    objects.add(Pod.builder()
        .metadata(ObjectMeta.builder().name("generated").putAllAnnotations(strings).build())
        .putUnknownField("numbers", numbers)
        .build());
    return PodYaml.toYamlStream(objects);
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(yaml());
    out.flush();
  }
}
