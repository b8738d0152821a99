package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.CronJob;
import dev.podwright.model.CronJobSpec;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.DaemonSetSpec;
import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.Job;
import dev.podwright.model.JobSpec;
import dev.podwright.model.JobTemplateSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.StatefulSetSpec;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the pod spec inside a Kubernetes object and puts a changed one back: the per-kind
 * adapters every tool of this package shares.
 */
final class PodTemplates {
  private PodTemplates() {}

  /**
   * A pod spec found in an object.
   *
   * @param spec the pod spec
   * @param path its field path, e.g. {@code spec} or {@code spec.template.spec}
   * @param object the object it came from
   * @param runsToCompletion true for Jobs and CronJobs, whose pods must finish
   * @param activeDeadlineSeconds the deadline of the Job, if any, else the pod's
   * @param jobSpec the Job spec, for Jobs and CronJobs
   * @param replace puts a changed spec back, returning a new object
   */
  record Found(
      PodSpec spec,
      String path,
      KubernetesObject object,
      boolean runsToCompletion,
      Optional<Long> activeDeadlineSeconds,
      Optional<JobSpec> jobSpec,
      Function<PodSpec, KubernetesObject> replace) {

    /** Returns {@code Kind/name}, e.g. {@code Pod/web}. */
    String title() {
      String name = object.metadata().name();
      return object.kind() + "/" + (name.isEmpty() ? "(unnamed)" : name);
    }

    /** Returns the path of a container, e.g. {@code spec.initContainers[1]}. */
    String containerPath(boolean init, int index) {
      return path + (init ? ".initContainers[" : ".containers[") + index + "]";
    }
  }

  /**
   * Returns the pod spec of {@code object}.
   *
   * @throws IllegalArgumentException if the kind carries no pod template
   */
  static Found find(KubernetesObject object) {
    requireNonNull(object, "object == null");
    if (object instanceof Pod) {
      Pod pod = (Pod) object;
      boolean finite = pod.spec().restartPolicy().filter(p -> !p.equals("Always")).isPresent();
      return new Found(pod.spec(), "spec", pod, finite, pod.spec().activeDeadlineSeconds(),
          Optional.empty(), spec -> Pod.builder().from(pod).spec(spec).build());
    }
    if (object instanceof Deployment) {
      Deployment d = (Deployment) object;
      DeploymentSpec ds = d.spec();
      return template(d, "spec.template.spec", ds.template(), t -> Deployment.builder().from(d)
          .spec(DeploymentSpec.builder().from(ds).template(t).build()).build());
    }
    if (object instanceof StatefulSet) {
      StatefulSet s = (StatefulSet) object;
      StatefulSetSpec ss = s.spec();
      return template(s, "spec.template.spec", ss.template(), t -> StatefulSet.builder().from(s)
          .spec(StatefulSetSpec.builder().from(ss).template(t).build()).build());
    }
    if (object instanceof DaemonSet) {
      DaemonSet d = (DaemonSet) object;
      DaemonSetSpec ds = d.spec();
      return template(d, "spec.template.spec", ds.template(), t -> DaemonSet.builder().from(d)
          .spec(DaemonSetSpec.builder().from(ds).template(t).build()).build());
    }
    if (object instanceof Job) {
      Job job = (Job) object;
      return job(job, "spec.template.spec", job.spec(), js -> Job.builder().from(job)
          .spec(js).build());
    }
    if (object instanceof CronJob) {
      CronJob cron = (CronJob) object;
      CronJobSpec cs = cron.spec();
      JobTemplateSpec jt = cs.jobTemplate();
      return job(cron, "spec.jobTemplate.spec.template.spec", jt.spec(), js -> CronJob.builder()
          .from(cron).spec(CronJobSpec.builder().from(cs)
              .jobTemplate(JobTemplateSpec.builder().from(jt).spec(js).build()).build())
          .build());
    }
    throw new IllegalArgumentException("kind " + object.kind() + " has no pod template");
  }

  private static Found template(KubernetesObject object, String path, PodTemplateSpec template,
      Function<PodTemplateSpec, KubernetesObject> replace) {
    PodSpec spec = template.spec();
    return new Found(spec, path, object, false, spec.activeDeadlineSeconds(), Optional.empty(),
        changed -> replace.apply(PodTemplateSpec.builder().from(template).spec(changed).build()));
  }

  private static Found job(KubernetesObject object, String path, JobSpec jobSpec,
      Function<JobSpec, KubernetesObject> replace) {
    PodTemplateSpec template = jobSpec.template();
    PodSpec spec = template.spec();
    // Both deadlines apply: the Job's to the whole Job, the pod's to each pod.
    Optional<Long> deadline = jobSpec.activeDeadlineSeconds();
    if (spec.activeDeadlineSeconds().isPresent()) {
      deadline = Optional.of(deadline.map(d -> Math.min(d, spec.activeDeadlineSeconds().get()))
          .orElse(spec.activeDeadlineSeconds().get()));
    }
    return new Found(spec, path, object, true, deadline, Optional.of(jobSpec),
        changed -> replace.apply(JobSpec.builder().from(jobSpec)
            .template(PodTemplateSpec.builder().from(template).spec(changed).build()).build()));
  }
}
