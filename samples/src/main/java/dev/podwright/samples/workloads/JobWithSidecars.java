package dev.podwright.samples.workloads;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.secretKeyRef;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.tcpSocket;
import static dev.podwright.dsl.Pods.template;

import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.model.Job;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.Toleration;
import dev.podwright.model.Volume;

/**
 * A nightly report job with two native sidecars: a Cloud SQL proxy the report connects through,
 * and a log shipper that tails the report's log file. The job completes when the report
 * container exits; the kubelet then stops the sidecars, so they never keep the job running (spec
 * §6.4). Before native sidecars, this layout needed a shared "done" file and a wrapper script.
 *
 * <p>Start order: the migrations init container runs first, without the proxy, against a local
 * schema check; then the proxy starts and its startup probe (a TCP connect on 5432) holds back
 * the log shipper and the report until the database is reachable.
 */
public final class JobWithSidecars {
  private JobWithSidecars() {}

  /** Returns the {@code nightly-report} job, {@code restartPolicy: Never}, two retries. */
  public static Job nightlyReport() {
    Volume logs = emptyDir("report-logs");
    return job("nightly-report", JobRestartPolicy.NEVER, template()
            .label("app.kubernetes.io/name", "nightly-report")
            // Runs on the batch node pool, as a non-root user with the runtime's seccomp profile.
            .toleration(Toleration.builder().key("workload").operator("Equal").value("batch")
                .effect("NoSchedule").build())
            .securityContext(PodSecurityContext.builder().runAsNonRoot(true).runAsUser(65532L)
                .fsGroup(65532L)
                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build())
                .build())
            .init(initContainer("check-schema").image("example/report:2.4.1")
                .command("/app/report", "--check-schema-version"))
            .sidecar(sidecar("cloud-sql-proxy")
                .image("gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0")
                .args("--port=5432", "--structured-logs", "example-project:europe-west1:reports")
                .startupProbe(startupProbe(tcpSocket(5432)).periodSeconds(1).failureThreshold(30))
                .requests(cpu("100m"), memory("64Mi")))
            .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:3.1.9")
                .args("-i", "tail", "-p", "path=/var/log/report/*.log", "-o", "stdout")
                .volumeMount(mount(logs, "/var/log/report").readOnly())
                .requests(cpu("50m"), memory("32Mi")))
            .main(container("report").image("example/report:2.4.1")
                .args("--date=yesterday", "--log-dir=/var/log/report")
                .env("DB_HOST", "127.0.0.1")
                .env("DB_PASSWORD", secretKeyRef("report-db", "password"))
                .volumeMount(mount(logs, "/var/log/report"))
                .requests(cpu("500m"), memory("512Mi"))
                .limits(memory("512Mi"))))
        .namespace("reports")
        .backoffLimit(2)
        .activeDeadlineSeconds(3600)
        .ttlSecondsAfterFinished(86400)
        .build();
  }
}
