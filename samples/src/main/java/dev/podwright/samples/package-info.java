/**
 * Runnable samples of Podwright: the Istio native-sidecar pods, a one-shot pod with a sidecar, a
 * log shipper and an interleaved batch pod. {@link dev.podwright.samples.RenderSamples} prints
 * them all as one YAML stream.
 */
package dev.podwright.samples;
