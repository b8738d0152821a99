package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * The nightly report job of {@code dev.podwright.samples.workloads.JobWithSidecars}, declared with
 * annotations: a schema check, then a Cloud SQL proxy sidecar whose startup probe holds back the
 * rest, a log shipper sidecar, and the report. The sidecars do not keep the job running. The
 * build generates {@code NightlyReportJobSpec.job()} and
 * {@code META-INF/podwright/nightly-report.yaml}.
 */
@Podwright.JobSpec(name = "nightly-report", restartPolicy = "Never", namespace = "reports",
    backoffLimit = 2, activeDeadlineSeconds = 3600, ttlSecondsAfterFinished = 86400)
@Podwright.PodSpec(labels = @Podwright.Label(key = "app.kubernetes.io/name",
    value = "nightly-report"),
    // Runs on the batch node pool, as a non-root user with the runtime's seccomp profile.
    tolerations = @Podwright.Toleration(key = "workload", operator = "Equal", value = "batch",
        effect = "NoSchedule"),
    securityContext = @Podwright.PodSecurity(runAsNonRoot = true, runAsUser = 65532,
        fsGroup = 65532, seccompProfile = "RuntimeDefault"),
    volumes = @Podwright.Volume(name = "report-logs", emptyDir = @Podwright.EmptyDir))
public interface NightlyReportJob {
  /** The report image, shared by the schema check and the report. */
  String REPORT_IMAGE = "example/report:2.4.1";

  /** Checks the schema version before anything else starts, without the proxy. */
  @Podwright.Init(image = REPORT_IMAGE, command = {"/app/report", "--check-schema-version"})
  void checkSchema();

  /** The database proxy; its startup probe gates the log shipper and the report. */
  @Podwright.Sidecar(image = "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0",
      args = {"--port=5432", "--structured-logs", "example-project:europe-west1:reports"},
      startupProbe = @Podwright.Probe(tcpSocket = @Podwright.TcpSocket(port = 5432),
          periodSeconds = 1,
          failureThreshold = 30),
      requests = {@Podwright.Resource(name = "cpu", quantity = "100m"),
          @Podwright.Resource(name = "memory", quantity = "64Mi")})
  void cloudSqlProxy();

  /** Tails the report's log files. */
  @Podwright.Sidecar(image = "fluent/fluent-bit:3.1.9",
      args = {"-i", "tail", "-p", "path=/var/log/report/*.log", "-o", "stdout"},
      mounts = @Podwright.Mount(volume = "report-logs", path = "/var/log/report", readOnly = true),
      requests = {@Podwright.Resource(name = "cpu", quantity = "50m"),
          @Podwright.Resource(name = "memory", quantity = "32Mi")})
  void logShipper();

  /** The report itself; the job completes when it exits. */
  @Podwright.Main(image = REPORT_IMAGE,
      args = {"--date=yesterday", "--log-dir=/var/log/report"},
      env = {@Podwright.Env(name = "DB_HOST", value = "127.0.0.1"),
          @Podwright.Env(name = "DB_PASSWORD",
              secretKeyRef = @Podwright.KeyRef(name = "report-db", key = "password"))},
      mounts = @Podwright.Mount(volume = "report-logs", path = "/var/log/report"),
      requests = {@Podwright.Resource(name = "cpu", quantity = "500m"),
          @Podwright.Resource(name = "memory", quantity = "512Mi")},
      limits = @Podwright.Resource(name = "memory", quantity = "512Mi"))
  void report();
}
