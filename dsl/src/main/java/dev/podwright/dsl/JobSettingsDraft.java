package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.JobSpec;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.PodFailurePolicy;
import dev.podwright.model.PodFailurePolicyOnExitCodesRequirement;
import dev.podwright.model.PodFailurePolicyRule;
import dev.podwright.model.PodSpec;
import dev.podwright.model.SuccessPolicy;
import dev.podwright.model.SuccessPolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The job settings shared by the job and cron job drafts; each knows where its job spec is. The
 * pod failure policy methods are here too, but only the drafts of {@code Never} jobs
 * ({@link JobDraft}, {@link CronJobDraft}) expose them through their step type.
 */
abstract class JobSettingsDraft<S, T extends KubernetesObject> extends WorkloadDraft<S, T> {
  JobSettingsDraft(T object) {
    super(object);
  }

  /** Returns a draft of the same kind with its job spec changed. */
  abstract S job(UnaryOperator<JobSpec.Builder> change);

  /** Returns the job spec, {@code spec} of a job or {@code spec.jobTemplate.spec} of a cron job. */
  abstract JobSpec jobSpec();

  public final S jobSpec(UnaryOperator<JobSpec.Builder> change) {
    SpecChange<JobSpec> changed = SpecChange.apply("jobSpec", jobSpec(),
            JobSpec.builder().from(jobSpec()), change, JobSpec.Builder::build)
        .keeps("the job's template", JobSpec::template,
            "build the pod template with template() and pass it to the workload");
    if (!jobSpec().template().spec().restartPolicy().orElse("").equals("Never")) {
      // The step type offers no pod failure policy here; the hatch keeps that promise too.
      changed = changed.keeps("spec.podFailurePolicy", JobSpec::podFailurePolicy,
          "the API server accepts a pod failure policy only with the restart policy Never; "
              + "start the job with JobRestartPolicy.NEVER");
    }
    JobSpec spec = changed.result();
    return job(ignored -> JobSpec.builder().from(spec));
  }

  public final S parallelism(int parallelism) {
    return job(b -> b.parallelism(parallelism));
  }

  public final S completions(int completions) {
    return job(b -> b.completions(completions));
  }

  public final S indexed() {
    return job(b -> b.completionMode("Indexed"));
  }

  public final S backoffLimit(int backoffLimit) {
    return job(b -> b.backoffLimit(backoffLimit));
  }

  public final S activeDeadlineSeconds(long seconds) {
    return job(b -> b.activeDeadlineSeconds(seconds));
  }

  public final S ttlSecondsAfterFinished(int seconds) {
    return job(b -> b.ttlSecondsAfterFinished(seconds));
  }

  public final S suspend(boolean suspend) {
    return job(b -> b.suspend(suspend));
  }
  // Failure and success policies, indexed jobs (issue 11)

  public final S podFailurePolicy(PodFailurePolicyRule... rules) {
    return podFailurePolicy(
        PodFailurePolicy.builder().rules(Args.list(rules, "rules")).build());
  }

  public final S podFailurePolicy(PodFailurePolicy policy) {
    requireNonNull(policy, "policy == null");
    return job(b -> b.podFailurePolicy(policy));
  }

  public final S ignoreSidecarExits() {
    JobSpec spec = jobSpec();
    PodFailurePolicy policy = spec.podFailurePolicy().orElseThrow(() -> new IllegalStateException(
        "ignoreSidecarExits() scopes the exit-code rules of spec.podFailurePolicy, but none is "
            + "set; call podFailurePolicy(..) first"));
    PodFailurePolicy scoped =
        ignoringSidecars(policy, spec.template().spec());
    return job(b -> b.podFailurePolicy(scoped));
  }

  public final S successPolicy(SuccessPolicyRule... rules) {
    SuccessPolicy policy = SuccessPolicy.builder().rules(Args.list(rules, "rules")).build();
    return job(b -> b.successPolicy(policy));
  }

  public final S backoffLimitPerIndex(int backoffLimit) {
    return job(b -> b.backoffLimitPerIndex(backoffLimit));
  }

  public final S maxFailedIndexes(int maxFailedIndexes) {
    return job(b -> b.maxFailedIndexes(maxFailedIndexes));
  }

  public final S podReplacementPolicy(PodReplacementPolicy policy) {
    requireNonNull(policy, "policy == null");
    return job(b -> b.podReplacementPolicy(policy.value()));
  }

  public final S managedBy(String controller) {
    requireNonNull(controller, "controller == null");
    return job(b -> b.managedBy(controller));
  }

  /**
   * Returns {@code policy} with every exit-code rule that names no container replaced by one
   * rule per container of {@code spec} that is not a native sidecar (main containers, then
   * plain init containers), each with that {@code containerName}, in place. The exit codes of the
   * sidecars then match no rule; rules on a named container and on pod conditions stay as they
   * are. Without sidecars the policy is returned unchanged.
   */
  private static PodFailurePolicy ignoringSidecars(PodFailurePolicy policy, PodSpec spec) {
    if (spec.initContainers().stream().noneMatch(Container::isRestartable)) {
      return policy;
    }
    List<String> others = new ArrayList<>();
    spec.containers().forEach(c -> others.add(c.name()));
    spec.initContainers().stream().filter(c -> !c.isRestartable())
        .forEach(c -> others.add(c.name()));
    List<PodFailurePolicyRule> rules = new ArrayList<>();
    for (PodFailurePolicyRule rule : policy.rules()) {
      var codes = rule.onExitCodes();
      if (codes.isEmpty() || codes.get().containerName().isPresent()) {
        rules.add(rule);
        continue;
      }
      for (String name : others) {
        rules.add(PodFailurePolicyRule.builder().from(rule)
            .onExitCodes(PodFailurePolicyOnExitCodesRequirement.builder().from(codes.get())
                .containerName(name).build())
            .build());
      }
    }
    return PodFailurePolicy.builder().from(policy).rules(rules).build();
  }
}
