package dev.podwright.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.EnvVar;
import dev.podwright.model.Extensible;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ManifestReaderPropertyTest {
  /** Strings that YAML readers like to take for something else, plus arbitrary text. */
  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.of("yes", "no", "on", "off", "true", "null", "~", "0123", "0x1F", "1e3",
            ".5", "1:20", "2001-01-01", "<<", "=", " lead", "trail ", "a: b", "- x", "#c",
            "\"q\"", "'s'", "multi\nline", "tab\there", "", "*alias", "&anchor", "!tag", "{}",
            "[]", "caf\u00e9", "\u00e9\u4e2d\ud83d\ude00"),
        Arbitraries.strings().ofMaxLength(20));
  }

  private static Arbitrary<Object> unknownValues(int depth) {
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        strings().map(s -> (Object) s),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20), BigInteger.TEN.pow(30))
            .map(b -> (Object) b),
        Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6"))
            .ofScale(3).map(d -> (Object) d),
        Arbitraries.just(Extensible.NULL));
    if (depth == 0) {
      return scalars;
    }
    return Arbitraries.oneOf(scalars,
        unknownValues(depth - 1).list().ofMaxSize(3).map(l -> (Object) l),
        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            unknownValues(depth - 1)).ofMaxSize(3).map(m -> (Object) m));
  }

  /** Unknown fields; never null at the top, which reads as not set (nulls inside are kept). */
  private static Arbitrary<Map<String, Object>> unknownFields() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
        .map(k -> "x" + k), unknownValues(2).filter(v -> v != Extensible.NULL)).ofMaxSize(2);
  }

  private static Arbitrary<Quantity> quantities() {
    return Arbitraries.of("0", "1", "500m", "0.5", "1Gi", "128Mi", "1e3", "2k", "100n")
        .map(Quantity::parse);
  }

  private static Arbitrary<Container> containers() {
    Arbitrary<ContainerPort> ports = Combinators.combine(
            Arbitraries.integers().between(-5, 70_000), strings().injectNull(0.5))
        .as((port, name) -> {
          ContainerPort.Builder b = ContainerPort.builder().containerPort(port);
          return (name == null || name.isEmpty() ? b : b.name(name)).build();
        });
    Arbitrary<EnvVar> env = Combinators.combine(strings(), strings())
        // An empty optional string is "unset" in Go and in the writer, so generate none.
        .as((name, value) -> value.isEmpty()
            ? EnvVar.builder().name(name).build()
            : EnvVar.builder().name(name).value(value).build());
    Arbitrary<Probe> probes = Combinators.combine(
            Arbitraries.integers().between(0, 100_000), strings(), unknownFields())
        .as((port, path, unknown) -> Probe.builder()
            .httpGet(HTTPGetAction.builder().path(path.isEmpty() ? "/" : path)
                .port(port % 2 == 0 ? IntOrString.of(port) : IntOrString.of("p" + port))
                .build())
            .periodSeconds(port % 7 + 1)
            .unknownFields(unknown)
            .build());
    return Combinators.combine(strings(), strings(), strings().list().ofMaxSize(3),
            ports.list().ofMaxSize(2), env.list().ofMaxSize(2),
            Arbitraries.maps(Arbitraries.of("cpu", "memory"), quantities()).ofMaxSize(2),
            probes.injectNull(0.5), unknownFields())
        .as((name, image, args, portList, envList, limits, probe, unknown) -> {
          Container.Builder b = Container.builder().name(name).image(image).args(args)
              .ports(portList).env(envList).unknownFields(unknown);
          if (!limits.isEmpty()) {
            b.resources(ResourceRequirements.builder().limits(limits).build());
          }
          if (probe != null) {
            b.readinessProbe(probe);
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<Pod> pods() {
    return Combinators.combine(strings(),
            Arbitraries.maps(strings().filter(s -> !s.isEmpty()), strings()).ofMaxSize(3),
            containers().list().ofMaxSize(2), containers().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.longs().between(0, Long.MAX_VALUE).injectNull(0.5),
            unknownFields(), unknownFields())
        .as((name, labels, inits, mains, grace, specUnknown, podUnknown) -> {
          PodSpec.Builder spec = PodSpec.builder().initContainers(inits).containers(mains)
              .unknownFields(specUnknown);
          if (grace != null) {
            spec.terminationGracePeriodSeconds(grace);
          }
          return Pod.builder()
              .metadata(ObjectMeta.builder().name(name).labels(labels).build())
              .spec(spec.build())
              .unknownFields(podUnknown)
              .build();
        });
  }

  @Property(tries = 100)
  void generatedPodsRoundTripThroughYaml(@ForAll("pods") Pod pod) {
    String yaml = PodYaml.toYaml(pod);

    List<KubernetesObject> read = ManifestReader.read(yaml);

    assertThat(read).containsExactly(pod);
    assertThat(PodYaml.toYaml((Pod) read.get(0))).isEqualTo(yaml);
  }

  /** Wraps generated pods in every workload kind, with unknown fields at the workload levels. */
  @Provide
  Arbitrary<KubernetesObject> workloads() {
    return Combinators.combine(pods(), Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 1000).injectNull(0.5), unknownFields(),
            unknownFields())
        .as((pod, kind, number, specUnknown, templateUnknown) -> {
          PodTemplateSpec template = PodTemplateSpec.builder().metadata(pod.metadata())
              .spec(pod.spec()).unknownFields(templateUnknown).build();
          LabelSelector selector =
              LabelSelector.builder().matchLabels(pod.metadata().labels()).build();
          ObjectMeta meta = ObjectMeta.builder().name("w" + kind).build();
          return switch (kind) {
            case 0 -> {
              JobSpec.Builder spec = JobSpec.builder().template(template)
                  .unknownFields(specUnknown);
              if (number != null) {
                spec.backoffLimit(number).activeDeadlineSeconds(number * 10L);
              }
              JobSpec job = spec.build();
              yield number != null && number % 2 == 0
                  ? CronJob.builder().metadata(meta).unknownFields(pod.unknownFields())
                      .spec(CronJobSpec.builder().schedule("@daily")
                          .jobTemplate(JobTemplateSpec.builder().spec(job).build()).build())
                      .build()
                  : Job.builder().metadata(meta).spec(job).unknownFields(pod.unknownFields())
                      .build();
            }
            case 1 -> {
              DeploymentSpec.Builder spec = DeploymentSpec.builder().selector(selector)
                  .template(template).unknownFields(specUnknown);
              if (number != null) {
                spec.replicas(number).strategy(DeploymentStrategy.builder()
                    .rollingUpdate(RollingUpdateDeployment.builder()
                        .maxSurge(IntOrString.of(number)).maxUnavailable(IntOrString.of("25%"))
                        .build())
                    .build());
              }
              yield Deployment.builder().metadata(meta).spec(spec.build()).build();
            }
            case 2, 3 -> {
              StatefulSetSpec.Builder spec = StatefulSetSpec.builder().selector(selector)
                  .template(template).serviceName("s" + kind).unknownFields(specUnknown);
              if (number != null) {
                spec.replicas(number);
              }
              yield StatefulSet.builder().metadata(meta).spec(spec.build()).build();
            }
            default -> {
              DaemonSetSpec.Builder spec = DaemonSetSpec.builder().selector(selector)
                  .template(template).unknownFields(specUnknown);
              if (number != null) {
                spec.minReadySeconds(number);
              }
              yield DaemonSet.builder().metadata(meta).spec(spec.build()).build();
            }
          };
        });
  }

  @Property(tries = 100)
  void generatedWorkloadsRoundTripThroughYaml(@ForAll("workloads") KubernetesObject workload) {
    String yaml = PodYaml.toYaml(workload);

    List<KubernetesObject> read = ManifestReader.read(yaml);

    assertThat(read).containsExactly(workload);
    assertThat(PodYaml.toYaml(read.get(0))).isEqualTo(yaml);
  }

  @Property(tries = 200)
  void mangledYamlReadsOrFailsWithOneLine(@ForAll("pods") Pod pod,
      @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("debris") String debris,
      @ForAll @IntRange(min = 0, max = 5) int cut) {
    String yaml = PodYaml.toYaml(pod);
    int i = at % (yaml.length() + 1);
    String mangled = yaml.substring(0, i) + debris + yaml.substring(Math.min(yaml.length(),
        i + cut));

    try {
      ManifestReader.read(mangled);
    } catch (ManifestException e) {
      assertThat(e.getMessage()).matches("line \\d+, column \\d+: \\S.*").doesNotContain("\n");
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
    }
  }

  @Provide
  Arbitrary<String> debris() {
    return Arbitraries.oneOf(
        Arbitraries.of(":", "- ", "\n", "\t", "  ", "'", "\"", "[", "]", "{", "}", "&a ", "*a",
            "!!java.net.URL ", "!x ", "? ", "|", ">", "%YAML 1.1\n", "---\n", "...\n", "<<: ",
            "\\", "#", ",", "\u0000", "\ufeff", "\ud800"),
        Arbitraries.strings().ofMaxLength(4));
  }
}
