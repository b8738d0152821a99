package dev.podwright.validation;

import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code warningsForOverlappingVirtualPaths} of pkg/api/pod/warnings.go as a 1.33-or-later copy
 * has it (co63oc/kubernetes {@code 9beefa00}): within one {@code configMap}, {@code secret},
 * {@code downwardAPI} or {@code projected} volume, an item path equal to an earlier one or inside
 * it (or holding it) overwrites or breaks it, so the server warns, once per earlier path it
 * collides with. Trailing slashes are cut first; an empty path collides with nothing.
 *
 * <p>For a projected volume upstream keeps the paths of the last source that had any when a
 * source has none of its own (a {@code configMap} without {@code items}, say), and checks them
 * again, so that source repeats the earlier one's paths and collides with them; this class does
 * the same, as the server's words are what it aims at.
 */
final class OverlappingPaths {
  private final Consumer<String> warn;

  OverlappingPaths(Consumer<String> warn) {
    this.warn = warn;
  }

  /** A path and where it came from: {@code ConfigMap "name"}, or empty. */
  private record Item(String path, String source) {
    Item trimmed() {
      String t = trim(path);
      return t == path ? this : new Item(t, source);
    }

    @Override
    public String toString() {
      return source.isEmpty() ? GoValues.quote(path) : GoValues.quote(path) + " (" + source + ")";
    }
  }

