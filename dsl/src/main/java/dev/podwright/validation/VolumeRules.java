package dev.podwright.validation;

import dev.podwright.model.ConfigMapProjection;
import dev.podwright.model.DownwardAPIVolumeFile;
import dev.podwright.model.EphemeralVolumeSource;
import dev.podwright.model.KeyToPath;
import dev.podwright.model.PersistentVolumeClaimTemplate;
import dev.podwright.model.ProjectedVolumeSource;
import dev.podwright.model.Quantity;
import dev.podwright.model.SecretProjection;
import dev.podwright.model.ServiceAccountTokenProjection;
import dev.podwright.model.Volume;
import dev.podwright.model.VolumeProjection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code ValidateVolumes} and {@code validateVolumeSource}, with their path quirks. */
final class VolumeRules {
  static final String FILE_MODE_ERROR =
      "must be a number between 0 and 0777 (octal), both inclusive";
  private static final List<String> VOLUME_FIELD_PATHS = List.of("metadata.annotations",
      "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid");
  private static final String CREATED_CLAIM =
      "must not reference a PVC that gets created for an ephemeral volume";
  private static final List<String> HOST_PATH_TYPES = List.of("", "BlockDevice", "CharDevice",
      "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket");

  /** The names the server uses in "more than 1 volume type" paths, typos included. */
  private static final List<String> FORBIDDEN_NAMES = List.of("emptyDir", "hostPath", "gitRepo",
      "gcePersistentDisk", "awsElasticBlockStore", "secret", "nfs", "iscsi", "glusterfs",
      "flocker", "persistentVolumeClaim", "rbd", "cinder", "cephFS", "quobyte", "downwarAPI", "fc",
      "flexVolume", "configMap", "azureFile", "vsphereVolume", "photonPersistentDisk",
      "portworxVolume", "azureDisk", "storageos", "projected", "scaleIO", "csi", "ephemeral",
      "image");

  private final Errors errors;
  private final Profile profile;
  private final boolean isPod;
  private final String podName;
  private final VolumePluginRules plugins;
  private final boolean emptyDirModeKept;
  private final boolean usersKept;
  private final boolean trustBundlesKept;
  private final boolean podCertificatesKept;
  private List<FieldError> current;

  VolumeRules(Errors errors) {
    this(errors, errors.profile(), true, "");
  }

  /**
   * {@code podName} is the name the pod (or template) has when validation runs, or "" when it has
   * none: ephemeral volumes' claims are named {@code <pod name>-<volume name>}.
   */
  VolumeRules(Errors errors, Profile profile, boolean isPod, String podName) {
    this.errors = errors;
    this.profile = profile;
    this.isPod = isPod;
    this.podName = podName;
    this.plugins = new VolumePluginRules(this, profile);
    this.emptyDirModeKept = GatedFields.kept(FieldVersions.EMPTY_DIR_VOLUME_SOURCE_MODE, profile);
    // every atomic-writer user field has the same versions and gate
    this.usersKept = GatedFields.kept(FieldVersions.KEY_TO_PATH_USER, profile);
    this.trustBundlesKept =
        GatedFields.kept(FieldVersions.VOLUME_PROJECTION_CLUSTER_TRUST_BUNDLE, profile);
    this.podCertificatesKept =
        GatedFields.kept(FieldVersions.VOLUME_PROJECTION_POD_CERTIFICATE, profile);
  }

