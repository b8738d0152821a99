package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Deployment;
import dev.podwright.model.DeploymentSpec;
import dev.podwright.model.DeploymentStrategy;
import dev.podwright.model.IntOrString;
import dev.podwright.model.ObjectMeta;
import dev.podwright.model.PodTemplateSpec;
import dev.podwright.model.RollingUpdateDeployment;
import java.util.function.UnaryOperator;

/** A deployment draft; its selector is derived from the template labels once, at the start. */
final class DeploymentDraft extends WorkloadDraft<DeploymentStep, Deployment>
    implements DeploymentStep {
  DeploymentDraft(Deployment deployment) {
    super(deployment);
  }

  static DeploymentStep of(String name, TemplateMainStep template) {
    PodTemplateSpec pods = template(template);
    return new DeploymentDraft(Deployment.builder()
        .metadata(named(name))
        .spec(DeploymentSpec.builder()
            .selector(selectorFor(pods, "deployment"))
            .template(pods)
            .build())
        .build());
  }

  private DeploymentStep spec(UnaryOperator<DeploymentSpec.Builder> change) {
    DeploymentSpec spec = change.apply(DeploymentSpec.builder().from(object().spec())).build();
    return new DeploymentDraft(Deployment.builder().from(object()).spec(spec).build());
  }

  @Override
  DeploymentStep withMetadata(ObjectMeta meta) {
    return new DeploymentDraft(Deployment.builder().from(object()).metadata(meta).build());
  }

  @Override
  public DeploymentStep replicas(int replicas) {
    return spec(b -> b.replicas(replicas));
  }

  @Override
  public DeploymentStep minReadySeconds(int seconds) {
    return spec(b -> b.minReadySeconds(seconds));
  }

  @Override
  public DeploymentStep progressDeadlineSeconds(int seconds) {
    return spec(b -> b.progressDeadlineSeconds(seconds));
  }

  @Override
  public DeploymentStep revisionHistoryLimit(int limit) {
    return spec(b -> b.revisionHistoryLimit(limit));
  }

  @Override
  public DeploymentStep recreate() {
    return spec(b -> b.strategy(DeploymentStrategy.builder().type("Recreate").build()));
  }

  @Override
  public DeploymentStep rollingUpdate(IntOrString maxUnavailable, IntOrString maxSurge) {
    requireNonNull(maxUnavailable, "maxUnavailable == null");
    requireNonNull(maxSurge, "maxSurge == null");
    return spec(b -> b.strategy(DeploymentStrategy.builder()
        .type("RollingUpdate")
        .rollingUpdate(RollingUpdateDeployment.builder()
            .maxUnavailable(maxUnavailable)
            .maxSurge(maxSurge)
            .build())
        .build()));
  }
}
