package dev.podwright.dsl;

/** The DNS policy of a pod ({@code spec.dnsPolicy}). */
public enum DnsPolicy {
  /** Use cluster DNS first (the default). */
  CLUSTER_FIRST("ClusterFirst"),
  /** Cluster DNS first, also for pods on the host network. */
  CLUSTER_FIRST_WITH_HOST_NET("ClusterFirstWithHostNet"),
  /** Inherit the node's DNS settings. */
  DEFAULT("Default"),
  /** Ignore cluster DNS; {@code dnsConfig} must supply the settings. */
  NONE("None");

  private final String value;

  DnsPolicy(String value) {
    this.value = value;
  }

  /** Returns the value as written in YAML, e.g. {@code ClusterFirst}. */
  public String value() {
    return value;
  }
}
