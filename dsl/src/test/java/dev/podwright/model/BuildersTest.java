package dev.podwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Built values hand their lists and maps over without copying them ({@code Builders.freeze}); a
 * value must still never change, whatever its builder or a builder copied from it does next.
 */
class BuildersTest {
  private static EnvVar env(String name) {
    return EnvVar.builder().name(name).value("v").build();
  }

  @Test
  void valueKeepsItsListWhenTheBuilderGoesOn() {
    Container.Builder b = Container.builder().name("app").image("nginx")
        .addEnv(env("A")).addArg("one");
    Container first = b.build();
    b.addEnv(env("B")).addArg("two");
    Container second = b.build();
    b.addEnv(env("C"));

    assertThat(first.env()).extracting(EnvVar::name).containsExactly("A");
    assertThat(first.args()).containsExactly("one");
    assertThat(second.env()).extracting(EnvVar::name).containsExactly("A", "B");
    assertThat(second.args()).containsExactly("one", "two");
    assertThat(b.build().env()).extracting(EnvVar::name).containsExactly("A", "B", "C");
  }

  @Test
  void valueKeepsItsMapWhenTheBuilderGoesOn() {
    ObjectMeta.Builder b = ObjectMeta.builder().name("web").putLabel("app", "web");
    ObjectMeta first = b.build();
    b.putLabel("tier", "front").putLabel("app", "other");

    assertThat(first.labels()).containsExactly(Map.entry("app", "web"));
    assertThat(b.build().labels()).containsExactly(
        Map.entry("app", "other"), Map.entry("tier", "front"));
  }

  @Test
  void builderCopiedFromAValueLeavesTheValueAlone() {
    Container base = Container.builder().name("app").image("nginx").addEnv(env("A"))
        .build();
    Container.Builder copy = Container.builder().from(base);
    Container same = copy.build();
    copy.addEnv(env("B"));

    assertThat(same.env()).isSameAs(base.env());
    assertThat(base.env()).extracting(EnvVar::name).containsExactly("A");
    assertThat(copy.build().env()).extracting(EnvVar::name).containsExactly("A", "B");
  }

  @Test
  void valueDoesNotFollowTheCollectionItWasGiven() {
    List<String> args = new ArrayList<>(List.of("one"));
    Map<String, String> labels = new LinkedHashMap<>(Map.of("app", "web"));
    Container c = Container.builder().name("app").image("nginx").args(args).build();
    ObjectMeta m = ObjectMeta.builder().name("web").labels(labels).build();
    args.add("two");
    labels.put("tier", "front");

    assertThat(c.args()).containsExactly("one");
    assertThat(m.labels()).containsOnlyKeys("app");
  }

  @Test
  void builtListsAndMapsRefuseEveryChange() {
    Container c = Container.builder().name("app").image("nginx")
        .addArg("one").addArg("two").build();
    List<String> args = c.args();
    assertThatThrownBy(() -> args.add("three"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> args.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> args.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(args::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> args.subList(0, 1).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var i = args.iterator();
      i.next();
      i.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> args.listIterator().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);

    Map<String, String> labels = ObjectMeta.builder().name("web").putLabel("app", "web").build()
        .labels();
    assertThatThrownBy(() -> labels.put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> labels.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> labels.keySet().remove("app"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.args()).containsExactly("one", "two");
    assertThat(labels).containsExactly(Map.entry("app", "web"));
  }

  @Test
  void builtListsCompareAsLists() {
    Container a = Container.builder().name("app").image("nginx").addArg("one").addArg("two")
        .build();
    Container b = Container.builder().name("app").image("nginx").args(List.of("one", "two"))
        .build();
    assertThat(a.args()).isEqualTo(List.of("one", "two")).hasSameHashCodeAs(List.of("one", "two"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
