package dev.podwright.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The DSL and model types that generated code names, as JavaPoet constants, like AutoValue's
 * {@code ClassNames}. Generated sources use only the public DSL and model builders.
 */
final class DslNames {
  static final String DSL = "dev.podwright.dsl";
  static final String MODEL = "dev.podwright.model";

  static final ClassName PODS = ClassName.get(DSL, "Pods");
  static final ClassName PROTOCOL = ClassName.get(DSL, "Protocol");
  static final ClassName PULL_POLICY = ClassName.get(DSL, "PullPolicy");
  static final ClassName RESTART_POLICY = ClassName.get(DSL, "RestartPolicy");
  static final ClassName DNS_POLICY = ClassName.get(DSL, "DnsPolicy");
  static final ClassName TERMINATION_MESSAGE_POLICY =
      ClassName.get(DSL, "TerminationMessagePolicy");

  static final ClassName JOB_RESTART_POLICY = ClassName.get(DSL, "JobRestartPolicy");
  static final ClassName CONCURRENCY_POLICY = ClassName.get(DSL, "ConcurrencyPolicy");
  static final ClassName POD_MANAGEMENT_POLICY = ClassName.get(DSL, "PodManagementPolicy");
  static final ClassName POD_FAILURE_ACTION = ClassName.get(DSL, "PodFailureAction");
  static final ClassName EXIT_CODE_OPERATOR = ClassName.get(DSL, "ExitCodeOperator");
  static final ClassName CLAIM_TEMPLATE = ClassName.get(DSL, "ClaimTemplate");
  static final ClassName ACCESS_MODE = ClassName.get(DSL, "AccessMode");

  static final ClassName POD = ClassName.get(MODEL, "Pod");
  static final ClassName INT_OR_STRING = ClassName.get(MODEL, "IntOrString");
  static final ClassName VOLUME = ClassName.get(MODEL, "Volume");
  static final ClassName CONTAINER_PORT = ClassName.get(MODEL, "ContainerPort");
  static final ClassName SECURITY_CONTEXT = ClassName.get(MODEL, "SecurityContext");
  static final ClassName CAPABILITIES = ClassName.get(MODEL, "Capabilities");
  static final ClassName SECCOMP_PROFILE = ClassName.get(MODEL, "SeccompProfile");
  static final ClassName POD_SECURITY_CONTEXT = ClassName.get(MODEL, "PodSecurityContext");
  static final ClassName TOLERATION = ClassName.get(MODEL, "Toleration");
  static final ClassName APP_ARMOR_PROFILE = ClassName.get(MODEL, "AppArmorProfile");
  static final ClassName SYSCTL = ClassName.get(MODEL, "Sysctl");
  static final ClassName EMPTY_DIR_SOURCE = ClassName.get(MODEL, "EmptyDirVolumeSource");
  static final ClassName CONFIG_MAP_SOURCE = ClassName.get(MODEL, "ConfigMapVolumeSource");
  static final ClassName SECRET_SOURCE = ClassName.get(MODEL, "SecretVolumeSource");
  static final ClassName QUANTITY = ClassName.get(MODEL, "Quantity");
  static final ClassName CLAIM_RETENTION = ClassName.get(DSL, "ClaimRetention");
  static final ClassName POD_REPLACEMENT_POLICY = ClassName.get(DSL, "PodReplacementPolicy");
  static final ClassName LABEL_SELECTOR = ClassName.get(MODEL, "LabelSelector");
  static final ClassName TOPOLOGY_SPREAD = ClassName.get(MODEL, "TopologySpreadConstraint");
  static final ClassName SE_LINUX_OPTIONS = ClassName.get(MODEL, "SELinuxOptions");
  static final ClassName HTTP_GET_ACTION = ClassName.get(MODEL, "HTTPGetAction");
  static final ClassName CSI_SOURCE = ClassName.get(MODEL, "CSIVolumeSource");
  static final ClassName EPHEMERAL_SOURCE = ClassName.get(MODEL, "EphemeralVolumeSource");
  static final ClassName IMAGE_SOURCE = ClassName.get(MODEL, "ImageVolumeSource");
  static final ClassName LOCAL_OBJECT_REFERENCE = ClassName.get(MODEL, "LocalObjectReference");
  static final ClassName CLAIM_TEMPLATE_SPEC =
      ClassName.get(MODEL, "PersistentVolumeClaimTemplate");
  static final ClassName CLAIM_SPEC = ClassName.get(MODEL, "PersistentVolumeClaimSpec");
  static final ClassName RESOURCE_REQUIREMENTS = ClassName.get(MODEL, "ResourceRequirements");
  static final ClassName DNS_CONFIG = ClassName.get(MODEL, "PodDNSConfig");
  static final ClassName DNS_OPTION = ClassName.get(MODEL, "PodDNSConfigOption");

  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private DslNames() {}
}
