package dev.podwright.validation;

import static dev.podwright.validation.TestPods.container;
import static dev.podwright.validation.TestPods.podWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.ContainerRestartRule;
import dev.podwright.model.ContainerRestartRuleOnExitCodes;
import dev.podwright.model.Pod;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import org.junit.jupiter.api.Test;

class RestartRulesYamlTest {
  @Test
  void restartRulesAreWrittenAfterRestartPolicyAndReadBack() {
    Pod pod = podWith(container("app").restartPolicy("Never")
        .addRestartPolicyRule(ContainerRestartRule.builder().action("Restart")
            .exitCodes(ContainerRestartRuleOnExitCodes.builder().operator("In")
                .addValues(42, 43).build()).build()).build());
    String yaml = PodYaml.toYaml(pod);
    assertThat(yaml).contains("      restartPolicy: Never\n"
        + "      restartPolicyRules:\n"
        + "        - action: Restart\n"
        + "          exitCodes:\n"
        + "            operator: In\n"
        + "            values:\n"
        + "              - 42\n"
        + "              - 43\n");
    assertThat(ManifestReader.read(yaml)).containsExactly(pod);
  }
}
