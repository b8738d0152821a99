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

  /** Native sidecars: alpha (off) in 1.28, beta (on) from 1.29, GA in 1.33. */
  public static final String SIDECAR_CONTAINERS = "SidecarContainers";
  /** Container-level restart policy and rules: alpha (off) in 1.34, beta (on) from 1.35. */
  public static final String CONTAINER_RESTART_RULES = "ContainerRestartRules";
  /** The {@code RestartAllContainers} restart action: alpha (off) in 1.35. */
  public static final String RESTART_ALL_CONTAINERS = "RestartAllContainersOnContainerExits";
  /** Printable-ASCII env var names: alpha (off) in 1.30 and 1.31, on from 1.32. */
  public static final String RELAXED_ENV_VAR_NAMES = "RelaxedEnvironmentVariableValidation";
  /** The {@code sleep} lifecycle action: alpha (off) in 1.29, on from 1.30. */
  public static final String SLEEP_ACTION = "PodLifecycleSleepAction";
  /** {@code sleep.seconds: 0}: alpha (off) in 1.32, on from 1.33. */
  public static final String SLEEP_ACTION_ALLOW_ZERO = "PodLifecycleSleepActionAllowZero";
  /** In-place resize: alpha (off) from 1.27, beta (on) from 1.33. */
  public static final String IN_PLACE_POD_VERTICAL_SCALING = "InPlacePodVerticalScaling";

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

  /**
   * Returns whether a feature gate is on: the explicit override if there is one and the gate
   * exists in this version, else the gate's default in this version. Gates this class does not
   * know are off unless overridden.
   */
  public boolean isEnabled(String gate) {
    requireNonNull(gate, "gate == null");
    Gate known = Gate.byName(gate);
    if (known != null && !known.existsIn(minor)) {
      return false;
    }
    Boolean override = overrides.get(gate);
    if (override != null) {
      return override;
    }
    return known != null && known.defaultIn(minor);
  }

  /** Returns whether this version is at least {@code 1.<minor>}. */
  boolean atLeast(int minor) {
    return this.minor >= minor;
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

  /** The gates validation uses: the first minor that has each, and the first where it is on. */
  private enum Gate {
    SIDECARS(SIDECAR_CONTAINERS, 28, 29),
    RESTART_RULES(CONTAINER_RESTART_RULES, 34, 35),
    RESTART_ALL(RESTART_ALL_CONTAINERS, 35, Integer.MAX_VALUE),
    RELAXED_ENV(RELAXED_ENV_VAR_NAMES, 30, 32),
    SLEEP(SLEEP_ACTION, 29, 30),
    SLEEP_ZERO(SLEEP_ACTION_ALLOW_ZERO, 32, 33),
    RESIZE(IN_PLACE_POD_VERTICAL_SCALING, 27, 33);

    private final String gateName;
    private final int since;
    private final int onSince;

    Gate(String gateName, int since, int onSince) {
      this.gateName = gateName;
      this.since = since;
      this.onSince = onSince;
    }

    static Gate byName(String name) {
      for (Gate gate : values()) {
        if (gate.gateName.equals(name)) {
          return gate;
        }
      }
      return null;
    }

    boolean existsIn(int minor) {
      return minor >= since;
    }

    boolean defaultIn(int minor) {
      return minor >= onSince;
    }
  }
}
