package dev.podwright.validation;

import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@code warningsForOverlappingVirtualPaths} of pkg/api/pod/warnings.go as 1.31 and 1.32 have it
 * (the copy {@code 1853742d}: AppArmor fields, cephfs "non-functional in v1.31+", no duplicate
 * port names yet); {@link OverlappingPaths} is its 1.33 rewrite. Within one {@code configMap},
 * {@code secret} or {@code downwardAPI} volume, each item path (trailing slashes cut) is checked
 * against the earlier ones with {@code checkForOverlap}, which takes two paths to collide when
 * one is a string prefix of the other ({@code strings.HasPrefix(item+"/", path)} or the
 * reverse), so {@code config} and {@code config.yaml} collide as {@code conf} and
 * {@code conf/extra} do. A projected volume checks each source's paths, then, again, the sorted
 * list of those paths together with every earlier source's, under the source's own message; the
 * warning recorder drops a repeated text. As in the 1.33 code, a source with no paths of its own
 * (a {@code configMap} without {@code items}) repeats the previous source's paths and message.
 *
 * <p>Upstream keeps the earlier paths in a Go set and reports the first colliding one its
 * iteration meets, in Go's random map order. Where several earlier paths collide this class
 * names the first one written (the server names any of them); where the set also holds an empty
 * path, which ends the search without a collision when it comes first, whether the server warns
 * at all is chance, and this class does not warn.
 */
final class OverlappingPathsUpTo132 {
  private final Consumer<String> warn;

  OverlappingPathsUpTo132(Consumer<String> warn) {
    this.warn = warn;
  }

  void volumes(List<Volume> volumes) {
    for (Volume v : volumes) {
      String volume = "volume " + GoValues.quote(v.name());
      if (v.configMap().isPresent() && !v.configMap().get().items().isEmpty()) {
        check(keys(v.configMap().get().items()), volume + " (ConfigMap "
            + GoValues.quote(v.configMap().get().name()) + "): overlapping paths");
      }
      if (v.secret().isPresent() && !v.secret().get().items().isEmpty()) {
        check(keys(v.secret().get().items()), volume + " (Secret "
            + GoValues.quote(v.secret().get().secretName()) + "): overlapping paths");
      }
      if (v.downwardAPI().isPresent() && !v.downwardAPI().get().items().isEmpty()) {
        check(files(v.downwardAPI().get().items()), volume + " (DownwardAPI): overlapping paths");
      }
      if (v.projected().isPresent()) {
        projected(v.projected().get().sources(), volume);
      }
    }
  }

  private void projected(List<VolumeProjection> sources, String volume) {
    List<String> paths = List.of();
    String message = "";
    Set<String> all = new LinkedHashSet<>();
    for (VolumeProjection s : sources) {
      if (OverlappingPaths.isEmpty(s)) {
        warn.accept(volume + " (Projected) has no sources provided");
        continue;
      }
      if (s.configMap().isPresent() && !s.configMap().get().items().isEmpty()) {
        paths = keys(s.configMap().get().items());
        message = " (Projected ConfigMap " + GoValues.quote(s.configMap().get().name()) + ")";
      } else if (s.secret().isPresent() && !s.secret().get().items().isEmpty()) {
        paths = keys(s.secret().get().items());
        message = " (Projected Secret " + GoValues.quote(s.secret().get().name()) + ")";
      } else if (s.downwardAPI().isPresent() && !s.downwardAPI().get().items().isEmpty()) {
        paths = files(s.downwardAPI().get().items());
        message = " (Projected DownwardAPI)";
      } else if (s.serviceAccountToken().isPresent()) {
        paths = List.of(s.serviceAccountToken().get().path());
        message = " (Projected ServiceAccountToken)";
      } else if (s.clusterTrustBundle().isPresent()) {
        var bundle = s.clusterTrustBundle().get();
        paths = List.of(bundle.path());
        message = " (Projected ClusterTrustBundle "
            + GoValues.quote(bundle.name().or(bundle::signerName).orElse("")) + ")";
      }
      if (paths.isEmpty()) {
        continue;
      }
      String warning = volume + message + ": overlapping paths";
      check(paths, warning);
      Set<String> unique = new LinkedHashSet<>(paths);
      List<String> ordered = new ArrayList<>(unique);
      ordered.addAll(all);
      ordered.sort(OverlappingPathsUpTo132::goCompare);
      check(ordered, warning);
      all.addAll(unique);
    }
  }

  /** {@code checkVolumeMappingForOverlap}. */
  private void check(List<String> paths, String warning) {
    Set<String> earlier = new LinkedHashSet<>();
    for (String path : paths) {
      String p = OverlappingPaths.trim(path);
      String collision = collision(earlier, p);
      if (collision != null) {
        warn.accept(warning + ": " + GoValues.quote(p) + " with " + GoValues.quote(collision));
      }
      earlier.add(p);
    }
  }

  /**
   * {@code checkForOverlap}: the earlier path {@code path} collides with, or null for none and
   * where the server's answer is chance (see the class comment).
   */
  private static @Nullable String collision(Set<String> earlier, String path) {
    if (path.isEmpty() || earlier.isEmpty()) {
      return null;
    }
    String first = null;
    for (String item : earlier) {
      if (item.isEmpty()) {
        return null;
      }
      if (first == null && (item.startsWith(path) || path.startsWith(item))) {
        first = item;
      }
    }
    return first;
  }

  /** Go's {@code sort.Strings}: byte order of the UTF-8 forms, which is code point order. */
  private static int goCompare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static List<String> keys(List<KeyToPath> items) {
    List<String> out = new ArrayList<>(items.size());
    for (KeyToPath k : items) {
      out.add(k.path());
    }
    return out;
  }

  private static List<String> files(List<DownwardAPIVolumeFile> items) {
    List<String> out = new ArrayList<>(items.size());
    for (DownwardAPIVolumeFile f : items) {
      out.add(f.path());
    }
    return out;
  }
}
