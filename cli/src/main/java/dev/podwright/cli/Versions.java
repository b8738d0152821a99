package dev.podwright.cli;

import dev.podwright.validation.Profile;

/** The Kubernetes versions the validator's {@link Profile} supports, for help and --version. */
final class Versions {
  /** E.g. {@code 1.27 to 1.35}. */
  static final String RANGE = "1." + Profile.MIN_MINOR + " to 1." + Profile.MAX_MINOR;
  /** E.g. {@code 1.33}. */
  static final String DEFAULT = "1." + Profile.DEFAULT_MINOR;

  private Versions() {}
}
