package dev.podwright.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podwright.model.Container;
import dev.podwright.model.PodSpec;
import dev.podwright.model.Quantity;
import dev.podwright.model.ResourceRequirements;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Checks the aggregation against the closed form of KEP-753, computed in plain millicores. */
class EffectiveResourcesPropertiesTest {
  record Init(long milliCpu, boolean sidecar) {}

  @Provide
  Arbitrary<List<Init>> inits() {
    return Combinators.combine(Arbitraries.longs().between(0, 4000), Arbitraries.of(true, false))
        .as(Init::new).list().ofMaxSize(6);
  }

  @Property
  void matchesClosedForm(
      @ForAll("inits") List<Init> inits,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 4000) Integer> mains,
      @ForAll @IntRange(min = 0, max = 500) int overhead) {
    PodSpec spec = spec(inits, mains, overhead);

    long sidecars = inits.stream().filter(Init::sidecar).mapToLong(Init::milliCpu).sum();
    long steady = sidecars + mains.stream().mapToLong(Integer::longValue).sum();
    long peak = 0;
    for (int i = 0; i < inits.size(); i++) {
      long before = inits.subList(0, i).stream().filter(Init::sidecar)
          .mapToLong(Init::milliCpu).sum();
      peak = Math.max(peak, before + inits.get(i).milliCpu());
    }
    long expected = Math.max(peak, steady) + overhead;

    EffectiveResources r = EffectiveResources.of(spec);
    assertThat(r.requests().get("cpu")).isEqualTo(milli(expected));
    assertThat(r.request("cpu").orElseThrow().dominant()).isEqualTo(peak > steady
        ? EffectiveResources.Phase.INIT_PEAK : EffectiveResources.Phase.STEADY_STATE);
  }

  @Property
  void neverBelowThePreSidecarFormula(
      @ForAll("inits") List<Init> inits,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 4000) Integer> mains) {
    EffectiveResources r = EffectiveResources.of(spec(inits, mains, 0));

    assertThat(r.requests().get("cpu")).isGreaterThanOrEqualTo(r.preSidecarRequests().get("cpu"));
  }

  private static PodSpec spec(List<Init> inits, List<Integer> mains, int overhead) {
    PodSpec.Builder b = PodSpec.builder().putOverhead("cpu", milli(overhead));
    for (int i = 0; i < inits.size(); i++) {
      Container.Builder c = Container.builder().name("i" + i).image("x")
          .resources(cpu(inits.get(i).milliCpu()));
      if (inits.get(i).sidecar()) {
        c.restartPolicy("Always");
      }
      b.addInitContainer(c.build());
    }
    for (int i = 0; i < mains.size(); i++) {
      b.addContainer(Container.builder().name("c" + i).image("x").resources(cpu(mains.get(i)))
          .build());
    }
    return b.build();
  }

  private static ResourceRequirements cpu(long milli) {
    return ResourceRequirements.builder().putRequest("cpu", milli(milli)).build();
  }

  private static Quantity milli(long milli) {
    return Quantity.parse(milli + "m");
  }
}
