package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What a valid annotated type produces: the spec source and the YAML resource. */
class PodSpecProcessorTest {
  private static final JavaFileObject WEB_POD = JavaFileObjects.forSourceString(
      "com.example.WebPod", """
      package com.example;

      import dev.podwright.annotations.Podwright;
      import dev.podwright.model.PodSpec;
      import dev.podwright.model.Probe;
      import dev.podwright.model.Volume;

      @Podwright.PodSpec(name = "web", namespace = "default",
          labels = @Podwright.Label(key = "app", value = "web"),
          volumes = @Podwright.Volume(name = "logs", emptyDir = @Podwright.EmptyDir))
      public interface WebPod {
        @Podwright.Sidecar(image = "fluent/fluent-bit:3.1",
            mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app", readOnly = true),
            startupProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/ready",
                port = 2020), periodSeconds = 1))
        void logShipper();

        @Podwright.Main(image = "nginx:1.27",
            ports = @Podwright.Port(name = "http", containerPort = 8080),
            mounts = @Podwright.Mount(volume = "logs", path = "/var/log/app"))
        void app();

        // The model's PodSpec, Volume and Probe need no qualified names next to the annotations.
        static boolean probesItsLogs(PodSpec spec, Volume logs, Probe probe) {
          return spec.volumes().contains(logs) && probe.periodSeconds().isPresent();
        }
      }
      """);

  /** The same pod with the deprecated top-level annotations, which the processor still reads. */
  private static final JavaFileObject DEPRECATED_WEB_POD = JavaFileObjects.forSourceString(
      "com.example.WebPod", """
      package com.example;

      import dev.podwright.annotations.EmptyDir;
      import dev.podwright.annotations.HttpGet;
      import dev.podwright.annotations.Label;
      import dev.podwright.annotations.Main;
      import dev.podwright.annotations.Mount;
      import dev.podwright.annotations.PodSpec;
      import dev.podwright.annotations.Port;
      import dev.podwright.annotations.Probe;
      import dev.podwright.annotations.Sidecar;
      import dev.podwright.annotations.Volume;

      @PodSpec(name = "web", namespace = "default", labels = @Label(key = "app", value = "web"),
          volumes = @Volume(name = "logs", emptyDir = @EmptyDir))
      public interface WebPod {
        @Sidecar(image = "fluent/fluent-bit:3.1",
            mounts = @Mount(volume = "logs", path = "/var/log/app", readOnly = true),
            startupProbe = @Probe(httpGet = @HttpGet(path = "/ready", port = 2020),
                periodSeconds = 1))
        void logShipper();

        @Main(image = "nginx:1.27", ports = @Port(name = "http", containerPort = 8080),
            mounts = @Mount(volume = "logs", path = "/var/log/app"))
        void app();
      }
      """);

  private static Compilation compile(JavaFileObject source) {
    return Compilations.compile(source);
  }

