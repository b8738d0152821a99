/**
 * Workload samples: pod templates with native sidecars inside a {@code Job} and a
 * {@code Deployment}. Each class has one static method returning the built, validated object;
 * the golden YAML lives in {@code samples/src/test/resources/samples/workloads/}.
 */
@NullMarked
package dev.podwright.samples.workloads;

import org.jspecify.annotations.NullMarked;
