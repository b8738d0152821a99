package dev.podwright.sidecar;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Probe;
import dev.podwright.sidecar.LifecyclePlan.ContainerRef;
import dev.podwright.sidecar.LifecyclePlan.Gate;
import dev.podwright.sidecar.LifecyclePlan.Role;
import dev.podwright.sidecar.LifecyclePlan.StartStep;
import dev.podwright.sidecar.LifecyclePlan.SteadyState;
import dev.podwright.sidecar.LifecyclePlan.StopAction;
import dev.podwright.sidecar.LifecyclePlan.StopStep;
import dev.podwright.sidecar.LifecycleWarning.Code;
import dev.podwright.validation.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains how a pod or the pods of a workload start, run and stop with native sidecars, and
 * warns where that will surprise.
 *
 * <pre>{@code
 * LifecyclePlan plan = LifecycleExplainer.defaults().explain(pod);
 * System.out.print(plan.toText());
 * plan.warnings().forEach(System.err::println);
 * }</pre>
 *
 * <p>The rules (spec sections 6.1 to 6.5): init containers start one after another; a plain one
 * must exit 0 before the next starts; after a sidecar the next step waits for its startup probe
 * and postStart hook, or for nothing; main containers start together at the end. On termination
 * every preStop hook runs at once, main containers get SIGTERM, and only after the last one has
 * exited do sidecars get SIGTERM, in reverse order, all inside one grace period. Kubernetes 1.28
 * stopped sidecars together with the main containers.
 */
public final class LifecycleExplainer {
  private static final long DEFAULT_GRACE_SECONDS = 30;
  private static final Pattern SHELL_SLEEP =
      Pattern.compile("(?:^|[;&|(]\\s*)(?:/\\S*/)?sleep\\s+(\\d+)s?(?=$|[\\s;&|)])");
  private static final LifecycleExplainer DEFAULTS = new LifecycleExplainer(Profile.defaults());

  private final Profile profile;

  private LifecycleExplainer(Profile profile) {
    this.profile = profile;
  }

  /** Returns an explainer for the default profile, Kubernetes 1.33. */
  public static LifecycleExplainer defaults() {
    return DEFAULTS;
  }

  /** Returns an explainer for a target Kubernetes version and its feature gates. */
  public static LifecycleExplainer forProfile(Profile profile) {
    return new LifecycleExplainer(requireNonNull(profile, "profile == null"));
  }

  /**
   * Explains a Pod or the pods of a workload.
   *
   * @throws IllegalArgumentException if the kind has no pod template
   */
  public LifecyclePlan explain(KubernetesObject object) {
    return explain(PodTemplates.find(object));
  }

  LifecyclePlan explain(PodTemplates.Found found) {
    return new Run(found).plan();
  }

  /** Returns true if the profile runs native sidecars (gate on; 1.29 and later by default). */
  static boolean sidecarsEnabled(Profile profile) {
    return profile.featureGateOverride("SidecarContainers").orElse(profile.minor() >= 29);
  }

  /** One explanation: the pod spec and everything derived from it. */
  private final class Run {
    private final PodTemplates.Found found;
    private final PodSpec spec;
    private final long grace;
    private final String restartPolicy;
    private final List<ContainerRef> inits = new ArrayList<>();
    private final List<ContainerRef> mains = new ArrayList<>();
    private final List<LifecycleWarning> warnings = new ArrayList<>();

    Run(PodTemplates.Found found) {
      this.found = found;
      this.spec = found.spec();
      this.grace = spec.terminationGracePeriodSeconds().orElse(DEFAULT_GRACE_SECONDS);
      this.restartPolicy = spec.restartPolicy().orElse("Always");
      for (int i = 0; i < spec.initContainers().size(); i++) {
        Container c = spec.initContainers().get(i);
        inits.add(new ContainerRef(c.name(), found.containerPath(true, i),
            c.isRestartable() ? Role.SIDECAR : Role.INIT));
      }
      for (int i = 0; i < spec.containers().size(); i++) {
        mains.add(new ContainerRef(spec.containers().get(i).name(),
            found.containerPath(false, i), Role.MAIN));
      }
    }

    LifecyclePlan plan() {
      boolean anySidecar = spec.initContainers().stream().anyMatch(Container::isRestartable);
      if (anySidecar && !sidecarsEnabled(profile)) {
        warn(Code.SIDECARS_NOT_ENABLED, found.path(), "", "Kubernetes " + profile.version()
            + " does not run native sidecars by default (the SidecarContainers feature gate is "
            + "beta and on from 1.29): the restartPolicy of init containers is dropped, the "
            + "sidecars become plain init containers that never exit, and the pod stays in Init");
      }
      List<StartStep> start = start();
      SteadyState steady = steadyState();
      List<StopStep> stop = stop();
      mainWarnings();
      failurePolicyWarnings();
      String summary = "restartPolicy " + restartPolicy + ", terminationGracePeriodSeconds "
          + grace + found.activeDeadlineSeconds().map(d -> ", activeDeadlineSeconds " + d)
              .orElse("")
          + ", Kubernetes " + profile.version();
      return new LifecyclePlan(found.title(), summary, grace, start, steady, stop, warnings);
    }

