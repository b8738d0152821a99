package dev.podwright.codegen;

import static dev.podwright.codegen.DslNames.ACCESS_MODE;
import static dev.podwright.codegen.DslNames.CAPABILITIES;
import static dev.podwright.codegen.DslNames.CLAIM_TEMPLATE;
import static dev.podwright.codegen.DslNames.CONCURRENCY_POLICY;
import static dev.podwright.codegen.DslNames.CONFIG_MAP_SOURCE;
import static dev.podwright.codegen.DslNames.CONTAINER_PORT;
import static dev.podwright.codegen.DslNames.DNS_POLICY;
import static dev.podwright.codegen.DslNames.EMPTY_DIR_SOURCE;
import static dev.podwright.codegen.DslNames.EXIT_CODE_OPERATOR;
import static dev.podwright.codegen.DslNames.GENERATED;
import static dev.podwright.codegen.DslNames.INT_OR_STRING;
import static dev.podwright.codegen.DslNames.JOB_RESTART_POLICY;
import static dev.podwright.codegen.DslNames.LIST;
import static dev.podwright.codegen.DslNames.POD;
import static dev.podwright.codegen.DslNames.PODS;
import static dev.podwright.codegen.DslNames.POD_FAILURE_ACTION;
import static dev.podwright.codegen.DslNames.POD_MANAGEMENT_POLICY;
import static dev.podwright.codegen.DslNames.APP_ARMOR_PROFILE;
import static dev.podwright.codegen.DslNames.POD_SECURITY_CONTEXT;
import static dev.podwright.codegen.DslNames.PROTOCOL;
import static dev.podwright.codegen.DslNames.PULL_POLICY;
import static dev.podwright.codegen.DslNames.QUANTITY;
import static dev.podwright.codegen.DslNames.RESTART_POLICY;
import static dev.podwright.codegen.DslNames.SECCOMP_PROFILE;
import static dev.podwright.codegen.DslNames.SECRET_SOURCE;
import static dev.podwright.codegen.DslNames.SECURITY_CONTEXT;
import static dev.podwright.codegen.DslNames.SYSCTL;
import static dev.podwright.codegen.DslNames.TERMINATION_MESSAGE_POLICY;
import static dev.podwright.codegen.DslNames.TOLERATION;
import static dev.podwright.codegen.DslNames.CLAIM_RETENTION;
import static dev.podwright.codegen.DslNames.POD_REPLACEMENT_POLICY;
import static dev.podwright.codegen.DslNames.LABEL_SELECTOR;
import static dev.podwright.codegen.DslNames.TOPOLOGY_SPREAD;
import static dev.podwright.codegen.DslNames.SE_LINUX_OPTIONS;
import static dev.podwright.codegen.DslNames.HTTP_GET_ACTION;
import static dev.podwright.codegen.DslNames.CSI_SOURCE;
import static dev.podwright.codegen.DslNames.EPHEMERAL_SOURCE;
import static dev.podwright.codegen.DslNames.IMAGE_SOURCE;
import static dev.podwright.codegen.DslNames.LOCAL_OBJECT_REFERENCE;
import static dev.podwright.codegen.DslNames.CLAIM_TEMPLATE_SPEC;
import static dev.podwright.codegen.DslNames.CLAIM_SPEC;
import static dev.podwright.codegen.DslNames.RESOURCE_REQUIREMENTS;
import static dev.podwright.codegen.DslNames.DNS_CONFIG;
import static dev.podwright.codegen.DslNames.DNS_OPTION;
import static dev.podwright.codegen.DslNames.VOLUME;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.podwright.codegen.PodModel.ActionModel;
import dev.podwright.codegen.PodModel.ContainerModel;
import dev.podwright.codegen.PodModel.Entry;
import dev.podwright.codegen.PodModel.EnvModel;
import dev.podwright.codegen.PodModel.MountModel;
import dev.podwright.codegen.PodModel.PortModel;
import dev.podwright.codegen.PodModel.ProbeModel;
import dev.podwright.codegen.PodModel.ProjectionModel;
import dev.podwright.codegen.PodModel.SecurityModel;
import dev.podwright.codegen.PodModel.VolumeModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Type>Spec}: a final class whose static {@code pod()} builds the model through the
 * public DSL, one call per annotation value, in the order {@link PodAssembler} makes the same
 * calls. Compiling it proves that the DSL's types accept the pod.
 */
final class PodSpecGenerator {
  static final String PROCESSOR = "dev.podwright.codegen.PodSpecProcessor";

  private final Map<String, String> variables = new HashMap<>();
  /** The names of a stateful set's claim templates, which have variables too. */
  private final java.util.Set<String> claims = new java.util.HashSet<>();

