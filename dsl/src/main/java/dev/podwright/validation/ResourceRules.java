package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.PodResourceClaim;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceClaim;
import dev.podwright.model.ResourceRequirements;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code validateResourceRequirements} with container or pod-level resource names (§3.11), the
 * pod's {@code resourceClaims} and the claims containers name, and the pod-level
 * {@code spec.resources} against its containers.
 */
final class ResourceRules {
  private static final String HUGEPAGES = "hugepages-";
  private static final Set<String> STANDARD_CONTAINER = Set.of("cpu", "memory",
      "ephemeral-storage");
  private static final Set<String> STANDARD = Set.of("cpu", "memory", "ephemeral-storage",
      "requests.cpu", "requests.memory", "requests.ephemeral-storage", "limits.cpu",
      "limits.memory", "limits.ephemeral-storage", "pods", "services", "replicationcontrollers",
      "resourcequotas", "secrets", "persistentvolumeclaims", "configmaps", "services.nodeports",
      "services.loadbalancers", "storage", "requests.storage");
  /** {@code integerResources}: quota counts, checked as integers like extended resources. */
  private static final Set<String> INTEGER = Set.of("pods", "resourcequotas", "services",
      "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims",
      "services.nodeports", "services.loadbalancers");

  private final Errors errors;
  private final Profile profile;
  private boolean podLevel;

  ResourceRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** {@code ValidateContainerResourceRequirements}, claims included. */
  void containerRequirements(ResourceRequirements r, Set<String> podClaims, FieldPath path) {
    podLevel = false;
    requirements(r.limits(), r.requests(), path);
    claims(r.claims(), podClaims, path.child("claims"));
  }

  /** {@code validateOverhead}: the overhead is checked as the limits of a container. */
  void overhead(Map<String, Quantity> overhead, FieldPath path) {
    podLevel = false;
    requirements(overhead, Map.of(), path);
  }

  /**
   * {@code validatePodResources} (gate {@code PodLevelResources}): no claims, pod-level resource
   * names, then {@code validatePodResourceConsistency}: the pod's requests at least the
   * aggregate of its containers' (sidecars counted as the scheduler counts them), and no
   * container limit above the pod's.
   *
   * <p>From 1.34 (kubernetes/kubernetes#133046, #131089 and the fix of #132449, all merged for
   * 1.34; the 1.35-era copy darshansreenivas/validation-gen {@code 04780fad} and the 1.36-era
   * AIAgentSandox/kubernetes {@code 64149d12} have them, the 1.33-era kubernetes/kubernetes
   * {@code 000f2605} none): a Windows pod gets the one {@code Forbidden} and nothing else; a
   * resource the pod does not request is skipped rather than compared with 0 (1.33 refused a
   * container's {@code ephemeral-storage} request next to a pod-level {@code cpu} one); and the
   * pod's hugepage limits must cover the aggregate of the containers'. The claims wording
   * ("may not" for "cannot") is seen in those two copies; that it changed with #133046, which
   * rewrote the lines around it, is inferred.
   */
  void podResources(PodSpec spec, Set<String> podClaims, FieldPath path) {
    if (spec.resources().isEmpty()) {
      return;
    }
    boolean since134 = profile.atLeast(34);
    if (since134 && spec.os().isPresent() && spec.os().get().name().equals("windows")) {
      errors.add(FieldError.forbidden(path, "may not be set for a windows pod"));
      return;
    }
    ResourceRequirements pod = spec.resources().get();
    if (!pod.claims().isEmpty()) {
      errors.add(FieldError.forbidden(path.child("claims"), since134
          ? "claims may not be set for Resources at pod-level"
          : "claims cannot be set for Resources at pod-level"));
    }
    podLevel = true;
    requirements(pod.limits(), pod.requests(), path);
    claims(pod.claims(), podClaims, path.child("claims"));
    podLevel = false;
    aggregateRequests(spec).forEach((name, aggregate) -> {
      Quantity podRequest = pod.requests().get(name);
      if (podRequest == null && since134) {
        return;
      }
      podRequest = podRequest == null ? Quantity.ZERO : podRequest;
      if (aggregate.compareTo(podRequest) > 0) {
        errors.add(FieldError.invalid(path.child("requests").key(name), podRequest.canonical(),
            "must be greater than or equal to aggregate container requests of "
                + aggregate.canonical()));
      }
    });
    if (since134) {
      aggregateLimits(spec).forEach((name, aggregate) -> {
        Quantity podLimit = pod.limits().get(name);
        if (name.startsWith(HUGEPAGES) && podLimit != null && aggregate.compareTo(podLimit) > 0) {
          errors.add(FieldError.invalid(path.child("limits").key(name), podLimit.canonical(),
              "must be greater than or equal to aggregate container limits of "
                  + aggregate.canonical()));
        }
      });
    }
    for (int i = 0; i < spec.containers().size(); i++) {
      Map<String, Quantity> limits = spec.containers().get(i).resources()
          .map(ResourceRequirements::limits).orElse(Map.of());
      for (Map.Entry<String, Quantity> limit : new TreeMap<>(limits).entrySet()) {
        Quantity podLimit = pod.limits().get(limit.getKey());
        if (podLimit != null && limit.getValue().compareTo(podLimit) > 0) {
          errors.add(FieldError.invalid(path.child("containers").index(i).key(limit.getKey())
              .child("limits"), limit.getValue().canonical(),
              "must be less than or equal to pod limits of " + podLimit.canonical()));
        }
      }
    }
  }

