package dev.podwright.yaml;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.LabelSelector;
import dev.podwright.model.LabelSelectorRequirement;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.RollingUpdateDeployment;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import dev.podwright.yaml.NodeReader.Field;

/**
 * Reads the workload kinds (Job, CronJob, Deployment, StatefulSet, DaemonSet) and the types that
 * wrap a pod template, one flat method per model type in the field order of
 * {@link ModelWriter}. The pod spec inside a template is read by {@link ModelReader#podSpec}, so
 * paths such as {@code spec.template.spec.containers[0].image} come out of the same code as for
 * a Pod. Kept apart from {@link ModelReader} only to keep both files readable.
 */
final class WorkloadReader {
  private WorkloadReader() {}

  // The kinds. apiVersion and kind were checked by ModelReader.object(..).

  static Job job(NodeReader r, YamlNode node, String path) {
    Job.Builder b = Job.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, WorkloadReader::jobSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static CronJob cronJob(NodeReader r, YamlNode node, String path) {
    CronJob.Builder b = CronJob.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, WorkloadReader::cronJobSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static Deployment deployment(NodeReader r, YamlNode node, String path) {
    Deployment.Builder b = Deployment.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, WorkloadReader::deploymentSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static StatefulSet statefulSet(NodeReader r, YamlNode node, String path) {
    StatefulSet.Builder b = StatefulSet.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, WorkloadReader::statefulSetSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DaemonSet daemonSet(NodeReader r, YamlNode node, String path) {
    DaemonSet.Builder b = DaemonSet.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "apiVersion", "kind" -> { }
        case "metadata" -> r.obj(f, ModelReader::metadata, b::metadata);
        case "spec" -> r.obj(f, WorkloadReader::daemonSetSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  // The pod template and the selector, shared by every workload.

  static PodTemplateSpec podTemplate(NodeReader r, YamlNode node, String path) {
    PodTemplateSpec.Builder b = PodTemplateSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "metadata" ->
            r.obj(f, ModelReader::metadata, m -> b.metadata(m).keepsEmptyMetadata(true));
        case "spec" -> r.obj(f, ModelReader::podSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static LabelSelector labelSelector(NodeReader r, YamlNode node, String path) {
    LabelSelector.Builder b = LabelSelector.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "matchLabels" -> r.stringMap(f, b::matchLabels);
        case "matchExpressions" ->
            r.list(f, WorkloadReader::labelSelectorRequirement, b::matchExpressions);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static LabelSelectorRequirement labelSelectorRequirement(
      NodeReader r, YamlNode node, String path) {
    LabelSelectorRequirement.Builder b = LabelSelectorRequirement.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "key" -> r.str(f, b::key);
        case "operator" -> r.str(f, b::operator);
        case "values" -> r.strings(f, b::values);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  // The specs, each in the field order of its Go type.

  static JobSpec jobSpec(NodeReader r, YamlNode node, String path) {
    JobSpec.Builder b = JobSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "parallelism" -> r.int32(f, b::parallelism);
        case "completions" -> r.int32(f, b::completions);
        case "activeDeadlineSeconds" -> r.int64(f, b::activeDeadlineSeconds);
        case "backoffLimit" -> r.int32(f, b::backoffLimit);
        case "selector" -> r.obj(f, WorkloadReader::labelSelector, b::selector);
        case "manualSelector" -> r.bool(f, b::manualSelector);
        case "template" -> r.obj(f, WorkloadReader::podTemplate, b::template);
        case "ttlSecondsAfterFinished" -> r.int32(f, b::ttlSecondsAfterFinished);
        case "completionMode" -> r.str(f, b::completionMode);
        case "suspend" -> r.bool(f, b::suspend);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static JobTemplateSpec jobTemplate(NodeReader r, YamlNode node, String path) {
    JobTemplateSpec.Builder b = JobTemplateSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "metadata" ->
            r.obj(f, ModelReader::metadata, m -> b.metadata(m).keepsEmptyMetadata(true));
        case "spec" -> r.obj(f, WorkloadReader::jobSpec, b::spec);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static CronJobSpec cronJobSpec(NodeReader r, YamlNode node, String path) {
    CronJobSpec.Builder b = CronJobSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "schedule" -> r.str(f, b::schedule);
        case "timeZone" -> r.str(f, b::timeZone);
        case "startingDeadlineSeconds" -> r.int64(f, b::startingDeadlineSeconds);
        case "concurrencyPolicy" -> r.str(f, b::concurrencyPolicy);
        case "suspend" -> r.bool(f, b::suspend);
        case "jobTemplate" -> r.obj(f, WorkloadReader::jobTemplate, b::jobTemplate);
        case "successfulJobsHistoryLimit" -> r.int32(f, b::successfulJobsHistoryLimit);
        case "failedJobsHistoryLimit" -> r.int32(f, b::failedJobsHistoryLimit);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DeploymentSpec deploymentSpec(NodeReader r, YamlNode node, String path) {
    DeploymentSpec.Builder b = DeploymentSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "replicas" -> r.int32(f, b::replicas);
        case "selector" -> r.obj(f, WorkloadReader::labelSelector, b::selector);
        case "template" -> r.obj(f, WorkloadReader::podTemplate, b::template);
        case "strategy" -> r.obj(f, WorkloadReader::deploymentStrategy, b::strategy);
        case "minReadySeconds" -> r.int32(f, b::minReadySeconds);
        case "revisionHistoryLimit" -> r.int32(f, b::revisionHistoryLimit);
        case "paused" -> r.bool(f, b::paused);
        case "progressDeadlineSeconds" -> r.int32(f, b::progressDeadlineSeconds);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DeploymentStrategy deploymentStrategy(NodeReader r, YamlNode node, String path) {
    DeploymentStrategy.Builder b = DeploymentStrategy.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "type" -> r.str(f, b::type);
        case "rollingUpdate" -> r.obj(f, WorkloadReader::rollingUpdate, b::rollingUpdate);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static RollingUpdateDeployment rollingUpdate(NodeReader r, YamlNode node, String path) {
    RollingUpdateDeployment.Builder b = RollingUpdateDeployment.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "maxUnavailable" -> r.intOrString(f, b::maxUnavailable);
        case "maxSurge" -> r.intOrString(f, b::maxSurge);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static StatefulSetSpec statefulSetSpec(NodeReader r, YamlNode node, String path) {
    StatefulSetSpec.Builder b = StatefulSetSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "replicas" -> r.int32(f, b::replicas);
        case "selector" -> r.obj(f, WorkloadReader::labelSelector, b::selector);
        case "template" -> r.obj(f, WorkloadReader::podTemplate, b::template);
        case "serviceName" -> r.str(f, b::serviceName);
        case "podManagementPolicy" -> r.str(f, b::podManagementPolicy);
        case "revisionHistoryLimit" -> r.int32(f, b::revisionHistoryLimit);
        case "minReadySeconds" -> r.int32(f, b::minReadySeconds);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }

  static DaemonSetSpec daemonSetSpec(NodeReader r, YamlNode node, String path) {
    DaemonSetSpec.Builder b = DaemonSetSpec.builder();
    for (Field f : r.fields(node, path)) {
      switch (f.name()) {
        case "selector" -> r.obj(f, WorkloadReader::labelSelector, b::selector);
        case "template" -> r.obj(f, WorkloadReader::podTemplate, b::template);
        case "minReadySeconds" -> r.int32(f, b::minReadySeconds);
        case "revisionHistoryLimit" -> r.int32(f, b::revisionHistoryLimit);
        default -> r.unknown(f, b::putUnknownField);
      }
    }
    return b.build();
  }
}
