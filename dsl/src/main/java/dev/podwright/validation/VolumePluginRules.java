package dev.podwright.validation;

import dev.podwright.model.AzureDiskVolumeSource;
import dev.podwright.model.CSIVolumeSource;
import dev.podwright.model.FCVolumeSource;
import dev.podwright.model.FlockerVolumeSource;
import dev.podwright.model.ISCSIVolumeSource;
import dev.podwright.model.LocalObjectReference;
import dev.podwright.model.QuobyteVolumeSource;
import dev.podwright.model.StorageOSVolumeSource;
import dev.podwright.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field rules of the network, cloud and CSI volume sources, as {@code validateVolumeSource}'s
 * helpers in pkg/apis/core/validation/validation.go check them (gitRepo, gcePersistentDisk,
 * awsElasticBlockStore, iscsi, glusterfs, flocker, rbd, cinder, cephfs, quobyte, fc, flexVolume,
 * azureFile, vsphereVolume, photonPersistentDisk, portworxVolume, azureDisk, storageos, scaleIO
 * and csi), with upstream's paths, quirks included: gcePersistentDisk is checked at
 * {@code persistentDisk}, cephfs at {@code cephfs}, a CSI secret name at {@code csi.name}.
 *
 * <p>Most of these in-tree plugins are gone from the kubelet (flocker, quobyte, storageos,
 * scaleIO, glusterfs, rbd, cephfs and the cloud disks were removed or migrated to CSI between
 * 1.26 and 1.31; {@code GitRepoVolumeDriver} is locked off from 1.36), but the API still has the
 * fields and the API server still validates them, so a pod using one is checked here as the
 * server checks it and fails later, on the node.
 */
final class VolumePluginRules {
  private static final String NAMESPACES_RESERVED =
      "kubernetes.io and k8s.io namespaces are reserved";
  private static final String BAD_IQN_PREFIX =
      "must be valid format starting with iqn, eui, or naa";
  private static final String BAD_FORMAT = "must be valid format";
  private static final String AZURE_MANAGED = "Managed";
  private static final String[] AZURE_CACHING = {"None", "ReadOnly", "ReadWrite"};
  private static final String[] AZURE_KINDS = {"Dedicated", AZURE_MANAGED, "Shared"};

  /**
   * The three iSCSI name patterns of validation.go, compiled on first use (few pods have iSCSI
   * volumes). Go's MatchString finds, so the iqn one is unanchored at its start as upstream's
   * is, and \z stands for Go's end-of-text "$".
   */
  private static final class IscsiNames {
    static final Pattern IQN =
        Pattern.compile("iqn\\.[0-9]{4}-[0-9]{2}\\.([0-9A-Za-z.\\-]+)"
            + "(:[^,;*&$|\\t\\n\\f\\r ]+)\\z");
    static final Pattern EUI = Pattern.compile("eui.[0-9A-Za-z]{16}");
    static final Pattern NAA = Pattern.compile("naa.[0-9A-Za-z]{32}");
  }

  private final VolumeRules out;
  private final Profile profile;

  VolumePluginRules(VolumeRules out, Profile profile) {
    this.out = out;
    this.profile = profile;
  }

