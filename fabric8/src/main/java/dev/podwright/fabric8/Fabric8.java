package dev.podwright.fabric8;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.StatefulSet;
import dev.podwright.validation.Profile;
import dev.podwright.validation.ValidationReport;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.ManifestException;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Converts workloads between Podwright's model and fabric8's ({@code io.fabric8.kubernetes.api.model}),
 * both ways, and validates objects that fabric8 code built with Podwright's validator.
 *
 * <pre>{@code
 * client.resource(Fabric8.toFabric8(pod)).serverSideApply();        // a Podwright Pod, applied
 * ValidationReport report = Fabric8.validate(new DeploymentBuilder()...build());
 * }</pre>
 *
 * <p>The conversion goes through Jackson tokens, never through YAML or JSON text: Podwright's
 * writer fills a token buffer that fabric8's Jackson mapping reads, and back, fabric8's mapping
 * fills one that Podwright's reader reads. So every field either side knows survives, typed where
 * that side has a type and kept verbatim where it has not (fabric8's
 * {@code additionalProperties}, Podwright's {@code unknownFields()}): a round trip gives an equal
 * object. Quantities keep the form they were written in ({@code 1Gi} stays {@code 1Gi}), and
 * int-or-string values their kind ({@code 8080} versus {@code "http"}).
 *
 * <p>Kinds: Pod, Job, CronJob, Deployment, StatefulSet and DaemonSet, which are what Podwright's
 * model and reader know; any other kind fails with a {@link ManifestException}.
 */
public final class Fabric8 {
  private Fabric8() {}

  /** Converts a Podwright Pod to fabric8's. */
  public static io.fabric8.kubernetes.api.model.Pod toFabric8(Pod pod) {
    return Tokens.toFabric8(pod, io.fabric8.kubernetes.api.model.Pod.class);
  }

  /** Converts a Podwright Job to fabric8's. */
  public static io.fabric8.kubernetes.api.model.batch.v1.Job toFabric8(Job job) {
    return Tokens.toFabric8(job, io.fabric8.kubernetes.api.model.batch.v1.Job.class);
  }

  /** Converts a Podwright CronJob to fabric8's. */
  public static io.fabric8.kubernetes.api.model.batch.v1.CronJob toFabric8(CronJob cronJob) {
    return Tokens.toFabric8(cronJob, io.fabric8.kubernetes.api.model.batch.v1.CronJob.class);
  }

  /** Converts a Podwright Deployment to fabric8's. */
  public static io.fabric8.kubernetes.api.model.apps.Deployment toFabric8(Deployment deployment) {
    return Tokens.toFabric8(deployment, io.fabric8.kubernetes.api.model.apps.Deployment.class);
  }

  /** Converts a Podwright StatefulSet to fabric8's. */
  public static io.fabric8.kubernetes.api.model.apps.StatefulSet toFabric8(
      StatefulSet statefulSet) {
    return Tokens.toFabric8(statefulSet, io.fabric8.kubernetes.api.model.apps.StatefulSet.class);
  }

  /** Converts a Podwright DaemonSet to fabric8's. */
  public static io.fabric8.kubernetes.api.model.apps.DaemonSet toFabric8(DaemonSet daemonSet) {
    return Tokens.toFabric8(daemonSet, io.fabric8.kubernetes.api.model.apps.DaemonSet.class);
  }

  /**
   * Converts any Podwright object to the fabric8 class of its kind, e.g. a
   * {@code io.fabric8.kubernetes.api.model.apps.Deployment} for a {@link Deployment}; for objects
   * whose kind is only known at run time, such as those {@code ManifestReader} returns.
   */
  public static HasMetadata toFabric8(KubernetesObject object) {
    requireNonNull(object, "object == null");
    return Tokens.toFabric8(object, Kinds.fabric8Class(object));
  }

  /**
   * Converts a fabric8 Pod to Podwright's.
   *
   * @throws ManifestException if a value is not valid for its type (e.g. a quantity {@code abc});
   *     the message names the field
   */
  public static Pod fromFabric8(io.fabric8.kubernetes.api.model.Pod pod) {
    return Kinds.as(fromFabric8((HasMetadata) pod), Pod.class);
  }

  /** Converts a fabric8 Job to Podwright's; see {@link #fromFabric8(HasMetadata)}. */
  public static Job fromFabric8(io.fabric8.kubernetes.api.model.batch.v1.Job job) {
    return Kinds.as(fromFabric8((HasMetadata) job), Job.class);
  }

  /** Converts a fabric8 CronJob to Podwright's; see {@link #fromFabric8(HasMetadata)}. */
  public static CronJob fromFabric8(io.fabric8.kubernetes.api.model.batch.v1.CronJob cronJob) {
    return Kinds.as(fromFabric8((HasMetadata) cronJob), CronJob.class);
  }

  /** Converts a fabric8 Deployment to Podwright's; see {@link #fromFabric8(HasMetadata)}. */
  public static Deployment fromFabric8(
      io.fabric8.kubernetes.api.model.apps.Deployment deployment) {
    return Kinds.as(fromFabric8((HasMetadata) deployment), Deployment.class);
  }

  /** Converts a fabric8 StatefulSet to Podwright's; see {@link #fromFabric8(HasMetadata)}. */
  public static StatefulSet fromFabric8(
      io.fabric8.kubernetes.api.model.apps.StatefulSet statefulSet) {
    return Kinds.as(fromFabric8((HasMetadata) statefulSet), StatefulSet.class);
  }

  /** Converts a fabric8 DaemonSet to Podwright's; see {@link #fromFabric8(HasMetadata)}. */
  public static DaemonSet fromFabric8(io.fabric8.kubernetes.api.model.apps.DaemonSet daemonSet) {
    return Kinds.as(fromFabric8((HasMetadata) daemonSet), DaemonSet.class);
  }

  /**
   * Converts a fabric8 object of any supported kind to Podwright's, read with the same strict
   * typing as a manifest: fields Podwright does not model are kept in {@code unknownFields()}.
   *
   * @throws ManifestException if the kind is not supported or a value is not valid for its type
   *     (e.g. a quantity {@code abc}); the message names the field
   */
  public static KubernetesObject fromFabric8(HasMetadata object) {
    requireNonNull(object, "object == null");
    return Tokens.fromFabric8(object);
  }

  /**
   * Validates a fabric8 object with Podwright's validator for Kubernetes 1.33, the API server's
   * rules and words; see {@link Validator#defaults()}.
   *
   * @throws ManifestException if the object cannot be read at all; see
   *     {@link #fromFabric8(HasMetadata)}
   */
  public static ValidationReport validate(HasMetadata object) {
    return Validator.defaults().report(fromFabric8(object));
  }

  /**
   * Validates a fabric8 object for the target Kubernetes version and feature gates of
   * {@code profile}; see {@link Validator#forProfile(Profile)}.
   *
   * @throws ManifestException if the object cannot be read at all; see
   *     {@link #fromFabric8(HasMetadata)}
   */
  public static ValidationReport validate(HasMetadata object, Profile profile) {
    requireNonNull(profile, "profile == null");
    return Validator.forProfile(profile).report(fromFabric8(object));
  }
}