  JavaFile generate(PodModel model, String packageName, boolean isPublic) {
    ClassName self = ClassName.get(packageName, model.generatedName());
    String method = model.workload().map(w -> w.kind().method).orElse("pod");
    String words = model.workload().map(w -> w.kind().words()).orElse("pod");
    MethodSpec pod = MethodSpec.methodBuilder(method)
        .addJavadoc("Returns the $L, built through the Podwright DSL, which validates it.\n",
            words)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.workload().map(w -> ClassName.get(DslNames.MODEL, w.kind().type))
            .orElse(POD))
        .addCode(body(model))
        .build();
    String name = model.objectName();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The $L {@code $L} declared by {@link $T}.\n\n<p>Its manifest is the "
            + "class-path resource {@value #RESOURCE}.\n", words, name,
            ClassName.get(model.type()))
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR)
            .build())
        .addModifiers(Modifier.FINAL)
        .addOriginatingElement(model.type())
        .addField(FieldSpec.builder(String.class, "RESOURCE", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The class-path resource holding the YAML manifest.\n")
            .initializer("$S", model.resourcePath())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(pod);
    if (isPublic) {
      type.addModifiers(Modifier.PUBLIC);
    }
    return JavaFile.builder(packageName, type.build())
        .addFileComment("Generated by Podwright. Do not edit.")
        .skipJavaLangImports(true)
        .build();
  }

  private CodeBlock body(PodModel m) {
    CodeBlock.Builder code = CodeBlock.builder();
    NameAllocator names = new NameAllocator();
    names.newName("pod");
    for (VolumeModel v : m.volumes()) {
      String variable = names.newName(camel(v.name()));
      variables.put(v.name(), variable);
      code.addStatement("$T $N = $L", VOLUME, variable, volume(v));
    }
    claims(m, code, names);
    boolean workload = m.workload().isPresent();
    CodeBlock.Builder chain = workload
        ? CodeBlock.builder().add("$T.$L($L$T.template()", PODS, m.workload().get().kind().method,
            workloadArguments(m.workload().get()), PODS).indent().indent()
        : CodeBlock.builder().add("$T.pod($S)", PODS, m.name());
    if (!workload) { // a template has none of these; the reader rejects them there
      m.namespace().ifPresent(ns -> chain.add("\n.namespace($S)", ns));
    }
    m.labels().forEach(e -> chain.add("\n.label($S, $S)", e.key(), e.value()));
    m.annotations().forEach(e -> chain.add("\n.annotation($S, $S)", e.key(), e.value()));
    if (!workload) {
      m.restartPolicy().ifPresent(p -> chain.add("\n.restartPolicy($T.$L)", RESTART_POLICY,
          p.name()));
    }
    m.terminationGracePeriodSeconds().ifPresent(s ->
        chain.add("\n.terminationGracePeriodSeconds($LL)", s));
    if (!workload) {
      m.activeDeadlineSeconds().ifPresent(s -> chain.add("\n.activeDeadlineSeconds($LL)", s));
    }
    m.serviceAccountName().ifPresent(s -> chain.add("\n.serviceAccountName($S)", s));
    m.nodeSelector().forEach(e -> chain.add("\n.nodeSelector($S, $S)", e.key(), e.value()));
    m.imagePullSecrets().forEach(s -> chain.add("\n.imagePullSecret($S)", s));
    m.hostNetwork().ifPresent(b -> chain.add("\n.hostNetwork($L)", b));
    m.dnsPolicy().ifPresent(p -> chain.add("\n.dnsPolicy($T.$L)", DNS_POLICY, p.name()));
    m.priorityClassName().ifPresent(s -> chain.add("\n.priorityClassName($S)", s));
    m.shareProcessNamespace().ifPresent(b -> chain.add("\n.shareProcessNamespace($L)", b));
    m.tolerations().forEach(t -> chain.add("\n.toleration($L)", toleration(t)));
    m.securityContext().ifPresent(p -> chain.add("\n.securityContext($L)", podSecurity(p)));
    placement(chain, m.placement());
    for (VolumeModel v : m.volumes()) {
      chain.add("\n.volume($N)", variables.get(v.name()));
    }
    for (ContainerModel c : m.containers()) {
      String step = c.role() == PodModel.Role.SIDECAR ? "sidecar"
          : c.role() == PodModel.Role.INIT ? "init" : "main";
      chain.add("\n.$L($L)", step, container(c));
    }
    if (workload) {
      chain.add(")").unindent().unindent();
      workloadSettings(chain, m.workload().get());
    }
    chain.add("\n.build()");
    return code.addStatement("return $L", chain.build()).build();
  }

  /** The factory arguments before the template: {@code "name", ...,}. */
  private static CodeBlock workloadArguments(PodModel.WorkloadModel w) {
    if (w instanceof PodModel.JobModel) {
      return CodeBlock.of("$S, $T.$L, ", w.name(), JOB_RESTART_POLICY,
          constant(((PodModel.JobModel) w).restartPolicy()));
    } else if (w instanceof PodModel.CronJobModel) {
      PodModel.CronJobModel c = (PodModel.CronJobModel) w;
      return CodeBlock.of("$S, $S, $T.$L, ", w.name(), c.schedule(), JOB_RESTART_POLICY,
          constant(c.restartPolicy()));
    }
    return CodeBlock.of("$S, ", w.name());
  }

  /** {@code NEVER} or {@code ON_FAILURE}: the constant picks the factory overload. */
  private static String constant(dev.podwright.dsl.JobRestartPolicy policy) {
    return policy == dev.podwright.dsl.JobRestartPolicy.NEVER ? "NEVER" : "ON_FAILURE";
  }

  private void workloadSettings(CodeBlock.Builder chain, PodModel.WorkloadModel w) {
    w.namespace().ifPresent(ns -> chain.add("\n.namespace($S)", ns));
    w.labels().forEach(e -> chain.add("\n.label($S, $S)", e.key(), e.value()));
    w.annotations().forEach(e -> chain.add("\n.annotation($S, $S)", e.key(), e.value()));
    if (w instanceof PodModel.JobModel) {
      jobSettings(chain, ((PodModel.JobModel) w).settings());
    } else if (w instanceof PodModel.CronJobModel) {
      PodModel.CronJobModel c = (PodModel.CronJobModel) w;
      jobSettings(chain, c.settings());
      c.timeZone().ifPresent(v -> chain.add("\n.timeZone($S)", v));
      c.concurrencyPolicy().ifPresent(v -> chain.add("\n.concurrencyPolicy($T.$L)",
          CONCURRENCY_POLICY, v.name()));
      c.startingDeadlineSeconds().ifPresent(v ->
          chain.add("\n.startingDeadlineSeconds($LL)", v));
      c.successfulJobsHistoryLimit().ifPresent(v ->
          chain.add("\n.successfulJobsHistoryLimit($L)", v));
      c.failedJobsHistoryLimit().ifPresent(v -> chain.add("\n.failedJobsHistoryLimit($L)", v));
      c.suspend().ifPresent(v -> chain.add("\n.suspendSchedule($L)", v));
    } else if (w instanceof PodModel.DeploymentModel) {
      PodModel.DeploymentModel d = (PodModel.DeploymentModel) w;
      d.replicas().ifPresent(v -> chain.add("\n.replicas($L)", v));
      d.minReadySeconds().ifPresent(v -> chain.add("\n.minReadySeconds($L)", v));
      d.progressDeadlineSeconds().ifPresent(v ->
          chain.add("\n.progressDeadlineSeconds($L)", v));
      d.revisionHistoryLimit().ifPresent(v -> chain.add("\n.revisionHistoryLimit($L)", v));
      if (d.recreate()) {
        chain.add("\n.recreate()");
      }
      if (d.maxUnavailable().isPresent() && d.maxSurge().isPresent()) {
        chain.add("\n.rollingUpdate($L, $L)", intOrString(d.maxUnavailable().get()),
            intOrString(d.maxSurge().get()));
      }
    } else if (w instanceof PodModel.StatefulSetModel) {
      PodModel.StatefulSetModel t = (PodModel.StatefulSetModel) w;
      t.serviceName().ifPresent(v -> chain.add("\n.serviceName($S)", v));
      t.replicas().ifPresent(v -> chain.add("\n.replicas($L)", v));
      t.podManagementPolicy().ifPresent(v -> chain.add("\n.podManagementPolicy($T.$L)",
          POD_MANAGEMENT_POLICY, v.name()));
      t.minReadySeconds().ifPresent(v -> chain.add("\n.minReadySeconds($L)", v));
      t.revisionHistoryLimit().ifPresent(v -> chain.add("\n.revisionHistoryLimit($L)", v));
      t.claims().forEach(c -> chain.add("\n.volumeClaimTemplate($N)", variables.get(c.name())));
      t.retention().ifPresent(r -> chain.add(
          "\n.persistentVolumeClaimRetentionPolicy($T.$L, $T.$L)", CLAIM_RETENTION,
          r.whenDeleted().name(), CLAIM_RETENTION, r.whenScaled().name()));
      t.ordinalsStart().ifPresent(v -> chain.add("\n.ordinals($L)", v));
      t.update().ifPresent(u -> update(chain, u));
    } else {
      PodModel.DaemonSetModel d = (PodModel.DaemonSetModel) w;
      d.minReadySeconds().ifPresent(v -> chain.add("\n.minReadySeconds($L)", v));
      d.revisionHistoryLimit().ifPresent(v -> chain.add("\n.revisionHistoryLimit($L)", v));
      d.update().ifPresent(u -> update(chain, u));
    }
  }

  /** The twin of {@link PodAssembler#intOrString}. */
  private static CodeBlock intOrString(String written) {
    return PodAssembler.intOrString(written).isInt()
        ? CodeBlock.of("$T.of($L)", INT_OR_STRING, Integer.parseInt(written))
        : CodeBlock.of("$T.of($S)", INT_OR_STRING, written);
  }

  private static void jobSettings(CodeBlock.Builder chain, PodModel.JobSettings j) {
    j.parallelism().ifPresent(v -> chain.add("\n.parallelism($L)", v));
    j.completions().ifPresent(v -> chain.add("\n.completions($L)", v));
    if (j.indexed()) {
      chain.add("\n.indexed()");
    }
    j.backoffLimit().ifPresent(v -> chain.add("\n.backoffLimit($L)", v));
    j.activeDeadlineSeconds().ifPresent(v -> chain.add("\n.activeDeadlineSeconds($LL)", v));
    j.ttlSecondsAfterFinished().ifPresent(v -> chain.add("\n.ttlSecondsAfterFinished($L)", v));
    j.suspend().ifPresent(v -> chain.add("\n.suspend($L)", v));
    j.backoffLimitPerIndex().ifPresent(v -> chain.add("\n.backoffLimitPerIndex($L)", v));
    j.maxFailedIndexes().ifPresent(v -> chain.add("\n.maxFailedIndexes($L)", v));
    j.podReplacementPolicy().ifPresent(v -> chain.add("\n.podReplacementPolicy($T.$L)",
        POD_REPLACEMENT_POLICY, v.name()));
    if (!j.successPolicy().isEmpty()) {
      chain.add("\n.successPolicy($L)", j.successPolicy().stream().map(r ->
          r.succeededIndexes().isEmpty()
              ? CodeBlock.of("$T.succeededCount($L)", PODS, r.succeededCount().get())
              : r.succeededCount().isEmpty()
                  ? CodeBlock.of("$T.succeededIndexes($S)", PODS, r.succeededIndexes().get())
                  : CodeBlock.of("$T.succeededIndexes($S, $L)", PODS,
                      r.succeededIndexes().get(), r.succeededCount().get()))
          .collect(CodeBlock.joining(", ")));
    }
    j.managedBy().ifPresent(v -> chain.add("\n.managedBy($S)", v));
    j.podFailurePolicy().ifPresent(p -> failurePolicy(chain, p));
  }

  private CodeBlock container(ContainerModel m) {
    CodeBlock.Builder c = CodeBlock.builder()
        .add("$T.$L($S)", PODS, m.role().factory, m.name())
        .indent().indent()
        .add("\n.image($S)", m.image());
    m.imagePullPolicy().ifPresent(p -> c.add("\n.imagePullPolicy($T.$L)", PULL_POLICY,
        p.name()));
    m.command().ifPresent(list -> c.add("\n.command($L)", strings(list)));
    m.args().ifPresent(list -> c.add("\n.args($L)", strings(list)));
    m.workingDir().ifPresent(d -> c.add("\n.workingDir($S)", d));
    m.ports().forEach(p -> c.add("\n.port($L)", port(p)));
    m.env().forEach(e -> c.add("\n.env($S, $L)", e.name(), envValue(e)));
    m.envFrom().forEach(e -> c.add("\n.envFrom($T.$L($S))", PODS,
        e.secret() ? "secretEnv" : "configMapEnv", e.name()));
    if (!m.requests().isEmpty()) {
      c.add("\n.requests($L)", amounts(m.requests()));
    }
    if (!m.limits().isEmpty()) {
      c.add("\n.limits($L)", amounts(m.limits()));
    }
    m.mounts().forEach(mount -> c.add("\n.volumeMount($L)", mount(mount)));
    m.securityContext().ifPresent(s -> c.add("\n.securityContext($L)", security(s)));
    m.terminationMessagePolicy().ifPresent(p -> c.add("\n.terminationMessagePolicy($T.$L)",
        TERMINATION_MESSAGE_POLICY, p.name()));
    m.startupProbe().ifPresent(p -> c.add("\n.startupProbe($L)", probe("startupProbe", p)));
    m.livenessProbe().ifPresent(p -> c.add("\n.livenessProbe($L)", probe("livenessProbe", p)));
    m.readinessProbe().ifPresent(p ->
        c.add("\n.readinessProbe($L)", probe("readinessProbe", p)));
    m.postStart().ifPresent(a -> c.add("\n.postStart($L)", action(a)));
    m.preStop().ifPresent(a -> c.add("\n.preStop($L)", action(a)));
    return c.unindent().unindent().build();
  }

  private static CodeBlock strings(List<String> list) {
    return list.stream().map(s -> CodeBlock.of("$S", s)).collect(CodeBlock.joining(", "));
  }

  private static CodeBlock port(PortModel p) {
    if (p.name().isPresent() && p.protocol().isPresent()) {
      return CodeBlock.of("$S, $L, $T.$L", p.name().get(), p.containerPort(), PROTOCOL,
          p.protocol().get().name());
    } else if (p.name().isPresent()) {
      return CodeBlock.of("$S, $L", p.name().get(), p.containerPort());
    } else if (p.protocol().isPresent()) {
      return CodeBlock.of("$T.builder().containerPort($L).protocol($S).build()", CONTAINER_PORT,
          p.containerPort(), p.protocol().get().value());
    }
    return CodeBlock.of("$L", p.containerPort());
  }

  private static CodeBlock envValue(EnvModel e) {
    PodModel.EnvSource s = e.source();
    if (s instanceof PodModel.FieldRef) {
      return CodeBlock.of("$T.fieldRef($S)", PODS, ((PodModel.FieldRef) s).fieldPath());
    } else if (s instanceof PodModel.ResourceFieldRef) {
      PodModel.ResourceFieldRef r = (PodModel.ResourceFieldRef) s;
      return r.divisor().isPresent()
          ? CodeBlock.of("$T.resourceFieldRef($S, $S)", PODS, r.resource(), r.divisor().get())
          : CodeBlock.of("$T.resourceFieldRef($S)", PODS, r.resource());
    } else if (s instanceof PodModel.ConfigMapKeyRef) {
      PodModel.ConfigMapKeyRef r = (PodModel.ConfigMapKeyRef) s;
      return CodeBlock.of("$T.configMapKeyRef($S, $S)", PODS, r.name(), r.key());
    } else if (s instanceof PodModel.SecretKeyRef) {
      PodModel.SecretKeyRef r = (PodModel.SecretKeyRef) s;
      return CodeBlock.of("$T.secretKeyRef($S, $S)", PODS, r.name(), r.key());
    }
    return CodeBlock.of("$S", ((PodModel.Literal) s).value());
  }

  /** {@code cpu}, {@code memory} and {@code ephemeral-storage} have their own DSL factories. */
  /** The twin of {@code PodAssembler.placement}: the same DSL calls, in the same order. */
  private static void placement(CodeBlock.Builder chain, PodModel.PlacementModel p) {
    p.automountServiceAccountToken().ifPresent(b ->
        chain.add("\n.automountServiceAccountToken($L)", b));
    for (PodModel.NodeLabelModel n : p.requiredNodeLabels()) {
      chain.add("\n.requireNodeLabel($L)", nodeLabel(n));
    }
    for (PodModel.NodeLabelModel n : p.preferredNodeLabels()) {
      chain.add("\n.preferNodeLabel($L, $L)", n.weight(), nodeLabel(n));
    }
    p.spreadAcrossZones().ifPresent(skew -> chain.add("\n.spreadAcrossZones($L)", skew));
    if (p.oneReplicaPerNode()) {
      chain.add("\n.oneReplicaPerNode()");
    }
    if (!p.podRequests().isEmpty()) {
      chain.add("\n.podRequests($L)", amounts(p.podRequests()));
    }
    if (!p.podLimits().isEmpty()) {
      chain.add("\n.podLimits($L)", amounts(p.podLimits()));
    }
    p.topologySpread().forEach(t -> chain.add("\n.topologySpreadConstraint($L)", spread(t)));
    p.podAffinity().forEach(t -> chain.add("\n.$L($L)", t.weight().isEmpty()
        ? "requirePodAffinity" : "preferPodAffinity", affinityTerm(t)));
    p.podAntiAffinity().forEach(t -> chain.add("\n.$L($L)", t.weight().isEmpty()
        ? "requirePodAntiAffinity" : "preferPodAntiAffinity", affinityTerm(t)));
    p.runtimeClassName().ifPresent(v -> chain.add("\n.runtimeClassName($S)", v));
    p.hostPID().ifPresent(v -> chain.add("\n.hostPID($L)", v));
    p.hostIPC().ifPresent(v -> chain.add("\n.hostIPC($L)", v));
    p.hostUsers().ifPresent(v -> chain.add("\n.hostUsers($L)", v));
    p.os().ifPresent(v -> chain.add("\n.os($S)", v));
    p.schedulingGates().forEach(v -> chain.add("\n.schedulingGate($S)", v));
    p.readinessGates().forEach(v -> chain.add("\n.readinessGate($S)", v));
    p.hostAliases().forEach(h -> chain.add("\n.hostAlias($S, $L)", h.ip(),
        strings(h.hostnames())));
    p.dnsConfig().ifPresent(d -> chain.add("\n.dnsConfig($L)", dnsConfig(d)));
  }

  /** The twin of {@code PodAssembler.dnsConfig}. */
  private static CodeBlock dnsConfig(PodModel.DnsConfigModel d) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", DNS_CONFIG);
    d.nameservers().forEach(v -> b.add(".addNameserver($S)", v));
    d.searches().forEach(v -> b.add(".addSearch($S)", v));
    d.options().forEach(e -> b.add(e.value().isEmpty()
        ? CodeBlock.of(".addOption($T.builder().name($S).build())", DNS_OPTION, e.key())
        : CodeBlock.of(".addOption($T.builder().name($S).value($S).build())", DNS_OPTION,
            e.key(), e.value())));
    return b.add(".build()").build();
  }

  /** The arguments of a pod affinity helper: weight if preferred, key, selector. */
  private static CodeBlock affinityTerm(PodModel.AffinityTermModel t) {
    return CodeBlock.of("$L$S, $L", t.weight().map(w -> w + ", ").orElse(""), t.topologyKey(),
        selector(t.matchLabels()));
  }

  /** The twin of {@code PodAssembler.selector}. */
  private static CodeBlock selector(List<Entry> labels) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", LABEL_SELECTOR);
    labels.forEach(e -> b.add(".putMatchLabel($S, $S)", e.key(), e.value()));
    return b.add(".build()").build();
  }

  /** The twin of {@code PodAssembler.spread}. */
  private static CodeBlock spread(PodModel.SpreadModel t) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", TOPOLOGY_SPREAD).indent()
        .indent()
        .add("\n.maxSkew($L)", t.maxSkew())
        .add("\n.topologyKey($S)", t.topologyKey())
        .add("\n.whenUnsatisfiable($S)", t.whenUnsatisfiable())
        .add("\n.labelSelector($L)", selector(t.matchLabels()));
    t.minDomains().ifPresent(v -> b.add("\n.minDomains($L)", v));
    t.nodeAffinityPolicy().ifPresent(v -> b.add("\n.nodeAffinityPolicy($S)", v));
    t.nodeTaintsPolicy().ifPresent(v -> b.add("\n.nodeTaintsPolicy($S)", v));
    t.matchLabelKeys().forEach(v -> b.add("\n.addMatchLabelKey($S)", v));
    return b.add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock nodeLabel(PodModel.NodeLabelModel n) {
    CodeBlock.Builder b = CodeBlock.builder().add("$S", n.key());
    n.values().forEach(v -> b.add(", $S", v));
    return b.build();
  }

  private static CodeBlock amounts(List<Entry> entries) {
    return entries.stream().map(e -> {
      switch (e.key()) {
        case "cpu":
          return CodeBlock.of("$T.cpu($S)", PODS, e.value());
        case "memory":
          return CodeBlock.of("$T.memory($S)", PODS, e.value());
        case "ephemeral-storage":
          return CodeBlock.of("$T.ephemeralStorage($S)", PODS, e.value());
        default:
          return CodeBlock.of("$T.resource($S, $S)", PODS, e.key(), e.value());
      }
    }).collect(CodeBlock.joining(", "));
  }

  private CodeBlock mount(MountModel m) {
    String volume = variables.get(m.volume());
    if (m.plain() && !claims.contains(m.volume())) { // a claim is mounted through Pods.mount
      return CodeBlock.of("$N, $S", volume, m.path());
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.mount($N, $S)", PODS, volume, m.path());
    if (m.readOnly()) {
      b.add(".readOnly()");
    }
    m.subPath().ifPresent(p -> b.add(".subPath($S)", p));
    m.subPathExpr().ifPresent(p -> b.add(".subPathExpr($S)", p));
    return b.build();
  }

  private static CodeBlock toleration(PodModel.TolerationModel t) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", TOLERATION).indent().indent();
    t.key().ifPresent(v -> b.add("\n.key($S)", v));
    t.operator().ifPresent(v -> b.add("\n.operator($S)", v));
    t.value().ifPresent(v -> b.add("\n.value($S)", v));
    t.effect().ifPresent(v -> b.add("\n.effect($S)", v));
    t.tolerationSeconds().ifPresent(v -> b.add("\n.tolerationSeconds($LL)", v));
    return b.add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock podSecurity(PodModel.PodSecurityModel p) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", POD_SECURITY_CONTEXT).indent()
        .indent();
    p.runAsUser().ifPresent(v -> b.add("\n.runAsUser($LL)", v));
    p.runAsGroup().ifPresent(v -> b.add("\n.runAsGroup($LL)", v));
    p.runAsNonRoot().ifPresent(v -> b.add("\n.runAsNonRoot($L)", v));
    p.fsGroup().ifPresent(v -> b.add("\n.fsGroup($LL)", v));
    seccomp(b, p.seccompProfile(), p.seccompLocalhostProfile());
    profiles(b, p.profiles());
    p.supplementalGroups().forEach(v -> b.add("\n.addSupplementalGroup($LL)", v));
    p.fsGroupChangePolicy().ifPresent(v -> b.add("\n.fsGroupChangePolicy($S)", v));
    p.supplementalGroupsPolicy().ifPresent(v -> b.add("\n.supplementalGroupsPolicy($S)", v));
    p.seLinuxChangePolicy().ifPresent(v -> b.add("\n.seLinuxChangePolicy($S)", v));
    p.sysctls().forEach(e -> b.add("\n.addSysctl($T.builder().name($S).value($S).build())",
        SYSCTL, e.key(), e.value()));
    return b.add("\n.build()").unindent().unindent().build();
  }

  /** The AppArmor profile and SELinux level, as {@code PodAssembler} sets them. */
  private static void profiles(CodeBlock.Builder b, PodModel.ProfilesModel p) {
    if (p.appArmorProfile().isPresent() || p.appArmorLocalhostProfile().isPresent()) {
      b.add("\n.appArmorProfile($T.builder().type($S)", APP_ARMOR_PROFILE,
          p.appArmorProfile().orElse(""));
      p.appArmorLocalhostProfile().ifPresent(v -> b.add(".localhostProfile($S)", v));
      b.add(".build())");
    }
    if (p.hasSeLinux()) {
      b.add("\n.seLinuxOptions($T.builder()", SE_LINUX_OPTIONS);
      p.seLinuxLevel().ifPresent(v -> b.add(".level($S)", v));
      p.seLinuxUser().ifPresent(v -> b.add(".user($S)", v));
      p.seLinuxRole().ifPresent(v -> b.add(".role($S)", v));
      p.seLinuxType().ifPresent(v -> b.add(".type($S)", v));
      b.add(".build())");
    }
  }

  private static void seccomp(CodeBlock.Builder b, Optional<String> type,
      Optional<String> localhostProfile) {
    if (type.isPresent() || localhostProfile.isPresent()) {
      b.add("\n.seccompProfile($T.builder().type($S)", SECCOMP_PROFILE, type.orElse(""));
      localhostProfile.ifPresent(v -> b.add(".localhostProfile($S)", v));
      b.add(".build())");
    }
  }

  private static CodeBlock security(SecurityModel s) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", SECURITY_CONTEXT).indent()
        .indent();
    if (!s.capabilitiesAdd().isEmpty() || !s.capabilitiesDrop().isEmpty()) {
      b.add("\n.capabilities($T.builder().add($T.of($L)).drop($T.of($L)).build())", CAPABILITIES,
          LIST, strings(s.capabilitiesAdd()), LIST, strings(s.capabilitiesDrop()));
    }
    s.privileged().ifPresent(v -> b.add("\n.privileged($L)", v));
    s.allowPrivilegeEscalation().ifPresent(v -> b.add("\n.allowPrivilegeEscalation($L)", v));
    s.readOnlyRootFilesystem().ifPresent(v -> b.add("\n.readOnlyRootFilesystem($L)", v));
    s.runAsUser().ifPresent(v -> b.add("\n.runAsUser($LL)", v));
    s.runAsGroup().ifPresent(v -> b.add("\n.runAsGroup($LL)", v));
    s.runAsNonRoot().ifPresent(v -> b.add("\n.runAsNonRoot($L)", v));
    seccomp(b, s.seccompProfile(), s.seccompLocalhostProfile());
    profiles(b, s.profiles());
    s.procMount().ifPresent(v -> b.add("\n.procMount($S)", v));
    return b.add("\n.build()").unindent().unindent().build();
  }

  private static CodeBlock probe(String kind, ProbeModel p) {
    CodeBlock.Builder b = CodeBlock.builder()
        .add("$T.$L($L)", PODS, kind, action(p.action()));
    p.initialDelaySeconds().ifPresent(v -> b.add(".initialDelaySeconds($L)", v));
    p.timeoutSeconds().ifPresent(v -> b.add(".timeoutSeconds($L)", v));
    p.periodSeconds().ifPresent(v -> b.add(".periodSeconds($L)", v));
    p.failureThreshold().ifPresent(v -> b.add(".failureThreshold($L)", v));
    if (kind.equals("readinessProbe")) {
      p.successThreshold().ifPresent(v -> b.add(".successThreshold($L)", v));
    } else {
      p.terminationGracePeriodSeconds().ifPresent(v ->
          b.add(".terminationGracePeriodSeconds($LL)", v));
    }
    return b.build();
  }

  private static CodeBlock action(ActionModel a) {
    if (a instanceof PodModel.Exec) {
      return CodeBlock.of("$T.exec($L)", PODS, strings(((PodModel.Exec) a).command()));
    } else if (a instanceof PodModel.HttpGet) {
      PodModel.HttpGet h = (PodModel.HttpGet) a;
      CodeBlock.Builder b = h.portName().isEmpty()
          ? CodeBlock.builder().add("$T.httpGet($S, $L", PODS, h.path(), h.port())
          : CodeBlock.builder().add("$T.httpGet($S, $S", PODS, h.path(), h.portName());
      h.headers().forEach(e -> b.add(", $T.httpHeader($S, $S)", PODS, e.key(), e.value()));
      b.add(")");
      if (h.plain()) {
        return b.build();
      }
      CodeBlock.Builder full = CodeBlock.builder().add("$T.builder().from($L)", HTTP_GET_ACTION,
          b.build());
      h.scheme().ifPresent(v -> full.add(".scheme($S)", v));
      h.host().ifPresent(v -> full.add(".host($S)", v));
      return full.add(".build()").build();
    } else if (a instanceof PodModel.TcpSocket) {
      PodModel.TcpSocket t = (PodModel.TcpSocket) a;
      return t.portName().isEmpty()
          ? CodeBlock.of("$T.tcpSocket($L)", PODS, t.port())
          : CodeBlock.of("$T.tcpSocket($S)", PODS, t.portName());
    } else if (a instanceof PodModel.Grpc) {
      return CodeBlock.of("$T.grpc($L)", PODS, ((PodModel.Grpc) a).port());
    }
    return CodeBlock.of("$T.sleep($LL)", PODS, ((PodModel.Sleep) a).seconds());
  }

  private static CodeBlock volume(VolumeModel v) {
    String name = v.name();
    PodModel.VolumeSource s = v.source();
    if (s instanceof PodModel.EmptyDir) {
      PodModel.EmptyDir e = (PodModel.EmptyDir) s;
      if (e.medium().isEmpty() && e.sizeLimit().isEmpty()) {
        return CodeBlock.of("$T.emptyDir($S)", PODS, name);
      }
      CodeBlock.Builder b = CodeBlock.builder().add("$T.volume($S, $T.builder()", PODS, name,
          EMPTY_DIR_SOURCE);
      e.medium().ifPresent(medium -> b.add(".medium($S)", medium));
      e.sizeLimit().ifPresent(q -> b.add(".sizeLimit($T.parse($S))", QUANTITY, q));
      return b.add(".build())").build();
    } else if (s instanceof PodModel.ConfigMapVolume) {
      PodModel.ConfigMapVolume c = (PodModel.ConfigMapVolume) s;
      return c.optional().isEmpty()
          ? CodeBlock.of("$T.configMapVolume($S, $S)", PODS, name, c.name())
          : CodeBlock.of("$T.volume($S, $T.builder().name($S).optional($L).build())", PODS,
              name, CONFIG_MAP_SOURCE, c.name(), c.optional().get());
    } else if (s instanceof PodModel.SecretVolume) {
      PodModel.SecretVolume c = (PodModel.SecretVolume) s;
      return c.optional().isEmpty()
          ? CodeBlock.of("$T.secretVolume($S, $S)", PODS, name, c.secretName())
          : CodeBlock.of("$T.volume($S, $T.builder().secretName($S).optional($L).build())", PODS,
              name, SECRET_SOURCE, c.secretName(), c.optional().get());
    } else if (s instanceof PodModel.PvcVolume) {
      return CodeBlock.of("$T.persistentVolumeClaim($S, $S)", PODS, name,
          ((PodModel.PvcVolume) s).claimName());
    } else if (s instanceof PodModel.HostPathVolume) {
      return CodeBlock.of("$T.hostPath($S, $S)", PODS, name,
          ((PodModel.HostPathVolume) s).path());
    } else if (s instanceof PodModel.DownwardApiVolume) {
      return CodeBlock.of("$T.downwardAPI($S, $L)", PODS, name,
          files(((PodModel.DownwardApiVolume) s).files()));
    } else if (s instanceof PodModel.CsiVolume) {
      return csi(name, (PodModel.CsiVolume) s);
    } else if (s instanceof PodModel.EphemeralVolume) {
      return ephemeral(name, (PodModel.EphemeralVolume) s);
    } else if (s instanceof PodModel.ImageVolume) {
      PodModel.ImageVolume i = (PodModel.ImageVolume) s;
      return i.pullPolicy().isEmpty()
          ? CodeBlock.of("$T.imageVolume($S, $S)", PODS, name, i.reference())
          : CodeBlock.of("$T.volume($S, $T.builder().reference($S).pullPolicy($S).build())",
              PODS, name, IMAGE_SOURCE, i.reference(), i.pullPolicy().get().value());
    }
    return CodeBlock.of("$T.projected($S, $L)", PODS, name,
        ((PodModel.ProjectedVolume) s).sources().stream()
            .map(PodSpecGenerator::projection)
            .collect(CodeBlock.joining(", ")));
  }

  /** The twin of {@code PodAssembler.csi}. */
  private static CodeBlock csi(String name, PodModel.CsiVolume c) {
    if (c.readOnly().isEmpty() && c.fsType().isEmpty() && c.attributes().isEmpty()
        && c.nodePublishSecretRef().isEmpty()) {
      return CodeBlock.of("$T.csi($S, $S)", PODS, name, c.driver());
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.volume($S, $T.builder().driver($S)", PODS,
        name, CSI_SOURCE, c.driver());
    c.readOnly().ifPresent(v -> b.add(".readOnly($L)", v));
    c.fsType().ifPresent(v -> b.add(".fsType($S)", v));
    c.attributes().forEach(e -> b.add(".putVolumeAttribute($S, $S)", e.key(), e.value()));
    c.nodePublishSecretRef().ifPresent(v -> b.add(
        ".nodePublishSecretRef($T.builder().name($S).build())", LOCAL_OBJECT_REFERENCE, v));
    return b.add(".build())").build();
  }

  /** The twin of {@code PodAssembler.ephemeral}. */
  private static CodeBlock ephemeral(String name, PodModel.EphemeralVolume e) {
    if (e.storageClassName().isPresent()
        && e.accessModes().equals(List.of(dev.podwright.dsl.AccessMode.READ_WRITE_ONCE))) {
      return CodeBlock.of("$T.ephemeral($S, $S, $S)", PODS, name, e.storageClassName().get(),
          e.storage());
    }
    CodeBlock.Builder claim = CodeBlock.builder().add("$T.builder()", CLAIM_SPEC)
        .add(".resources($T.builder().putRequest($S, $T.parse($S)).build())",
            RESOURCE_REQUIREMENTS, "storage", QUANTITY, e.storage());
    e.accessModes().forEach(m -> claim.add(".addAccessMode($S)", m.value()));
    e.storageClassName().ifPresent(v -> claim.add(".storageClassName($S)", v));
    return CodeBlock.of("$T.volume($S, $T.builder().volumeClaimTemplate($T.builder().spec($L"
        + ".build()).build()).build())", PODS, name, EPHEMERAL_SOURCE, CLAIM_TEMPLATE_SPEC,
        claim.build());
  }

  private static CodeBlock projection(ProjectionModel p) {
    if (p instanceof PodModel.TokenProjection) {
      PodModel.TokenProjection t = (PodModel.TokenProjection) p;
      return CodeBlock.of("$T.serviceAccountToken($S, $S, $LL)", PODS, t.path(), t.audience(),
          t.expirationSeconds());
    } else if (p instanceof PodModel.ConfigMapProjection) {
      return CodeBlock.of("$T.configMapProjection($S)", PODS,
          ((PodModel.ConfigMapProjection) p).name());
    } else if (p instanceof PodModel.SecretProjection) {
      return CodeBlock.of("$T.secretProjection($S)", PODS,
          ((PodModel.SecretProjection) p).name());
    }
    return CodeBlock.of("$T.downwardAPIProjection($L)", PODS,
        files(((PodModel.DownwardApiProjection) p).files()));
  }

  private static CodeBlock files(List<Entry> files) {
    return files.stream()
        .map(f -> CodeBlock.of("$T.downwardAPIFile($S, $S)", PODS, f.key(), f.value()))
        .collect(CodeBlock.joining(", "));
  }

  /** {@code istio-envoy} becomes {@code istioEnvoy}; NameAllocator makes it a valid name. */
  static String camel(String name) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : name.toCharArray()) {
      if (ch == '-' || ch == '.') {
        up = sb.length() > 0;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.length() == 0 ? "volume" : sb.toString();
  }
  // Workload-level values (issue 11); each has its twin in PodAssembler

  /** Declares a variable per claim template, before the chain that mounts and adds them. */
  private void claims(PodModel m, CodeBlock.Builder code, NameAllocator names) {
    if (m.workload().isEmpty() || !(m.workload().get() instanceof PodModel.StatefulSetModel)) {
      return;
    }
    for (PodModel.ClaimModel c : ((PodModel.StatefulSetModel) m.workload().get()).claims()) {
      String variable = names.newName(camel(c.name()));
      variables.put(c.name(), variable);
      claims.add(c.name());
      CodeBlock modes = c.accessModes().stream()
          .map(a -> CodeBlock.of("$T.$L", ACCESS_MODE, a.name()))
          .collect(CodeBlock.joining(", "));
      CodeBlock.Builder claim = CodeBlock.builder().add("$T.volumeClaimTemplate($S, $S$L$L)",
          PODS, c.name(), c.storage(), modes.isEmpty() ? "" : ", ", modes);
      c.storageClassName().ifPresent(v -> claim.add(".storageClassName($S)", v));
      code.addStatement("$T $N = $L", CLAIM_TEMPLATE, variable, claim.build());
    }
  }

  private static void failurePolicy(CodeBlock.Builder chain, PodModel.FailurePolicyModel p) {
    CodeBlock rules = p.rules().stream().map(r -> {
      CodeBlock action = CodeBlock.of("$T.$L", POD_FAILURE_ACTION, r.action().name());
      if (!r.podConditions().isEmpty()) {
        return r.podConditions().stream()
            .map(t -> CodeBlock.of("$T.onPodCondition($L, $S)", PODS, action, t))
            .collect(CodeBlock.joining(",\n"));
      }
      CodeBlock codes = r.exitCodes().stream().map(v -> CodeBlock.of("$L", v))
          .collect(CodeBlock.joining(", "));
      return CodeBlock.of("$T.onExitCodes($L, $L$T.$L$L$L)", PODS, action,
          r.container().map(n -> CodeBlock.of("$S, ", n)).orElse(CodeBlock.of("")),
          EXIT_CODE_OPERATOR, r.operator().orElseThrow().name(),
          codes.isEmpty() ? "" : ", ", codes);
    }).collect(CodeBlock.joining(",\n"));
    chain.add("\n.podFailurePolicy(").indent().indent().add("\n$L)", rules).unindent().unindent();
    if (p.ignoreSidecarExits()) {
      chain.add("\n.ignoreSidecarExits()");
    }
  }

  private static void update(CodeBlock.Builder chain, PodModel.UpdateModel u) {
    if (u.onDelete()) {
      chain.add("\n.onDelete()");
    } else if (u.maxSurge().isPresent()) {
      chain.add("\n.rollingUpdate($L, $L)", intOrString(u.maxUnavailable().orElseThrow()),
          intOrString(u.maxSurge().get()));
    } else if (u.maxUnavailable().isPresent()) {
      chain.add("\n.rollingUpdate($L, $L)", u.partition().orElse(0),
          intOrString(u.maxUnavailable().get()));
    } else if (u.partition().isPresent()) {
      chain.add("\n.rollingUpdate($L)", u.partition().get());
    }
  }
}
