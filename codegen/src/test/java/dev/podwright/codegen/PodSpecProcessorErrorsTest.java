package dev.podwright.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One failing source per kind of mistake: each must fail compilation with its stable tag, a fix
 * hint, and the error on the line of the offending annotation value.
 */
class PodSpecProcessorErrorsTest {
  private static final String PROXY = "docker.io/istio/proxyv2:1.28.0";

  static JavaFileObject source(String body) {
    return JavaFileObjects.forSourceString("com.example.Sample", "package com.example;\n\n"
        + "import dev.podwright.annotations.Podwright.*;\n\n" + body);
  }

  static Compilation compile(JavaFileObject source) {
    return Compilations.compile(source);
  }

  @Test
  void probeOnPlainInitContainerIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "sleep")
        interface Sample {
          @Init(image = "curlimages/curl:8.16.0",
              readinessProbe = @Probe(httpGet = @HttpGet(path = "/ready", port = 8080)))
          void checkTraffic();

          @Main(image = "curlimages/curl:8.16.0")
          void sleep();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightInitProbe] plain init container "
            + "'check-traffic' must not declare a readinessProbe; make it a @Sidecar or drop "
            + "the probe")
        .inFile(src).onLineContaining("readinessProbe = @Probe");
  }

  @Test
  void lifecycleHookOnPlainInitContainerIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "sleep")
        interface Sample {
          @Init(image = "busybox",
              preStop = @Hook(sleepSeconds = 5))
          void setup();

          @Main(image = "curlimages/curl:8.16.0")
          void sleep();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightInitProbe] plain init container "
            + "'setup' must not declare a preStop hook; make it a @Sidecar or drop the hook")
        .inFile(src).onLineContaining("preStop = @Hook");
  }

  @Test
  void podWithoutMainContainerIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "lonely")
        interface Sample {
          @Sidecar(image = "envoy")
          void proxy();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightNoMain] pod 'lonely' declares no "
            + "@Main container, but a pod needs at least one; annotate")
        .inFile(src).onLineContaining("@PodSpec(name = \"lonely\")");
  }

  @Test
  void sidecarAfterMainContainerIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx")
          void app();

          @Sidecar(image = "envoy")
          void proxy();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightStartOrder] sidecar 'proxy' is "
            + "declared after main container 'app'")
        .inFile(src).onLineContaining("@Sidecar(image = \"envoy\")");
  }

  @Test
  void malformedContainerNameIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(name = "Web_1",
              image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightName] spec.containers[0].name: "
            + "Invalid value: \"Web_1\": a lowercase RFC 1123 label must consist of")
        .inFile(src).onLineContaining("name = \"Web_1\"");
  }

  @Test
  void duplicateContainerNameIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Sidecar(name = "app", image = "envoy")
          void proxy();

          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightDuplicateName] "
            + "spec.initContainers[0].name: Duplicate value: \"app\"; give each container")
        .inFile(src).onLineContaining("@Sidecar(name = \"app\"");
  }

  @Test
  void duplicateVolumeNameIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web", volumes = {
            @Volume(name = "data", emptyDir = @EmptyDir),
            @Volume(name = "data", hostPath = @HostPath(path = "/data"))})
        interface Sample {
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightDuplicateName] pod 'web' declares "
            + "volume 'data' twice")
        .inFile(src).onLineContaining("hostPath = @HostPath");
  }

  @Test
  void portOutOfRangeIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              ports = @Port(name = "http", containerPort = 70000))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightPort] "
            + "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between "
            + "1 and 65535, inclusive; use a port number")
        .inFile(src).onLineContaining("containerPort = 70000");
  }

  @Test
  void malformedQuantityIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              limits = @Resource(name = "memory", quantity = "1 GB"))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightQuantity] quantity '1 GB' (limits of "
            + "'memory' in container 'app') is malformed")
        .inFile(src).onLineContaining("quantity = \"1 GB\"");
  }

  @Test
  void mountOfUndeclaredVolumeIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web", volumes = @Volume(name = "logs", emptyDir = @EmptyDir))
        interface Sample {
          @Main(image = "nginx",
              mounts = @Mount(volume = "log", path = "/var/log"))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightUnknownVolume] container 'app' mounts "
            + "volume 'log', which @PodSpec(volumes) does not declare; declare @Volume(name = "
            + "\"log\", ...) on the pod or fix the name")
        .inFile(src).onLineContaining("@Mount(volume = \"log\"");
  }

  @Test
  void probeWithTwoHandlersIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              livenessProbe = @Probe(httpGet = @HttpGet(port = 80),
                  tcpSocket = @TcpSocket(port = 80)))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightHandler] livenessProbe of container "
            + "'app' has both httpGet and tcpSocket, but it needs exactly one")
        .inFile(src).onLineContaining("tcpSocket = @TcpSocket");
  }

  @Test
  void successThresholdOnLivenessProbeIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              livenessProbe = @Probe(exec = {"true"},
                  successThreshold = 2))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightProbeField] livenessProbe of "
            + "container 'app' must not set successThreshold")
        .inFile(src).onLineContaining("successThreshold = 2");
  }

  @Test
  void envWithTwoSourcesIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              env = @Env(name = "POD", value = "x",
                  fieldRef = "metadata.name"))
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightEnvSource] env 'POD' of container "
            + "'app' sets both value and fieldRef")
        .inFile(src).onLineContaining("fieldRef = \"metadata.name\"");
  }

  @Test
  void volumeWithoutSourceIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web",
            volumes = @Volume(name = "data"))
        interface Sample {
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightVolumeSource] volume 'data' needs "
            + "exactly one source, found none")
        .inFile(src).onLineContaining("@Volume(name = \"data\")");
  }

  @Test
  void unsupportedRestartPolicyIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web",
            restartPolicy = "Sometimes")
        interface Sample {
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightUnsupportedValue] restartPolicy "
            + "\"Sometimes\" is not supported; use one of \"Always\", \"OnFailure\", "
            + "\"Never\"")
        .inFile(src).onLineContaining("restartPolicy = \"Sometimes\"");
  }

  @Test
  void malformedPodNameIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(
            name = "Web_Pod")
        interface Sample {
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightName] metadata.name: Invalid value: "
            + "\"Web_Pod\": a lowercase RFC 1123 subdomain")
        .inFile(src).onLineContaining("name = \"Web_Pod\"");
  }

  @Test
  void twoRolesOnOneMemberIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Sidecar(image = "envoy")
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightRoleConflict] container 'app' is "
            + "both @Sidecar and @Main")
        .inFile(src).onLineContaining("@Main(image = \"nginx\")");
  }

  @Test
  void containerOutsidePodSpecIsAnError() {
    JavaFileObject src = source("""
        interface Sample {
          @Main(image = "nginx")
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightOrphanContainer] @Main on app has no "
            + "effect: Sample is not annotated with @PodSpec or a workload annotation such as "
            + "@DeploymentSpec")
        .inFile(src).onLineContaining("void app()");
  }

  @Test
  void jobWithRestartPolicyAlwaysIsAnError() {
    JavaFileObject src = source("""
        @JobSpec(name = "pi",
            restartPolicy = "Always")
        interface Sample {
          @Main(image = "perl:5.34")
          void pi();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightJobRestartPolicy] job 'pi' has "
            + "restartPolicy \"Always\", but a job's pods must use \"Never\" or \"OnFailure\"")
        .inFile(src).onLineContaining("restartPolicy = \"Always\"");
  }

  @Test
  void namedJobTemplateIsAnError() {
    JavaFileObject src = source("""
        @JobSpec(name = "pi", restartPolicy = "Never")
        @PodSpec(
            name = "pi-pod")
        interface Sample {
          @Main(image = "perl:5.34")
          void pi();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightTemplateName] the pod template of job "
            + "'pi' must not have a name")
        .inFile(src).onLineContaining("name = \"pi-pod\"");
  }

  @Test
  void twoSecurityContextsIsAnError() {
    JavaFileObject src = source("""
        @PodSpec(name = "web")
        interface Sample {
          @Main(image = "nginx",
              securityContext = {@Security(runAsUser = 1), @Security(runAsUser = 2)})
          void app();
        }
        """);
    assertThat(compile(src)).hadErrorContaining("[PodwrightTooMany] container 'app' declares 2 "
            + "values for securityContext, but it takes at most one")
        .inFile(src).onLineContaining("securityContext = {");
  }

  @Test
  void everyMistakeOfAClassIsReported() {
    JavaFileObject src = source("""
        @PodSpec(name = "web", volumes = @Volume(name = "logs", emptyDir = @EmptyDir))
        interface Sample {
          @Init(image = "busybox",
              startupProbe = @Probe(exec = "true"))
          void setup();

          @Main(image = "nginx",
              ports = @Port(containerPort = 0),
              requests = @Resource(name = "cpu", quantity = "lots"),
              mounts = @Mount(volume = "data", path = "/data"))
          void app();
        }
        """);
    Compilation c = compile(src);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(4);
    assertThat(c).hadErrorContaining("[PodwrightInitProbe]").inFile(src)
        .onLineContaining("startupProbe = @Probe");
    assertThat(c).hadErrorContaining("[PodwrightPort] spec.containers[0].ports[0].containerPort: "
            + "Required value").inFile(src)
        .onLineContaining("containerPort = 0");
    assertThat(c).hadErrorContaining("[PodwrightQuantity]").inFile(src)
        .onLineContaining("quantity = \"lots\"");
    assertThat(c).hadErrorContaining("[PodwrightUnknownVolume]").inFile(src)
        .onLineContaining("volume = \"data\"");
  }
}