  /** Checks the source of that JSON name; returns false for a source this class does not own. */
  boolean validate(Volume v, String source, FieldPath volumePath) {
    FieldPath p = volumePath.child(source);
    switch (source) {
      case "gitRepo":
        required(v.gitRepo().get().repository(), p.child("repository"));
        String directory = v.gitRepo().get().directory().orElse("");
        List<FieldError> found = new ArrayList<>();
        VolumeRules.localDescendingPath(directory, p.child("directory"), found);
        for (FieldError e : found) {
          out.add(e);
        }
        return true;
      case "gcePersistentDisk":
        // Quirk: upstream checks this source at "persistentDisk".
        FieldPath pd = volumePath.child("persistentDisk");
        required(v.gcePersistentDisk().get().pdName(), pd.child("pdName"));
        partition(v.gcePersistentDisk().get().partition(), pd.child("partition"));
        return true;
      case "awsElasticBlockStore":
        required(v.awsElasticBlockStore().get().volumeID(), p.child("volumeID"));
        partition(v.awsElasticBlockStore().get().partition(), p.child("partition"));
        return true;
      case "iscsi":
        iscsi(v.iscsi().get(), p);
        return true;
      case "glusterfs":
        required(v.glusterfs().get().endpoints(), p.child("endpoints"));
        required(v.glusterfs().get().path(), p.child("path"));
        return true;
      case "flocker":
        flocker(v.flocker().get(), p);
        return true;
      case "rbd":
        if (v.rbd().get().monitors().isEmpty()) {
          out.add(FieldError.required(p.child("monitors"), ""));
        }
        required(v.rbd().get().image(), p.child("image"));
        return true;
      case "cinder":
        required(v.cinder().get().volumeID(), p.child("volumeID"));
        secretRefName(v.cinder().get().secretRef(), p);
        return true;
      case "cephfs":
        if (v.cephfs().get().monitors().isEmpty()) {
          out.add(FieldError.required(p.child("monitors"), ""));
        }
        return true;
      case "quobyte":
        quobyte(v.quobyte().get(), p);
        return true;
      case "fc":
        fc(v.fc().get(), p);
        return true;
      case "flexVolume":
        required(v.flexVolume().get().driver(), p.child("driver"));
        for (String key : v.flexVolume().get().options().keySet()) {
          String namespace = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
          String normalized = "." + namespace.toLowerCase(Locale.ROOT);
          if (normalized.endsWith(".kubernetes.io") || normalized.endsWith(".k8s.io")) {
            out.add(FieldError.invalid(p.child("options").key(key), key, NAMESPACES_RESERVED));
          }
        }
        return true;
      case "azureFile":
        required(v.azureFile().get().secretName(), p.child("secretName"));
        required(v.azureFile().get().shareName(), p.child("shareName"));
        return true;
      case "vsphereVolume":
        required(v.vsphereVolume().get().volumePath(), p.child("volumePath"));
        return true;
      case "photonPersistentDisk":
        required(v.photonPersistentDisk().get().pdID(), p.child("pdID"));
        return true;
      case "portworxVolume":
        required(v.portworxVolume().get().volumeID(), p.child("volumeID"));
        return true;
      case "azureDisk":
        azureDisk(v.azureDisk().get(), p);
        return true;
      case "storageos":
        storageos(v.storageos().get(), p);
        return true;
      case "scaleIO":
        required(v.scaleIO().get().gateway(), p.child("gateway"));
        required(v.scaleIO().get().system(), p.child("system"));
        required(v.scaleIO().get().volumeName().orElse(""), p.child("volumeName"));
        return true;
      case "csi":
        csi(v.csi().get(), p);
        return true;
      default:
        return false;
    }
  }

  /**
   * The iSCSI check {@code validateVolumeSource} makes even when iscsi is not the volume's first
   * source: with an initiator name, {@code <volume name>:<targetPortal>} must fit in 64.
   */
  void iscsiNameLength(Volume v, FieldPath volumePath) {
    if (v.iscsi().isPresent() && v.iscsi().get().initiatorName().isPresent()
        && (v.name() + ":" + v.iscsi().get().targetPortal()).length() > 64) {
      out.add(FieldError.invalid(volumePath.child("name"), v.name(),
          "Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if "
              + "iscsi.initiatorName is specified."));
    }
  }

  private void required(String value, FieldPath path) {
    if (value.isEmpty()) {
      out.add(FieldError.required(path, ""));
    }
  }

  private void partition(Optional<Integer> partition, FieldPath path) {
    // Upstream accepts 0 to 255 but words the error as its 1-255 pdPartitionErrorMsg.
    if (partition.isPresent() && (partition.get() < 0 || partition.get() > 255)) {
      out.add(FieldError.invalid(path, partition.get(), Formats.inclusiveRangeError(1, 255)));
    }
  }

  private void secretRefName(Optional<LocalObjectReference> ref, FieldPath sourcePath) {
    if (ref.isPresent() && ref.get().name().isEmpty()) {
      out.add(FieldError.required(sourcePath.child("secretRef").child("name"), ""));
    }
  }