  /**
   * {@code AggregateContainerRequests} on the spec alone: the larger of the init peak (each init
   * container with the sidecars started before it) and the sidecars plus the main containers.
   */
  static Map<String, Quantity> aggregateRequests(PodSpec spec) {
    return aggregate(spec, ResourceRules::requestsOf);
  }

  /** The same aggregate of the containers' limits ({@code AggregateContainerLimits}). */
  static Map<String, Quantity> aggregateLimits(PodSpec spec) {
    return aggregate(spec, c -> new TreeMap<>(
        c.resources().map(ResourceRequirements::limits).orElse(Map.of())));
  }

  /**
   * The sum keeps the format of the first quantity added (resource.Quantity.Add), so the order
   * is upstream's (component-helpers resource AggregateContainerRequests / Limits): the regular
   * containers first, then each sidecar as its init container comes; a cpu of "1e3" on the app
   * and "300m" on a sidecar sums to "1000300e-3", as validation.ValidatePodCreate of the vendored
   * v1.35.7 tree (openshift-kni/scheduler-plugins 2117d3e30) printed it.
   */
  private static Map<String, Quantity> aggregate(PodSpec spec,
      java.util.function.Function<Container, Map<String, Quantity>> of) {
    Map<String, Quantity> steady = new TreeMap<>();
    spec.containers().forEach(c -> of.apply(c).forEach((k, v) -> steady.merge(k, v,
        Quantity::add)));
    Map<String, Quantity> sidecars = new TreeMap<>();
    Map<String, Quantity> peak = new TreeMap<>();
    for (Container c : spec.initContainers()) {
      Map<String, Quantity> requests = of.apply(c);
      if (c.isRestartable()) {
        requests.forEach((k, v) -> steady.merge(k, v, Quantity::add));
        requests.forEach((k, v) -> sidecars.merge(k, v, Quantity::add));
        sidecars.forEach((k, v) -> peak.merge(k, v, Quantity::max));
      } else {
        requests.forEach((k, v) -> peak.merge(k,
            v.add(sidecars.getOrDefault(k, Quantity.ZERO)), Quantity::max));
      }
    }
    peak.forEach((k, v) -> steady.merge(k, v, Quantity::max));
    return steady;
  }

  private static Map<String, Quantity> requestsOf(Container c) {
    return new TreeMap<>(c.resources().map(ResourceRequirements::requests).orElse(Map.of()));
  }

  /** {@code validatePodResourceClaims} for a pod template ({@code podMeta} nil upstream). */
  Set<String> podResourceClaims(List<PodResourceClaim> claims, FieldPath path) {
    return podResourceClaims(claims, path, null, false);
  }

  /**
   * {@code validatePodResourceClaims}: named as DNS labels, unique, each naming exactly one of
   * {@code resourceClaimName} and {@code resourceClaimTemplateName} (inside {@code source} up to
   * 1.30). Returns every non-empty name ({@code gatherPodResourceClaimNames}).
   *
   * <p>For a Pod ({@code podName} non-null; templates pass no metadata upstream): a mirror pod
   * gets one {@code Forbidden} at the empty path ({@code []}) per claim and nothing else for it
   * (kubernetes/kubernetes#131844, merged for 1.34 and cherry-picked into 1.32.6 and 1.33.2:
   * the vendored v1.32.6, v1.33.2 and later copies of validation.go have it, v1.32.0 not; so
   * from 1.32, the profile being the newest patch); up to 1.30, a claim made from a template
   * must also give {@code <pod name>-<claim name>} as a valid ResourceClaim name (the vendored
   * v1.27.4, v1.29.0, v1.29.3, v1.30.0 and v1.30.3 copies in ceph/ceph-csi have it, e.g.
   * {@code fb9403e82} for v1.30.3; v1.31.0 in {@code 5a66991bb}, which also dropped
   * {@code source}, not).
   */
  Set<String> podResourceClaims(List<PodResourceClaim> claims, FieldPath path,
      @Nullable String podName, boolean mirrorPod) {
    Set<String> names = new HashSet<>();
    Set<String> all = new TreeSet<>();
    for (int i = 0; i < claims.size(); i++) {
      PodResourceClaim claim = claims.get(i);
      all.add(claim.name());
      if (podName != null && mirrorPod && profile.atLeast(32)) {
        // field.NewPath(""): a root without a name prints as "[]" (field.Path.String)
        errors.add(FieldError.forbidden(FieldPath.root("[]"),
            "static pods do not support resource claims"));
        continue;
      }
      podResourceClaim(claim, names, podName, path.index(i));
    }
    all.remove("");
    return all;
  }