  void volumes(List<Volume> volumes) {
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      if (!mayOverlap(v)) {
        continue; // most volumes: checked without building anything
      }
      if (v.configMap().isPresent() && !v.configMap().get().items().isEmpty()) {
        within(keys(v.configMap().get().items(), ""), v.name(),
            "ConfigMap " + GoValues.quote(v.configMap().get().name()));
      }
      if (v.secret().isPresent() && !v.secret().get().items().isEmpty()) {
        within(keys(v.secret().get().items(), ""), v.name(),
            "Secret " + GoValues.quote(v.secret().get().secretName()));
      }
      if (v.downwardAPI().isPresent() && !v.downwardAPI().get().items().isEmpty()) {
        within(files(v.downwardAPI().get().items(), ""), v.name(), "DownwardAPI");
      }
      if (v.projected().isPresent()) {
        projected(v.projected().get().sources(), v.name());
      }
    }
  }

  private void projected(List<VolumeProjection> sources, String volume) {
    List<Item> paths = List.of();
    List<Item> all = new ArrayList<>();
    for (VolumeProjection source : sources) {
      if (isEmpty(source)) {
        warn.accept("volume " + GoValues.quote(volume) + " (Projected) has no sources provided");
        continue;
      }
      if (source.configMap().isPresent() && !source.configMap().get().items().isEmpty()) {
        paths = keys(source.configMap().get().items(),
            "ConfigMap " + GoValues.quote(source.configMap().get().name()));
      } else if (source.secret().isPresent() && !source.secret().get().items().isEmpty()) {
        paths = keys(source.secret().get().items(),
            "Secret " + GoValues.quote(source.secret().get().name()));
      } else if (source.downwardAPI().isPresent() && !source.downwardAPI().get().items().isEmpty()) {
        paths = files(source.downwardAPI().get().items(), "DownwardAPI");
      } else if (source.serviceAccountToken().isPresent()) {
        paths = List.of(new Item(source.serviceAccountToken().get().path(), "ServiceAccountToken"));
      } else if (source.clusterTrustBundle().isPresent()) {
        var bundle = source.clusterTrustBundle().get();
        String bundleName = bundle.name().or(bundle::signerName).orElse("");
        paths = List.of(new Item(bundle.path(),
            "ClusterTrustBundle " + GoValues.quote(bundleName)));
      }
      for (Item item : paths) {
        Item ps = item.trimmed();
        for (Item c : collisions(all, ps)) {
          warn.accept("volume " + GoValues.quote(volume) + " (Projected): overlapping paths: " + ps
              + " with " + c);
        }
        all.add(ps);
      }
    }
  }

  /**
   * Whether the volume may get a warning: two of its paths collide, or (projected) a source has
   * no paths of its own, which upstream's loop answers with a warning or the previous source's
   * paths again. Allocates nothing.
   */
  private static boolean mayOverlap(Volume v) {
    if (v.configMap().isPresent() && collide(v.configMap().get().items(), null)) {
      return true;
    }
    if (v.secret().isPresent() && collide(v.secret().get().items(), null)) {
      return true;
    }
    if (v.downwardAPI().isPresent() && collide(null, v.downwardAPI().get().items())) {
      return true;
    }
    if (v.projected().isEmpty()) {
      return false;
    }
    List<VolumeProjection> sources = v.projected().get().sources();
    for (int a = 0; a < sources.size(); a++) {
      if (paths(sources.get(a)) == 0) {
        return true;
      }
      for (int i = 0; i < paths(sources.get(a)); i++) {
        String needle = trim(path(sources.get(a), i));
        for (int b = 0; b <= a; b++) {
          for (int j = 0; j < (b == a ? i : paths(sources.get(b))); j++) {
            if (overlap(trim(path(sources.get(b), j)), needle)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether two of the items' paths (key-to-path items, or else downward files) collide. */
  private static boolean collide(@Nullable List<KeyToPath> keys,
      @Nullable List<DownwardAPIVolumeFile> files) {
    int n = keys != null ? keys.size() : files.size();
    for (int i = 1; i < n; i++) {
      String needle = trim(keys != null ? keys.get(i).path() : files.get(i).path());
      for (int j = 0; j < i; j++) {
        if (overlap(trim(keys != null ? keys.get(j).path() : files.get(j).path()), needle)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of paths upstream's switch takes from the source. */
  private static int paths(VolumeProjection s) {
    if (s.configMap().isPresent() && !s.configMap().get().items().isEmpty()) {
      return s.configMap().get().items().size();
    }
    if (s.secret().isPresent() && !s.secret().get().items().isEmpty()) {
      return s.secret().get().items().size();
    }
    if (s.downwardAPI().isPresent() && !s.downwardAPI().get().items().isEmpty()) {
      return s.downwardAPI().get().items().size();
    }
    return s.serviceAccountToken().isPresent() || s.clusterTrustBundle().isPresent() ? 1 : 0;
  }

  private static String path(VolumeProjection s, int i) {
    if (s.configMap().isPresent() && !s.configMap().get().items().isEmpty()) {
      return s.configMap().get().items().get(i).path();
    }
    if (s.secret().isPresent() && !s.secret().get().items().isEmpty()) {
      return s.secret().get().items().get(i).path();
    }
    if (s.downwardAPI().isPresent() && !s.downwardAPI().get().items().isEmpty()) {
      return s.downwardAPI().get().items().get(i).path();
    }
    return s.serviceAccountToken().isPresent() ? s.serviceAccountToken().get().path()
        : s.clusterTrustBundle().get().path();
  }

  /** {@code checkForOverlap}'s test on trimmed paths: equal, or one inside the other. */
  private static boolean overlap(String item, String needle) {
    if (needle.isEmpty() || item.isEmpty()) {
      return false;
    }
    return item.equals(needle) || item.startsWith(needle) && item.charAt(needle.length()) == '/'
        || needle.startsWith(item) && needle.charAt(item.length()) == '/';
  }

  /** The path without trailing slashes; the path itself if it has none. */
  static String trim(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return end == path.length() ? path : path.substring(0, end);
  }

  static boolean isEmpty(VolumeProjection p) {
    return p.secret().isEmpty() && p.downwardAPI().isEmpty() && p.configMap().isEmpty()
        && p.serviceAccountToken().isEmpty() && p.clusterTrustBundle().isEmpty()
        && p.podCertificate().isEmpty();
  }

  private void within(List<Item> paths, String volume, String what) {
    List<Item> all = new ArrayList<>();
    for (Item item : paths) {
      Item ps = item.trimmed();
      for (Item c : collisions(all, ps)) {
        warn.accept("volume " + GoValues.quote(volume) + " (" + what + "): overlapping paths: "
            + ps + " with " + c);
      }
      all.add(ps);
    }
  }

  /** {@code checkForOverlap}: the earlier items {@code needle} equals, holds or lies in. */
  private static List<Item> collisions(List<Item> haystack, Item needle) {
    if (needle.path().isEmpty()) {
      return List.of();
    }
    List<Item> out = new ArrayList<>(0);
    for (Item item : haystack) {
      if (item.path().isEmpty()) {
        continue;
      }
      if (item.equals(needle) || (item.path() + "/").startsWith(needle.path() + "/")
          || (needle.path() + "/").startsWith(item.path() + "/")) {
        out.add(item);
      }
    }
    return out;
  }

  private static List<Item> keys(List<KeyToPath> items, String source) {
    List<Item> out = new ArrayList<>(items.size());
    for (KeyToPath k : items) {
      out.add(new Item(k.path(), source));
    }
    return out;
  }

  private static List<Item> files(List<DownwardAPIVolumeFile> items, String source) {
    List<Item> out = new ArrayList<>(items.size());
    for (DownwardAPIVolumeFile f : items) {
      out.add(new Item(f.path(), source));
    }
    return out;
  }
}
