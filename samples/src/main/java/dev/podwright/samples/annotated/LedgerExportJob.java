package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * The {@code ledger-export} job of {@code dev.podwright.samples.workloads.LedgerExport}, declared
 * with annotations: with {@code ignoreSidecarExits = true}, the rule "fail the job on any exit
 * code but 1" looks at the {@code export} container only, never at the Envoy sidecar's 143 or
 * 137. The build generates {@code LedgerExportJobSpec.job()} and
 * {@code META-INF/podwright/ledger-export.yaml}.
 */
@Podwright.JobSpec(name = "ledger-export", restartPolicy = "Never", namespace = "finance",
    backoffLimit = 4,
    podFailurePolicy = @Podwright.PodFailurePolicy(ignoreSidecarExits = true, rules = {
        @Podwright.PodFailureRule(action = "Ignore", podConditions = "DisruptionTarget"),
        @Podwright.PodFailureRule(action = "FailJob", operator = "NotIn", exitCodes = 1)}))
@Podwright.PodSpec(labels = @Podwright.Label(key = "app.kubernetes.io/name",
    value = "ledger-export"))
public interface LedgerExportJob {
  /** The mesh proxy the export reaches S3 through; its startup probe gates the export. */
  @Podwright.Sidecar(name = "envoy", image = "envoyproxy/envoy:v1.34.1",
      args = {"--config-path", "/etc/envoy/envoy.yaml"},
      ports = @Podwright.Port(name = "admin", containerPort = 9901),
      startupProbe = @Podwright.Probe(httpGet = @Podwright.HttpGet(path = "/ready", port = 9901),
          periodSeconds = 1, failureThreshold = 30),
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "64Mi")})
  void envoy();

  /** Exports yesterday's ledger; exit 1 means "retry me". */
  @Podwright.Main(image = "example/ledger-export:1.8.0",
      args = {"--since=24h", "--to=s3://ledger-exports/"},
      env = @Podwright.Env(name = "HTTPS_PROXY", value = "http://127.0.0.1:10000"),
      requests = {@Podwright.Resource(name = "cpu", quantity = "1"),
          @Podwright.Resource(name = "memory", quantity = "1Gi")},
      limits = @Podwright.Resource(name = "memory", quantity = "1Gi"))
  void export();
}
