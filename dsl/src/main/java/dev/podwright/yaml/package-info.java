/**
 * YAML through Jackson: {@link dev.podwright.yaml.PodYaml} writes the model and
 * {@link dev.podwright.yaml.ManifestReader} reads it back. This is the only package that
 * uses Jackson; the model knows nothing of it.
 */
@NullMarked
package dev.podwright.yaml;

import org.jspecify.annotations.NullMarked;