    private List<StartStep> start() {
      List<StartStep> steps = new ArrayList<>();
      for (int i = 0; i < spec.initContainers().size(); i++) {
        Container c = spec.initContainers().get(i);
        ContainerRef ref = inits.get(i);
        if (!c.isRestartable()) {
          String onFailure = restartPolicy.equals("Never")
              ? "if it fails, the pod fails (restartPolicy Never)"
              : "if it fails, it is retried with back-off";
          steps.add(new StartStep(List.of(ref), Gate.RUN_TO_COMPLETION, "init " + c.name()
              + ": runs to completion; the next step waits until it exits 0 (" + onFailure
              + ")"));
          continue;
        }
        Gate gate = gate(c);
        String text = "sidecar " + c.name() + ": starts and keeps running; ";
        switch (gate) {
          case STARTUP_PROBE:
            text += "the next step waits until its startupProbe succeeds"
                + probeBudget(c.startupProbe().orElseThrow());
            break;
          case POST_START:
            text += "the next step waits until its postStart hook has finished";
            break;
          case STARTUP_PROBE_AND_POST_START:
            text += "the next step waits until its postStart hook has finished and its "
                + "startupProbe succeeds" + probeBudget(c.startupProbe().orElseThrow());
            break;
          default:
            text += "nothing gates the next step, which starts as soon as " + c.name()
                + " is running";
        }
        steps.add(new StartStep(List.of(ref), gate, text));
        sidecarWarnings(i, c, gate);
      }
      if (mains.isEmpty()) {
        steps.add(new StartStep(mains, Gate.NONE, "no main containers: the API server rejects "
            + "a pod without spec.containers"));
        return steps;
      }
      String who = mains.size() == 1 ? "main " + mains.get(0).name() + ": starts"
          : "main " + LifecyclePlan.names(mains) + ": start together";
      String after = spec.initContainers().isEmpty() ? " at once"
          : " once every init container has completed and every sidecar has started";
      steps.add(new StartStep(mains, Gate.NONE, who + after));
      return steps;
    }

    private SteadyState steadyState() {
      List<ContainerRef> running = new ArrayList<>();
      List<ContainerRef> readiness = new ArrayList<>();
      for (int i = 0; i < inits.size(); i++) {
        if (inits.get(i).role() == Role.SIDECAR) {
          running.add(inits.get(i));
          if (spec.initContainers().get(i).readinessProbe().isPresent()) {
            readiness.add(inits.get(i));
          }
        }
      }
      running.addAll(mains);
      for (int i = 0; i < mains.size(); i++) {
        if (spec.containers().get(i).readinessProbe().isPresent()) {
          readiness.add(mains.get(i));
        }
      }
      boolean sidecars = running.size() > mains.size();
      List<String> lines = new ArrayList<>();
      String mainRestart;
      switch (restartPolicy) {
        case "Never":
          mainRestart = "are not restarted (restartPolicy Never)";
          break;
        case "OnFailure":
          mainRestart = "are restarted when they exit non-zero (restartPolicy OnFailure)";
          break;
        default:
          mainRestart = "are restarted whenever they exit (restartPolicy Always)";
      }
      lines.add("restarts: " + (sidecars
          ? "sidecars are restarted whenever they exit, whatever the pod restartPolicy; main "
              + "containers " + mainRestart
          : "main containers " + mainRestart));
      if (found.runsToCompletion()) {
        lines.add("completion: the pod is done when every main container has exited "
            + "(Succeeded if all exited 0)" + (sidecars
                ? "; sidecars do not keep it running: they are then stopped as below and their "
                    + "exit codes (often 143) do not count"
                : ""));
      } else {
        lines.add("completion: the pod runs until it is deleted or evicted");
      }
      return new SteadyState(running, readiness, lines);
    }

