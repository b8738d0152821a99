/**
 * The {@code podwright} command line, built into {@code cli/target/podwright.jar}:
 *
 * <pre>
 * java -jar podwright.jar validate --kubernetes-version 1.29 pod.yaml
 * pod.yaml: spec.containers[0].image: Required value
 * </pre>
 *
 * <p>{@link dev.podwright.cli.PodwrightCommand} is the entry point; every subcommand is one
 * small package-private class.
 */
@NullMarked
package dev.podwright.cli;

import org.jspecify.annotations.NullMarked;
