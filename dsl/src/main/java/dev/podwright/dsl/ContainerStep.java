package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.ContainerPort;
import dev.podwright.model.EnvFromSource;
import dev.podwright.model.EnvSource;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;

/**
 * What every container role offers once it has a name and an image. Each method returns a new
 * container; the receiver is unchanged, so a container can serve as the base of several others.
 * Security context fields and runtime settings come from {@link ContainerSecurityStep} and
 * {@link ContainerRuntimeStep}.
 *
 * @param <C> the container role, returned by every method
 */
public interface ContainerStep<C extends ContainerStep<C>>
    extends ContainerSecurityStep<C>, ContainerRuntimeStep<C> {
  /** Sets the image pull policy ({@code imagePullPolicy}). */
  C imagePullPolicy(PullPolicy policy);

  /** Sets the entrypoint ({@code command}), replacing any earlier one. */
  C command(String... command);

  /** Sets the arguments ({@code args}), replacing any earlier ones. */
  C args(String... args);

  /** Sets the working directory ({@code workingDir}). */
  C workingDir(String workingDir);

  /** Adds an unnamed TCP port ({@code ports[].containerPort}). */
  C port(int containerPort);

  /** Adds a named TCP port ({@code ports[].name} and {@code containerPort}). */
  C port(String name, int containerPort);

  /** Adds a named port with a protocol. */
  C port(String name, int containerPort, Protocol protocol);

  /** Adds a port with every field under your control. */
  C port(ContainerPort port);

  /** Adds an environment variable with a literal value ({@code env[].value}). */
  C env(String name, String value);

  /** Adds an environment variable taken from exactly one source ({@code env[].valueFrom}). */
  C env(String name, EnvSource source);

  /** Exports every key of a config map or secret ({@code envFrom[]}). */
  C envFrom(EnvFromSource source);

  /** Adds resource requests ({@code resources.requests}), e.g. {@code cpu("100m")}. */
  C requests(ResourceAmount... requests);

  /** Adds resource limits ({@code resources.limits}), e.g. {@code memory("1Gi")}. */
  C limits(ResourceAmount... limits);

  /**
   * Lets the container use the pod's dynamic resource claim {@code name}
   * ({@code resources.claims[]}), added with {@link PodRuntimeStep#resourceClaim}.
   */
  C resourceClaim(String name);

  /**
   * Lets the container use only the request {@code request} of the pod's dynamic resource claim
   * {@code name} ({@code resources.claims[].request}).
   */
  C resourceClaim(String name, String request);

  /**
   * Mounts a volume at a path ({@code volumeMounts[]}) and declares the volume on the pod
   * ({@code spec.volumes[]}).
   */
  C volumeMount(Volume volume, String mountPath);

  /** Mounts a volume with options such as {@code readOnly()} and declares it on the pod. */
  C volumeMount(Mount mount);

  /** Sets the container security context ({@code securityContext}). */
  C securityContext(SecurityContext securityContext);

  /** Sets the termination message policy ({@code terminationMessagePolicy}). */
  C terminationMessagePolicy(TerminationMessagePolicy policy);

  /** Returns the container as a model value, as it will appear in the pod. */
  Container toContainer();
}
