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
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"args:arg", "envFrom:envFrom", "items:item", "sources:source",
        "httpHeaders:httpHeader", "unknownFields:unknownField"})
package dev.podwright.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
