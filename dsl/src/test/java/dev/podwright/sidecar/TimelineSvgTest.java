package dev.podwright.sidecar;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.sidecar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Pod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TimelineSvgTest {
  private static final String GOLDEN = "/dev/podwright/sidecar/meshed-pod-timeline.svg";

  @Test
  void matchesGoldenTimeline() throws Exception {
    String svg = TimelineSvg.render(
        LifecycleExplainer.defaults().explain(LifecycleExplainerTest.meshedPod()));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/meshed-pod-timeline.svg"), svg); // for a look on failure

    assertThat(svg).isEqualTo(golden());
  }

  @Test
  void isWellFormedXmlWithOneLanePerContainer() throws Exception {
    String svg = TimelineSvg.render(
        LifecycleExplainer.defaults().explain(LifecycleExplainerTest.meshedPod()));

    Document doc = parse(svg);

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    // one bar group per container: istio-init, istio-proxy, log-agent, app, worker
    assertThat(doc.getElementsByTagName("g").getLength()).isEqualTo(5);
  }

  @Test
  void escapesNamesAndMessages() throws Exception {
    Pod pod = pod("a")
        .sidecar(sidecar("proxy").image("envoyproxy/envoy:v1<&>\"'"))
        .main(container("app").image("app:1"))
        .build();
    String svg = TimelineSvg.render(LifecycleExplainer.defaults().explain(pod));

    assertThat(svg).contains("envoyproxy/envoy:v1&lt;&amp;&gt;&quot;&apos;");
    assertThat(parse(svg).getDocumentElement().getTextContent())
        .contains("envoyproxy/envoy:v1<&>\"'");
  }

  @Test
  void drawsPodsWithoutMainContainers() throws Exception {
    Pod broken = Pod.builder().spec(dev.podwright.model.PodSpec.builder()
        .addInitContainer(dev.podwright.model.Container.builder().name("agent").image("a:1")
            .restartPolicy("Always").build())
        .build()).build();

    LifecyclePlan plan = LifecycleExplainer.defaults().explain(broken);

    assertThat(plan.toText()).contains("no main containers");
    assertThat(parse(TimelineSvg.render(plan)).getElementsByTagName("g").getLength())
        .isEqualTo(1);
  }

  @Test
  void samePlanGivesSameBytes() {
    LifecyclePlan plan = LifecycleExplainer.defaults().explain(LifecycleExplainerTest.meshedPod());

    assertThat(TimelineSvg.render(plan)).isEqualTo(TimelineSvg.render(plan));
  }

  @Test
  void wrapsLongLinesAtSpaces() {
    String line = "word ".repeat(40).trim();

    assertThat(TimelineSvg.wrap(line))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120))
        .hasSize(2)
        .satisfies(lines -> assertThat(lines.get(1)).startsWith(" word"));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String golden() throws IOException {
    try (InputStream in = TimelineSvgTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
