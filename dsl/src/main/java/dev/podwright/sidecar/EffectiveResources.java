package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.QuantityFormatException;
import dev.podwright.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The effective requests and limits of a pod: what the scheduler reserves, what the pod cgroup
 * gets and what quota and LimitRange count. Kubernetes computes them with the KEP-753 formula
 * ({@code PodRequests}/{@code PodLimits} in {@code component-helpers/resource}), per resource:
 *
 * <pre>
 * InitContainerUse(i) = sum of the sidecars before i + the request of i
 * effective           = max(max_i InitContainerUse(i), sum of sidecars + sum of containers)
 *                       + overhead
 * </pre>
 *
 * <p>Sidecars count twice over: they run alongside every later init container and alongside the
 * main containers. All arithmetic is exact {@link Quantity} arithmetic. Like the API server, a
 * container limit without a request also counts as the request; overhead ({@code spec.overhead})
 * is added to every request and to each limit the pod already has a non-zero value for. A
 * pod-level {@code spec.resources} (feature gate {@code PodLevelResources}) replaces the
 * aggregate for {@code cpu}, {@code memory} and {@code hugepages-*}.
 *
 * <pre>{@code
 * EffectiveResources r = EffectiveResources.of(pod);
 * r.requests();                             // {cpu=950m, memory=696Mi}
 * r.request("memory").get().dominant();     // INIT_PEAK
 * }</pre>
 */
public final class EffectiveResources {
  /** Which phase of the pod's life sets a resource's effective value. */
  public enum Phase {
    /** The sidecars and the main containers running together. */
    STEADY_STATE,
    /** The busiest moment of the start sequence: an init container and the sidecars before it. */
    INIT_PEAK,
    /** The pod-level {@code spec.resources}, which overrides the container aggregate. */
    POD_LEVEL
  }

  /**
   * One resource's effective value and where it comes from.
   *
   * @param resource the resource name, e.g. {@code cpu}
   * @param value the effective value, overhead included
   * @param steadyState the sum of sidecars and main containers
   * @param initPeak the largest {@code InitContainerUse(i)}, zero without init containers
   * @param initPeakAt the init container at which the peak is first reached
   * @param overhead the overhead added to {@code value} (zero if none was added)
   * @param dominant the phase that sets the value; ties go to the steady state
   */
  public record Entry(
      String resource,
      Quantity value,
      Quantity steadyState,
      Quantity initPeak,
      Optional<InitContainerRef> initPeakAt,
      Quantity overhead,
      Phase dominant) {
    /** Checks that no component is null. */
    public Entry {
      requireNonNull(resource, "resource == null");
      requireNonNull(value, "value == null");
      requireNonNull(steadyState, "steadyState == null");
      requireNonNull(initPeak, "initPeak == null");
      requireNonNull(initPeakAt, "initPeakAt == null");
      requireNonNull(overhead, "overhead == null");
      requireNonNull(dominant, "dominant == null");
    }
  }

  /**
   * An init container by position and name.
   *
   * @param index the position in {@code spec.initContainers}
   * @param name the container name
   * @param sidecar true if it is a native sidecar
   */
  public record InitContainerRef(int index, String name, boolean sidecar) {
    /** Returns e.g. {@code initContainers[2] (seed)}. */
    @Override
    public String toString() {
      return "initContainers[" + index + "] (" + name + ")";
    }
  }

  private final Map<String, Entry> requests;
  private final Map<String, Entry> limits;
  private final Map<String, Quantity> preSidecarRequests;

  private EffectiveResources(
      Map<String, Entry> requests,
      Map<String, Entry> limits,
      Map<String, Quantity> preSidecarRequests) {
    this.requests = Collections.unmodifiableMap(requests);
    this.limits = Collections.unmodifiableMap(limits);
    this.preSidecarRequests = Collections.unmodifiableMap(preSidecarRequests);
  }

  /** Returns the effective resources of a pod. */
  public static EffectiveResources of(Pod pod) {
    requireNonNull(pod, "pod == null");
    return of(pod.spec());
  }

  /**
   * Returns the effective resources of each pod created from {@code spec}, after the API
   * server's pod defaulting: a limit without a request is also the request, and quantities are
   * rounded up to milli precision.
   *
   * @throws IllegalArgumentException if a pod-level resource quantity does not parse
   */
  public static EffectiveResources of(PodSpec spec) {
    requireNonNull(spec, "spec == null");
    Map<String, Quantity> overhead = rounded(spec.overhead());
    PodLevel podLevel = PodLevel.of(spec);
    Map<String, Entry> requests = aggregate(spec, EffectiveResources::requestsOf, overhead,
        false, podLevel.requests);
    Map<String, Entry> limits = aggregate(spec, EffectiveResources::limitsOf, overhead,
        true, podLevel.limits);
    return new EffectiveResources(requests, limits, preSidecar(spec, overhead));
  }

