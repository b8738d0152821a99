package dev.podwright.samples.workloads;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.secretKeyRef;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.statefulSet;
import static dev.podwright.dsl.Pods.template;
import static dev.podwright.dsl.Pods.volumeClaimTemplate;

import dev.podwright.dsl.AccessMode;
import dev.podwright.dsl.ClaimTemplate;
import dev.podwright.model.StatefulSet;
import dev.podwright.model.Volume;

/**
 * A three-replica PostgreSQL stateful set whose pods each get their own 20 GiB claim from the
 * {@code data} claim template, mounted by name, with a log shipper as a native sidecar. The
 * shipper starts before PostgreSQL and stops after it, so the server's last log lines (the
 * shutdown checkpoint) are shipped too. The rolling update is partitioned: only
 * {@code orders-db-2} takes a new revision until the partition is lowered, a canary for the
 * database image.
 */
public final class OrdersDatabase {
  private OrdersDatabase() {}

  /** Returns the {@code orders-db} stateful set. */
  public static StatefulSet ordersDb() {
    ClaimTemplate data = volumeClaimTemplate("data", "20Gi", AccessMode.READ_WRITE_ONCE)
        .storageClassName("ssd");
    Volume logs = emptyDir("pg-logs");
    return statefulSet("orders-db", template()
            .label("app.kubernetes.io/name", "orders-db")
            .terminationGracePeriodSeconds(60)
            .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:4.0.3")
                .args("-i", "tail", "-p", "path=/var/log/postgresql/*.log", "-o", "stdout")
                .volumeMount(mount(logs, "/var/log/postgresql").readOnly())
                .requests(cpu("50m"), memory("32Mi")))
            .main(container("postgres").image("postgres:17.5")
                .args("-c", "logging_collector=on", "-c", "log_directory=/var/log/postgresql")
                .port("postgres", 5432)
                .env("PGDATA", "/var/lib/postgresql/data/pgdata")
                .env("POSTGRES_PASSWORD", secretKeyRef("orders-db", "password"))
                .volumeMount(mount(data, "/var/lib/postgresql/data"))
                .volumeMount(logs, "/var/log/postgresql")
                .requests(cpu("500m"), memory("1Gi"))
                .limits(memory("1Gi"))))
        .namespace("orders")
        .serviceName("orders-db")
        .replicas(3)
        .volumeClaimTemplate(data)
        .rollingUpdate(2)
        .build();
  }
}
