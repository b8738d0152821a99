package dev.podwright.yaml;

import dev.podwright.model.Capabilities;
import dev.podwright.model.ConfigMapEnvSource;
import dev.podwright.model.ConfigMapKeySelector;
import dev.podwright.model.ConfigMapProjection;
import dev.podwright.model.ConfigMapVolumeSource;
import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
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
import dev.podwright.model.KeyToPath;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.ObjectFieldSelector;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PersistentVolumeClaimVolumeSource;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Probe;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceFieldSelector;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecretEnvSource;
import dev.podwright.model.SecretKeySelector;
import dev.podwright.model.SecretProjection;
import dev.podwright.model.SecretVolumeSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.SleepAction;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeMount;
import dev.podwright.model.VolumeProjection;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads model objects from {@link YamlNode} trees, one method per model type in the field order
 * of {@link ModelWriter}. Known fields are typed strictly; every other key, at any level, is kept
 * verbatim in the builder's unknown fields. A new kind is one entry in {@link #KINDS} and one
 * method. The file is long because the model is wide; each method is as flat as the Go type.
 */
final class ModelReader extends NodeReader {
  /** A supported kind: its API version and how to read it. */
  record Kind(String apiVersion, Read<? extends KubernetesObject> read) {}

  /** The supported kinds by name. */
  static final Map<String, Kind> KINDS = Map.of(
      "Pod", new Kind("v1", ModelReader::pod),
      "Job", new Kind("batch/v1", WorkloadReader::job),
      "CronJob", new Kind("batch/v1", WorkloadReader::cronJob),
      "Deployment", new Kind("apps/v1", WorkloadReader::deployment),
      "StatefulSet", new Kind("apps/v1", WorkloadReader::statefulSet),
      "DaemonSet", new Kind("apps/v1", WorkloadReader::daemonSet));