  /**
   * Returns the effective resources of the pods of a Pod or workload.
   *
   * @throws IllegalArgumentException if the kind has no pod template
   */
  public static EffectiveResources of(KubernetesObject object) {
    return of(PodTemplates.find(object).spec());
  }

  /** Returns the effective requests, by resource name, sorted. */
  public Map<String, Quantity> requests() {
    return values(requests);
  }

  /** Returns the effective limits, by resource name, sorted. */
  public Map<String, Quantity> limits() {
    return values(limits);
  }

  /** Returns how each effective request comes about, sorted by resource name. */
  public List<Entry> requestEntries() {
    return List.copyOf(requests.values());
  }

  /** Returns how each effective limit comes about, sorted by resource name. */
  public List<Entry> limitEntries() {
    return List.copyOf(limits.values());
  }

  /** Returns how the effective request of {@code resource} comes about, if the pod has one. */
  public Optional<Entry> request(String resource) {
    return Optional.ofNullable(requests.get(requireNonNull(resource, "resource == null")));
  }

  /** Returns how the effective limit of {@code resource} comes about, if the pod has one. */
  public Optional<Entry> limit(String resource) {
    return Optional.ofNullable(limits.get(requireNonNull(resource, "resource == null")));
  }

  /**
   * Returns the requests a pre-sidecar calculation gives, one that treats sidecars as plain init
   * containers: {@code max(max_i request(i), sum of containers) + overhead}. Comparing it with
   * {@link #requests()} shows how much a sidecar-unaware tool under-estimates the pod.
   */
  public Map<String, Quantity> preSidecarRequests() {
    return preSidecarRequests;
  }

