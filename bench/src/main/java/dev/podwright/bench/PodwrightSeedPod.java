package dev.podwright.bench;

import dev.podwright.model.Pod;
import dev.podwright.samples.IstioSleepPods;
import dev.podwright.yaml.PodYaml;

/** The seed pod with Podwright's staged DSL: built, validated at {@code build()}, then written. */
final class PodwrightSeedPod {
  private PodwrightSeedPod() {}

  /** Builds and validates the pod, then writes it as YAML. */
  static String toYaml() {
    return PodYaml.toYaml(build());
  }

  static Pod build() {
    return IstioSleepPods.sleepPod();
  }
}
