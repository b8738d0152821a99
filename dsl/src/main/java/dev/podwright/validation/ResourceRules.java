package dev.podwright.validation;

import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/** {@code validateResourceRequirements} with container resource names (§3.11). */
final class ResourceRules {
  private static final String HUGEPAGES = "hugepages-";
  private static final Set<String> STANDARD_CONTAINER = Set.of("cpu", "memory",
      "ephemeral-storage");
  private static final Set<String> STANDARD = Set.of("cpu", "memory", "ephemeral-storage",
      "requests.cpu", "requests.memory", "requests.ephemeral-storage", "limits.cpu",
      "limits.memory", "limits.ephemeral-storage", "pods", "services", "replicationcontrollers",
      "resourcequotas", "secrets", "persistentvolumeclaims", "configmaps", "services.nodeports",
      "services.loadbalancers", "requests.storage");

  private final Errors errors;

  ResourceRules(Errors errors) {
    this.errors = errors;
  }

  void requirements(ResourceRequirements r, FieldPath path) {
    requirements(r.limits(), r.requests(), path);
  }

  /** {@code validateOverhead}: the overhead is checked as the limits of a container. */
  void overhead(Map<String, Quantity> overhead, FieldPath path) {
    requirements(overhead, Map.of(), path);
  }

  private void requirements(Map<String, Quantity> limits, Map<String, Quantity> requests,
      FieldPath path) {
    FieldPath limPath = path.child("limits");
    FieldPath reqPath = path.child("requests");
    boolean cpuOrMemory = false;
    boolean hugePages = false;
    for (Map.Entry<String, Quantity> e : limits.entrySet()) {
      String name = e.getKey();
      FieldPath p = limPath.key(name);
      resourceName(name, p);
      quantityValue(name, e.getValue(), p);
      if (name.startsWith(HUGEPAGES)) {
        hugePages = true;
        hugePageValue(name, e.getValue(), p);
      }
      cpuOrMemory |= name.equals("cpu") || name.equals("memory");
    }
    for (Map.Entry<String, Quantity> e : requests.entrySet()) {
      String name = e.getKey();
      Quantity quantity = e.getValue();
      FieldPath p = reqPath.key(name);
      resourceName(name, p);
      quantityValue(name, quantity, p);
      Quantity limit = limits.get(name);
      if (limit != null) {
        if (quantity.compareTo(limit) != 0 && !overcommitAllowed(name)) {
          errors.add(FieldError.invalid(reqPath, quantity.canonical(),
              "must be equal to " + name + " limit of " + limit.canonical()));
        } else if (quantity.compareTo(limit) > 0) {
          errors.add(FieldError.invalid(reqPath, quantity.canonical(),
              "must be less than or equal to " + name + " limit of " + limit.canonical()));
        }
      } else if (!overcommitAllowed(name)) {
        errors.add(FieldError.required(limPath,
            "Limit must be set for non overcommitable resources"));
      }
      if (name.startsWith(HUGEPAGES)) {
        hugePages = true;
        hugePageValue(name, quantity, p);
      }
      cpuOrMemory |= name.equals("cpu") || name.equals("memory");
    }
    if (!cpuOrMemory && hugePages) {
      errors.add(FieldError.forbidden(path, "HugePages require cpu or memory"));
    }
  }

  /** {@code validateContainerResourceName}, which starts with {@code validateResourceName}. */
  private void resourceName(String name, FieldPath path) {
    java.util.List<String> qualified = Formats.qualifiedName(name);
    errors.invalidAll(path, name, qualified);
    boolean unprefixed = !name.contains("/");
    if (qualified.isEmpty() && unprefixed && !isStandard(name)) {
      errors.add(FieldError.invalid(path, name, "must be a standard resource type or fully "
          + "qualified"));
    }
    if (unprefixed) {
      if (!STANDARD_CONTAINER.contains(name) && !name.startsWith(HUGEPAGES)) {
        errors.add(FieldError.invalid(path, name, "must be a standard resource for containers"));
      }
    } else if (!isNative(name) && !isExtended(name)) {
      errors.add(FieldError.invalid(path, name,
          "doesn't follow extended resource name standard"));
    }
  }

  private static boolean isStandard(String name) {
    return STANDARD.contains(name) || name.startsWith(HUGEPAGES)
        || name.startsWith("requests." + HUGEPAGES) || name.startsWith("limits." + HUGEPAGES);
  }

  static boolean isNative(String name) {
    return !name.contains("/") || name.contains("kubernetes.io/");
  }

  static boolean isExtended(String name) {
    return !isNative(name) && !name.startsWith("requests.")
        && Formats.qualifiedName("requests." + name).isEmpty();
  }

  static boolean overcommitAllowed(String name) {
    return isNative(name) && !name.startsWith(HUGEPAGES);
  }

  /** {@code ValidateResourceQuantityValue}. */
  private void quantityValue(String name, Quantity q, FieldPath path) {
    if (q.signum() < 0) {
      errors.add(FieldError.invalid(path, q.canonical(), "must be greater than or equal to 0"));
    }
    if (isExtended(name) && !q.milliValue().mod(BigInteger.valueOf(1000)).equals(BigInteger.ZERO)) {
      errors.add(FieldError.invalid(path, GoValues.bare(q.canonical()), "must be an integer"));
    }
  }

  private void hugePageValue(String name, Quantity q, FieldPath path) {
    if (!divisible(name, q)) {
      errors.add(FieldError.invalid(path, q.canonical(),
          q.canonical() + " is not positive integer multiple of " + name));
    }
  }

  private static boolean divisible(String name, Quantity q) {
    Quantity pageSize;
    try {
      pageSize = Quantity.parse(name.substring(HUGEPAGES.length()));
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (pageSize.signum() <= 0
        || !pageSize.milliValue().mod(BigInteger.valueOf(1000)).equals(BigInteger.ZERO)) {
      return false;
    }
    BigInteger page = pageSize.value().setScale(0, RoundingMode.CEILING).toBigInteger();
    BigInteger value = q.value().setScale(0, RoundingMode.CEILING).toBigInteger();
    // Go's % keeps the sign of the dividend; only a zero remainder matters here.
    return value.abs().mod(page).equals(BigInteger.ZERO);
  }
}
