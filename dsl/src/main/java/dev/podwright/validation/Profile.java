package dev.podwright.validation;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes server a manifest targets: a minor version (1.27 to 1.35; 1.33 by default) and
 * optional feature-gate overrides. Validation and output follow it; gates not overridden take the
 * version's defaults.
 *
 * <pre>{@code
 * Profile p = Profile.of("1.34").withFeatureGate("ContainerRestartRules", true);
 * }</pre>
 */
public final class Profile {
  /** The oldest minor version accepted. */
  public static final int MIN_MINOR = 27;
  /** The newest minor version accepted. */
  public static final int MAX_MINOR = 35;
  /** The default target: Kubernetes 1.33, where native sidecars are GA. */
  public static final int DEFAULT_MINOR = 33;

  private static final Pattern VERSION = Pattern.compile("v?1\\.(\\d+)(\\.\\d+)?");
  private static final Profile DEFAULTS = new Profile(DEFAULT_MINOR, Map.of());

  private final int minor;
  private final Map<String, Boolean> overrides;

  private Profile(int minor, Map<String, Boolean> overrides) {
    this.minor = minor;
    this.overrides = Map.copyOf(overrides);
  }

  /** Returns the default profile: Kubernetes 1.33 with its default feature gates. */
  public static Profile defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the profile of a Kubernetes version such as {@code 1.29}, {@code v1.34} or
   * {@code 1.33.2}.
   *
   * @throws IllegalArgumentException if the version is malformed or outside 1.27 to 1.35
   */
  public static Profile of(String version) {
    requireNonNull(version, "version == null");
    Matcher m = VERSION.matcher(version.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("kubernetes version must look like 1.33, found '"
          + version + "'");
    }
    int minor = Integer.parseInt(m.group(1));
    if (minor < MIN_MINOR || minor > MAX_MINOR) {
      throw new IllegalArgumentException("kubernetes version must be between 1." + MIN_MINOR
          + " and 1." + MAX_MINOR + ", found '" + version + "'");
    }
    return new Profile(minor, Map.of());
  }

  /** Returns this profile with a feature gate forced on or off. */
  public Profile withFeatureGate(String gate, boolean enabled) {
    requireNonNull(gate, "gate == null");
    Map<String, Boolean> copy = new TreeMap<>(overrides);
    copy.put(gate, enabled);
    return new Profile(minor, copy);
  }

  /** Returns the minor version, e.g. 33 for Kubernetes 1.33. */
  public int minor() {
    return minor;
  }

  /** Returns the version as {@code 1.<minor>}. */
  public String version() {
    return "1." + minor;
  }

  /** Returns the explicit override of a gate, if any. */
  public Optional<Boolean> featureGateOverride(String gate) {
    return Optional.ofNullable(overrides.get(gate));
  }

  /** Returns the explicit gate overrides, sorted by name. */
  public Map<String, Boolean> featureGateOverrides() {
    return new TreeMap<>(overrides);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile && ((Profile) o).minor == minor
        && ((Profile) o).overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return minor * 31 + overrides.hashCode();
  }

  @Override
  public String toString() {
    return overrides.isEmpty() ? version() : version() + " " + featureGateOverrides();
  }
}
