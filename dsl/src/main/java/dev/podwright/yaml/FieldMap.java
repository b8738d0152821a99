package dev.podwright.yaml;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The unmodifiable, ordered map of an object in a {@link TreeEmitter} tree: keys and values
 * alternate in one array, and look-ups scan it, which for the few fields of a Kubernetes object
 * is as fast as hashing and a fraction of a {@code LinkedHashMap}'s memory. Keys are distinct,
 * as a writer writes each field once.
 */
final class FieldMap extends AbstractMap<String, Object> {
  private final Object[] keysAndValues;

  FieldMap(Object[] keysAndValues) {
    this.keysAndValues = keysAndValues;
  }

  @Override
  public int size() {
    return keysAndValues.length / 2;
  }

  @Override
  public boolean isEmpty() {
    return keysAndValues.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : keysAndValues[i + 1];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return FieldMap.this.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keysAndValues.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= keysAndValues.length) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> e = new SimpleImmutableEntry<>(
                (String) keysAndValues[next], keysAndValues[next + 1]);
            next += 2;
            return e;
          }
        };
      }
    };
  }
}
