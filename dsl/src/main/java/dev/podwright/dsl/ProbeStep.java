package dev.podwright.dsl;

import dev.podwright.model.Probe;

/**
 * The timing every probe kind offers. A probe has exactly one handler, given when it is created
 * ({@code startupProbe(httpGet("/healthz/ready", 15021))}). Each method returns a new probe.
 *
 * @param <P> the probe kind, returned by every method
 */
public interface ProbeStep<P extends ProbeStep<P>> {
  /** Sets the seconds to wait after the container starts ({@code initialDelaySeconds}). */
  P initialDelaySeconds(int seconds);

  /** Sets the seconds after which one probe times out ({@code timeoutSeconds}). */
  P timeoutSeconds(int seconds);

  /** Sets the seconds between probes ({@code periodSeconds}). */
  P periodSeconds(int seconds);

  /** Sets how many consecutive failures count as failed ({@code failureThreshold}). */
  P failureThreshold(int threshold);

  /** Returns the probe as a model value. */
  Probe toProbe();
}
