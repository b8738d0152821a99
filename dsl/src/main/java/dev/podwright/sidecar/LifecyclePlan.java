package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a pod starts, runs and stops, as the kubelet does it with native sidecars: the start
 * sequence with what gates each next step, the steady state, the stop sequence inside the one
 * grace period, and the warnings where the semantics will bite. Made by
 * {@link LifecycleExplainer}; render it with {@link #toText()} or {@link TimelineSvg}.
 */
public final class LifecyclePlan {
  /** The role of a container. */
  public enum Role {
    /** A plain init container, which runs to completion. */
    INIT,
    /** A native sidecar: an init container with {@code restartPolicy: Always}. */
    SIDECAR,
    /** A main container ({@code spec.containers}). */
    MAIN
  }

  /** What the kubelet waits for before it starts the next step of the start sequence. */
  public enum Gate {
    /** The init container must exit with code 0. */
    RUN_TO_COMPLETION,
    /** The sidecar's startup probe must succeed. */
    STARTUP_PROBE,
    /** The sidecar's postStart hook must finish. */
    POST_START,
    /** Both the startup probe must succeed and the postStart hook finish. */
    STARTUP_PROBE_AND_POST_START,
    /** Nothing: the next step starts as soon as the container is running. */
    NONE
  }

  /** What happens at a step of the stop sequence. */
  public enum StopAction {
    /** PreStop hooks of main containers and sidecars run, all at once. */
    PRE_STOP,
    /** Main containers get SIGTERM (each after its own preStop hook). */
    STOP_MAIN,
    /** One sidecar gets SIGTERM, after every main container has exited. */
    STOP_SIDECAR,
    /** The grace period runs out: what still runs gets SIGTERM, then SIGKILL. */
    GRACE_PERIOD_EXPIRES
  }

  /**
   * A container in the plan.
   *
   * @param name the container name
   * @param path its field path, e.g. {@code spec.initContainers[0]}
   * @param role its role
   */
  public record ContainerRef(String name, String path, Role role) {
    /** Checks that no component is null. */
    public ContainerRef {
      requireNonNull(name, "name == null");
      requireNonNull(path, "path == null");
      requireNonNull(role, "role == null");
    }
  }

  /**
   * A step of the start sequence: one init container or sidecar, or all main containers.
   *
   * @param containers the containers started at this step
   * @param gate what the next step waits for
   * @param text the explanation
   */
  public record StartStep(List<ContainerRef> containers, Gate gate, String text) {
    /** Copies the list and checks that no component is null. */
    public StartStep {
      containers = List.copyOf(containers);
      requireNonNull(gate, "gate == null");
      requireNonNull(text, "text == null");
    }
  }

  /**
   * A step of the stop sequence.
   *
   * @param action what happens
   * @param containers the containers it concerns
   * @param text the explanation
   */
  public record StopStep(StopAction action, List<ContainerRef> containers, String text) {
    /** Copies the list and checks that no component is null. */
    public StopStep {
      requireNonNull(action, "action == null");
      containers = List.copyOf(containers);
      requireNonNull(text, "text == null");
    }
  }

  /**
   * The pod while it runs.
   *
   * @param running the sidecars and main containers, in spec order
   * @param readiness the containers whose readiness probe decides whether the pod is ready
   * @param lines explanations: restarts, completion
   */
  public record SteadyState(
      List<ContainerRef> running, List<ContainerRef> readiness, List<String> lines) {
    /** Copies the lists. */
    public SteadyState {
      running = List.copyOf(running);
      readiness = List.copyOf(readiness);
      lines = List.copyOf(lines);
    }
  }

  private final String title;
  private final String summary;
  private final long gracePeriodSeconds;
  private final List<StartStep> start;
  private final SteadyState steadyState;
  private final List<StopStep> stop;
  private final List<LifecycleWarning> warnings;

  LifecyclePlan(
      String title,
      String summary,
      long gracePeriodSeconds,
      List<StartStep> start,
      SteadyState steadyState,
      List<StopStep> stop,
      List<LifecycleWarning> warnings) {
    this.title = title;
    this.summary = summary;
    this.gracePeriodSeconds = gracePeriodSeconds;
    this.start = List.copyOf(start);
    this.steadyState = steadyState;
    this.stop = List.copyOf(stop);
    this.warnings = List.copyOf(warnings);
  }

  /** Returns what the plan is of, e.g. {@code Pod/web}. */
  public String title() {
    return title;
  }

  /** Returns the pod settings that shape the plan, e.g. the restart policy. */
  public String summary() {
    return summary;
  }

  /** Returns the one grace period, in seconds, that covers the whole stop sequence. */
  public long gracePeriodSeconds() {
    return gracePeriodSeconds;
  }

  /** Returns the start sequence, in order. */
  public List<StartStep> start() {
    return start;
  }

  /** Returns the steady state. */
  public SteadyState steadyState() {
    return steadyState;
  }

  /** Returns the stop sequence, in order. */
  public List<StopStep> stop() {
    return stop;
  }

  /** Returns the warnings, in spec order of the containers they concern. */
  public List<LifecycleWarning> warnings() {
    return warnings;
  }

  /** Renders the plan as indented plain text. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(title).append(" (").append(summary).append(")\n\n");
    out.append("Start\n");
    for (int i = 0; i < start.size(); i++) {
      out.append("  ").append(i + 1).append(". ").append(start.get(i).text()).append('\n');
    }
    out.append("\nSteady state\n");
    out.append("  running: ").append(names(steadyState.running())).append('\n');
    out.append("  ready when the readiness probes pass of: ")
        .append(steadyState.readiness().isEmpty() ? "(none; running counts as ready)"
            : names(steadyState.readiness()))
        .append('\n');
    for (String line : steadyState.lines()) {
      out.append("  ").append(line).append('\n');
    }
    out.append("\nStop (one grace period: ").append(gracePeriodSeconds).append("s)\n");
    for (int i = 0; i < stop.size(); i++) {
      out.append("  ").append(i + 1).append(". ").append(stop.get(i).text()).append('\n');
    }
    if (!warnings.isEmpty()) {
      out.append("\nWarnings\n");
      for (LifecycleWarning w : warnings) {
        out.append("  ").append(w).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  static String names(List<ContainerRef> refs) {
    return refs.stream()
        .map(r -> r.role() == Role.SIDECAR ? r.name() + " (sidecar)" : r.name())
        .collect(Collectors.joining(", "));
  }
}
