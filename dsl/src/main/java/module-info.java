/**
 * Podwright: the immutable Kubernetes model, the staged sidecar DSL, the validator, YAML in and
 * out, and the sidecar tools (effective resources, lifecycle plans, migration).
 *
 * <p>Every package is exported; implementation types are package-private. Jackson is an
 * implementation detail of {@code dev.podwright.yaml}, except for the token-stream entry points
 * {@code PodYaml.writeTokens(KubernetesObject, JsonGenerator)} and {@code ManifestReader.readTokens(JsonParser)},
 * which is why {@code com.fasterxml.jackson.core} is read transitively.
 *
 * <p>On the module path, note that Jackson's YAML module declares {@code requires
 * com.fasterxml.jackson.databind} in its own descriptor, so the module system wants
 * jackson-databind and jackson-annotations present even though no Podwright code path loads
 * them; on the class path they are not needed.
 */
module dev.podwright.dsl {
  requires transitive com.fasterxml.jackson.core;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.podwright.dsl;
  exports dev.podwright.model;
  exports dev.podwright.sidecar;
  exports dev.podwright.validation;
  exports dev.podwright.yaml;
}
