package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A volume ({@code spec.volumes[]}) with exactly one source: {@link #emptyDir()},
 * {@link #configMap()}, {@link #secret()}, {@link #persistentVolumeClaim()}, {@link #hostPath()},
 * {@link #downwardAPI()} or {@link #projected()}.
 *
 * @deprecated Use {@link Podwright.Volume}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Volume {
  /** The volume name, a DNS label that {@link Mount#volume()} refers to. */
  String name();

  /** A scratch directory that lives as long as the pod. */
  EmptyDir[] emptyDir() default {};

  /** The keys of a config map as files. */
  ConfigMapVolume[] configMap() default {};

  /** The keys of a secret as files. */
  SecretVolume[] secret() default {};

  /** A persistent volume claim. */
  PersistentVolumeClaim[] persistentVolumeClaim() default {};

  /** A path on the node. */
  HostPath[] hostPath() default {};

  /** Pod fields as files ({@code downwardAPI.items}). */
  DownwardApiFile[] downwardAPI() default {};

  /** Several sources projected into one directory ({@code projected.sources}). */
  Projection[] projected() default {};
}
