package dev.podwright.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.yaml.ManifestReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where declarative validation (KEP-5073) changes the server's answer for the six workload kinds,
 * with the full messages (the corpus, {@code _decl18_cases.py}, checks paths and types only).
 * k8s.io/apiserver {@code pkg/registry/rest/validate.go} appends the enforced declarative errors
 * after the hand-written ones; for these kinds only CronJobSpec.schedule's
 * {@code +k8s:beta(since: "1.37")=+k8s:required} is enforced on an existing field (its words are
 * apimachinery {@code validate.RequiredValue}: {@code field.Required(fldPath, "")}), and every
 * other 1.36 and 1.37 tag on their fields and ObjectMeta is {@code +k8s:alpha}, run in shadow.
 */
class DeclarativeValidationTest {
  private static final String CRON = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n"
      + "  name: nightly\nspec:\n  schedule: \"\"\n  startingDeadlineSeconds: -5\n"
      + "  jobTemplate:\n    spec:\n      template:\n        spec:\n"
      + "          restartPolicy: Never\n          containers:\n          - name: main\n"
      + "            image: busybox:1.37\n";
  private static final String REQUIRED = "spec.schedule: Required value";
  private static final String DEADLINE =
      "spec.startingDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0";

  private static List<String> errors(Profile profile, String yaml) {
    return Validator.forProfile(profile).validate(ManifestReader.read(yaml).get(0))
        .stream().map(FieldError::toString).collect(Collectors.toList());
  }

  private static List<String> errors(String version, String yaml) {
    return errors(Profile.of(version), yaml);
  }

  @Test
  void emptyScheduleIsHandWrittenAndFirstTo136() {
    for (String version : new String[] {"1.33", "1.34", "1.35", "1.36"}) {
      assertThat(errors(version, CRON)).as(version).containsExactly(REQUIRED, DEADLINE);
    }
    assertThat(errors(Profile.of("1.35")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_TAKEOVER, true), CRON))
        .containsExactly(REQUIRED, DEADLINE);
  }

  @Test
  void emptyScheduleIsDeclarativeAndLastIn137() {
    assertThat(errors("1.37", CRON)).containsExactly(DEADLINE, REQUIRED);
    assertThat(errors(Profile.of("1.37")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_BETA, true), CRON))
        .containsExactly(DEADLINE, REQUIRED);
  }

  @Test
  void theBetaSwitchOffShadowsTheScheduleRuleIn137() {
    assertThat(errors(Profile.of("1.37")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_BETA, false), CRON))
        .containsExactly(REQUIRED, DEADLINE);
    // 1.36 has the switch too, but its rule is alpha: the order is the same either way.
    assertThat(errors(Profile.of("1.36")
        .withFeatureGate(Profile.DECLARATIVE_VALIDATION_BETA, true), CRON))
        .containsExactly(REQUIRED, DEADLINE);
  }

  private static final String STS = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n"
      + "  name: db\nspec:\n  serviceName: db\n  template:\n    metadata:\n"
      + "      labels: {app: web}\n    spec:\n      containers:\n      - name: app\n"
      + "        image: nginx:1.27\n";
  private static final String JOB = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: train\n"
      + "spec:\n  completionMode: Indexed\n  completions: 5\n  maxFailedIndexes: 2\n"
      + "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
      + "      - name: main\n        image: busybox:1.37\n";
  private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
      + "  tolerations: [{key: \"-k\", operator: Exists}]\n  containers:\n  - name: app\n"
      + "    image: nginx:1.27\n";
  private static final String DEPLOY = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
      + "  name: Web_1\nspec:\n  replicas: -1\n  selector:\n    matchLabels: {app: web}\n"
      + "  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n"
      + "      - name: app\n        image: nginx:1.27\n";

  @Test
  void alphaRulesOf137KeepTheHandWrittenWordsAndOrder() {
    assertThat(errors("1.37", STS)).containsExactly("spec.selector: Required value",
        "spec.template.metadata.labels: Invalid value: {\"app\":\"web\"}: "
            + "`selector` does not match template `labels`");
    assertThat(errors("1.37", JOB)).containsExactly(
        "spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified");
    assertThat(errors("1.37", DEPLOY)).hasSize(2);
    assertThat(errors("1.37", DEPLOY).get(0)).startsWith("metadata.name: Invalid value: "
        + "\"Web_1\": a lowercase RFC 1123 subdomain");
    assertThat(errors("1.37", DEPLOY).get(1))
        .isEqualTo("spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    for (String yaml : new String[] {STS, JOB, POD, DEPLOY}) {
      assertThat(errors("1.37", yaml)).isNotEmpty().isEqualTo(errors("1.36", yaml));
    }
  }
}
