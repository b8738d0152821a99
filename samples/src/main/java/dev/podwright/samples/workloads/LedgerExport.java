package dev.podwright.samples.workloads;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.ignoreDisruptions;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.onExitCodes;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.template;

import dev.podwright.dsl.ExitCodeOperator;
import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.dsl.PodFailureAction;
import dev.podwright.model.Job;

/**
 * A job whose pod failure policy ignores its sidecar. The export exits 1 on a transient error
 * (worth a retry) and with any other code on a bad configuration (not worth one), so the policy
 * fails the job on any code but 1, and does not count evictions and preemptions. Its Envoy
 * proxy, a native sidecar, is stopped when the pod ends and then exits with 143 or 137:
 * unscoped, the "any code but 1" rule would match the proxy and fail the job after a transient
 * error. {@code ignoreSidecarExits()} scopes that rule to the {@code export} container by name.
 */
public final class LedgerExport {
  private LedgerExport() {}

  /** Returns the {@code ledger-export} job. */
  public static Job ledgerExport() {
    return job("ledger-export", JobRestartPolicy.NEVER, template()
            .label("app.kubernetes.io/name", "ledger-export")
            .sidecar(sidecar("envoy").image("envoyproxy/envoy:v1.34.1")
                .args("--config-path", "/etc/envoy/envoy.yaml")
                .port("admin", 9901)
                .startupProbe(startupProbe(httpGet("/ready", 9901)).periodSeconds(1)
                    .failureThreshold(30))
                .requests(cpu("100m"), memory("64Mi")))
            .main(container("export").image("example/ledger-export:1.8.0")
                .args("--since=24h", "--to=s3://ledger-exports/")
                .env("HTTPS_PROXY", "http://127.0.0.1:10000")
                .requests(cpu("1"), memory("1Gi"))
                .limits(memory("1Gi"))))
        .namespace("finance")
        .backoffLimit(4)
        .podFailurePolicy(
            ignoreDisruptions(),
            onExitCodes(PodFailureAction.FAIL_JOB, ExitCodeOperator.NOT_IN, 1))
        .ignoreSidecarExits()
        .build();
  }
}
