package dev.podwright.validation;

import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
      int end = path.length();
      while (end > 0 && path.charAt(end - 1) == '/') {
        end--;
      }
      return new Item(path.substring(0, end), source);
    }

    @Override
    public String toString() {
      return source.isEmpty() ? GoValues.quote(path) : GoValues.quote(path) + " (" + source + ")";
    }
  }

  void volumes(List<Volume> volumes) {
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
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

  private static boolean isEmpty(VolumeProjection p) {
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
