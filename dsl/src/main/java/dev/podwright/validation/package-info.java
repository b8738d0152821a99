/**
 * Validation with the API server's rules and wording: {@link
 * dev.podwright.validation.Validator} returns every {@link dev.podwright.validation.FieldError}
 * of a pod, each with the server's field path and error type, in the server's order; {@link
 * dev.podwright.validation.ValidationException} carries them when a DSL build fails.
 *
 * <p>A {@link dev.podwright.validation.Profile} names the target server (1.27 to 1.37, 1.33 by
 * default) and feature-gate overrides. The server's defaults are applied to a copy first, fields
 * the target server would silently drop are dropped with a warning, and the rules of
 * {@code pkg/apis/core/validation} follow, path quirks included:
 *
 * <pre>{@code
 * ValidationReport report = Validator.forProfile(Profile.of("1.28")).report(pod);
 * report.errors().forEach(System.out::println);
 * report.warnings().forEach(System.out::println);
 * // spec.initContainers[0].restartPolicy: dropped: the SidecarContainers feature gate is off ...
 * }</pre>
 */
@NullMarked
package dev.podwright.validation;

import org.jspecify.annotations.NullMarked;
