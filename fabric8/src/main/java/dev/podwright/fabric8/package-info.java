/**
 * The bridge to the fabric8 Kubernetes client: {@link dev.podwright.fabric8.Fabric8} converts
 * Podwright's workloads to and from fabric8's model objects, losslessly, and validates objects
 * that fabric8 code built. An optional module: podwright-dsl does not depend on fabric8.
 */
@NullMarked
package dev.podwright.fabric8;

import org.jspecify.annotations.NullMarked;