    private List<StopStep> stop() {
      List<StopStep> steps = new ArrayList<>();
      // Main containers first in the list of hooks, then sidecars: all start at the same time.
      List<ContainerRef> withPreStop = new ArrayList<>();
      for (int i = 0; i < mains.size(); i++) {
        if (preStop(spec.containers().get(i)).isPresent()) {
          withPreStop.add(mains.get(i));
        }
      }
      List<ContainerRef> sidecars = new ArrayList<>();
      for (int i = 0; i < inits.size(); i++) {
        if (inits.get(i).role() == Role.SIDECAR) {
          sidecars.add(inits.get(i));
          if (preStop(spec.initContainers().get(i)).isPresent()) {
            withPreStop.add(inits.get(i));
          }
        }
      }
      if (!withPreStop.isEmpty()) {
        steps.add(new StopStep(StopAction.PRE_STOP, withPreStop, withPreStop.size() == 1
            ? "termination starts: the preStop hook of " + LifecyclePlan.names(withPreStop)
                + " runs"
            : "termination starts: the preStop hooks of " + LifecyclePlan.names(withPreStop)
                + " run at once"));
      }
      boolean ordered = sidecarsEnabled(profile) && profile.minor() >= 29;
      if (!ordered && !sidecars.isEmpty()) {
        List<ContainerRef> all = new ArrayList<>(mains);
        all.addAll(sidecars);
        steps.add(new StopStep(StopAction.STOP_MAIN, all, "every container, sidecars "
            + "included, gets SIGTERM at once: Kubernetes " + profile.version()
            + " does not order sidecar termination (that came with 1.29)"));
      } else {
        List<String> terms = new ArrayList<>();
        for (ContainerRef m : mains) {
          terms.add(withPreStop.contains(m) ? m.name() + " (after its preStop hook)" : m.name());
        }
        if (!mains.isEmpty()) {
          steps.add(new StopStep(StopAction.STOP_MAIN, mains, "main containers get SIGTERM: "
              + String.join(", ", terms)));
        }
        List<ContainerRef> reversed = new ArrayList<>(sidecars);
        Collections.reverse(reversed);
        for (int i = 0; i < reversed.size(); i++) {
          ContainerRef s = reversed.get(i);
          String when = i == 0 ? "after the last main container has exited"
              : "after " + reversed.get(i - 1).name() + " has exited";
          String hook = withPreStop.contains(s) ? " (once its preStop hook has finished)" : "";
          steps.add(new StopStep(StopAction.STOP_SIDECAR, List.of(s),
              when + ": sidecar " + s.name() + " gets SIGTERM" + hook));
        }
      }
      List<ContainerRef> everyone = new ArrayList<>(sidecars);
      everyone.addAll(mains);
      steps.add(new StopStep(StopAction.GRACE_PERIOD_EXPIRES, everyone, "all of this shares one "
          + "grace period of " + grace + "s; when it runs out, every container still running "
          + "gets SIGTERM and about 2s later SIGKILL"));
      return steps;
    }

    private void sidecarWarnings(int index, Container c, Gate gate) {
      ContainerRef ref = inits.get(index);
      if (gate == Gate.NONE) {
        Optional<String> kind = Images.proxyKind(c.image());
        String reason = !c.ports().isEmpty() ? "it serves ports "
            + c.ports().stream().map(p -> String.valueOf(p.containerPort()))
                .reduce((a, b) -> a + ", " + b).orElse("")
            : kind.map(k -> "its image " + c.image() + " is a known proxy (" + k + ")")
                .orElse(null);
        if (reason != null) {
          List<String> later = new ArrayList<>();
          for (int j = index + 1; j < inits.size(); j++) {
            later.add(inits.get(j).name());
          }
          mains.forEach(m -> later.add(m.name()));
          warn(Code.SIDECAR_WITHOUT_STARTUP_PROBE, ref.path(), c.name(), "sidecar has no "
              + "startupProbe or postStart hook, so " + String.join(", ", later) + " may start "
              + "before it is ready, though " + reason + "; add a startupProbe that checks it "
              + "is serving");
        }
      }
      Optional<Probe> startup = c.startupProbe();
      Optional<Long> deadline = found.activeDeadlineSeconds();
      if (startup.isPresent() && deadline.isPresent()) {
        long worst = worstCase(startup.get());
        if (worst > deadline.get()) {
          warn(Code.STARTUP_PROBE_EXCEEDS_DEADLINE, ref.path() + ".startupProbe", c.name(),
              "the startupProbe may keep failing for " + worst + "s (initialDelaySeconds + "
                  + "failureThreshold x periodSeconds), longer than activeDeadlineSeconds "
                  + deadline.get() + ": the deadline fails the pod before the probe gives up");
        }
      }
      preStopWarning(c, ref);
    }

    private void mainWarnings() {
      for (int i = 0; i < mains.size(); i++) {
        Container c = spec.containers().get(i);
        ContainerRef ref = mains.get(i);
        Optional<String> kind = Images.agentKind(c.image());
        if (found.runsToCompletion() && mains.size() > 1 && kind.isPresent()) {
          String kindName = found.object().kind();
          String what = kindName.equals("Pod") ? "the pod never completes"
              : kindName.equals("CronJob") ? "no Job of the CronJob ever completes"
              : "the " + kindName + " never completes";
          warn(Code.JOB_NEVER_COMPLETES, ref.path(), c.name(), "looks like a long-running "
              + kind.get() + " (image " + c.image() + "); as a regular container it keeps "
              + "running after the other containers finish, so " + what + "; "
              + "make it a native sidecar (podwright migrate --sidecar " + c.name() + ")");
        }
        preStopWarning(c, ref);
      }
    }

