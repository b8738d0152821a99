/**
 * Validation with the API server's rules and wording: {@link
 * dev.podwright.validation.Validator} returns every {@link dev.podwright.validation.FieldError}
 * of a pod, each with the server's field path and error type; {@link
 * dev.podwright.validation.ValidationException} carries them when a DSL build fails.
 */
@NullMarked
package dev.podwright.validation;

import org.jspecify.annotations.NullMarked;
