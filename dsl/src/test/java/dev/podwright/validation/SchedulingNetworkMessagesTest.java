package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Full messages and order of placement and networking rules where they changed across versions
 * (the corpus checks paths and types only): the regex that {@code IsDNS1123SubdomainWithUnderscore}
 * names, the place of {@code validatePodHostName} in {@code ValidatePodSpec}, and the pod
 * affinity label keys that {@code dropDisabledMatchLabelKeysFieldInPodAffinity} removes while
 * {@code MatchLabelKeysInPodAffinity} is off.
 */
class SchedulingNetworkMessagesTest {
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
      + "  containers: [{name: app, image: nginx}]\n";
  private static final String PLAIN_SUBDOMAIN =
      "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
  private static final String UNDERSCORE_SUBDOMAIN =
      "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*";

  private static ValidationReport report(Profile profile, String spec) {
    return Validator.forProfile(profile).report(ManifestReader.read(POD + spec).get(0));
  }

  private static List<String> errors(Profile profile, String spec) {
    return report(profile, spec).errors().stream().map(FieldError::toString)
        .collect(Collectors.toList());
  }

  private static List<String> errors(String version, String spec) {
    return errors(Profile.of(version), spec);
  }

  private static String searchError(String regex) {
    return "spec.dnsConfig.searches[0]: Invalid value: \"-bad\": a lowercase RFC 1123 subdomain "
        + "must consist of lower case alphanumeric characters, '_', '-' or '.', and must start "
        + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation "
        + "is '" + regex + "')";
  }

  @Test
  void relaxedSearchMessageNamesTheUnderscoreRegexFrom134() {
    // kubernetes/kubernetes#132034 (merged June 2025) fixed the regex in the message.
    String spec = "  dnsConfig: {searches: [\"-bad\"]}\n";
    assertThat(errors("1.33", spec)).containsExactly(searchError(PLAIN_SUBDOMAIN));
    assertThat(errors("1.34", spec)).containsExactly(searchError(UNDERSCORE_SUBDOMAIN));
    assertThat(errors("1.36", spec)).containsExactly(searchError(UNDERSCORE_SUBDOMAIN));
  }

  @Test
  void relaxedSearchGateIsLockedFrom134() {
    assertThat(Profile.of("1.33").withFeatureGate(Profile.RELAXED_DNS_SEARCH, false)
        .isEnabled(Profile.RELAXED_DNS_SEARCH)).isFalse();
    assertThat(Profile.of("1.34").isEnabled(Profile.RELAXED_DNS_SEARCH)).isTrue();
    assertThat(Profile.of("1.37").isEnabled(Profile.RELAXED_DNS_SEARCH)).isTrue();
  }

  @Test
  void hostnameOverrideRunsBeforeTheNodeNameAndSubdomain() {
    String spec = "  hostnameOverride: a_b\n  setHostnameAsFQDN: true\n  nodeName: Bad_Node\n"
        + "  subdomain: Bad\n";
    List<String> errors = errors("1.35", spec);
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0)).isEqualTo(
        "spec.hostnameOverride: Forbidden: may not be specified when setHostnameAsFQDN is true");
    assertThat(errors.get(1)).startsWith("spec.hostnameOverride: Invalid value: \"a_b\": ");
    assertThat(errors.get(2)).startsWith("spec.nodeName: Invalid value: \"Bad_Node\": ");
    assertThat(errors.get(3)).startsWith("spec.subdomain: Invalid value: \"Bad\": ");
  }

  @Test
  void podAffinityLabelKeysAreDroppedWhileTheGateIsOff() {
    String spec = "  affinity:\n    podAffinity:\n"
        + "      requiredDuringSchedulingIgnoredDuringExecution:\n"
        + "      - {topologyKey: zone, matchLabelKeys: [app]}\n";
    String path = "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]"
        + ".matchLabelKeys";
    ValidationReport off = report(Profile.of("1.30"), spec);
    assertThat(off.isValid()).isTrue();
    assertThat(off.warnings()).startsWith(path + ": dropped: the MatchLabelKeysInPodAffinity "
        + "feature gate is off in Kubernetes 1.30, so the API server silently removes the field");
    String forbidden = path + ": Forbidden: must not be specified when labelSelector is not set";
    assertThat(errors(Profile.of("1.30").withFeatureGate(
        Profile.MATCH_LABEL_KEYS_IN_POD_AFFINITY, true), spec)).containsExactly(forbidden);
    assertThat(errors("1.31", spec)).containsExactly(forbidden);
  }
}