  /**
   * The {@code core.PodResourceClaim} that validatePodResourceClaim passes as the value: from
   * apimachinery v0.34 its JSON (Go field names, no tags: {@code {"Name":"gpu",
   * "ResourceClaimName":null,...}}); up to v0.33 Go's {@code %#v}, exact when both names are
   * unset ({@code (*string)(nil)}), else holding pointer addresses no offline tool knows, so
   * elided (vendored v1.32.5, v1.33.3 and v1.34.1 ValidatePodCreate print these forms).
   */
  private static Object claimValue(String name, Optional<String> claimName,
      Optional<String> templateName, boolean flat) {
    if (!flat) {
      return GoValues.bare("core.ClaimSource{...}");
    }
    String formatted = claimName.isEmpty() && templateName.isEmpty()
        ? "core.PodResourceClaim{Name:" + GoValues.quote(name)
            + ", ResourceClaimName:(*string)(nil), ResourceClaimTemplateName:(*string)(nil)}"
        : "core.PodResourceClaim{...}";
    return new ErrorBodyValue(formatted, "{\"Name\":" + GoStructs.jsonString(name)
        + ",\"ResourceClaimName\":" + GoStructs.jsonString(claimName)
        + ",\"ResourceClaimTemplateName\":" + GoStructs.jsonString(templateName) + "}");
  }

  private void podResourceClaim(PodResourceClaim claim, Set<String> names,
      @Nullable String podName, FieldPath idx) {
    boolean flat = profile.atLeast(31);
    Optional<String> claimName = flat ? claim.resourceClaimName()
        : claim.source().flatMap(s -> s.resourceClaimName());
    Optional<String> templateName = flat ? claim.resourceClaimTemplateName()
        : claim.source().flatMap(s -> s.resourceClaimTemplateName());
    if (claim.name().isEmpty()) {
      errors.add(FieldError.required(idx.child("name"), ""));
    } else if (names.contains(claim.name())) {
      errors.add(FieldError.duplicate(idx.child("name"), claim.name()));
    } else {
      List<String> invalid = Formats.dns1123Label(claim.name());
      errors.invalidAll(idx.child("name"), claim.name(), invalid);
      if (invalid.isEmpty() && podName != null && !profile.atLeast(31)
          && templateName.isPresent()) {
        String generated = podName + "-" + claim.name();
        for (String detail : Formats.nameIsDnsSubdomain(generated, false)) {
          errors.add(FieldError.invalid(idx.child("name"), generated,
              "final ResourceClaim name: " + detail));
        }
      }
      names.add(claim.name());
    }
    FieldPath sourcePath = flat ? idx : idx.child("source");
    Object shown = claimValue(claim.name(), claimName, templateName, flat);
    if (claimName.isPresent() && templateName.isPresent()) {
      errors.add(FieldError.invalid(sourcePath, shown,
          "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified"));
    }
    if (claimName.isEmpty() && templateName.isEmpty()) {
      errors.add(FieldError.invalid(sourcePath, shown,
          "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`"));
    }
    claimName.ifPresent(n -> errors.invalidAll(sourcePath.child("resourceClaimName"), n,
        Formats.nameIsDnsSubdomain(n, false)));
    templateName.ifPresent(n -> errors.invalidAll(sourcePath.child("resourceClaimTemplateName"),
        n, Formats.nameIsDnsSubdomain(n, false)));
  }

