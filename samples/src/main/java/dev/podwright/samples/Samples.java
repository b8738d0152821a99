package dev.podwright.samples;

import dev.podwright.model.KubernetesObject;
import dev.podwright.samples.workloads.JobWithSidecars;
import dev.podwright.samples.workloads.LedgerExport;
import dev.podwright.samples.workloads.MeshDeployment;
import dev.podwright.samples.workloads.ZonalMeshDeployment;
import dev.podwright.samples.workloads.OrdersDatabase;
import java.util.List;
import java.util.function.Supplier;

/** The catalogue of samples, in the order the main job renders them. */
public final class Samples {
  private Samples() {}

  /** A named sample; {@link #name()} is also the name of its golden file. */
  public record Sample(String name, Supplier<KubernetesObject> factory) {
    /** Builds the sample's object. */
    public KubernetesObject build() {
      return factory.get();
    }
  }

  /** Returns every sample. */
  public static List<Sample> all() {
    return List.of(
        new Sample("istio-sleep", IstioSleepPods::sleepPod),
        new Sample("istio-check-traffic", IstioSleepPods::checkTrafficPod),
        new Sample("run-once", SidecarPods::runOncePod),
        new Sample("log-shipper", SidecarPods::logShipperPod),
        new Sample("batch-interleaved", SidecarPods::interleavedBatchPod),
        new Sample("workloads/job-with-sidecars", JobWithSidecars::nightlyReport),
        new Sample("workloads/mesh-deployment", MeshDeployment::checkout),
        new Sample("workloads/zonal-mesh-deployment", ZonalMeshDeployment::storefront),
        new Sample("workloads/statefulset-with-claims", OrdersDatabase::ordersDb),
        new Sample("workloads/job-ignoring-sidecars", LedgerExport::ledgerExport));
  }
}
