package dev.podwright.samples.annotated;

import dev.podwright.annotations.Podwright;

/**
 * The {@code orders-db} stateful set of {@code dev.podwright.samples.workloads.OrdersDatabase},
 * declared with annotations: the {@code data} claim template is mounted by name like a volume,
 * and the log shipper is a native sidecar. The build generates
 * {@code OrdersDatabaseStatefulSetSpec.statefulSet()} and
 * {@code META-INF/podwright/orders-db.yaml}.
 */
@Podwright.StatefulSetSpec(name = "orders-db", namespace = "orders", serviceName = "orders-db",
    replicas = 3,
    volumeClaimTemplates = @Podwright.ClaimTemplate(name = "data", storage = "20Gi",
        accessModes = "ReadWriteOnce", storageClassName = "ssd"),
    // A canary: only orders-db-2 takes a new revision until the partition is lowered.
    updateStrategy = "RollingUpdate", partition = 2)
@Podwright.PodSpec(labels = @Podwright.Label(key = "app.kubernetes.io/name", value = "orders-db"),
    terminationGracePeriodSeconds = 60,
    volumes = @Podwright.Volume(name = "pg-logs", emptyDir = @Podwright.EmptyDir))
public interface OrdersDatabaseStatefulSet {
  /** Ships the server's log files; starts before PostgreSQL and stops after it. */
  @Podwright.Sidecar(image = "fluent/fluent-bit:4.0.3",
      args = {"-i", "tail", "-p", "path=/var/log/postgresql/*.log", "-o", "stdout"},
      mounts = @Podwright.Mount(volume = "pg-logs", path = "/var/log/postgresql",
          readOnly = true),
      requests = {@Podwright.Resource(name = "cpu", quantity = "50m"),
          @Podwright.Resource(name = "memory", quantity = "32Mi")})
  void logShipper();

  /** PostgreSQL on the pod's own claim. */
  @Podwright.Main(image = "postgres:17.5",
      args = {"-c", "logging_collector=on", "-c", "log_directory=/var/log/postgresql"},
      ports = @Podwright.Port(name = "postgres", containerPort = 5432),
      env = {@Podwright.Env(name = "PGDATA", value = "/var/lib/postgresql/data/pgdata"),
          @Podwright.Env(name = "POSTGRES_PASSWORD",
              secretKeyRef = @Podwright.KeyRef(name = "orders-db", key = "password"))},
      mounts = {@Podwright.Mount(volume = "data", path = "/var/lib/postgresql/data"),
          @Podwright.Mount(volume = "pg-logs", path = "/var/log/postgresql")},
      requests = {@Podwright.Resource(name = "cpu", quantity = "500m"),
          @Podwright.Resource(name = "memory", quantity = "1Gi")},
      limits = @Podwright.Resource(name = "memory", quantity = "1Gi"))
  void postgres();
}
