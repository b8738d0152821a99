package dev.podwright.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * What the generated builders of the model share, so that each of the 150 generated types holds
 * one line per setter rather than a copy of these routines.
 *
 * <p>A builder holds each list and map as either an immutable collection (empty, or shared with
 * the value it was copied from) or its own {@link OwnedList} / {@link OwnedMap}, copied on the
 * first change. {@code freeze} hands the builder's own collection to the built value behind a
 * read-only view instead of copying it, and marks it frozen: from then on the builder copies it
 * again before its next change (copy on write), so the built value cannot change. An immutable
 * list is kept as it is, and a frozen list is shared by the builders that copy its value, so
 * {@code builder().from(value).build()} copies no list. Maps keep their insertion order (the
 * order of a manifest's keys), which the JDK's immutable maps do not.
 */
final class Builders {
  private Builders() {}

  /** Returns {@code list} with {@code element} added, copying an immutable list first. */
  static <E> List<E> add(List<E> list, @Nullable E element, String name) {
    Objects.requireNonNull(element, name);
    List<E> owned = owned(list);
    owned.add(element);
    return owned;
  }

  /** Returns {@code list} with {@code elements} added; shares an immutable list when empty. */
  static <E> List<E> addAll(List<E> list, @Nullable Iterable<? extends E> elements, String name) {
    Objects.requireNonNull(elements, name);
    if (list.isEmpty() && !isOwned(list) && isFrozen(elements)) {
      @SuppressWarnings("unchecked") // an immutable list of a subtype is a list of E to read
      List<E> shared = (List<E>) elements;
      return shared;
    }
    List<E> owned = owned(list);
    for (E e : elements) {
      owned.add(Objects.requireNonNull(e, name));
    }
    return owned;
  }

  /** Returns {@code elements} as a list of the builder's own, replacing what it held. */
  static <E> List<E> replace(@Nullable Iterable<? extends E> elements, String name) {
    return addAll(List.of(), elements, name);
  }

  /**
   * Returns a builder's list as a built value keeps it: a builder's own list behind a read-only
   * view, which the builder will not change again, or the list itself if already immutable.
   */
  static <E> List<E> freeze(List<E> list) {
    if (list instanceof OwnedList<E> owned) {
      owned.frozen = true;
      return owned.isEmpty() ? List.of() : new FrozenList<>(owned);
    }
    return list;
  }

  /** Returns {@code map} with {@code key} set to {@code value}, copying an immutable map first. */
  static <V> Map<String, V> put(Map<String, V> map, @Nullable String key, @Nullable V value,
      String name) {
    Objects.requireNonNull(key, name);
    Objects.requireNonNull(value, name);
    Map<String, V> owned = owned(map);
    owned.put(key, value);
    return owned;
  }

  /** Returns {@code map} with every entry of {@code entries} put; shares an immutable map. */
  static <V> Map<String, V> putAll(Map<String, V> map,
      @Nullable Map<String, ? extends V> entries, String name) {
    Objects.requireNonNull(entries, name);
    if (map.isEmpty() && !isOwned(map) && isFrozen(entries)) {
      @SuppressWarnings("unchecked") // an immutable map of a subtype is a map of V to read
      Map<String, V> shared = (Map<String, V>) entries;
      return shared;
    }
    Map<String, V> owned = owned(map);
    for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
      owned.put(Objects.requireNonNull(e.getKey(), name), Objects.requireNonNull(e.getValue(), name));
    }
    return owned;
  }

  /** Returns {@code entries} as a map of the builder's own, replacing what it held. */
  static <V> Map<String, V> replace(@Nullable Map<String, ? extends V> entries, String name) {
    return putAll(Map.of(), entries, name);
  }

  /**
   * Returns a builder's map as a built value keeps it, in insertion order: a builder's own map
   * behind a read-only view, which the builder will not change again, or the map itself.
   */
  static <V> Map<String, V> freeze(Map<String, V> map) {
    if (map instanceof OwnedMap<V> owned) {
      owned.frozen = true;
      return owned.isEmpty() ? Map.of() : Collections.unmodifiableMap(owned);
    }
    return map;
  }

  /** Returns a present value as an {@code Optional}, failing on null as every setter does. */
  static <T> Optional<T> present(@Nullable T value, String name) {
    return Optional.of(Objects.requireNonNull(value, name));
  }

  /** Returns {@code optional} typed for the attribute, failing on null. */
  static <T> Optional<T> optional(@Nullable Optional<? extends T> optional, String name) {
    @SuppressWarnings("unchecked") // an Optional is read-only
    Optional<T> typed = (Optional<T>) Objects.requireNonNull(optional, name);
    return typed;
  }

  /** Returns {@code given} if it is present, else {@code kept}: {@code from(..)} of a builder. */
  static <T> Optional<T> or(Optional<T> given, Optional<T> kept) {
    return given.isPresent() ? given : kept;
  }

  /**
   * Writes {@code Type{name=value, ...}}, leaving out absent optionals and empty collections;
   * {@code names} are the attribute names, one space between two, in the order of
   * {@code values}.
   */
  static String toString(String type, String names, Object[] values) {
    StringBuilder b = new StringBuilder(type).append('{');
    String separator = "";
    int start = 0;
    for (Object v : values) {
      int end = names.indexOf(' ', start);
      String name = end < 0 ? names.substring(start) : names.substring(start, end);
      start = end + 1;
      Object value = v;
      if (value instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        value = o.get();
      } else if (value instanceof List<?> l && l.isEmpty()
          || value instanceof Map<?, ?> m && m.isEmpty()) {
        continue;
      }
      b.append(separator).append(name).append('=').append(value);
      separator = ", ";
    }
    return b.append('}').toString();
  }

  /**
   * The generated {@code hashCode}: {@code h += (h << 5) + value.hashCode()} over
   * {@code values} from 5381 (a boxed primitive hashes as its {@code Integer.hashCode(int)} and
   * the like).
   */
  static int hash(Object[] values) {
    int h = 5381;
    for (Object value : values) {
      h += (h << 5) + value.hashCode();
    }
    return h;
  }

  /** True for a builder's own collection that no built value holds yet. */
  private static boolean isOwned(Object collection) {
    return collection instanceof OwnedList<?> list && !list.frozen
        || collection instanceof OwnedMap<?> map && !map.frozen;
  }

  private static <E> List<E> owned(List<E> list) {
    if (isOwned(list)) {
      return list;
    }
    if (list.isEmpty()) {
      return new OwnedList<>(); // room for ten, made at the first add
    }
    // Room to grow, and no copy of the array that ArrayList(Collection) would ask toArray for.
    OwnedList<E> copy = new OwnedList<>(list.size() + (list.size() >> 1) + 1);
    for (int i = 0; i < list.size(); i++) {
      copy.add(list.get(i));
    }
    return copy;
  }

  private static <V> Map<String, V> owned(Map<String, V> map) {
    if (isOwned(map)) {
      return map;
    }
    OwnedMap<V> copy = new OwnedMap<>();
    copy.putAll(map);
    return copy;
  }

  /**
   * A list of a builder's own. Once {@link #frozen}, a built value holds it and the builder
   * copies it before changing it.
   */
  private static final class OwnedList<E> extends ArrayList<E> {
    private static final long serialVersionUID = 1L;
    private boolean frozen;

    OwnedList() {}

    OwnedList(int capacity) {
      super(capacity);
    }
  }

  /** A map of a builder's own; frozen like {@link OwnedList}. */
  private static final class OwnedMap<V> extends LinkedHashMap<String, V> {
    private static final long serialVersionUID = 1L;
    private boolean frozen;
  }

  /**
   * The read-only view of a frozen list that a built value holds. Every change fails, as in any
   * {@link AbstractList} that does not implement them, in its iterators and sublists too.
   */
  private static final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final OwnedList<E> list;

    FrozenList(OwnedList<E> list) {
      this.list = list;
    }

    @Override
    public E get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  /**
   * True for the JDK's immutable collections ({@code List.of}, {@code List.copyOf},
   * {@code Map.of}) and the frozen lists of built values, which nobody can change, so sharing
   * them is safe.
   */
  private static boolean isFrozen(Object collection) {
    Class<?> type = collection.getClass();
    return type == LIST_12 || type == LIST_N || type == MAP_1 || type == MAP_N
        || type == FrozenList.class;
  }

  // The classes of the JDK's immutable lists and maps (a sublist of one is copied, which is safe).
  private static final Class<?> LIST_12 = List.of(1).getClass();
  private static final Class<?> LIST_N = List.of().getClass();
  private static final Class<?> MAP_1 = Map.of(1, 1).getClass();
  private static final Class<?> MAP_N = Map.of().getClass();
}