  /** {@code validateResourceClaimNames}: names of pod claims, each claim or request once. */
  private void claims(List<ResourceClaim> claims, Set<String> podClaims, FieldPath path) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      ResourceClaim claim = claims.get(i);
      String name = claim.name();
      FieldPath idx = path.index(i);
      if (name.isEmpty()) {
        errors.add(FieldError.required(idx, ""));
        continue;
      }
      String request = claim.request().orElse("");
      if (names.contains(name)) {
        errors.add(FieldError.duplicate(idx, name));
      } else {
        String key = name;
        if (!request.isEmpty()) {
          errors.invalidAll(idx.child("request"), request, Formats.dns1123Label(request));
          key += "/" + request;
        }
        if (names.contains(key)) {
          errors.add(FieldError.duplicate(idx, key));
        } else if (request.isEmpty()) {
          for (String seen : names) {
            if (seen.startsWith(name + "/")) {
              errors.add(FieldError.duplicate(idx, name));
            }
          }
        }
        names.add(key);
      }
      if (!podClaims.contains(name)) {
        errors.add(FieldError.notFound(idx, name, "must be one of the names in "
            + "pod.spec.resourceClaims" + (podClaims.isEmpty() ? " which is empty"
                : ": " + String.join(", ", podClaims))));
      }
    }
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

  /**
   * {@code validateContainerResourceName} or, for pod-level resources,
   * {@code validatePodResourceName}; both start with {@code validateResourceName}.
   */
  private void resourceName(String name, FieldPath path) {
    // The value is a core.ResourceName (GoStructs.resourceNameValue) from 1.29; before, a plain
    // string, so quoted: validateResourceName(value string, ...) in the v1.27.4 and v1.28.0
    // validation.go vendored by ceph/ceph-csi (b2fdc269, ef84a109); core.ResourceName from
    // v1.29.3 (c1ee1126).
    Object shown = profile.atLeast(29) ? GoStructs.resourceNameValue(name) : name;
    java.util.List<String> qualified = Formats.qualifiedName(name, profile);
    errors.invalidAll(path, shown, qualified);
    boolean unprefixed = !name.contains("/");
    if (qualified.isEmpty() && unprefixed && !isStandard(name)) {
      errors.add(FieldError.invalid(path, shown, "must be a standard resource type or fully "
          + "qualified"));
    }
    if (podLevel) {
      if (qualified.isEmpty() && (!unprefixed || isStandard(name))
          && !isPodLevel(name, profile)) {
        errors.add(profile.atLeast(33)
            ? FieldError.notSupported(path, shown, "cpu", HUGEPAGES, "memory")
            : FieldError.notSupported(path, shown, "cpu", "memory"));
      }
      return;
    }
    if (unprefixed) {
      if (!STANDARD_CONTAINER.contains(name) && !name.startsWith(HUGEPAGES)) {
        errors.add(FieldError.invalid(path, shown, "must be a standard resource for containers"));
      }
    } else if (!isNative(name) && !isExtended(name)) {
      errors.add(FieldError.invalid(path, shown,
          "doesn't follow extended resource name standard"));
    }
  }

  /**
   * {@code IsSupportedPodLevelResource}: cpu and memory, and hugepages-* from 1.33
   * (kubernetes/kubernetes#130577; the vendored component-helpers v0.32.1 has cpu and memory
   * only, v0.33.x and later add the prefix, and {@code SupportedPodLevelResources}, which the
   * {@code NotSupported} error lists, adds {@code "hugepages-"} itself).
   */
  static boolean isPodLevel(String name, Profile profile) {
    return name.equals("cpu") || name.equals("memory")
        || name.startsWith(HUGEPAGES) && profile.atLeast(33);
  }

  /**
   * {@code IsStandardResourceName}: the standard names, or a hugepage or {@code requests.}
   * hugepage quota name ({@code IsQuotaHugePageResourceName}; {@code limits.hugepages-*} is not
   * one). The lists are the same in the v1.27.4 and v1.36.3 copies of helper/helpers.go.
   */
  private static boolean isStandard(String name) {
    return STANDARD.contains(name) || name.startsWith(HUGEPAGES)
        || name.startsWith("requests." + HUGEPAGES);
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
    boolean integer = INTEGER.contains(name) || isExtended(name); // IsIntegerResourceName
    if (integer && !q.milliValue().mod(BigInteger.valueOf(1000)).equals(BigInteger.ZERO)) {
      // From apimachinery v0.34 ErrorBody prints the value's JSON, "500m"; up to v0.33 it is
      // Go's %#v of the resource.Quantity struct as parsed (GoQuantity); the canonical form
      // stands in where that struct holds an inf.Dec pointer.
      ErrorBodyValue shown =
          new ErrorBodyValue(goQuantity(q), GoStructs.jsonString(q.canonical()));
      errors.add(FieldError.invalid(path, shown, "must be an integer"));
    }
  }

  /** {@link GoQuantity#goSyntax} of the quantity as written, else its canonical form. */
  private static String goQuantity(Quantity q) {
    String go = GoQuantity.goSyntax(q.toString());
    return go != null ? go : q.canonical();
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
