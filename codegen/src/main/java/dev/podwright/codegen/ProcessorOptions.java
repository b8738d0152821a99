package dev.podwright.codegen;

import dev.podwright.validation.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The processor's {@code -A} options, read once per compilation: how a spec makes its object
 * ({@link PodSpecProcessor#SPEC_CODE}) and the Kubernetes version and feature gates validation
 * follows ({@link PodSpecProcessor#KUBERNETES_VERSION}, {@link PodSpecProcessor#FEATURE_GATES}).
 * A bad value is a problem in the words of the CLI's {@code --kubernetes-version} and of
 * {@code kube-apiserver --feature-gates}.
 *
 * @param problems one message per bad option, empty if every option is usable
 */
record ProcessorOptions(SpecClassGenerator.Code specCode, Profile profile, List<String> problems) {
  /** The options as written, defaults for those not given. */
  static ProcessorOptions read(Map<String, String> options) {
    List<String> problems = new ArrayList<>();
    String spec = options.getOrDefault(PodSpecProcessor.SPEC_CODE, "resource");
    SpecClassGenerator.Code code = switch (spec) {
      case "builders" -> SpecClassGenerator.Code.BUILDERS;
      case "resource" -> SpecClassGenerator.Code.RESOURCE;
      default -> {
        problems.add("-A" + PodSpecProcessor.SPEC_CODE + "=" + spec
            + ": unsupported value; write resource or builders");
        yield SpecClassGenerator.Code.RESOURCE;
      }
    };
    Profile profile = Profile.defaults();
    String version = options.get(PodSpecProcessor.KUBERNETES_VERSION);
    if (version != null) {
      try {
        profile = Profile.of(version);
      } catch (IllegalArgumentException e) {
        problems.add("-A" + PodSpecProcessor.KUBERNETES_VERSION + "=" + version + ": "
            + e.getMessage() + "; write a version from " + Profile.SUPPORTED_VERSIONS
            + ", such as " + Profile.DEFAULT_VERSION);
        return new ProcessorOptions(code, profile, List.copyOf(problems));
      }
    }
    String gates = options.get(PodSpecProcessor.FEATURE_GATES);
    if (gates != null) {
      try {
        profile = profile.withFeatureGates(gates);
      } catch (IllegalArgumentException e) {
        problems.add("-A" + PodSpecProcessor.FEATURE_GATES + "=" + gates + ": " + e.getMessage());
      }
    }
    return new ProcessorOptions(code, profile, List.copyOf(problems));
  }
}
