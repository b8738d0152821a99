package dev.podwright.codegen;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void show() throws Exception {
    JavaFileObject src = JavaFileObjects.forSourceString("com.example.WebPod", """
        package com.example;

        import dev.podwright.annotations.*;

        @PodSpec(name = "web", namespace = "default",
            labels = @Label(key = "app", value = "web"),
            volumes = @Volume(name = "logs", emptyDir = @EmptyDir))
        public interface WebPod {
          @Init(image = "busybox:1.36", command = {"sh", "-c", "true"})
          void setup();

          @Sidecar(image = "fluent/fluent-bit:3.1",
              mounts = @Mount(volume = "logs", path = "/var/log/app", readOnly = true),
              startupProbe = @Probe(httpGet = @HttpGet(path = "/ready", port = 2020), periodSeconds = 1))
          void logShipper();

          @Main(image = "nginx:1.27", ports = @Port(name = "http", containerPort = 8080),
              env = {@Env(name = "A", value = "1"), @Env(name = "POD", fieldRef = "metadata.name")},
              requests = @Resource(name = "cpu", quantity = "100m"),
              mounts = @Mount(volume = "logs", path = "/var/log/app"))
          void app();
        }
        """);
    Compilation c = javac().withProcessors(new PodSpecProcessor()).compile(src);
    c.diagnostics().forEach(d -> System.out.println(d));
    c.generatedSourceFiles().forEach(f -> {
      try { System.out.println(f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e); }
    });
    c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/podwright/web.yaml")
        .ifPresent(f -> { try { System.out.println(f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e); } });
  }
}