  private void iscsi(ISCSIVolumeSource iscsi, FieldPath p) {
    required(iscsi.targetPortal(), p.child("targetPortal"));
    String iqn = iscsi.iqn();
    if (iqn.isEmpty()) {
      out.add(FieldError.required(p.child("iqn"), ""));
    } else {
      iscsiName(iqn, p.child("iqn"), true);
    }
    if (iscsi.lun() < 0 || iscsi.lun() > 255) {
      out.add(FieldError.invalid(p.child("lun"), iscsi.lun(),
          Formats.inclusiveRangeError(0, 255)));
    }
    boolean chap = iscsi.chapAuthDiscovery().orElse(false) || iscsi.chapAuthSession().orElse(false);
    if (chap && iscsi.secretRef().isEmpty()) {
      out.add(FieldError.required(p.child("secretRef"), ""));
    }
    // Quirk: upstream checks the initiator name at "initiatorname", lower case.
    if (iscsi.initiatorName().isPresent()) {
      iscsiName(iscsi.initiatorName().get(), p.child("initiatorname"), false);
    }
  }

  /**
   * The iqn/eui/naa formats. For {@code iqn} a bad prefix excludes the format checks; for the
   * initiator name upstream makes both checks (an {@code if}, then an {@code if/else} chain).
   */
  private void iscsiName(String name, FieldPath path, boolean exclusive) {
    boolean knownPrefix = name.startsWith("iqn") || name.startsWith("eui")
        || name.startsWith("naa");
    if (!knownPrefix) {
      out.add(FieldError.invalid(path, name, BAD_IQN_PREFIX));
      if (exclusive) {
        return;
      }
    }
    boolean bad = name.startsWith("iqn") ? !IscsiNames.IQN.matcher(name).find()
        : name.startsWith("eui") ? !IscsiNames.EUI.matcher(name).matches()
        : name.startsWith("naa") && !IscsiNames.NAA.matcher(name).matches();
    if (bad) {
      out.add(FieldError.invalid(path, name, BAD_FORMAT));
    }
  }

  private void flocker(FlockerVolumeSource flocker, FieldPath p) {
    String name = flocker.datasetName().orElse("");
    String uuid = flocker.datasetUUID().orElse("");
    if (name.isEmpty() && uuid.isEmpty()) {
      out.add(FieldError.required(p, "one of datasetName and datasetUUID is required"));
    }
    if (!name.isEmpty() && !uuid.isEmpty()) {
      out.add(FieldError.invalid(p, "resource",
          "datasetName and datasetUUID can not be specified simultaneously"));
    }
    if (name.contains("/")) {
      out.add(FieldError.invalid(p.child("datasetName"), name, "must not contain '/'"));
    }
  }

  private void quobyte(QuobyteVolumeSource quobyte, FieldPath p) {
    String hostPorts = "must be a host:port pair or multiple pairs separated by commas";
    if (quobyte.registry().isEmpty()) {
      out.add(FieldError.required(p.child("registry"), hostPorts));
    } else if (quobyte.tenant().orElse("").length() >= 65) {
      // Quirk: a Required error, on a field that is set.
      out.add(FieldError.required(p.child("tenant"),
          "must be a UUID and may not exceed a length of 64 characters"));
    } else {
      for (String pair : quobyte.registry().split(",", -1)) {
        if (!isHostPort(pair)) {
          out.add(FieldError.invalid(p.child("registry"), quobyte.registry(), hostPorts));
        }
      }
    }
    required(quobyte.volume(), p.child("volume"));
  }