    /** The model keeps {@code podFailurePolicy} among the Job spec's unknown fields. */
    private void failurePolicyWarnings() {
      if (found.jobSpec().isEmpty()) {
        return;
      }
      List<PodFailurePolicyRule> list = found.jobSpec().get().podFailurePolicy()
          .map(PodFailurePolicy::rules).orElse(List.of());
      String jobPath = found.path().substring(0, found.path().length() - ".template.spec".length());
      for (int i = 0; i < list.size(); i++) {
        Optional<String> name = list.get(i).onExitCodes()
            .flatMap(PodFailurePolicyOnExitCodesRequirement::containerName);
        for (ContainerRef s : inits) {
          if (s.role() == Role.SIDECAR && name.filter(s.name()::equals).isPresent()) {
            warn(Code.FAILURE_POLICY_MATCHES_SIDECAR, jobPath + ".podFailurePolicy.rules[" + i
                + "].onExitCodes.containerName", s.name(), "the rule matches exit codes of a "
                + "sidecar, which is killed with SIGTERM when the main containers finish and "
                + "then often exits 143; make sure the rule does not count that exit");
          }
        }
      }
    }

    private void preStopWarning(Container c, ContainerRef ref) {
      OptionalLong sleep = preStop(c).map(LifecycleExplainer::sleepSeconds)
          .orElse(OptionalLong.empty());
      if (sleep.isPresent() && sleep.getAsLong() >= grace) {
        warn(Code.PRESTOP_EXCEEDS_GRACE_PERIOD, ref.path() + ".lifecycle.preStop", c.name(),
            "preStop sleeps " + sleep.getAsLong() + "s but the pod's grace period is " + grace
                + "s" + (ref.role() == Role.SIDECAR ? ", shared with the main containers" : "")
                + ": the container is killed before it can shut down cleanly; raise "
                + "terminationGracePeriodSeconds or shorten the sleep");
      }
    }

    private void warn(Code code, String path, String container, String message) {
      warnings.add(new LifecycleWarning(code, path, container, message));
    }
  }

  private static Gate gate(Container c) {
    boolean probe = c.startupProbe().isPresent();
    boolean hook = c.lifecycle().flatMap(l -> l.postStart()).isPresent();
    if (probe && hook) {
      return Gate.STARTUP_PROBE_AND_POST_START;
    }
    return probe ? Gate.STARTUP_PROBE : hook ? Gate.POST_START : Gate.NONE;
  }

  private static Optional<LifecycleHandler> preStop(Container c) {
    return c.lifecycle().flatMap(l -> l.preStop());
  }

  /** The longest a startup probe can fail before the container is restarted (with defaults). */
  static long worstCase(Probe p) {
    long delay = p.initialDelaySeconds().orElse(0);
    long period = p.periodSeconds().filter(v -> v > 0).orElse(10);
    long threshold = p.failureThreshold().filter(v -> v > 0).orElse(3);
    return delay + period * threshold;
  }

  private static String probeBudget(Probe p) {
    return " (if it has not succeeded after " + worstCase(p) + "s, the sidecar is restarted)";
  }

  /** Returns the seconds a preStop hook sleeps: a {@code sleep} action or a sleep command. */
  static OptionalLong sleepSeconds(LifecycleHandler h) {
    if (h.sleep().isPresent()) {
      return OptionalLong.of(h.sleep().get().seconds());
    }
    if (h.exec().isEmpty() || h.exec().get().command().isEmpty()) {
      return OptionalLong.empty();
    }
    List<String> cmd = h.exec().get().command();
    String program = cmd.get(0).substring(cmd.get(0).lastIndexOf('/') + 1);
    if (program.equals("sleep") && cmd.size() == 2) {
      return parseSeconds(cmd.get(1));
    }
    if ((program.equals("sh") || program.equals("bash") || program.equals("ash"))
        && cmd.size() >= 3 && cmd.get(cmd.size() - 2).equals("-c")) {
      Matcher m = SHELL_SLEEP.matcher(cmd.get(cmd.size() - 1).trim());
      if (m.find()) {
        return OptionalLong.of(Long.parseLong(m.group(1)));
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong parseSeconds(String arg) {
    String digits = arg.endsWith("s") ? arg.substring(0, arg.length() - 1) : arg;
    if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(digits));
  }
}
