package dev.podwright.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container in any of the three roles: main ({@code spec.containers}), plain init or native
 * sidecar ({@code spec.initContainers}, the latter with {@code restartPolicy: Always}).
 *
 * <p>The model mirrors the Kubernetes API and can hold what the API server would reject (a probe on a
 * plain init container, say), so that manifests read from YAML can be validated. The DSL in
 * {@code dev.podwright.dsl} is what makes such containers impossible to write.
 */
@Value.Immutable
public abstract class Container implements Extensible {
  Container() {}

  /** Returns the container name; empty when unset. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Returns the container image; empty when unset. */
  @Value.Default
  public String image() {
    return "";
  }

  /** Returns the entrypoint ({@code command}). */
  public abstract List<String> command();

  /** Returns the arguments ({@code args}). */
  public abstract List<String> args();

  /** Returns the working directory. */
  public abstract Optional<String> workingDir();

  /** Returns the ports. */
  public abstract List<ContainerPort> ports();

  /** Returns whole config maps or secrets exported as environment variables. */
  public abstract List<EnvFromSource> envFrom();

  /** Returns the environment variables. */
  public abstract List<EnvVar> env();

  /** Returns resource requests and limits. */
  public abstract Optional<ResourceRequirements> resources();

  /** Returns the container restart policy; {@code Always} on an init container makes it a native sidecar. */
  public abstract Optional<String> restartPolicy();

  /** Returns the container restart rules (Kubernetes 1.34+, gate {@code ContainerRestartRules}). */
  public abstract List<ContainerRestartRule> restartPolicyRules();

  /** Returns the volume mounts. */
  public abstract List<VolumeMount> volumeMounts();

  /** Returns the liveness probe. */
  public abstract Optional<Probe> livenessProbe();

  /** Returns the readiness probe. */
  public abstract Optional<Probe> readinessProbe();

  /** Returns the startup probe; on a sidecar it gates the start of the next container. */
  public abstract Optional<Probe> startupProbe();

  /** Returns the postStart and preStop hooks. */
  public abstract Optional<Lifecycle> lifecycle();

  /** Returns where the container writes its termination message. */
  public abstract Optional<String> terminationMessagePath();

  /** Returns {@code File} or {@code FallbackToLogsOnError}. */
  public abstract Optional<String> terminationMessagePolicy();

  /** Returns {@code Always}, {@code IfNotPresent} or {@code Never}. */
  public abstract Optional<String> imagePullPolicy();

  /** Returns the container security context. */
  public abstract Optional<SecurityContext> securityContext();

  /** Returns true if this is a native sidecar: an init container with {@code restartPolicy: Always}. */
  public final boolean isRestartable() {
    return restartPolicy().filter("Always"::equals).isPresent();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Container} values; {@code from(..)} copies an existing one. */
  public static final class Builder extends ImmutableContainer.Builder {
    Builder() {}
  }
}
