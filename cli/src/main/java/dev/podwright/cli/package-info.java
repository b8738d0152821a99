/**
 * The {@code podwright} command line, built into {@code cli/target/podwright.jar}:
 *
 * <pre>
 * java -jar podwright.jar validate --kubernetes-version 1.29 k8s/
 * k8s/pod.yaml:7: spec.containers[0].image: Required value
 * </pre>
 *
 * <p>{@code ManifestInputs} reads the FILE arguments of every command (files,
 * directories, stdin, JSON, lists); {@code ValidateJson}, {@code JunitReport} and
 * {@code SarifReport} write the machine-readable formats; {@code InPlaceMigration} edits files
 * for {@code migrate} from the YAML parser's node positions.
 *
 * <p>{@link dev.podwright.cli.PodwrightCommand} is the entry point; every subcommand is one
 * small package-private class.
 */
@NullMarked
package dev.podwright.cli;

import org.jspecify.annotations.NullMarked;
