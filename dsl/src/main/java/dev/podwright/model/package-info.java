/**
 * The immutable Kubernetes model: {@link dev.podwright.model.Pod} and the types it is made of,
 * named and shaped as in the Kubernetes API ({@code ObjectMeta}, {@code PodSpec},
 * {@code Container}, {@code EnvVar}, ...).
 *
 * <p>The model is faithful to the API rather than safe: it can hold a probe on a plain init
 * container or a port of 70000, because manifests read from YAML must be representable before the
 * validator can report on them. Write new pods with the staged DSL in {@code dev.podwright.dsl},
 * whose types rule such mistakes out. Every type has a {@code builder()}; values are immutable
 * and compare by value. This package depends on nothing but the JDK.
 *
 * <p>The API types are generated at build time by Podwright's {@code modelgen} from the API
 * descriptions in {@code api/kubernetes-1.X.json} (every field of the workload API, 1.27 to
 * 1.37, with its upstream doc and the versions that have it). {@link Quantity},
 * {@link IntOrString}, {@link Extensible}, {@link KubernetesObject}, {@link Restartable} and the
 * sealed groupings {@link ProbeAction}, {@link HookAction} and {@link EnvSource} are written by
 * hand.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"args:arg", "envFrom:envFrom", "items:item", "sources:source",
        "httpHeaders:httpHeader", "unknownFields:unknownField", "hostAliases:hostAlias",
        "searches:search"})
package dev.podwright.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
