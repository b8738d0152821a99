package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.keyToPath;
import static dev.podwright.dsl.Pods.livenessProbe;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.DownwardAPIVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvSource;
import dev.podwright.model.HookAction;
import dev.podwright.model.HostPathVolumeSource;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.PersistentVolumeClaimVolumeSource;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.ProbeAction;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public DSL method rejects a null argument at once with {@code <parameter> == null}, never
 * later or with an empty message. The methods are found by reflection, so new ones are covered.
 */
class NullArgumentsTest {
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "1"),
      Map.entry(String[].class, new String[] {"1"}),
      Map.entry(Volume.class, emptyDir("data")),
      Map.entry(ProbeAction.class, tcpSocket(80)),
      Map.entry(HookAction.class, exec("true")),
      Map.entry(EnvSource.class, fieldRef("metadata.name")),
      Map.entry(EnvFromSource.class, Pods.configMapEnv("cm")),
      Map.entry(ContainerPort.class, ContainerPort.builder().containerPort(80).build()),
      Map.entry(SecurityContext.class, SecurityContext.builder().build()),
      Map.entry(PodSecurityContext.class, PodSecurityContext.builder().build()),
      Map.entry(Toleration.class, Toleration.builder().build()),
      Map.entry(ResourceAmount[].class, new ResourceAmount[] {cpu("1")}),
      Map.entry(Mount.class, mount(emptyDir("data"), "/data")),
      Map.entry(LivenessProbe.class, livenessProbe(tcpSocket(80))),
      Map.entry(ReadinessProbe.class, readinessProbe(tcpSocket(80))),
      Map.entry(StartupProbe.class, startupProbe(tcpSocket(80))),
      Map.entry(SidecarContainer.class, sidecar("s").image("i")),
      Map.entry(InitContainer.class, initContainer("i").image("i")),
      Map.entry(MainContainer.class, container("m").image("i")),
      Map.entry(RestartPolicy.class, RestartPolicy.NEVER),
      Map.entry(JobRestartPolicy.Never.class, JobRestartPolicy.NEVER),
      Map.entry(JobRestartPolicy.OnFailure.class, JobRestartPolicy.ON_FAILURE),
      Map.entry(dev.podwright.validation.Profile.class, dev.podwright.validation.Profile.defaults()),
      Map.entry(TemplateMainStep.class,
          Pods.template().label("app", "a").main(container("m").image("i"))),
      Map.entry(DnsPolicy.class, DnsPolicy.DEFAULT),
      Map.entry(PullPolicy.class, PullPolicy.ALWAYS),
      Map.entry(Protocol.class, Protocol.UDP),
      Map.entry(TerminationMessagePolicy.class, TerminationMessagePolicy.FILE),
      Map.entry(DownwardAPIVolumeFile[].class,
          new DownwardAPIVolumeFile[] {Pods.downwardAPIFile("name", "metadata.name")}),
      Map.entry(dev.podwright.model.HTTPHeader[].class,
          new dev.podwright.model.HTTPHeader[] {Pods.httpHeader("X-Probe", "1")}),
      Map.entry(KeyToPath[].class, new KeyToPath[] {keyToPath("k", "p")}),
      Map.entry(VolumeProjection[].class, new VolumeProjection[] {Pods.configMapProjection("cm")}),
      Map.entry(EmptyDirVolumeSource.class, EmptyDirVolumeSource.builder().build()),
      Map.entry(ConfigMapVolumeSource.class, ConfigMapVolumeSource.builder().build()),
      Map.entry(SecretVolumeSource.class, SecretVolumeSource.builder().build()),
      Map.entry(PersistentVolumeClaimVolumeSource.class,
          PersistentVolumeClaimVolumeSource.builder().build()),
      Map.entry(HostPathVolumeSource.class, HostPathVolumeSource.builder().build()),
      Map.entry(DownwardAPIVolumeSource.class, DownwardAPIVolumeSource.builder().build()),
      Map.entry(ProjectedVolumeSource.class, ProjectedVolumeSource.builder().build()),
      // pod- and container-level fields (issue 11)
      Map.entry(int[].class, new int[] {1}),
      Map.entry(java.util.function.UnaryOperator.class, java.util.function.UnaryOperator.identity()),
      Map.entry(dev.podwright.model.Affinity.class, dev.podwright.model.Affinity.builder().build()),
      Map.entry(dev.podwright.model.LabelSelector.class, Pods.matchLabels("app", "web")),
      Map.entry(dev.podwright.model.TopologySpreadConstraint.class,
          dev.podwright.model.TopologySpreadConstraint.builder().build()),
      Map.entry(dev.podwright.model.SeccompProfile.class, Pods.seccompRuntimeDefault()),
      Map.entry(dev.podwright.model.AppArmorProfile.class, Pods.appArmorRuntimeDefault()),
      Map.entry(dev.podwright.model.SELinuxOptions.class, Pods.seLinuxLevel("s0")),
      Map.entry(dev.podwright.model.PodDNSConfig.class,
          dev.podwright.model.PodDNSConfig.builder().build()),
      Map.entry(dev.podwright.model.PodResourceClaim.class,
          dev.podwright.model.PodResourceClaim.builder().name("gpu").build()),
      Map.entry(dev.podwright.model.ResourceRequirements.class,
          dev.podwright.model.ResourceRequirements.builder().build()),
      Map.entry(dev.podwright.model.ContainerRestartRule[].class,
          new dev.podwright.model.ContainerRestartRule[] {Pods.restartOnExitCodes(1)}),
      Map.entry(ProcMountType.class, ProcMountType.DEFAULT),
      Map.entry(ResizeRestartPolicy.class, ResizeRestartPolicy.NOT_REQUIRED),
      Map.entry(InitRestartPolicy.class, InitRestartPolicy.NEVER),
      Map.entry(dev.podwright.model.CSIVolumeSource.class,
          dev.podwright.model.CSIVolumeSource.builder().build()),
      Map.entry(dev.podwright.model.EphemeralVolumeSource.class,
          dev.podwright.model.EphemeralVolumeSource.builder().build()),
      Map.entry(dev.podwright.model.ImageVolumeSource.class,
          dev.podwright.model.ImageVolumeSource.builder().build()),
      Map.entry(dev.podwright.model.NFSVolumeSource.class,
          dev.podwright.model.NFSVolumeSource.builder().build()),
      // workload-level values (issue 11)
      Map.entry(AccessMode[].class, new AccessMode[] {AccessMode.READ_WRITE_ONCE}),
      Map.entry(ClaimTemplate.class, Pods.volumeClaimTemplate("data", "1Gi")),
      Map.entry(dev.podwright.model.PersistentVolumeClaim.class,
          Pods.volumeClaimTemplate("data", "1Gi").toClaim()),
      Map.entry(dev.podwright.model.PodFailurePolicyRule[].class,
          new dev.podwright.model.PodFailurePolicyRule[] {Pods.ignoreDisruptions()}),
      Map.entry(dev.podwright.model.PodFailurePolicy.class,
          dev.podwright.model.PodFailurePolicy.builder().build()),
      Map.entry(dev.podwright.model.SuccessPolicyRule[].class,
          new dev.podwright.model.SuccessPolicyRule[] {Pods.succeededCount(1)}),
      Map.entry(PodFailureAction.class, PodFailureAction.COUNT),
      Map.entry(ExitCodeOperator.class, ExitCodeOperator.IN),
      Map.entry(PodReplacementPolicy.class, PodReplacementPolicy.FAILED),
      Map.entry(ClaimRetention.class, ClaimRetention.RETAIN),
      Map.entry(dev.podwright.model.IntOrString.class, dev.podwright.model.IntOrString.of(1)),
      Map.entry(ConcurrencyPolicy.class, ConcurrencyPolicy.FORBID),
      Map.entry(PodManagementPolicy.class, PodManagementPolicy.PARALLEL));

  private static final TemplateMainStep LABELLED =
      Pods.template().label("app", "a").main(container("m").image("i"));

  @TestFactory
  Stream<DynamicTest> everyMethodRejectsNullArguments() {
    List<DynamicTest> tests = new ArrayList<>();
    addAll(tests, Pods.class, null);
    addAll(tests, PodInitStep.class, pod("web"));
    addAll(tests, PodMainStep.class, pod("web").main(container("app").image("nginx")));
    addAll(tests, TemplateInitStep.class, Pods.template());
    addAll(tests, TemplateMainStep.class, Pods.template().main(container("app").image("nginx")));
    addAll(tests, ContainerImageStep.class, container("app"));
    addAll(tests, SidecarContainer.class, sidecar("s").image("i"));
    addAll(tests, InitContainer.class, initContainer("i").image("i"));
    addAll(tests, MainContainer.class, container("m").image("i"));
    addAll(tests, StartupProbe.class, startupProbe(tcpSocket(80)));
    addAll(tests, LivenessProbe.class, livenessProbe(tcpSocket(80)));
    addAll(tests, ReadinessProbe.class, readinessProbe(tcpSocket(80)));
    addAll(tests, Mount.class, mount(emptyDir("data"), "/data"));
    addAll(tests, ClaimTemplate.class, Pods.volumeClaimTemplate("data", "1Gi"));
    addAll(tests, JobStep.class, Pods.job("j", JobRestartPolicy.NEVER, LABELLED));
    addAll(tests, CronJobStep.class,
        Pods.cronJob("c", "0 3 * * *", JobRestartPolicy.NEVER, LABELLED));
    addAll(tests, OnFailureJobStep.class, Pods.job("j", JobRestartPolicy.ON_FAILURE, LABELLED));
    addAll(tests, OnFailureCronJobStep.class,
        Pods.cronJob("c", "0 3 * * *", JobRestartPolicy.ON_FAILURE, LABELLED));
    addAll(tests, DeploymentStep.class, Pods.deployment("d", LABELLED));
    addAll(tests, StatefulSetStep.class, Pods.statefulSet("s", LABELLED));
    addAll(tests, DaemonSetStep.class, Pods.daemonSet("d", LABELLED));
    assertThat(tests).hasSizeGreaterThan(80);
    return tests.stream();
  }

  private static void addAll(List<DynamicTest> tests, Class<?> type, Object receiver) {
    for (Method method : type.getMethods()) {
      boolean isStatic = Modifier.isStatic(method.getModifiers());
      if (isStatic != (receiver == null) || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Class<?>[] params = method.getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i].isPrimitive()) {
          continue;
        }
        int position = i;
        String name = type.getSimpleName() + "." + method.getName() + describe(params) + " #" + i;
        tests.add(DynamicTest.dynamicTest(name, () -> assertRejectsNull(receiver, method,
            position)));
        if (params[i] == String[].class) {
          tests.add(DynamicTest.dynamicTest(name + " element", () -> assertRejectsNullElement(
              receiver, method, position)));
        }
      }
    }
  }

  private static void assertRejectsNull(Object receiver, Method method, int position) {
    Object[] args = sampleArgs(method);
    args[position] = null;
    assertThat(thrown(receiver, method, args))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching("[a-zA-Z]+ == null");
  }

  private static void assertRejectsNullElement(Object receiver, Method method, int position) {
    Object[] args = sampleArgs(method);
    args[position] = new String[] {"a", null};
    assertThat(thrown(receiver, method, args))
        .isInstanceOf(NullPointerException.class)
        .hasMessageMatching("[a-zA-Z]+\\[1\\] == null");
  }

  private static Object[] sampleArgs(Method method) {
    Class<?>[] params = method.getParameterTypes();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      args[i] = sample(params[i]);
    }
    return args;
  }

  private static Object sample(Class<?> type) {
    if (type == int.class) {
      return 80;
    } else if (type == long.class) {
      return 5L;
    } else if (type == boolean.class) {
      return true;
    }
    Object sample = SAMPLES.get(type);
    if (sample == null) {
      fail("no sample for " + type.getName() + "; add one to SAMPLES");
    }
    return sample;
  }

  private static Throwable thrown(Object receiver, Method method, Object[] args) {
    try {
      method.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return fail("%s accepted null", method);
  }

  private static String describe(Class<?>[] params) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < params.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(params[i].getSimpleName());
    }
    return sb.append(')').toString();
  }
}
