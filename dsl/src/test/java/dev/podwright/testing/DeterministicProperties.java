package dev.podwright.testing;

import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every jqwik property deterministic in the default build: jqwik has no setting for a
 * default seed, so this hook, registered for all properties through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}, gives each property a fixed
 * seed (derived from its class and method name, so that properties do not share samples) unless
 * it names one itself, and ignores the failure database so that an earlier failed run cannot
 * change what the next one generates.
 *
 * <p>With {@code -Dpodwright.properties.random=true} (the {@code properties-random} Maven
 * profile) it leaves the seed random instead and raises every property to at least
 * {@code podwright.properties.tries} tries (10,000 unless set).
 */
public final class DeterministicProperties implements AroundPropertyHook {
  /** The system property that switches to random seeds. */
  public static final String RANDOM = "podwright.properties.random";

  /** Registered once for the whole engine, it must reach every property below. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    if (Boolean.getBoolean(RANDOM)) {
      int tries = Integer.getInteger("podwright.properties.tries", 10_000);
      attributes.setTries(Math.max(tries, attributes.tries().orElse(0)));
      attributes.setAfterFailure(AfterFailureMode.RANDOM_SEED);
    } else {
      Optional<String> seed = attributes.seed().filter(s -> !s.isEmpty());
      if (seed.isEmpty()) {
        String name = context.containerClass().getName() + "#"
            + context.targetMethod().getName();
        attributes.setSeed(Long.toString(name.hashCode() * 0x9E3779B97F4A7C15L));
      }
      attributes.setAfterFailure(AfterFailureMode.RANDOM_SEED);
    }
    return property.execute();
  }
}