  /** Whether Go's {@code net.SplitHostPort} accepts the text (any host, any port text). */
  static boolean isHostPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    int open = 0;
    int close = 0;
    if (hostPort.charAt(0) == '[') {
      int end = hostPort.indexOf(']');
      if (end < 0 || end + 1 != colon) {
        return false;
      }
      open = 1;
      close = end + 1;
    } else if (hostPort.substring(0, colon).indexOf(':') >= 0) {
      return false;
    }
    return hostPort.indexOf('[', open) < 0 && hostPort.indexOf(']', close) < 0;
  }

  private void fc(FCVolumeSource fc, FieldPath p) {
    if (fc.targetWWNs().isEmpty() && fc.wwids().isEmpty()) {
      out.add(FieldError.required(p.child("targetWWNs"),
          "must specify either targetWWNs or wwids, but not both"));
    }
    if (!fc.targetWWNs().isEmpty() && !fc.wwids().isEmpty()) {
      out.add(FieldError.invalid(p.child("targetWWNs"), GoStructs.stringsValue(fc.targetWWNs()),
          "targetWWNs and wwids can not be specified simultaneously"));
    }
    if (!fc.targetWWNs().isEmpty()) {
      if (fc.lun().isEmpty()) {
        out.add(FieldError.required(p.child("lun"),
            "lun is required if targetWWNs is specified"));
      } else if (fc.lun().get() < 0 || fc.lun().get() > 255) {
        out.add(FieldError.invalid(p.child("lun"), fc.lun().get(),
            Formats.inclusiveRangeError(0, 255)));
      }
    }
  }

  /**
   * {@code validateAzureDisk} after {@code SetDefaults_AzureDiskVolumeSource}, which sets
   * {@code cachingMode: ReadWrite} and {@code kind: Shared}: so a disk without a kind needs a
   * blob ({@code https://}) URI.
   */
  private void azureDisk(AzureDiskVolumeSource disk, FieldPath p) {
    required(disk.diskName(), p.child("diskName"));
    required(disk.diskURI(), p.child("diskURI"));
    String caching = disk.cachingMode().orElse("ReadWrite");
    if (!List.of(AZURE_CACHING).contains(caching)) {
      out.add(FieldError.notSupported(p.child("cachingMode"), caching, AZURE_CACHING));
    }
    String kind = disk.kind().orElse("Shared");
    if (!List.of(AZURE_KINDS).contains(kind)) {
      out.add(FieldError.notSupported(p.child("kind"), kind, AZURE_KINDS));
    }
    if (kind.equals(AZURE_MANAGED) && !disk.diskURI().startsWith("/subscriptions/")) {
      out.add(FieldError.notSupported(p.child("diskURI"), disk.diskURI(),
          "/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/"
              + "{disk-id}"));
    }
    if (!kind.equals(AZURE_MANAGED) && !disk.diskURI().startsWith("https://")) {
      out.add(FieldError.notSupported(p.child("diskURI"), disk.diskURI(),
          "https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd"));
    }
  }

  private void storageos(StorageOSVolumeSource storageos, FieldPath p) {
    String name = storageos.volumeName().orElse("");
    if (name.isEmpty()) {
      out.add(FieldError.required(p.child("volumeName"), ""));
    } else {
      label(name, p.child("volumeName"));
    }
    String namespace = storageos.volumeNamespace().orElse("");
    if (!namespace.isEmpty()) {
      label(namespace, p.child("volumeNamespace"));
    }
    secretRefName(storageos.secretRef(), p);
  }

  private void label(String value, FieldPath path) {
    for (String m : Formats.dns1123Label(value)) {
      out.add(FieldError.invalid(path, value, m));
    }
  }

  private void csi(CSIVolumeSource csi, FieldPath p) {
    driverName(csi.driver(), p.child("driver"));
    csi.nodePublishSecretRef().ifPresent(ref -> {
      if (ref.name().isEmpty()) {
        out.add(FieldError.required(p.child("nodePublishSecretRef").child("name"), ""));
      } else {
        // Quirk: upstream reports a bad secret name at "csi.name".
        Formats.nameIsDnsSubdomain(ref.name(), false).forEach(m ->
            out.add(FieldError.invalid(p.child("name"), ref.name(), m)));
      }
    });
  }

  /**
   * {@code ValidateCSIDriverName}: required, at most 63 characters, and a DNS subdomain once
   * lower-cased. Up to 1.34 an empty name is both Required and Invalid, as upstream reports it
   * (v1.34.1 copy of validation.go); from 1.35 it returns after the Required error (v1.35.7 and
   * the 1.36-era AIAgentSandox/kubernetes 64149d12).
   */
  void driverName(String driver, FieldPath path) {
    if (driver.isEmpty()) {
      out.add(FieldError.required(path, ""));
      if (profile.atLeast(35)) {
        return;
      }
    }
    if (driver.length() > 63) {
      out.add(FieldError.tooLong(path, 63, profile));
    }
    Formats.dns1123Subdomain(driver.toLowerCase(Locale.ROOT)).forEach(m ->
        out.add(FieldError.invalid(path, driver, m)));
  }
}
