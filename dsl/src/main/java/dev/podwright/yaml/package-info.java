/**
 * YAML output through Jackson: {@link dev.podwright.yaml.PodYaml}. This is the only package that
 * uses Jackson; the model knows nothing of it.
 */
@NullMarked
package dev.podwright.yaml;

import org.jspecify.annotations.NullMarked;
