package dev.podwright.annotations;

import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A container security context ({@code securityContext}); only what is written is set. *
 * @deprecated Use {@link Podwright.Security}, whose name cannot clash with the model's;
 *     this one will be removed in the next release.
 */
@Retention(CLASS)
@Target({})
@Deprecated(since = "0.1.0", forRemoval = true)
public @interface Security {
  /** Capabilities to add ({@code capabilities.add}). */
  String[] capabilitiesAdd() default {};

  /** Capabilities to drop ({@code capabilities.drop}), e.g. {@code ALL}. */
  String[] capabilitiesDrop() default {};

  /** {@code privileged}. */
  boolean privileged() default false;

  /** {@code allowPrivilegeEscalation}. */
  boolean allowPrivilegeEscalation() default false;

  /** {@code readOnlyRootFilesystem}. */
  boolean readOnlyRootFilesystem() default false;

  /** {@code runAsUser}. */
  long runAsUser() default 0;

  /** {@code runAsGroup}. */
  long runAsGroup() default 0;

  /** {@code runAsNonRoot}. */
  boolean runAsNonRoot() default false;
}