  /**
   * Returns the document as a {@link SkippedDocument} if it names a kind the model does not know
   * (a {@code Service}, a {@code ConfigMap}, ...), or {@code null} if it is supported or too broken
   * to tell, in which case {@link #object(YamlNode)} reports the problem. A known kind name in an
   * API group with a dot ({@code apps.kruise.io/v1beta1 StatefulSet}) is a custom resource, which a
   * server with its CRD accepts, so it is skipped too; every built-in group of the model's kinds
   * ({@code apps}, {@code batch}, {@code extensions}, the core group) has none, and a wrong version
   * there ({@code extensions/v1beta1 Deployment}) stays an error.
   */
  static @Nullable SkippedDocument unknownKind(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      return null;
    }
    Map<String, YamlNode.Entry> entries = ((YamlNode.Mapping) root).entries();
    String kind = scalarText(entries.get("kind"));
    String apiVersion = scalarText(entries.get("apiVersion"));
    if (kind.isEmpty() || KINDS.containsKey(kind) && !customGroup(apiVersion)) {
      return null;
    }
    YamlNode.Entry metadata = entries.get("metadata");
    String name = metadata != null && metadata.value() instanceof YamlNode.Mapping
        ? scalarText(((YamlNode.Mapping) metadata.value()).entries().get("name"))
        : "";
    return new SkippedDocument(apiVersion, kind, name, root.line());
  }

  /** Returns whether an {@code apiVersion} is {@code group/version} with a dot in the group. */
  private static boolean customGroup(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash > 0 && apiVersion.substring(0, slash).contains(".");
  }

  /** Returns the string value of an entry, or empty if absent or not a string. */
  private static String scalarText(YamlNode.@Nullable Entry entry) {
    return entry != null && entry.value() instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) entry.value()).value() instanceof String
        ? (String) ((YamlNode.Scalar) entry.value()).value()
        : "";
  }

  /** Reads one document: checks {@code apiVersion} and {@code kind}, then reads the object. */
  KubernetesObject object(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      throw expected("a Kubernetes object (a mapping)", root, "");
    }
    String apiVersion = "";
    String kind = "";
    YamlNode at = root;
    for (Field f : fields(root, "")) {
      if (f.name().equals("apiVersion")) {
        apiVersion = text(f);
      } else if (f.name().equals("kind")) {
        kind = text(f);
        at = f.value();
      }
    }
    Kind reader = KINDS.get(kind);
    if (reader == null) {
      String supported = String.join(", ", new TreeSet<>(KINDS.keySet()));
      String problem = kind.isEmpty()
          ? "missing kind; supported: " + supported
          : "unknown kind " + Values.quote(kind) + " (apiVersion " + Values.quote(apiVersion)
              + "); supported: " + supported;
      throw new ManifestException(at.line(), at.column(), "", problem);
    }
    if (!reader.apiVersion().equals(apiVersion)) {
      throw new ManifestException(at.line(), at.column(), "", "kind " + Values.quote(kind)
          + " needs apiVersion " + Values.quote(reader.apiVersion()) + ", found "
          + Values.quote(apiVersion));
    }
    return reader.read().read(this, root, "");
  }

  // The kinds. apiVersion and kind were checked by object(..).

  static Pod pod(NodeReader r, YamlNode node, String path) {
    Pod.Builder b = Pod.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, ModelReader::podSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  // The model types, each in the field order of its Go type.

  static ObjectMeta metadata(NodeReader r, YamlNode node, String path) {
    ObjectMeta.Builder b = ObjectMeta.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "generateName" -> r.str(f, b::generateName);
        case "namespace" -> r.str(f, b::namespace);
        case "labels" -> r.stringMap(f, b::labels);
        case "annotations" -> r.stringMap(f, b::annotations);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static PodSpec podSpec(NodeReader r, YamlNode node, String path) {
    PodSpec.Builder b = PodSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "volumes" -> r.list(f, ModelReader::volume, b::volumes);
        case "initContainers" -> r.list(f, ModelReader::container, b::initContainers);
        case "containers" -> r.list(f, ModelReader::container, b::containers);
        case "restartPolicy" -> r.str(f, b::restartPolicy);
        case "terminationGracePeriodSeconds" -> r.int64(f, b::terminationGracePeriodSeconds);
        case "activeDeadlineSeconds" -> r.int64(f, b::activeDeadlineSeconds);
        case "dnsPolicy" -> r.str(f, b::dnsPolicy);
        case "nodeSelector" -> r.stringMap(f, b::nodeSelector);
        case "serviceAccountName" -> r.str(f, b::serviceAccountName);
        case "hostNetwork" -> r.bool(f, b::hostNetwork);
        case "shareProcessNamespace" -> r.bool(f, b::shareProcessNamespace);
        case "securityContext" -> r.obj(f, ModelReader::podSecurityContext, b::securityContext);
        case "imagePullSecrets" -> r.list(f, ModelReader::localReference, b::imagePullSecrets);
        case "tolerations" -> r.list(f, ModelReader::toleration, b::tolerations);
        case "priorityClassName" -> r.str(f, b::priorityClassName);
        case "overhead" -> r.quantities(f, b::overhead);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Container container(NodeReader r, YamlNode node, String path) {
    Container.Builder b = Container.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "image" -> r.str(f, b::image);
        case "command" -> r.strings(f, b::command);
        case "args" -> r.strings(f, b::args);
        case "workingDir" -> r.str(f, b::workingDir);
        case "ports" -> r.list(f, ModelReader::port, b::ports);
        case "envFrom" -> r.list(f, ModelReader::envFrom, b::envFrom);
        case "env" -> r.list(f, ModelReader::env, b::env);
        case "resources" -> r.obj(f, ModelReader::resources, b::resources);
        case "restartPolicy" -> r.str(f, b::restartPolicy);
        case "restartPolicyRules" -> r.list(f, ModelReader::restartRule, b::restartPolicyRules);
        case "volumeMounts" -> r.list(f, ModelReader::volumeMount, b::volumeMounts);
        case "livenessProbe" -> r.obj(f, ModelReader::probe, b::livenessProbe);
        case "readinessProbe" -> r.obj(f, ModelReader::probe, b::readinessProbe);
        case "startupProbe" -> r.obj(f, ModelReader::probe, b::startupProbe);
        case "lifecycle" -> r.obj(f, ModelReader::lifecycle, b::lifecycle);
        case "terminationMessagePath" -> r.str(f, b::terminationMessagePath);
        case "terminationMessagePolicy" -> r.str(f, b::terminationMessagePolicy);
        case "imagePullPolicy" -> r.str(f, b::imagePullPolicy);
        case "securityContext" -> r.obj(f, ModelReader::securityContext, b::securityContext);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ContainerRestartRule restartRule(NodeReader r, YamlNode node, String path) {
    ContainerRestartRule.Builder b = ContainerRestartRule.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "action" -> r.str(f, b::action);
        case "exitCodes" -> r.obj(f, ModelReader::exitCodes, b::exitCodes);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ContainerRestartRuleOnExitCodes exitCodes(NodeReader r, YamlNode node, String path) {
    ContainerRestartRuleOnExitCodes.Builder b = ContainerRestartRuleOnExitCodes.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "operator" -> r.str(f, b::operator);
        case "values" -> r.list(f, (reader, item, itemPath) -> {
          int[] value = new int[1];
          reader.int32(new Field(f.name(), item, itemPath), v -> value[0] = v);
          return value[0];
        }, b::values);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ContainerPort port(NodeReader r, YamlNode node, String path) {
    ContainerPort.Builder b = ContainerPort.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "hostPort" -> r.int32(f, b::hostPort);
        case "containerPort" -> r.int32(f, b::containerPort);
        case "protocol" -> r.str(f, b::protocol);
        case "hostIP" -> r.str(f, b::hostIP);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static EnvFromSource envFrom(NodeReader r, YamlNode node, String path) {
    EnvFromSource.Builder b = EnvFromSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "prefix" -> r.str(f, b::prefix);
        case "configMapRef" -> r.obj(f, ModelReader::configMapEnvSource, b::configMapRef);
        case "secretRef" -> r.obj(f, ModelReader::secretEnvSource, b::secretRef);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ConfigMapEnvSource configMapEnvSource(NodeReader r, YamlNode node, String path) {
    ConfigMapEnvSource.Builder b = ConfigMapEnvSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SecretEnvSource secretEnvSource(NodeReader r, YamlNode node, String path) {
    SecretEnvSource.Builder b = SecretEnvSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static EnvVar env(NodeReader r, YamlNode node, String path) {
    EnvVar.Builder b = EnvVar.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "value" -> r.str(f, b::value);
        case "valueFrom" -> r.obj(f, ModelReader::envVarSource, b::valueFrom);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static EnvVarSource envVarSource(NodeReader r, YamlNode node, String path) {
    EnvVarSource.Builder b = EnvVarSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "fieldRef" -> r.obj(f, ModelReader::fieldRef, b::fieldRef);
        case "resourceFieldRef" -> r.obj(f, ModelReader::resourceFieldRef, b::resourceFieldRef);
        case "configMapKeyRef" -> r.obj(f, ModelReader::configMapKeyRef, b::configMapKeyRef);
        case "secretKeyRef" -> r.obj(f, ModelReader::secretKeyRef, b::secretKeyRef);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ObjectFieldSelector fieldRef(NodeReader r, YamlNode node, String path) {
    ObjectFieldSelector.Builder b = ObjectFieldSelector.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion" -> r.str(f, b::apiVersion);
        case "fieldPath" -> r.str(f, b::fieldPath);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ResourceFieldSelector resourceFieldRef(NodeReader r, YamlNode node, String path) {
    ResourceFieldSelector.Builder b = ResourceFieldSelector.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "containerName" -> r.str(f, b::containerName);
        case "resource" -> r.str(f, b::resource);
        case "divisor" -> r.quantity(f, b::divisor);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ConfigMapKeySelector configMapKeyRef(NodeReader r, YamlNode node, String path) {
    ConfigMapKeySelector.Builder b = ConfigMapKeySelector.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "key" -> r.str(f, b::key);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SecretKeySelector secretKeyRef(NodeReader r, YamlNode node, String path) {
    SecretKeySelector.Builder b = SecretKeySelector.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "key" -> r.str(f, b::key);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ResourceRequirements resources(NodeReader r, YamlNode node, String path) {
    ResourceRequirements.Builder b = ResourceRequirements.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "limits" -> r.quantities(f, b::limits);
        case "requests" -> r.quantities(f, b::requests);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static VolumeMount volumeMount(NodeReader r, YamlNode node, String path) {
    VolumeMount.Builder b = VolumeMount.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "readOnly" -> r.bool(f, b::readOnly);
        case "mountPath" -> r.str(f, b::mountPath);
        case "subPath" -> r.str(f, b::subPath);
        case "mountPropagation" -> r.str(f, b::mountPropagation);
        case "subPathExpr" -> r.str(f, b::subPathExpr);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Probe probe(NodeReader r, YamlNode node, String path) {
    Probe.Builder b = Probe.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "exec" -> r.obj(f, ModelReader::exec, b::exec);
        case "httpGet" -> r.obj(f, ModelReader::httpGet, b::httpGet);
        case "tcpSocket" -> r.obj(f, ModelReader::tcpSocket, b::tcpSocket);
        case "grpc" -> r.obj(f, ModelReader::grpc, b::grpc);
        case "initialDelaySeconds" -> r.int32(f, b::initialDelaySeconds);
        case "timeoutSeconds" -> r.int32(f, b::timeoutSeconds);
        case "periodSeconds" -> r.int32(f, b::periodSeconds);
        case "successThreshold" -> r.int32(f, b::successThreshold);
        case "failureThreshold" -> r.int32(f, b::failureThreshold);
        case "terminationGracePeriodSeconds" -> r.int64(f, b::terminationGracePeriodSeconds);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Lifecycle lifecycle(NodeReader r, YamlNode node, String path) {
    Lifecycle.Builder b = Lifecycle.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "postStart" -> r.obj(f, ModelReader::lifecycleHandler, b::postStart);
        case "preStop" -> r.obj(f, ModelReader::lifecycleHandler, b::preStop);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static LifecycleHandler lifecycleHandler(NodeReader r, YamlNode node, String path) {
    LifecycleHandler.Builder b = LifecycleHandler.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "exec" -> r.obj(f, ModelReader::exec, b::exec);
        case "httpGet" -> r.obj(f, ModelReader::httpGet, b::httpGet);
        case "tcpSocket" -> r.obj(f, ModelReader::tcpSocket, b::tcpSocket);
        case "sleep" -> r.obj(f, ModelReader::sleep, b::sleep);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ExecAction exec(NodeReader r, YamlNode node, String path) {
    ExecAction.Builder b = ExecAction.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "command" -> r.strings(f, b::command);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static HTTPGetAction httpGet(NodeReader r, YamlNode node, String path) {
    HTTPGetAction.Builder b = HTTPGetAction.builder().port(IntOrString.of(0)); // Go zero value
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "path" -> r.str(f, b::path);
        case "port" -> r.intOrString(f, b::port);
        case "host" -> r.str(f, b::host);
        case "scheme" -> r.str(f, b::scheme);
        case "httpHeaders" -> r.list(f, ModelReader::httpHeader, b::httpHeaders);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static HTTPHeader httpHeader(NodeReader r, YamlNode node, String path) {
    HTTPHeader.Builder b = HTTPHeader.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "value" -> r.str(f, b::value);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static TCPSocketAction tcpSocket(NodeReader r, YamlNode node, String path) {
    TCPSocketAction.Builder b = TCPSocketAction.builder().port(IntOrString.of(0)); // Go zero value
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "port" -> r.intOrString(f, b::port);
        case "host" -> r.str(f, b::host);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static GRPCAction grpc(NodeReader r, YamlNode node, String path) {
    GRPCAction.Builder b = GRPCAction.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "port" -> r.int32(f, b::port);
        case "service" -> r.str(f, b::service);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SleepAction sleep(NodeReader r, YamlNode node, String path) {
    SleepAction.Builder b = SleepAction.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "seconds" -> r.int64(f, b::seconds);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SecurityContext securityContext(NodeReader r, YamlNode node, String path) {
    SecurityContext.Builder b = SecurityContext.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "capabilities" -> r.obj(f, ModelReader::capabilities, b::capabilities);
        case "privileged" -> r.bool(f, b::privileged);
        case "runAsUser" -> r.int64(f, b::runAsUser);
        case "runAsGroup" -> r.int64(f, b::runAsGroup);
        case "runAsNonRoot" -> r.bool(f, b::runAsNonRoot);
        case "readOnlyRootFilesystem" -> r.bool(f, b::readOnlyRootFilesystem);
        case "allowPrivilegeEscalation" -> r.bool(f, b::allowPrivilegeEscalation);
        case "seccompProfile" -> r.obj(f, ModelReader::seccompProfile, b::seccompProfile);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Capabilities capabilities(NodeReader r, YamlNode node, String path) {
    Capabilities.Builder b = Capabilities.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "add" -> r.strings(f, b::add);
        case "drop" -> r.strings(f, b::drop);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static PodSecurityContext podSecurityContext(NodeReader r, YamlNode node, String path) {
    PodSecurityContext.Builder b = PodSecurityContext.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "runAsUser" -> r.int64(f, b::runAsUser);
        case "runAsGroup" -> r.int64(f, b::runAsGroup);
        case "runAsNonRoot" -> r.bool(f, b::runAsNonRoot);
        case "fsGroup" -> r.int64(f, b::fsGroup);
        case "seccompProfile" -> r.obj(f, ModelReader::seccompProfile, b::seccompProfile);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SeccompProfile seccompProfile(NodeReader r, YamlNode node, String path) {
    SeccompProfile.Builder b = SeccompProfile.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "type" -> r.str(f, b::type);
        case "localhostProfile" -> r.str(f, b::localhostProfile);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static LocalObjectReference localReference(NodeReader r, YamlNode node, String path) {
    LocalObjectReference.Builder b = LocalObjectReference.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Toleration toleration(NodeReader r, YamlNode node, String path) {
    Toleration.Builder b = Toleration.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "key" -> r.str(f, b::key);
        case "operator" -> r.str(f, b::operator);
        case "value" -> r.str(f, b::value);
        case "effect" -> r.str(f, b::effect);
        case "tolerationSeconds" -> r.int64(f, b::tolerationSeconds);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Volume volume(NodeReader r, YamlNode node, String path) {
    Volume.Builder b = Volume.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "hostPath" -> r.obj(f, ModelReader::hostPath, b::hostPath);
        case "emptyDir" -> r.obj(f, ModelReader::emptyDir, b::emptyDir);
        case "secret" -> r.obj(f, ModelReader::secretVolume, b::secret);
        case "persistentVolumeClaim" -> r.obj(f, ModelReader::pvc, b::persistentVolumeClaim);
        case "downwardAPI" -> r.obj(f, ModelReader::downwardAPIVolume, b::downwardAPI);
        case "configMap" -> r.obj(f, ModelReader::configMapVolume, b::configMap);
        case "projected" -> r.obj(f, ModelReader::projected, b::projected);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static HostPathVolumeSource hostPath(NodeReader r, YamlNode node, String path) {
    HostPathVolumeSource.Builder b = HostPathVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "path" -> r.str(f, b::path);
        case "type" -> r.str(f, b::type);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static EmptyDirVolumeSource emptyDir(NodeReader r, YamlNode node, String path) {
    EmptyDirVolumeSource.Builder b = EmptyDirVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "medium" -> r.str(f, b::medium);
        case "sizeLimit" -> r.quantity(f, b::sizeLimit);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SecretVolumeSource secretVolume(NodeReader r, YamlNode node, String path) {
    SecretVolumeSource.Builder b = SecretVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "secretName" -> r.str(f, b::secretName);
        case "items" -> r.list(f, ModelReader::keyToPath, b::items);
        case "defaultMode" -> r.int32(f, b::defaultMode);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static PersistentVolumeClaimVolumeSource pvc(NodeReader r, YamlNode node, String path) {
    PersistentVolumeClaimVolumeSource.Builder b = PersistentVolumeClaimVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "claimName" -> r.str(f, b::claimName);
        case "readOnly" -> r.bool(f, b::readOnly);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DownwardAPIVolumeSource downwardAPIVolume(NodeReader r, YamlNode node, String path) {
    DownwardAPIVolumeSource.Builder b = DownwardAPIVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "items" -> r.list(f, ModelReader::downwardAPIFile, b::items);
        case "defaultMode" -> r.int32(f, b::defaultMode);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DownwardAPIVolumeFile downwardAPIFile(NodeReader r, YamlNode node, String path) {
    DownwardAPIVolumeFile.Builder b = DownwardAPIVolumeFile.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "path" -> r.str(f, b::path);
        case "fieldRef" -> r.obj(f, ModelReader::fieldRef, b::fieldRef);
        case "resourceFieldRef" -> r.obj(f, ModelReader::resourceFieldRef, b::resourceFieldRef);
        case "mode" -> r.int32(f, b::mode);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ConfigMapVolumeSource configMapVolume(NodeReader r, YamlNode node, String path) {
    ConfigMapVolumeSource.Builder b = ConfigMapVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "items" -> r.list(f, ModelReader::keyToPath, b::items);
        case "defaultMode" -> r.int32(f, b::defaultMode);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static KeyToPath keyToPath(NodeReader r, YamlNode node, String path) {
    KeyToPath.Builder b = KeyToPath.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "key" -> r.str(f, b::key);
        case "path" -> r.str(f, b::path);
        case "mode" -> r.int32(f, b::mode);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ProjectedVolumeSource projected(NodeReader r, YamlNode node, String path) {
    ProjectedVolumeSource.Builder b = ProjectedVolumeSource.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "sources" -> r.list(f, ModelReader::projection, b::sources);
        case "defaultMode" -> r.int32(f, b::defaultMode);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static VolumeProjection projection(NodeReader r, YamlNode node, String path) {
    VolumeProjection.Builder b = VolumeProjection.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "secret" -> r.obj(f, ModelReader::secretProjection, b::secret);
        case "downwardAPI" -> r.obj(f, ModelReader::downwardAPIProjection, b::downwardAPI);
        case "configMap" -> r.obj(f, ModelReader::configMapProjection, b::configMap);
        case "serviceAccountToken" ->
            r.obj(f, ModelReader::tokenProjection, b::serviceAccountToken);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static SecretProjection secretProjection(NodeReader r, YamlNode node, String path) {
    SecretProjection.Builder b = SecretProjection.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "items" -> r.list(f, ModelReader::keyToPath, b::items);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DownwardAPIProjection downwardAPIProjection(NodeReader r, YamlNode node, String path) {
    DownwardAPIProjection.Builder b = DownwardAPIProjection.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "items" -> r.list(f, ModelReader::downwardAPIFile, b::items);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ConfigMapProjection configMapProjection(NodeReader r, YamlNode node, String path) {
    ConfigMapProjection.Builder b = ConfigMapProjection.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "name" -> r.str(f, b::name);
        case "items" -> r.list(f, ModelReader::keyToPath, b::items);
        case "optional" -> r.bool(f, b::optional);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static ServiceAccountTokenProjection tokenProjection(NodeReader r, YamlNode node, String path) {
    ServiceAccountTokenProjection.Builder b = ServiceAccountTokenProjection.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "audience" -> r.str(f, b::audience);
        case "expirationSeconds" -> r.int64(f, b::expirationSeconds);
        case "path" -> r.str(f, b::path);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }
}
