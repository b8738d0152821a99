/**
 * Pods declared with annotations and turned into Java and YAML at build time by the
 * {@code podwright-codegen} processor, which this module runs through
 * {@code annotationProcessorPaths}. {@link dev.podwright.samples.annotated.IstioSleepPod} yields
 * {@code IstioSleepPodSpec.pod()} and the resource {@code META-INF/podwright/sleep.yaml}.
 */
package dev.podwright.samples.annotated;
