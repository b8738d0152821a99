package dev.podwright.codegen;

import dev.podwright.codegen.PodModel.WorkloadKind;
import dev.podwright.validation.ErrorType;
import dev.podwright.validation.FieldError;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the validator's field errors into compile errors on the annotation value that produced
 * each field: {@code spec.containers[0].ports[0].containerPort} lands on the
 * {@code containerPort} of the first {@code @Port} of the first {@code @Main}. A path the reader
 * did not record falls back to its longest recorded prefix, at worst the {@code @PodSpec}.
 */
final class ValidationReport {
  /** The prefix of a pod template's paths in a workload. */
  static final String TEMPLATE = "^spec\\.(jobTemplate\\.spec\\.)?template\\.";

  private final Diagnostics diagnostics;

  ValidationReport(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void report(FieldError error, Map<String, Loc> locations, Optional<WorkloadKind> workload) {
    String tag = tag(error);
    diagnostics.error(locate(key(error.field(), workload), locations), tag, error.toString(),
        hint(tag));
  }

  /**
   * A workload's template paths are the pod's paths; its own paths, and a job's template restart
   * policy (set on the workload annotation), carry a {@code workload/} prefix.
   */
  static String key(String field, Optional<WorkloadKind> workload) {
    if (workload.isEmpty()) {
      return field;
    }
    String prefix = workload.get().templatePrefix;
    boolean own = !workload.get().replicated() && field.equals(prefix + "spec.restartPolicy");
    return field.startsWith(prefix) && !own
        ? field.substring(prefix.length())
        : "workload/" + field;
  }

  /** Reports a DSL call that threw while javac ran, at the part it was building. */
  void failure(String path, String message, Map<String, Loc> locations) {
    diagnostics.error(locate(path, locations), "PodwrightInvalid",
        path.replaceFirst("^workload/", "") + ": " + message,
        "fix the value; the DSL rejects it");
  }

  static Loc locate(String path, Map<String, Loc> locations) {
    String p = path;
    while (true) {
      Loc loc = locations.get(p);
      if (loc != null) {
        return loc;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return locations.get("");
      }
      p = p.substring(0, cut);
    }
  }

  /** A stable tag per kind of mistake; the field path and error type decide it. */
  static String tag(FieldError e) {
    String f = e.field().replaceFirst(TEMPLATE, "");
    if (f.equals("spec.schedule") || f.equals("spec.timeZone")) {
      return "PodwrightSchedule";
    } else if (f.startsWith("spec.strategy")) {
      return "PodwrightStrategy";
    } else if (f.equals("spec.containers") && e.type() == ErrorType.REQUIRED) {
      return "PodwrightNoMain";
    } else if (f.contains(".ports[")) {
      return "PodwrightPort";
    } else if (f.contains(".volumeMounts[")) {
      return e.type() == ErrorType.NOT_FOUND ? "PodwrightUnknownVolume" : "PodwrightMount";
    } else if (f.startsWith("spec.initContainers[") && e.type() == ErrorType.FORBIDDEN
        && (f.contains("Probe") || f.contains(".lifecycle"))) {
      return "PodwrightInitProbe";
    } else if (f.contains("Probe") || f.contains(".lifecycle")) {
      return "PodwrightProbe";
    } else if (f.contains(".env[") || f.contains(".envFrom[")) {
      // before names: an env var's name follows its own rule, not the DNS label's of the hint
      return "PodwrightEnv";
    } else if (f.endsWith(".name")) {
      return e.type() == ErrorType.DUPLICATE ? "PodwrightDuplicateName" : "PodwrightName";
    } else if (f.endsWith(".image")) {
      return "PodwrightImage";
    } else if (f.contains(".resources")) {
      return "PodwrightResources";
    } else if (f.contains(".env")) {
      return "PodwrightEnv";
    } else if (f.startsWith("metadata.labels") || f.startsWith("metadata.annotations")) {
      return "PodwrightLabel";
    }
    return "PodwrightInvalid";
  }

  static String hint(String tag) {
    switch (tag) {
      case "PodwrightSchedule":
        return "use five cron fields such as \"0 2 * * *\" or a macro such as \"@daily\", and an "
            + "IANA time zone such as \"Europe/Berlin\"";
      case "PodwrightStrategy":
        return "use a number of pods such as \"1\" or a percentage such as \"25%\", and do not "
            + "set both maxSurge and maxUnavailable to 0";
      case "PodwrightNoMain":
        return "annotate the application container's member with @Main";
      case "PodwrightPort":
        return "use a port number from 1 to 65535 and a unique name of at most 15 lowercase "
            + "letters, digits and '-'";
      case "PodwrightUnknownVolume":
        return "declare the volume in @PodSpec(volumes) or fix the name";
      case "PodwrightMount":
        return "give the mount a volume and an absolute path";
      case "PodwrightInitProbe":
        return "make it a @Sidecar or drop the probe";
      case "PodwrightProbe":
        return "fix the probe or hook as the message says";
      case "PodwrightDuplicateName":
        return "give each container and each volume its own name";
      case "PodwrightName":
        return "use lowercase letters, digits and '-', starting and ending with a letter or "
            + "digit (a DNS label; pod names may also contain '.')";
      case "PodwrightImage":
        return "set image, e.g. image = \"nginx:1.27\"";
      case "PodwrightResources":
        return "fix the requests or limits as the message says";
      case "PodwrightEnv":
        return "fix the environment variable as the message says";
      case "PodwrightLabel":
        return "use a valid key (optional DNS prefix, '/', name) and a value of at most 63 "
            + "characters";
      default:
        return "fix the value as the message says";
    }
  }
}
