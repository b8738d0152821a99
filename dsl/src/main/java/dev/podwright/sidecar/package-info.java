/**
 * What native sidecars mean for a pod: its effective resources, its start and stop sequence, the
 * migration of legacy sidecars and the Istio native-sidecar layout.
 *
 * <pre>{@code
 * EffectiveResources resources = EffectiveResources.of(pod);
 * resources.requests();                       // {cpu=950m, memory=696Mi}
 * LifecyclePlan plan = LifecycleExplainer.defaults().explain(pod);
 * System.out.println(plan.toText());          // start, steady state, stop, warnings
 * String svg = TimelineSvg.render(plan);      // the same as a picture
 * MigrationResult moved = SidecarMigration.builder().sidecar("envoy").build().migrate(pod);
 * Pod meshed = IstioSidecar.defaults().applyTo(pod("web")).main(app).build();
 * }</pre>
 *
 * <p>Every type works on a {@link dev.podwright.model.PodSpec} and on each object that carries
 * one: a {@link dev.podwright.model.Pod} or the pod template of a workload. The rules come from
 * KEP-753 and the kubelet: sidecars start in order and gate what follows with their startup probe,
 * run alongside the main containers, and stop after them in reverse order. This package does not
 * use Jackson; the SVG timeline is plain text.
 */
@NullMarked
package dev.podwright.sidecar;

import org.jspecify.annotations.NullMarked;
