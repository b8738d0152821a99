package dev.podwright.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.podwright.model.Capabilities;
import dev.podwright.model.ConfigMapEnvSource;
import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.ConfigMapProjection;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.DownwardAPIProjection;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.DownwardAPIVolumeSource;
import dev.podwright.model.EmptyDirVolumeSource;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvVar;
import dev.podwright.model.EnvVarSource;
import dev.podwright.model.ExecAction;
import dev.podwright.model.Extensible;
import dev.podwright.model.GRPCAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.HTTPHeader;
import dev.podwright.model.HostPathVolumeSource;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaimVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecretEnvSource;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.SecretProjection;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.SleepAction;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeProjection;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams model objects into a Jackson generator, each type's keys in the order of the Kubernetes
 * Go types, empty values left out, unknown fields last.
 */
final class ModelWriter {
  /** Writes the fields of one value; the object braces are the caller's. */
  @FunctionalInterface
  interface Fields<T> {
    void write(ModelWriter w, T value) throws IOException;
  }

  private final JsonGenerator gen;

  ModelWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  void object(KubernetesObject object) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("apiVersion", object.apiVersion());
    gen.writeStringField("kind", object.kind());
    obj("metadata", object.metadata(), ModelWriter::metadata);
    if (object instanceof Pod) {
      obj("spec", ((Pod) object).spec(), ModelWriter::podSpec);
    } else if (object instanceof Job) {
      obj("spec", ((Job) object).spec(), ModelWriter::jobSpec);
    } else if (object instanceof CronJob) {
      obj("spec", ((CronJob) object).spec(), ModelWriter::cronJobSpec);
    } else if (object instanceof Deployment) {
      obj("spec", ((Deployment) object).spec(), ModelWriter::deploymentSpec);
    } else if (object instanceof StatefulSet) {
      obj("spec", ((StatefulSet) object).spec(), ModelWriter::statefulSetSpec);
    } else if (object instanceof DaemonSet) {
      obj("spec", ((DaemonSet) object).spec(), ModelWriter::daemonSetSpec);
    } else {
      throw new IllegalArgumentException("cannot write kind " + object.kind());
    }
    unknown(object);
    gen.writeEndObject();
  }

  // Helpers: each writes nothing for an absent or empty value.

  <T extends Extensible> void obj(String name, Optional<T> value, Fields<T> fields)
      throws IOException {
    if (value.isPresent()) {
      obj(name, value.get(), fields);
    }
  }

  <T extends Extensible> void obj(String name, T value, Fields<T> fields) throws IOException {
    gen.writeFieldName(name);
    body(value, fields);
  }

  private <T extends Extensible> void body(T value, Fields<T> fields) throws IOException {
    gen.writeStartObject();
    fields.write(this, value);
    unknown(value);
    gen.writeEndObject();
  }

  <T extends Extensible> void list(String name, List<T> values, Fields<T> fields)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeArrayFieldStart(name);
    for (T value : values) {
      body(value, fields);
    }
    gen.writeEndArray();
  }

  void str(String name, String value) throws IOException {
    if (!value.isEmpty()) {
      gen.writeStringField(name, value);
    }
  }

  void str(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      str(name, value.get());
    }
  }

  void num(String name, Optional<? extends Number> value) throws IOException {
    if (value.isPresent()) {
      num(name, value.get().longValue());
    }
  }

  void num(String name, long value) throws IOException {
    gen.writeNumberField(name, value);
  }

  void bool(String name, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      gen.writeBooleanField(name, value.get());
    }
  }

  void strings(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeArrayFieldStart(name);
    for (String value : values) {
      gen.writeString(value);
    }
    gen.writeEndArray();
  }

  void strings(String name, Map<String, String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : values.entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  void quantity(String name, Optional<Quantity> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(name, value.get().toString());
    }
  }

  void quantities(String name, Map<String, Quantity> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    gen.writeObjectFieldStart(name);
    for (Map.Entry<String, Quantity> e : values.entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue().toString());
    }
    gen.writeEndObject();
  }

  void intOrString(String name, IntOrString value) throws IOException {
    if (value.isInt()) {
      gen.writeNumberField(name, value.intValue());
    } else {
      gen.writeStringField(name, value.stringValue());
    }
  }

  void unknown(Extensible value) throws IOException {
    for (Map.Entry<String, Object> e : value.unknownFields().entrySet()) {
      gen.writeFieldName(e.getKey());
      raw(e.getValue());
    }
  }

  private void raw(Object value) throws IOException {
    if (value == Extensible.NULL) {
      gen.writeNull();
    } else if (value instanceof String) {
      gen.writeString((String) value);
    } else if (value instanceof Boolean) {
      gen.writeBoolean((Boolean) value);
    } else if (value instanceof BigDecimal) {
      gen.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      gen.writeNumber((BigInteger) value);
    } else if (value instanceof Double || value instanceof Float) {
      gen.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number) {
      gen.writeNumber(((Number) value).longValue());
    } else if (value instanceof List) {
      gen.writeStartArray();
      for (Object item : (List<?>) value) {
        raw(item);
      }
      gen.writeEndArray();
    } else if (value instanceof Map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        raw(e.getValue());
      }
      gen.writeEndObject();
    } else {
      throw new IllegalArgumentException(
          "unknown field value of unsupported type " + value.getClass().getName());
    }
  }

  // The model types, each in the field order of its Go type.

  static void metadata(ModelWriter w, ObjectMeta m) throws IOException {
    w.str("name", m.name());
    w.str("generateName", m.generateName());
    w.str("namespace", m.namespace());
    w.strings("labels", m.labels());
    w.strings("annotations", m.annotations());
  }

  static void podSpec(ModelWriter w, PodSpec s) throws IOException {
    w.list("volumes", s.volumes(), ModelWriter::volume);
    w.list("initContainers", s.initContainers(), ModelWriter::container);
    w.list("containers", s.containers(), ModelWriter::container);
    w.str("restartPolicy", s.restartPolicy());
    w.num("terminationGracePeriodSeconds", s.terminationGracePeriodSeconds());
    w.num("activeDeadlineSeconds", s.activeDeadlineSeconds());
    w.str("dnsPolicy", s.dnsPolicy());
    w.strings("nodeSelector", s.nodeSelector());
    w.str("serviceAccountName", s.serviceAccountName());
    w.bool("hostNetwork", s.hostNetwork());
    w.bool("shareProcessNamespace", s.shareProcessNamespace());
    w.obj("securityContext", s.securityContext(), ModelWriter::podSecurityContext);
    w.list("imagePullSecrets", s.imagePullSecrets(), ModelWriter::localReference);
    w.list("tolerations", s.tolerations(), ModelWriter::toleration);
    w.str("priorityClassName", s.priorityClassName());
    w.quantities("overhead", s.overhead());
  }

  static void container(ModelWriter w, Container c) throws IOException {
    w.str("name", c.name());
    w.str("image", c.image());
    w.strings("command", c.command());
    w.strings("args", c.args());
    w.str("workingDir", c.workingDir());
    w.list("ports", c.ports(), ModelWriter::port);
    w.list("envFrom", c.envFrom(), ModelWriter::envFrom);
    w.list("env", c.env(), ModelWriter::env);
    w.obj("resources", c.resources(), ModelWriter::resources);
    w.str("restartPolicy", c.restartPolicy());
    w.list("restartPolicyRules", c.restartPolicyRules(), ModelWriter::restartRule);
    w.list("volumeMounts", c.volumeMounts(), ModelWriter::volumeMount);
    w.obj("livenessProbe", c.livenessProbe(), ModelWriter::probe);
    w.obj("readinessProbe", c.readinessProbe(), ModelWriter::probe);
    w.obj("startupProbe", c.startupProbe(), ModelWriter::probe);
    w.obj("lifecycle", c.lifecycle(), ModelWriter::lifecycle);
    w.str("terminationMessagePath", c.terminationMessagePath());
    w.str("terminationMessagePolicy", c.terminationMessagePolicy());
    w.str("imagePullPolicy", c.imagePullPolicy());
    w.obj("securityContext", c.securityContext(), ModelWriter::securityContext);
  }

  static void restartRule(ModelWriter w, ContainerRestartRule r) throws IOException {
    w.str("action", r.action());
    w.obj("exitCodes", r.exitCodes(), ModelWriter::exitCodes);
  }

  static void exitCodes(ModelWriter w, ContainerRestartRuleOnExitCodes e) throws IOException {
    w.str("operator", e.operator());
    if (!e.values().isEmpty()) {
      w.gen.writeArrayFieldStart("values");
      for (int value : e.values()) {
        w.gen.writeNumber(value);
      }
      w.gen.writeEndArray();
    }
  }

  static void port(ModelWriter w, ContainerPort p) throws IOException {
    w.str("name", p.name());
    w.num("hostPort", p.hostPort());
    if (p.containerPort() != 0) {
      w.num("containerPort", p.containerPort());
    }
    w.str("protocol", p.protocol());
    w.str("hostIP", p.hostIP());
  }

  static void envFrom(ModelWriter w, EnvFromSource e) throws IOException {
    w.str("prefix", e.prefix());
    w.obj("configMapRef", e.configMapRef(), ModelWriter::configMapEnvSource);
    w.obj("secretRef", e.secretRef(), ModelWriter::secretEnvSource);
  }

  static void configMapEnvSource(ModelWriter w, ConfigMapEnvSource s) throws IOException {
    w.str("name", s.name());
    w.bool("optional", s.optional());
  }

  static void secretEnvSource(ModelWriter w, SecretEnvSource s) throws IOException {
    w.str("name", s.name());
    w.bool("optional", s.optional());
  }

  static void env(ModelWriter w, EnvVar e) throws IOException {
    w.str("name", e.name());
    w.str("value", e.value());
    w.obj("valueFrom", e.valueFrom(), ModelWriter::envVarSource);
  }

  static void envVarSource(ModelWriter w, EnvVarSource s) throws IOException {
    w.obj("fieldRef", s.fieldRef(), ModelWriter::fieldRef);
    w.obj("resourceFieldRef", s.resourceFieldRef(), ModelWriter::resourceFieldRef);
    w.obj("configMapKeyRef", s.configMapKeyRef(), ModelWriter::configMapKeyRef);
    w.obj("secretKeyRef", s.secretKeyRef(), ModelWriter::secretKeyRef);
  }

  static void fieldRef(ModelWriter w, ObjectFieldSelector s) throws IOException {
    w.str("apiVersion", s.apiVersion());
    w.str("fieldPath", s.fieldPath());
  }

  static void resourceFieldRef(ModelWriter w, ResourceFieldSelector s) throws IOException {
    w.str("containerName", s.containerName());
    w.str("resource", s.resource());
    w.quantity("divisor", s.divisor());
  }

  static void configMapKeyRef(ModelWriter w, ConfigMapKeySelector s) throws IOException {
    w.str("name", s.name());
    w.str("key", s.key());
    w.bool("optional", s.optional());
  }

  static void secretKeyRef(ModelWriter w, SecretKeySelector s) throws IOException {
    w.str("name", s.name());
    w.str("key", s.key());
    w.bool("optional", s.optional());
  }

  static void resources(ModelWriter w, ResourceRequirements r) throws IOException {
    w.quantities("limits", r.limits());
    w.quantities("requests", r.requests());
  }

  static void volumeMount(ModelWriter w, VolumeMount m) throws IOException {
    w.str("name", m.name());
    w.bool("readOnly", m.readOnly());
    w.str("mountPath", m.mountPath());
    w.str("subPath", m.subPath());
    w.str("mountPropagation", m.mountPropagation());
    w.str("subPathExpr", m.subPathExpr());
  }

  static void probe(ModelWriter w, Probe p) throws IOException {
    w.obj("exec", p.exec(), ModelWriter::exec);
    w.obj("httpGet", p.httpGet(), ModelWriter::httpGet);
    w.obj("tcpSocket", p.tcpSocket(), ModelWriter::tcpSocket);
    w.obj("grpc", p.grpc(), ModelWriter::grpc);
    w.num("initialDelaySeconds", p.initialDelaySeconds());
    w.num("timeoutSeconds", p.timeoutSeconds());
    w.num("periodSeconds", p.periodSeconds());
    w.num("successThreshold", p.successThreshold());
    w.num("failureThreshold", p.failureThreshold());
    w.num("terminationGracePeriodSeconds", p.terminationGracePeriodSeconds());
  }

  static void lifecycle(ModelWriter w, Lifecycle l) throws IOException {
    w.obj("postStart", l.postStart(), ModelWriter::lifecycleHandler);
    w.obj("preStop", l.preStop(), ModelWriter::lifecycleHandler);
  }

  static void lifecycleHandler(ModelWriter w, LifecycleHandler h) throws IOException {
    w.obj("exec", h.exec(), ModelWriter::exec);
    w.obj("httpGet", h.httpGet(), ModelWriter::httpGet);
    w.obj("tcpSocket", h.tcpSocket(), ModelWriter::tcpSocket);
    w.obj("sleep", h.sleep(), ModelWriter::sleep);
  }

  static void exec(ModelWriter w, ExecAction a) throws IOException {
    w.strings("command", a.command());
  }

  static void httpGet(ModelWriter w, HTTPGetAction a) throws IOException {
    w.str("path", a.path());
    w.intOrString("port", a.port());
    w.str("host", a.host());
    w.str("scheme", a.scheme());
    w.list("httpHeaders", a.httpHeaders(), ModelWriter::httpHeader);
  }

  static void httpHeader(ModelWriter w, HTTPHeader h) throws IOException {
    w.str("name", h.name());
    w.gen.writeStringField("value", h.value());
  }

  static void tcpSocket(ModelWriter w, TCPSocketAction a) throws IOException {
    w.intOrString("port", a.port());
    w.str("host", a.host());
  }

  static void grpc(ModelWriter w, GRPCAction a) throws IOException {
    w.num("port", a.port());
    w.str("service", a.service());
  }

  static void sleep(ModelWriter w, SleepAction a) throws IOException {
    w.num("seconds", a.seconds());
  }

  static void securityContext(ModelWriter w, SecurityContext s) throws IOException {
    w.obj("capabilities", s.capabilities(), ModelWriter::capabilities);
    w.bool("privileged", s.privileged());
    w.num("runAsUser", s.runAsUser());
    w.num("runAsGroup", s.runAsGroup());
    w.bool("runAsNonRoot", s.runAsNonRoot());
    w.bool("readOnlyRootFilesystem", s.readOnlyRootFilesystem());
    w.bool("allowPrivilegeEscalation", s.allowPrivilegeEscalation());
    w.obj("seccompProfile", s.seccompProfile(), ModelWriter::seccompProfile);
  }

  static void capabilities(ModelWriter w, Capabilities c) throws IOException {
    w.strings("add", c.add());
    w.strings("drop", c.drop());
  }

  static void podSecurityContext(ModelWriter w, PodSecurityContext s) throws IOException {
    w.num("runAsUser", s.runAsUser());
    w.num("runAsGroup", s.runAsGroup());
    w.bool("runAsNonRoot", s.runAsNonRoot());
    w.num("fsGroup", s.fsGroup());
    w.obj("seccompProfile", s.seccompProfile(), ModelWriter::seccompProfile);
  }

  static void seccompProfile(ModelWriter w, SeccompProfile p) throws IOException {
    w.str("type", p.type());
    w.str("localhostProfile", p.localhostProfile());
  }

  static void localReference(ModelWriter w, LocalObjectReference r) throws IOException {
    w.str("name", r.name());
  }

  static void toleration(ModelWriter w, Toleration t) throws IOException {
    w.str("key", t.key());
    w.str("operator", t.operator());
    w.str("value", t.value());
    w.str("effect", t.effect());
    w.num("tolerationSeconds", t.tolerationSeconds());
  }

  static void volume(ModelWriter w, Volume v) throws IOException {
    w.str("name", v.name());
    w.obj("hostPath", v.hostPath(), ModelWriter::hostPath);
    w.obj("emptyDir", v.emptyDir(), ModelWriter::emptyDir);
    w.obj("secret", v.secret(), ModelWriter::secretVolume);
    w.obj("persistentVolumeClaim", v.persistentVolumeClaim(), ModelWriter::pvc);
    w.obj("downwardAPI", v.downwardAPI(), ModelWriter::downwardAPIVolume);
    w.obj("configMap", v.configMap(), ModelWriter::configMapVolume);
    w.obj("projected", v.projected(), ModelWriter::projected);
  }

  static void hostPath(ModelWriter w, HostPathVolumeSource s) throws IOException {
    w.str("path", s.path());
    w.str("type", s.type());
  }

  static void emptyDir(ModelWriter w, EmptyDirVolumeSource s) throws IOException {
    w.str("medium", s.medium());
    w.quantity("sizeLimit", s.sizeLimit());
  }

  static void secretVolume(ModelWriter w, SecretVolumeSource s) throws IOException {
    w.str("secretName", s.secretName());
    w.list("items", s.items(), ModelWriter::keyToPath);
    w.num("defaultMode", s.defaultMode());
    w.bool("optional", s.optional());
  }

  static void pvc(ModelWriter w, PersistentVolumeClaimVolumeSource s) throws IOException {
    w.str("claimName", s.claimName());
    w.bool("readOnly", s.readOnly());
  }

  static void downwardAPIVolume(ModelWriter w, DownwardAPIVolumeSource s) throws IOException {
    w.list("items", s.items(), ModelWriter::downwardAPIFile);
    w.num("defaultMode", s.defaultMode());
  }

  static void downwardAPIFile(ModelWriter w, DownwardAPIVolumeFile f) throws IOException {
    w.str("path", f.path());
    w.obj("fieldRef", f.fieldRef(), ModelWriter::fieldRef);
    w.obj("resourceFieldRef", f.resourceFieldRef(), ModelWriter::resourceFieldRef);
    w.num("mode", f.mode());
  }

  static void configMapVolume(ModelWriter w, ConfigMapVolumeSource s) throws IOException {
    w.str("name", s.name());
    w.list("items", s.items(), ModelWriter::keyToPath);
    w.num("defaultMode", s.defaultMode());
    w.bool("optional", s.optional());
  }

  static void keyToPath(ModelWriter w, KeyToPath k) throws IOException {
    w.str("key", k.key());
    w.str("path", k.path());
    w.num("mode", k.mode());
  }

  static void projected(ModelWriter w, ProjectedVolumeSource s) throws IOException {
    w.list("sources", s.sources(), ModelWriter::projection);
    w.num("defaultMode", s.defaultMode());
  }

  static void projection(ModelWriter w, VolumeProjection p) throws IOException {
    w.obj("secret", p.secret(), ModelWriter::secretProjection);
    w.obj("downwardAPI", p.downwardAPI(), ModelWriter::downwardAPIProjection);
    w.obj("configMap", p.configMap(), ModelWriter::configMapProjection);
    w.obj("serviceAccountToken", p.serviceAccountToken(), ModelWriter::tokenProjection);
  }

  static void secretProjection(ModelWriter w, SecretProjection s) throws IOException {
    w.str("name", s.name());
    w.list("items", s.items(), ModelWriter::keyToPath);
    w.bool("optional", s.optional());
  }

  static void downwardAPIProjection(ModelWriter w, DownwardAPIProjection s) throws IOException {
    w.list("items", s.items(), ModelWriter::downwardAPIFile);
  }

  static void configMapProjection(ModelWriter w, ConfigMapProjection s) throws IOException {
    w.str("name", s.name());
    w.list("items", s.items(), ModelWriter::keyToPath);
    w.bool("optional", s.optional());
  }

  static void tokenProjection(ModelWriter w, ServiceAccountTokenProjection s) throws IOException {
    w.str("audience", s.audience());
    w.num("expirationSeconds", s.expirationSeconds());
    w.str("path", s.path());
  }

  // Workloads: the pod template and the specs that wrap it.

  /** Writes template or job-template metadata; an empty one only if the template keeps it. */
  void templateMeta(ObjectMeta meta, boolean keepEmpty) throws IOException {
    if (keepEmpty || !meta.equals(ObjectMeta.builder().build())) {
      obj("metadata", meta, ModelWriter::metadata);
    }
  }

  static void podTemplate(ModelWriter w, PodTemplateSpec t) throws IOException {
    w.templateMeta(t.metadata(), t.keepsEmptyMetadata());
    w.obj("spec", t.spec(), ModelWriter::podSpec);
  }

  static void labelSelector(ModelWriter w, LabelSelector s) throws IOException {
    w.strings("matchLabels", s.matchLabels());
    w.list("matchExpressions", s.matchExpressions(), ModelWriter::labelSelectorRequirement);
  }

  static void labelSelectorRequirement(ModelWriter w, LabelSelectorRequirement r)
      throws IOException {
    w.str("key", r.key());
    w.str("operator", r.operator());
    w.strings("values", r.values());
  }

  static void jobSpec(ModelWriter w, JobSpec s) throws IOException {
    w.num("parallelism", s.parallelism());
    w.num("completions", s.completions());
    w.num("activeDeadlineSeconds", s.activeDeadlineSeconds());
    w.num("backoffLimit", s.backoffLimit());
    w.obj("selector", s.selector(), ModelWriter::labelSelector);
    w.bool("manualSelector", s.manualSelector());
    w.obj("template", s.template(), ModelWriter::podTemplate);
    w.num("ttlSecondsAfterFinished", s.ttlSecondsAfterFinished());
    w.str("completionMode", s.completionMode());
    w.bool("suspend", s.suspend());
  }

  static void jobTemplate(ModelWriter w, JobTemplateSpec t) throws IOException {
    w.templateMeta(t.metadata(), t.keepsEmptyMetadata());
    w.obj("spec", t.spec(), ModelWriter::jobSpec);
  }

  static void cronJobSpec(ModelWriter w, CronJobSpec s) throws IOException {
    w.str("schedule", s.schedule());
    w.str("timeZone", s.timeZone());
    w.num("startingDeadlineSeconds", s.startingDeadlineSeconds());
    w.str("concurrencyPolicy", s.concurrencyPolicy());
    w.bool("suspend", s.suspend());
    w.obj("jobTemplate", s.jobTemplate(), ModelWriter::jobTemplate);
    w.num("successfulJobsHistoryLimit", s.successfulJobsHistoryLimit());
    w.num("failedJobsHistoryLimit", s.failedJobsHistoryLimit());
  }

  static void deploymentSpec(ModelWriter w, DeploymentSpec s) throws IOException {
    w.num("replicas", s.replicas());
    w.obj("selector", s.selector(), ModelWriter::labelSelector);
    w.obj("template", s.template(), ModelWriter::podTemplate);
    w.obj("strategy", s.strategy(), ModelWriter::deploymentStrategy);
    w.num("minReadySeconds", s.minReadySeconds());
    w.num("revisionHistoryLimit", s.revisionHistoryLimit());
    w.bool("paused", s.paused());
    w.num("progressDeadlineSeconds", s.progressDeadlineSeconds());
  }

  static void deploymentStrategy(ModelWriter w, DeploymentStrategy s) throws IOException {
    w.str("type", s.type());
    w.obj("rollingUpdate", s.rollingUpdate(), ModelWriter::rollingUpdate);
  }

  static void rollingUpdate(ModelWriter w, RollingUpdateDeployment r) throws IOException {
    if (r.maxUnavailable().isPresent()) {
      w.intOrString("maxUnavailable", r.maxUnavailable().get());
    }
    if (r.maxSurge().isPresent()) {
      w.intOrString("maxSurge", r.maxSurge().get());
    }
  }

  static void statefulSetSpec(ModelWriter w, StatefulSetSpec s) throws IOException {
    w.num("replicas", s.replicas());
    w.obj("selector", s.selector(), ModelWriter::labelSelector);
    w.obj("template", s.template(), ModelWriter::podTemplate);
    w.str("serviceName", s.serviceName());
    w.str("podManagementPolicy", s.podManagementPolicy());
    w.num("revisionHistoryLimit", s.revisionHistoryLimit());
    w.num("minReadySeconds", s.minReadySeconds());
  }

  static void daemonSetSpec(ModelWriter w, DaemonSetSpec s) throws IOException {
    w.obj("selector", s.selector(), ModelWriter::labelSelector);
    w.obj("template", s.template(), ModelWriter::podTemplate);
    w.num("minReadySeconds", s.minReadySeconds());
    w.num("revisionHistoryLimit", s.revisionHistoryLimit());
  }
}