  /** Renders a table of requests and limits with the dominating phase, one resource a line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    appendSection(out, "requests", requests);
    appendSection(out, "limits", limits);
    List<String> under = new ArrayList<>();
    requests.forEach((name, entry) -> {
      Quantity old = preSidecarRequests.getOrDefault(name, Quantity.ZERO);
      if (old.compareTo(entry.value()) < 0) {
        under.add(name + " " + old.canonical() + " instead of " + entry.value().canonical());
      }
    });
    if (!under.isEmpty()) {
      out.append("a sidecar-unaware calculation would request ")
          .append(String.join(", ", under)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "EffectiveResources{requests=" + requests() + ", limits=" + limits() + "}";
  }

  private static void appendSection(StringBuilder out, String title, Map<String, Entry> entries) {
    out.append(title).append(':');
    if (entries.isEmpty()) {
      out.append(" none\n");
      return;
    }
    out.append('\n');
    for (Entry e : entries.values()) {
      out.append("  ").append(e.resource()).append(": ").append(e.value().canonical())
          .append("  (").append(explain(e)).append(")\n");
    }
  }

  private static String explain(Entry e) {
    String overhead = e.overhead().isZero() ? "" : " + overhead " + e.overhead().canonical();
    switch (e.dominant()) {
      case POD_LEVEL:
        return "pod-level spec.resources" + overhead;
      case INIT_PEAK:
        return "init peak " + e.initPeak().canonical() + " at " + e.initPeakAt().orElseThrow()
            + overhead + "; steady state " + e.steadyState().canonical();
      default:
        String peak = e.initPeakAt().isPresent()
            ? "; init peak " + e.initPeak().canonical() + " at " + e.initPeakAt().get()
            : "";
        return "steady state " + e.steadyState().canonical() + overhead + peak;
    }
  }

  private static Map<String, Entry> aggregate(
      PodSpec spec,
      Function<Container, Map<String, Quantity>> amounts,
      Map<String, Quantity> overhead,
      boolean limits,
      Map<String, Quantity> podLevel) {
    Map<String, Quantity> steady = new TreeMap<>();
    for (Container c : spec.containers()) {
      addAll(steady, amounts.apply(c));
    }
    Map<String, Quantity> sidecarSum = new TreeMap<>();
    Map<String, Quantity> initPeak = new TreeMap<>();
    Map<String, InitContainerRef> peakAt = new TreeMap<>();
    for (int i = 0; i < spec.initContainers().size(); i++) {
      Container ic = spec.initContainers().get(i);
      Map<String, Quantity> own = amounts.apply(ic);
      Map<String, Quantity> use;
      if (ic.isRestartable()) {
        addAll(steady, own);
        addAll(sidecarSum, own);
        use = new TreeMap<>(sidecarSum);
      } else {
        use = new TreeMap<>(own);
        addAll(use, sidecarSum);
      }
      InitContainerRef ref = new InitContainerRef(i, ic.name(), ic.isRestartable());
      for (Map.Entry<String, Quantity> u : use.entrySet()) {
        Quantity before = initPeak.get(u.getKey());
        if (before == null || u.getValue().compareTo(before) > 0) {
          initPeak.put(u.getKey(), u.getValue());
          peakAt.put(u.getKey(), ref);
        }
      }
    }
    TreeMap<String, Entry> result = new TreeMap<>();
    List<String> names = new ArrayList<>(steady.keySet());
    initPeak.keySet().stream().filter(n -> !steady.containsKey(n)).forEach(names::add);
    if (!limits) {
      overhead.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    }
    podLevel.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    for (String name : names) {
      Quantity s = steady.getOrDefault(name, Quantity.ZERO);
      Quantity p = initPeak.getOrDefault(name, Quantity.ZERO);
      boolean initWins = p.compareTo(s) > 0;
      Phase phase = initWins ? Phase.INIT_PEAK : Phase.STEADY_STATE;
      Quantity value = initWins ? p : s;
      if (podLevel.containsKey(name)) {
        value = podLevel.get(name);
        phase = Phase.POD_LEVEL;
      }
      Quantity extra = overhead.getOrDefault(name, Quantity.ZERO);
      if (limits && value.isZero()) {
        extra = Quantity.ZERO; // PodLimits adds overhead to non-zero limits only
      }
      result.put(name, new Entry(name, value.add(extra), s, p,
          Optional.ofNullable(peakAt.get(name)), extra, phase));
    }
    return result;
  }

  private static Map<String, Quantity> preSidecar(PodSpec spec, Map<String, Quantity> overhead) {
    Map<String, Quantity> result = new TreeMap<>();
    for (Container c : spec.containers()) {
      addAll(result, requestsOf(c));
    }
    for (Container ic : spec.initContainers()) {
      requestsOf(ic).forEach((name, q) -> result.merge(name, q, Quantity::max));
    }
    addAll(result, overhead);
    return result;
  }

  /** Requests after pod defaulting: a limit without a request becomes the request. */
  private static Map<String, Quantity> requestsOf(Container c) {
    Map<String, Quantity> result = new LinkedHashMap<>();
    ResourceRequirements r = c.resources().orElse(null);
    if (r == null) {
      return result;
    }
    result.putAll(rounded(r.limits()));
    result.putAll(rounded(r.requests()));
    return result;
  }

  private static Map<String, Quantity> limitsOf(Container c) {
    return c.resources().map(r -> rounded(r.limits())).orElse(Map.of());
  }

  private static Map<String, Quantity> rounded(Map<String, Quantity> amounts) {
    Map<String, Quantity> result = new LinkedHashMap<>();
    amounts.forEach((name, q) -> result.put(name, q.roundUp(3)));
    return result;
  }

  private static void addAll(Map<String, Quantity> sum, Map<String, Quantity> amounts) {
    amounts.forEach((name, q) -> sum.merge(name, q, Quantity::add));
  }

  private static Map<String, Quantity> values(Map<String, Entry> entries) {
    Map<String, Quantity> result = new TreeMap<>();
    entries.forEach((name, e) -> result.put(name, e.value()));
    return Collections.unmodifiableMap(result);
  }

  /** The pod-level {@code spec.resources}, which the model keeps among the unknown fields. */
  private static final class PodLevel {
    final Map<String, Quantity> requests;
    final Map<String, Quantity> limits;

    private PodLevel(Map<String, Quantity> requests, Map<String, Quantity> limits) {
      this.requests = requests;
      this.limits = limits;
    }

    static PodLevel of(PodSpec spec) {
      Optional<ResourceRequirements> r = spec.resources();
      return new PodLevel(supported(r.map(ResourceRequirements::requests).orElse(Map.of())),
          supported(r.map(ResourceRequirements::limits).orElse(Map.of())));
    }

    private static Map<String, Quantity> supported(Map<String, Quantity> values) {
      Map<String, Quantity> result = new TreeMap<>();
      values.forEach((name, q) -> {
        // Only these can be set at pod level (RH PodRequests: IsSupportedPodLevelResource).
        if (name.equals("cpu") || name.equals("memory") || name.startsWith("hugepages-")) {
          result.put(name, q.roundUp(3));
        }
      });
      return result;
    }
  }
}