  @Test
  void generatesSpecThatReadsItsManifestOnceByDefault() {
    Compilation c = compile(WEB_POD);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.WebPodSpec").hasSourceEquivalentTo(
        JavaFileObjects.forSourceString("com.example.WebPodSpec", """
            package com.example;

            import dev.podwright.model.Pod;
            import dev.podwright.yaml.ManifestReader;
            import javax.annotation.processing.Generated;

            @Generated("dev.podwright.codegen.PodSpecProcessor")
            public final class WebPodSpec {
              public static final String RESOURCE = "META-INF/podwright/web.yaml";

              private static final Pod VALUE = read();

              private WebPodSpec() {
              }

              public static Pod pod() {
                return VALUE;
              }

              private static Pod read() {
                return (Pod) ManifestReader.readResource(WebPodSpec.class, RESOURCE).get(0);
              }
            }
            """));
  }

  @Test
  void unknownSpecCodeOptionIsAnError() {
    Compilation c = Compilations.compileWith(List.of("-Apodwright.specCode=chains"), WEB_POD);
    assertThat(c).hadErrorContaining("[PodwrightOption] -Apodwright.specCode=chains: "
        + "unsupported value; write resource or builders");
  }

  @Test
  void generatesSpecThatBuildsTheAssembledPodWithModelBuilders() {
    Compilation c = Compilations.compileWith(List.of("-Apodwright.specCode=builders"), WEB_POD);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.example.WebPodSpec").hasSourceEquivalentTo(
        JavaFileObjects.forSourceString("com.example.WebPodSpec", """
            package com.example;

            import dev.podwright.model.Container;
            import dev.podwright.model.ContainerPort;
            import dev.podwright.model.EmptyDirVolumeSource;
            import dev.podwright.model.HTTPGetAction;
            import dev.podwright.model.IntOrString;
            import dev.podwright.model.ObjectMeta;
            import dev.podwright.model.Pod;
            import dev.podwright.model.PodSpec;
            import dev.podwright.model.Probe;
            import dev.podwright.model.Volume;
            import dev.podwright.model.VolumeMount;
            import javax.annotation.processing.Generated;

            @Generated("dev.podwright.codegen.PodSpecProcessor")
            public final class WebPodSpec {
              public static final String RESOURCE = "META-INF/podwright/web.yaml";

              private WebPodSpec() {
              }

              public static Pod pod() {
                var metadata = ObjectMeta.builder()
                    .name("web")
                    .namespace("default")
                    .putLabel("app", "web")
                    .build();
                var emptyDir = EmptyDirVolumeSource.builder().build();
                var volume = Volume.builder().name("logs").emptyDir(emptyDir).build();
                var initContainer = logShipper();
                var container = app();
                var spec = PodSpec.builder()
                    .addVolume(volume)
                    .addInitContainer(initContainer)
                    .addContainer(container)
                    .build();
                return Pod.builder().metadata(metadata).spec(spec).build();
              }

              private static Container logShipper() {
                var volumeMount = VolumeMount.builder()
                    .name("logs")
                    .readOnly(true)
                    .mountPath("/var/log/app")
                    .build();
                var httpGet = HTTPGetAction.builder()
                    .path("/ready")
                    .port(IntOrString.of(2020))
                    .build();
                var startupProbe = Probe.builder().httpGet(httpGet).periodSeconds(1).build();
                return Container.builder()
                    .name("log-shipper")
                    .image("fluent/fluent-bit:3.1")
                    .restartPolicy("Always")
                    .addVolumeMount(volumeMount)
                    .startupProbe(startupProbe)
                    .build();
              }

              private static Container app() {
                var port = ContainerPort.builder().name("http").containerPort(8080).build();
                var volumeMount = VolumeMount.builder()
                    .name("logs")
                    .mountPath("/var/log/app")
                    .build();
                return Container.builder()
                    .name("app")
                    .image("nginx:1.27")
                    .addPort(port)
                    .addVolumeMount(volumeMount)
                    .build();
              }
            }
            """));
  }

  @Test
  void generatedSpecNamesNoDslStepType() throws java.io.IOException {
    // javac type-checks plain builder calls fast, the DSL's generic step chains slowly (issue 12)
    String spec = Compilations.compileWith(List.of("-Apodwright.specCode=builders"), WEB_POD)
        .generatedSourceFile("com.example.WebPodSpec").orElseThrow()
        .getCharContent(true).toString();
    org.assertj.core.api.Assertions.assertThat(spec).doesNotContain("dev.podwright.dsl", "Pods.");
  }

  @Test
  void writesTheManifestToTheClassOutput() {
    Compilation c = compile(WEB_POD);
    assertThat(c).succeeded();
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/podwright/web.yaml")
        .contentsAsUtf8String().isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: default
              labels:
                app: web
            spec:
              volumes:
                - name: logs
                  emptyDir: {}
              initContainers:
                - name: log-shipper
                  image: fluent/fluent-bit:3.1
                  restartPolicy: Always
                  volumeMounts:
                    - name: logs
                      readOnly: true
                      mountPath: /var/log/app
                  startupProbe:
                    httpGet:
                      path: /ready
                      port: 2020
                    periodSeconds: 1
              containers:
                - name: app
                  image: nginx:1.27
                  ports:
                    - name: http
                      containerPort: 8080
                  volumeMounts:
                    - name: logs
                      mountPath: /var/log/app
            """);
  }

  @Test
  void deprecatedTopLevelAnnotationsStillWorkAndWarn() throws java.io.IOException {
    Compilation c = compile(DEPRECATED_WEB_POD);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[PodwrightDeprecated] @dev.podwright.annotations.PodSpec "
            + "is deprecated and will be removed in the next release; write @Podwright.PodSpec "
            + "(import dev.podwright.annotations.Podwright)")
        .inFile(DEPRECATED_WEB_POD).onLineContaining("@PodSpec(name");
    assertThat(c).hadWarningContaining("[PodwrightDeprecated] @dev.podwright.annotations.Sidecar")
        .inFile(DEPRECATED_WEB_POD).onLineContaining("@Sidecar(");
    assertThat(c).hadWarningContaining("[PodwrightDeprecated] @dev.podwright.annotations.Main")
        .inFile(DEPRECATED_WEB_POD).onLineContaining("@Main(");
    String current = compile(WEB_POD).generatedSourceFile("com.example.WebPodSpec").orElseThrow()
        .getCharContent(true).toString();
    assertThat(c).generatedSourceFile("com.example.WebPodSpec").contentsAsUtf8String()
        .isEqualTo(current);
  }

  @Test
  void deprecatedAndNestedAnnotationsMixDuringTheMigration() {
    JavaFileObject mixed = JavaFileObjects.forSourceString("com.example.Mixed", """
        package com.example;

        import dev.podwright.annotations.Podwright;

        @dev.podwright.annotations.PodSpec(name = "mixed")
        interface Mixed {
          @Podwright.Sidecar(image = "envoyproxy/envoy:v1.31")
          void proxy();

          @Podwright.Main(image = "nginx:1.27")
          void app();
        }
        """);
    Compilation c = Compilations.compileWith(List.of("-Apodwright.specCode=builders"), mixed);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[PodwrightDeprecated] @dev.podwright.annotations.PodSpec")
        .inFile(mixed).onLineContaining("@dev.podwright.annotations.PodSpec(");
    assertThat(c).generatedSourceFile("com.example.MixedSpec").contentsAsUtf8String()
        .contains("var initContainer = proxy();");
    assertThat(c).generatedSourceFile("com.example.MixedSpec").contentsAsUtf8String()
        .contains(".restartPolicy(\"Always\")");
    assertThat(c).generatedSourceFile("com.example.MixedSpec").contentsAsUtf8String()
        .contains("var container = app();");
  }

  @Test
  void packagePrivateTypeGetsPackagePrivateSpec() {
    Compilation c = Compilations.compileWith(List.of("-Apodwright.specCode=builders"),
        JavaFileObjects.forSourceString("com.example.Tiny", """
        package com.example;

        import dev.podwright.annotations.Podwright;

        @Podwright.PodSpec(name = "tiny")
        class Tiny {
          @Podwright.Main(image = "busybox")
          String APP_SERVER;
        }
        """));
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("com.example.TinySpec").contentsAsUtf8String()
        .contains("\nfinal class TinySpec {");
    assertThat(c).generatedSourceFile("com.example.TinySpec").contentsAsUtf8String()
        .contains("private static Container appServer()");
  }

  @Test
  void kebabCasesMemberNames() {
    org.assertj.core.api.Assertions.assertThat(PodSpecReader.kebab("istioProxy"))
        .isEqualTo("istio-proxy");
    org.assertj.core.api.Assertions.assertThat(PodSpecReader.kebab("ISTIO_PROXY"))
        .isEqualTo("istio-proxy");
    org.assertj.core.api.Assertions.assertThat(PodSpecReader.kebab("httpURLFetcher2"))
        .isEqualTo("http-url-fetcher2");
  }
}