  /** Returns the names of the valid volumes; mounts of any other name are {@code Not found}. */
  Set<String> volumes(List<Volume> volumes, FieldPath path) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> createdClaims = new HashSet<>();
    if (!podName.isEmpty()) {
      for (int i = 0; i < volumes.size(); i++) {
        if (volumes.get(i).ephemeral().isPresent()) {
          createdClaims.add(podName + "-" + volumes.get(i).name());
        }
      }
    }
    for (int i = 0; i < volumes.size(); i++) {
      Volume v = volumes.get(i);
      FieldPath idx = path.index(i);
      current = new ArrayList<>();
      source(v, idx);
      FieldPath namePath = idx.child("name");
      if (v.name().isEmpty()) {
        current.add(FieldError.required(namePath, ""));
      } else {
        List<String> messages = Formats.dns1123Label(v.name());
        for (int m = 0; m < messages.size(); m++) { // by index: no iterator over List.of()
          current.add(FieldError.invalid(namePath, v.name(), messages.get(m)));
        }
      }
      if (names.contains(v.name())) {
        current.add(FieldError.duplicate(namePath, v.name()));
      }
      if (current.isEmpty()) {
        names.add(v.name());
      } else {
        for (FieldError e : current) {
          errors.add(e);
        }
      }
      if (v.persistentVolumeClaim().isPresent()
          && createdClaims.contains(v.persistentVolumeClaim().get().claimName())) {
        errors.add(FieldError.invalid(idx.child("persistentVolumeClaim").child("claimName"),
            v.persistentVolumeClaim().get().claimName(), CREATED_CLAIM));
      }
    }
    return names;
  }

  /** Adds an error of the volume being checked (also {@link VolumePluginRules}' errors). */
  void add(FieldError error) {
    current.add(error);
  }

  private void invalidAll(FieldPath path, Object value, List<String> messages) {
    for (String m : messages) {
      add(FieldError.invalid(path, value, m));
    }
  }

  private void source(Volume v, FieldPath path) {
    int count = 0;
    for (int i = 0; i < Defaults.VOLUME_SOURCES.size(); i++) {
      String source = Defaults.VOLUME_SOURCES.get(i);
      if (!present(v, source)) {
        continue;
      }
      if (i == 0) {
        count++;
        if (v.emptyDir().isPresent() && v.emptyDir().get().sizeLimit().isPresent()
            && v.emptyDir().get().sizeLimit().get().signum() < 0) {
          add(FieldError.forbidden(path.child("emptyDir").child("sizeLimit"),
              "SizeLimit field must be a valid resource quantity"));
        }
        if (emptyDirModeKept && v.emptyDir().isPresent()) {
          AlphaFieldRules.emptyDirMode(v.emptyDir().get().mode(), path.child("emptyDir"),
              current);
        }
        continue;
      }
      if (count > 0) {
        add(FieldError.forbidden(path.child(FORBIDDEN_NAMES.get(i)),
            "may not specify more than 1 volume type"));
      } else {
        count++;
        validate(v, source, path);
        if (source.equals("ephemeral")) {
          ephemeralClaimName(v, path);
        }
      }
      if (source.equals("iscsi")) {
        // Right after the iscsi source, before the sources after it, even as a second source.
        plugins.iscsiNameLength(v, path);
      }
    }
    if (count == 0) {
      add(FieldError.required(path, "must specify a volume type"));
    }
  }

  private static boolean present(Volume v, String source) {
    return Defaults.source(v, source).isPresent();
  }

  private void validate(Volume v, String source, FieldPath volumePath) {
    FieldPath path = volumePath.child(source);
    switch (source) {
      case "hostPath":
        String hostPath = v.hostPath().get().path();
        if (hostPath.isEmpty()) {
          add(FieldError.required(path.child("path"), ""));
          return;
        }
        noBacksteps(hostPath, path.child("path"));
        Optional<String> type = v.hostPath().get().type();
        if (type.isPresent() && !HOST_PATH_TYPES.contains(type.get())) {
          add(FieldError.notSupported(path.child("type"), type.get(),
              HOST_PATH_TYPES.toArray(new String[0])));
        }
        return;
      case "secret":
        if (v.secret().get().secretName().isEmpty()) {
          add(FieldError.required(path.child("secretName"), ""));
        }
        mode(v.secret().get().defaultMode(), path, "defaultMode");
        user(v.secret().get().defaultUser(), path, "defaultUser");
        keyToPaths(v.secret().get().items(), path.child("items"));
        return;
      case "persistentVolumeClaim":
        if (v.persistentVolumeClaim().get().claimName().isEmpty()) {
          add(FieldError.required(path.child("claimName"), ""));
        }
        return;
      case "downwardAPI":
        mode(v.downwardAPI().get().defaultMode(), path, "defaultMode");
        user(v.downwardAPI().get().defaultUser(), path, "defaultUser");
        // Quirk: the items are checked at the source's path, without "items" or an index.
        for (DownwardAPIVolumeFile file : v.downwardAPI().get().items()) {
          downwardFile(file, path);
        }
        return;
      case "configMap":
        if (v.configMap().get().name().isEmpty()) {
          add(FieldError.required(path.child("name"), ""));
        }
        mode(v.configMap().get().defaultMode(), path, "defaultMode");
        user(v.configMap().get().defaultUser(), path, "defaultUser");
        keyToPaths(v.configMap().get().items(), path.child("items"));
        return;
      case "projected":
        projected(v.projected().get(), path);
        return;
      case "image":
        image(v.image().get(), path);
        return;
      case "nfs":
        String server = v.nfs().get().server();
        String nfsPath = v.nfs().get().path();
        if (server.isEmpty()) {
          add(FieldError.required(path.child("server"), ""));
        }
        if (nfsPath.isEmpty()) {
          add(FieldError.required(path.child("path"), ""));
        }
        if (!nfsPath.startsWith("/")) {
          add(FieldError.invalid(path.child("path"), nfsPath, "must be an absolute path"));
        }
        return;
      case "ephemeral":
        ephemeral(v.ephemeral().get(), path);
        return;
      default:
        plugins.validate(v, source, volumePath);
    }
  }

  /**
   * {@code validateEphemeralVolumeSource}: a claim template is required, and its metadata and
   * spec are checked as {@code ValidatePersistentVolumeClaimTemplate} does, in every version.
   */
  private void ephemeral(EphemeralVolumeSource ephemeral, FieldPath path) {
    FieldPath template = path.child("volumeClaimTemplate");
    if (ephemeral.volumeClaimTemplate().isEmpty()) {
      add(FieldError.required(template, ""));
      return;
    }
    Errors scratch = new Errors(profile);
    ClaimTemplateRules claims = new ClaimTemplateRules(scratch);
    PersistentVolumeClaimTemplate claim = ephemeral.volumeClaimTemplate().get();
    claims.templateMeta(claim.metadata(), template.child("metadata"));
    claims.spec(claim.spec(), template.child("spec"));
    for (FieldError e : scratch.toList()) {
      add(e);
    }
  }

  /** The claim an ephemeral volume makes, {@code <pod name>-<volume name>}, needs a valid name. */
  private void ephemeralClaimName(Volume v, FieldPath path) {
    if (podName.isEmpty() || v.name().isEmpty()) {
      return;
    }
    String claim = podName + "-" + v.name();
    for (String m : Formats.nameIsDnsSubdomain(claim, false)) {
      add(FieldError.invalid(path.child("name"), v.name(),
          "PVC name " + GoValues.quote(claim) + ": " + m));
    }
  }

  /**
   * {@code validateImageVolumeSource}: a reference (for Pods only up to 1.36; for templates too
   * from 1.37, kubernetes/kubernetes#135989) and a supported, defaulted pull policy.
   */
  private void image(dev.podwright.model.ImageVolumeSource image, FieldPath path) {
    if ((isPod || profile.atLeast(37)) && image.reference().orElse("").isEmpty()) {
      add(FieldError.required(path.child("reference"), ""));
    }
    String pullPolicy = image.pullPolicy().orElse("");
    if (pullPolicy.isEmpty()) {
      add(FieldError.required(path.child("pullPolicy"), ""));
    } else if (!List.of("Always", "IfNotPresent", "Never").contains(pullPolicy)) {
      add(FieldError.notSupported(path.child("pullPolicy"), pullPolicy, "Always",
          "IfNotPresent", "Never"));
    }
  }

  /** The mode's path is made only for an error. */
  private void mode(Optional<Integer> mode, FieldPath parent, String name) {
    if (mode.isPresent() && (mode.get() < 0 || mode.get() > 0777)) {
      add(FieldError.invalid(parent.child(name), mode.get(), FILE_MODE_ERROR));
    }
  }

  /** A user field of the atomic-writer volumes, checked only while its gate keeps it. */
  private void user(Optional<Long> user, FieldPath parent, String name) {
    if (usersKept) {
      AlphaFieldRules.user(user, parent, name, current);
    }
  }

  private void keyToPaths(List<KeyToPath> items, FieldPath path) {
    for (int i = 0; i < items.size(); i++) {
      keyToPath(items.get(i), path.index(i));
    }
  }

  private void keyToPath(KeyToPath kp, FieldPath path) {
    if (kp.key().isEmpty()) {
      add(FieldError.required(path.child("key"), ""));
    }
    if (kp.path().isEmpty()) {
      add(FieldError.required(path.child("path"), ""));
    }
    localNonReservedPath(kp.path(), path.child("path"));
    mode(kp.mode(), path, "mode");
    user(kp.user(), path, "user");
  }

  private void downwardFile(DownwardAPIVolumeFile file, FieldPath path) {
    if (file.path().isEmpty()) {
      add(FieldError.required(path.child("path"), ""));
    }
    localNonReservedPath(file.path(), path.child("path"));
    List<FieldError> refErrors = new ArrayList<>();
    if (file.fieldRef().isPresent()) {
      EnvRules.objectFieldSelector(file.fieldRef().get(), VOLUME_FIELD_PATHS,
          path.child("fieldRef"), profile, refErrors);
      if (file.resourceFieldRef().isPresent()) {
        refErrors.add(FieldError.invalid(path, "resource",
            "fieldRef and resourceFieldRef can not be specified simultaneously"));
      }
      EnvRules.downwardAPIHostIPs(file.fieldRef().get(), path.child("fieldRef"), profile,
          refErrors);
    } else if (file.resourceFieldRef().isPresent()) {
      EnvRules.resourceFieldSelector(file.resourceFieldRef().get(), path.child("resourceFieldRef"),
          true, refErrors);
    } else {
      refErrors.add(FieldError.required(path, "one of fieldRef and resourceFieldRef is required"));
    }
    for (FieldError e : refErrors) {
      add(e);
    }
    mode(file.mode(), path, "mode");
    // Quirk kept from the mode: a downward file's user is at the source's path (unverified).
    user(file.user(), path, "user");
  }

  /**
   * {@code validateProjectionSources}. Two of its words changed in 1.31: up to 1.30 a trust bundle
   * is reported at {@code clusterTrustBundlePEM} and a source of two types as "may not specify
   * more than 1 volume type"; from 1.31 at {@code clusterTrustBundle} and "... per source" (the
   * vendored v1.30.0 and v1.31.0 validation.go in ceph/ceph-csi {@code e727bd351} and
   * {@code 5a66991bb}). A token's path is checked as a local path only from 1.30
   * ({@code AllowNonLocalProjectedTokenPath}, off on create; v1.29.0 in {@code e5d9b68d3} only
   * requires it).
   */
  private void projected(ProjectedVolumeSource projected, FieldPath path) {
    mode(projected.defaultMode(), path, "defaultMode");
    user(projected.defaultUser(), path, "defaultUser");
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < projected.sources().size(); i++) {
      VolumeProjection source = projected.sources().get(i);
      FieldPath srcPath = path.child("sources").index(i);
      int count = 0;
      if (source.secret().isPresent()) {
        count++;
        SecretProjection secret = source.secret().get();
        FieldPath p = srcPath.child("secret");
        if (secret.name().isEmpty()) {
          add(FieldError.required(p.child("name"), ""));
        }
        projectedItems(secret.items(), secret.name(), p.child("items"), path, paths);
      }
      if (source.configMap().isPresent()) {
        count++;
        ConfigMapProjection configMap = source.configMap().get();
        FieldPath p = srcPath.child("configMap");
        if (configMap.name().isEmpty()) {
          add(FieldError.required(p.child("name"), ""));
        }
        projectedItems(configMap.items(), configMap.name(), p.child("items"), path, paths);
      }
      if (source.downwardAPI().isPresent()) {
        count++;
        for (DownwardAPIVolumeFile file : source.downwardAPI().get().items()) {
          downwardFile(file, srcPath.child("downwardAPI"));
          if (!file.path().isEmpty() && !paths.add(file.path())) {
            add(FieldError.invalid(path, file.path(), "conflicting duplicate paths"));
          }
        }
      }
      if (source.serviceAccountToken().isPresent()) {
        count++;
        serviceAccountToken(source.serviceAccountToken().get(), srcPath, path);
      }
      // While their gates are off (by default up to 1.36; GA and on in 1.37) the server drops
      // these two sources, which VersionDrops warns about, so they neither count as a second
      // source nor are checked. With a gate on, CertificateProjections checks them
      // as upstream does; the 1.37 user field first (its place in 1.37 is unverified).
      if (source.clusterTrustBundle().isPresent() && trustBundlesKept) {
        count++;
        // Before 1.31 upstream names this source "clusterTrustBundlePEM" in its paths.
        FieldPath p = srcPath.child(profile.atLeast(31) ? "clusterTrustBundle"
            : "clusterTrustBundlePEM");
        user(source.clusterTrustBundle().get().user(), p, "user");
        CertificateProjections.clusterTrustBundle(source.clusterTrustBundle().get(), p, path,
            paths, profile, current);
      }
      if (source.podCertificate().isPresent() && podCertificatesKept) {
        count++;
        FieldPath p = srcPath.child("podCertificate");
        user(source.podCertificate().get().user(), p, "user");
        CertificateProjections.podCertificate(source.podCertificate().get(), p, path, paths,
            profile, current);
      }
      if (count > 1) {
        add(FieldError.forbidden(srcPath, profile.atLeast(31)
            ? "may not specify more than 1 volume type per source"
            : "may not specify more than 1 volume type"));
      }
    }
  }

  private void projectedItems(List<KeyToPath> items, String sourceName, FieldPath itemsPath,
      FieldPath projectedPath, Set<String> paths) {
    for (int i = 0; i < items.size(); i++) {
      KeyToPath kp = items.get(i);
      keyToPath(kp, itemsPath.index(i));
      if (!kp.path().isEmpty() && !paths.add(kp.path())) {
        add(FieldError.invalid(projectedPath, sourceName, "conflicting duplicate paths"));
      }
    }
  }

  private void serviceAccountToken(ServiceAccountTokenProjection token, FieldPath srcPath,
      FieldPath projectedPath) {
    FieldPath p = srcPath.child("serviceAccountToken");
    user(token.user(), p, "user");
    long expiration = token.expirationSeconds().orElse(3600L);
    if (expiration < 600) {
      add(FieldError.invalid(p.child("expirationSeconds"), expiration,
          "may not specify a duration less than 10 minutes"));
    }
    if (expiration > (1L << 32)) {
      add(FieldError.invalid(p.child("expirationSeconds"), expiration,
          "may not specify a duration larger than 2^32 seconds"));
    }
    // Quirk: the token path is reported at the projected source's path, not the token's.
    if (token.path().isEmpty()) {
      add(FieldError.required(projectedPath.child("path"), ""));
    } else if (profile.atLeast(30)) {
      localNonReservedPath(token.path(), projectedPath.child("path"));
    }
  }

  private void localNonReservedPath(String target, FieldPath path) {
    localNonReservedPath(target, path, current);
  }

  /** {@code ValidateLocalNonReservedPath}: local and descending, and not starting with "..". */
  static void localNonReservedPath(String target, FieldPath path, List<FieldError> out) {
    localDescendingPath(target, path, out);
    if (target.startsWith("..") && !target.startsWith("../")) {
      out.add(FieldError.invalid(path, target, "must not start with '..'"));
    }
  }

  private void noBacksteps(String target, FieldPath path) {
    List<FieldError> found = new ArrayList<>();
    pathNoBacksteps(target, path, found);
    for (FieldError e : found) {
      add(e);
    }
  }

  /** {@code validateLocalDescendingPath}: relative, and no ".." element. */
  static void localDescendingPath(String target, FieldPath path, List<FieldError> out) {
    if (target.startsWith("/")) {
      out.add(FieldError.invalid(path, target, "must be a relative path"));
    }
    pathNoBacksteps(target, path, out);
  }

  /** {@code validatePathNoBacksteps}: one error however many ".." elements there are. */
  static void pathNoBacksteps(String target, FieldPath path, List<FieldError> out) {
    // Whether an element between slashes is "..", as Go's strings.Split would find, without
    // splitting (every projected and mounted path passes here).
    if (target.equals("..") || target.startsWith("../") || target.endsWith("/..")
        || target.contains("/../")) {
      out.add(FieldError.invalid(path, target, "must not contain '..'"));
    }
  }
}
