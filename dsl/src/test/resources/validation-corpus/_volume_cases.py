"""Volume-source cases beyond the common ones: the in-tree and CSI sources and ephemeral volumes.

Each case is derived from a case of upstream pkg/apis/core/validation/validation_test.go
(TestValidateVolumes, TestValidateEphemeralVolume... named in "# source:"); the expected paths and
types are written by hand from validateVolumeSource and its helpers in validation.go, never copied
from the validator's output. _generate.py calls add() with its helpers.
"""

CLAIM = {"spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}


def add(case, pod, c):
    def v(slug, source, volumes, *expect, **kw):
        case("vol-" + slug, "TestValidateVolumes/" + source, pod(volumes=volumes), *expect, **kw)

    def claim(**spec):
        d = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}
        d.update(spec)
        return {"spec": d}

    def eph(template, name="scratch"):
        return [{"name": name, "ephemeral": {"volumeClaimTemplate": template}}]

    # ---------------------------------------------------------------- valid sources
    v("plugins-valid", "successCases (one of every network, cloud and CSI source)", [
        {"name": "git", "gitRepo": {"repository": "my-repo", "revision": "hashstring", "directory": "target"}},
        {"name": "iscsi", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 1, "fsType": "ext4"}},
        {"name": "iscsi-chap", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 1,
                                         "chapAuthSession": True, "secretRef": {"name": "chap"},
                                         "initiatorName": "iqn.2015-02.example.com:init"}},
        {"name": "iscsi-eui", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "eui.0123456789ABCDEF", "lun": 0}},
        {"name": "rbd", "rbd": {"monitors": ["a", "b"], "image": "bar", "fsType": "ext4"}},
        {"name": "cinder", "cinder": {"volumeID": "29ea5088-4f60-4757-962e-dba678767887", "fsType": "ext4"}},
        {"name": "cephfs", "cephfs": {"monitors": ["a", "b"]}},
        {"name": "fc", "fc": {"targetWWNs": ["some_wwn"], "lun": 1, "fsType": "ext4"}},
        {"name": "fc-wwids", "fc": {"wwids": ["some_wwid"]}},
        {"name": "flex", "flexVolume": {"driver": "kubernetes.io/blue", "fsType": "ext4", "options": {"myvendor.com/key": "v"}}},
        {"name": "azure-file", "azureFile": {"secretName": "key", "shareName": "share"}},
        {"name": "azure-disk", "azureDisk": {"diskName": "foo", "diskURI": "https://blob/vhds/bar.vhd"}},
        {"name": "azure-managed", "azureDisk": {"diskName": "foo", "kind": "Managed",
                                                "diskURI": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/disks/d"}},
        {"name": "csi", "csi": {"driver": "com.google.gcepd", "nodePublishSecretRef": {"name": "creds"}}},
        {"name": "gluster", "glusterfs": {"endpoints": "host1", "path": "path"}},
        {"name": "quobyte", "quobyte": {"registry": "registry:7861,[::1]:7861", "volume": "volume"}},
        {"name": "scaleio", "scaleIO": {"gateway": "http://abc", "system": "abc", "volumeName": "abc", "secretRef": {"name": "s"}}},
        {"name": "storageos", "storageos": {"volumeName": "vol", "volumeNamespace": "ns"}},
        {"name": "gce", "gcePersistentDisk": {"pdName": "my-PD", "partition": 1}},
        {"name": "ebs", "awsElasticBlockStore": {"volumeID": "my-PD", "partition": 0}},
        {"name": "vsphere", "vsphereVolume": {"volumePath": "[datastore] vol.vmdk"}},
        {"name": "photon", "photonPersistentDisk": {"pdID": "pd"}},
        {"name": "portworx", "portworxVolume": {"volumeID": "pwx"}},
        {"name": "flocker", "flocker": {"datasetName": "dataset"}},
    ], warn=[  # pkg/api/pod/warnings.go: the deprecated and removed plugins (1.33 profile)
        "spec.volumes[0].gitRepo", "spec.volumes[4].rbd", "spec.volumes[6].cephfs",
        "spec.volumes[14].glusterfs", "spec.volumes[15].quobyte", "spec.volumes[16].scaleIO",
        "spec.volumes[17].storageOS", "spec.volumes[21].photonPersistentDisk",
        "spec.volumes[23].flocker"])

    # ---------------------------------------------------------------- invalid sources
    v("gitrepo-no-repository", "gitRepo without repository", [{"name": "g", "gitRepo": {}}],
      "spec.volumes[0].gitRepo.repository: Required value")
    v("gitrepo-dotdot-directory", "gitRepo directory with '..'", [{"name": "g", "gitRepo": {"repository": "r", "directory": "../dot"}}],
      "spec.volumes[0].gitRepo.directory: Invalid value")
    v("gitrepo-absolute-directory", "gitRepo absolute directory", [{"name": "g", "gitRepo": {"repository": "r", "directory": "/abs"}}],
      "spec.volumes[0].gitRepo.directory: Invalid value")
    v("iscsi-empty", "iscsi without targetPortal and iqn", [{"name": "i", "iscsi": {"lun": 1}}],
      "spec.volumes[0].iscsi.targetPortal: Required value", "spec.volumes[0].iscsi.iqn: Required value")
    v("iscsi-bad-iqn-prefix", "iscsi iqn without iqn, eui or naa prefix",
      [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "2015-02.example.com:test", "lun": 1}}],
      "spec.volumes[0].iscsi.iqn: Invalid value")
    v("iscsi-bad-iqn-format", "iscsi iqn of bad format", [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com", "lun": 1}}],
      "spec.volumes[0].iscsi.iqn: Invalid value")
    v("iscsi-bad-eui", "iscsi bad eui", [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "eui.0123", "lun": 1}}],
      "spec.volumes[0].iscsi.iqn: Invalid value")
    v("iscsi-lun-256", "iscsi lun out of range", [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 256}}],
      "spec.volumes[0].iscsi.lun: Invalid value")
    v("iscsi-chap-no-secret", "iscsi discovery CHAP without secretRef",
      [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 1, "chapAuthDiscovery": True}}],
      "spec.volumes[0].iscsi.secretRef: Required value")
    v("iscsi-bad-initiator", "iscsi initiatorName of bad format",
      [{"name": "i", "iscsi": {"targetPortal": "127.0.0.1", "iqn": "iqn.2015-02.example.com:test", "lun": 1, "initiatorName": "iqn"}}],
      "spec.volumes[0].iscsi.initiatorname: Invalid value")
    v("iscsi-long-name", "iscsi volume name and targetPortal too long with initiatorName",
      [{"name": "a" * 55, "iscsi": {"targetPortal": "127.0.0.1:3260", "iqn": "iqn.2015-02.example.com:test", "lun": 1,
                                    "initiatorName": "iqn.2015-02.example.com:init"}}],
      "spec.volumes[0].name: Invalid value")
    v("rbd-empty", "rbd without monitors and image", [{"name": "r", "rbd": {"monitors": []}}],
      "spec.volumes[0].rbd.monitors: Required value", "spec.volumes[0].rbd.image: Required value")
    v("cinder-secret-no-name", "cinder secretRef without name", [{"name": "c", "cinder": {"volumeID": "x", "secretRef": {}}}],
      "spec.volumes[0].cinder.secretRef.name: Required value")
    v("cephfs-no-monitors", "cephfs without monitors", [{"name": "c", "cephfs": {"path": "/"}}],
      "spec.volumes[0].cephfs.monitors: Required value")
    v("fc-empty", "fc without targetWWNs or wwids", [{"name": "f", "fc": {"lun": 1}}],
      "spec.volumes[0].fc.targetWWNs: Required value")
    v("fc-both", "fc with targetWWNs and wwids", [{"name": "f", "fc": {"targetWWNs": ["w"], "lun": 1, "wwids": ["i"]}}],
      "spec.volumes[0].fc.targetWWNs: Invalid value")
    v("fc-no-lun", "fc targetWWNs without lun", [{"name": "f", "fc": {"targetWWNs": ["w"]}}],
      "spec.volumes[0].fc.lun: Required value")
    v("fc-lun-256", "fc lun out of range", [{"name": "f", "fc": {"targetWWNs": ["w"], "lun": 256}}],
      "spec.volumes[0].fc.lun: Invalid value")
    v("flex-reserved-option", "flexVolume option in a reserved namespace",
      [{"name": "f", "flexVolume": {"driver": "vendor/driver", "options": {"kubernetes.io/secret": "x"}}}],
      "spec.volumes[0].flexVolume.options[kubernetes.io/secret]: Invalid value")
    v("flex-no-driver", "flexVolume without driver", [{"name": "f", "flexVolume": {"fsType": "ext4"}}],
      "spec.volumes[0].flexVolume.driver: Required value")
    v("azure-file-empty", "azureFile without secretName and shareName", [{"name": "a", "azureFile": {"readOnly": True}}],
      "spec.volumes[0].azureFile.secretName: Required value", "spec.volumes[0].azureFile.shareName: Required value")
    v("azure-disk-managed-uri-default-kind", "azureDisk managed URI with the defaulted Shared kind",
      [{"name": "a", "azureDisk": {"diskName": "d", "diskURI": "/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/disks/d"}}],
      "spec.volumes[0].azureDisk.diskURI: Unsupported value")
    v("azure-disk-bad-caching", "azureDisk unsupported cachingMode",
      [{"name": "a", "azureDisk": {"diskName": "d", "diskURI": "https://blob/d.vhd", "cachingMode": "Sometimes"}}],
      "spec.volumes[0].azureDisk.cachingMode: Unsupported value")
    v("azure-disk-managed-blob-uri", "azureDisk Managed kind with a blob URI",
      [{"name": "a", "azureDisk": {"diskName": "d", "diskURI": "https://blob/d.vhd", "kind": "Managed"}}],
      "spec.volumes[0].azureDisk.diskURI: Unsupported value")
    v("csi-no-driver", "csi without driver", [{"name": "c", "csi": {"readOnly": True}}],
      "spec.volumes[0].csi.driver: Required value", "spec.volumes[0].csi.driver: Invalid value")
    v("csi-long-driver", "csi driver name longer than 63", [{"name": "c", "csi": {"driver": "a" * 64}}],
      "spec.volumes[0].csi.driver: Too long")
    v("csi-bad-driver", "csi driver name not a subdomain", [{"name": "c", "csi": {"driver": "-comgooglegcepd"}}],
      "spec.volumes[0].csi.driver: Invalid value")
    v("csi-upper-driver", "csi driver name with upper case (lower-cased first)", [{"name": "c", "csi": {"driver": "Com.Google.GcePD"}}])
    v("csi-secret-no-name", "csi nodePublishSecretRef without name", [{"name": "c", "csi": {"driver": "d.example.com", "nodePublishSecretRef": {}}}],
      "spec.volumes[0].csi.nodePublishSecretRef.name: Required value")
    v("csi-secret-bad-name", "csi nodePublishSecretRef name not a subdomain (reported at csi.name)",
      [{"name": "c", "csi": {"driver": "d.example.com", "nodePublishSecretRef": {"name": "Bad_Name"}}}],
      "spec.volumes[0].csi.name: Invalid value")
    v("glusterfs-empty", "glusterfs without endpoints and path", [{"name": "g", "glusterfs": {"readOnly": True}}],
      "spec.volumes[0].glusterfs.endpoints: Required value", "spec.volumes[0].glusterfs.path: Required value")
    v("quobyte-bad-registry", "quobyte registry without port", [{"name": "q", "quobyte": {"registry": "registry", "volume": "v"}}],
      "spec.volumes[0].quobyte.registry: Invalid value")
    v("quobyte-no-registry", "quobyte without registry and volume", [{"name": "q", "quobyte": {"readOnly": True}}],
      "spec.volumes[0].quobyte.registry: Required value", "spec.volumes[0].quobyte.volume: Required value")
    v("quobyte-long-tenant", "quobyte tenant of 65 characters", [{"name": "q", "quobyte": {"registry": "r:1", "volume": "v", "tenant": "t" * 65}}],
      "spec.volumes[0].quobyte.tenant: Required value")
    v("scaleio-empty", "scaleIO without gateway, system and volumeName", [{"name": "s", "scaleIO": {"readOnly": True}}],
      "spec.volumes[0].scaleIO.gateway: Required value", "spec.volumes[0].scaleIO.system: Required value",
      "spec.volumes[0].scaleIO.volumeName: Required value")
    v("storageos-bad-names", "storageos volumeName and volumeNamespace not DNS labels",
      [{"name": "s", "storageos": {"volumeName": "Vol", "volumeNamespace": "a.b", "secretRef": {}}}],
      "spec.volumes[0].storageos.volumeName: Invalid value", "spec.volumes[0].storageos.volumeNamespace: Invalid value",
      "spec.volumes[0].storageos.secretRef.name: Required value")
    v("gce-partition", "gcePersistentDisk partition out of range (checked at persistentDisk)",
      [{"name": "g", "gcePersistentDisk": {"pdName": "pd", "partition": 256}}],
      "spec.volumes[0].persistentDisk.partition: Invalid value")
    v("gce-no-pdname", "gcePersistentDisk without pdName (checked at persistentDisk)", [{"name": "g", "gcePersistentDisk": {"fsType": "ext4"}}],
      "spec.volumes[0].persistentDisk.pdName: Required value")
    v("ebs-empty", "awsElasticBlockStore without volumeID, negative partition",
      [{"name": "e", "awsElasticBlockStore": {"partition": -1}}],
      "spec.volumes[0].awsElasticBlockStore.volumeID: Required value", "spec.volumes[0].awsElasticBlockStore.partition: Invalid value")
    v("vsphere-photon-portworx-empty", "vsphereVolume, photonPersistentDisk and portworxVolume without their ids",
      [{"name": "a", "vsphereVolume": {"fsType": "ext4"}}, {"name": "b", "photonPersistentDisk": {"fsType": "ext4"}},
       {"name": "c", "portworxVolume": {"fsType": "ext4"}}],
      "spec.volumes[0].vsphereVolume.volumePath: Required value", "spec.volumes[1].photonPersistentDisk.pdID: Required value",
      "spec.volumes[2].portworxVolume.volumeID: Required value")
    v("flocker-empty", "flocker without datasetName or datasetUUID", [{"name": "f", "flocker": {}}],
      "spec.volumes[0].flocker: Required value")
    v("flocker-both", "flocker with datasetName and datasetUUID", [{"name": "f", "flocker": {"datasetName": "a", "datasetUUID": "b"}}],
      "spec.volumes[0].flocker: Invalid value")
    v("flocker-slash", "flocker datasetName with '/'", [{"name": "f", "flocker": {"datasetName": "a/b"}}],
      "spec.volumes[0].flocker.datasetName: Invalid value")

    # ---------------------------------------------------------------- ephemeral
    v("ephemeral-valid", "successCases (ephemeral)", eph({"metadata": {"labels": {"app": "cache"}, "annotations": {"a": "b"}},
                                                          **claim(storageClassName="fast", volumeMode="Block")}))
    v("ephemeral-data-sources", "successCases (ephemeral from a snapshot)", eph(claim(
        dataSource={"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap"},
        dataSourceRef={"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "snap"})))
    v("ephemeral-pvc-data-source", "successCases (ephemeral cloned from a claim)",
      eph(claim(dataSource={"kind": "PersistentVolumeClaim", "name": "src"})))
    v("ephemeral-no-template", "ephemeral without volumeClaimTemplate", [{"name": "e", "ephemeral": {}}],
      "spec.volumes[0].ephemeral.volumeClaimTemplate: Required value")
    v("ephemeral-no-access-modes", "ephemeral claim without accessModes and storage",
      eph({"spec": {"storageClassName": "fast"}}),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: Required value",
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]: Required value")
    v("ephemeral-metadata-name", "ephemeral claim template with a name (cannot be set)",
      eph({"metadata": {"name": "data", "labels": {"app": "x"}}, **claim()}),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.metadata.name: Forbidden")
    v("ephemeral-bad-label", "ephemeral claim template with an invalid label",
      eph({"metadata": {"labels": {"app": "a b"}}, **claim()}),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.metadata.labels: Invalid value")
    v("ephemeral-bad-selector", "ephemeral claim with an invalid selector",
      eph(claim(selector={"matchExpressions": [{"key": "tier", "operator": "In"}]})),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.selector.matchExpressions[0].values: Required value")
    v("ephemeral-data-source-kind", "ephemeral dataSource of the core group that is not a claim",
      eph(claim(dataSource={"kind": "ConfigMap", "name": "c"})),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSource: Invalid value")
    v("ephemeral-data-source-no-name", "ephemeral dataSource without name and kind",
      eph(claim(dataSource={"apiGroup": "snapshot.storage.k8s.io"})),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSource.name: Required value",
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSource.kind: Required value")
    v("ephemeral-data-source-mismatch", "ephemeral dataSource and dataSourceRef that differ",
      eph(claim(dataSource={"kind": "PersistentVolumeClaim", "name": "a"},
                dataSourceRef={"kind": "PersistentVolumeClaim", "name": "b"})),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec: Invalid value")
    v("ephemeral-bad-api-group", "ephemeral dataSourceRef with an invalid apiGroup",
      eph(claim(dataSourceRef={"apiGroup": "Snapshot_Group", "kind": "VolumeSnapshot", "name": "s"})),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.dataSourceRef.apiGroup: Invalid value")
    v("ephemeral-bad-vac", "ephemeral volumeAttributesClassName not a subdomain (gate on from 1.34)",
      eph(claim(volumeAttributesClassName="Gold_Class")),
      "spec.volumes[0].ephemeral.volumeClaimTemplate.spec.volumeAttributesClassName: Invalid value", version="1.34")
    v("ephemeral-bad-vac-1-33", "ephemeral volumeAttributesClassName unchecked while the beta gate is off",
      eph(claim(volumeAttributesClassName="Gold_Class")), version="1.33")
    case("vol-ephemeral-claim-name-too-long", "TestValidatePod/ephemeral volume whose claim name <pod>-<volume> is too long",
         pod(meta={"name": "p" * 200}, volumes=eph(claim(), name="v" * 63)),
         "spec.volumes[0].name: Invalid value")
    v("ephemeral-claim-referenced", "persistentVolumeClaim naming the claim an ephemeral volume creates",
      eph(claim(), name="cache") + [{"name": "other", "persistentVolumeClaim": {"claimName": "web-cache"}}],
      "spec.volumes[1].persistentVolumeClaim.claimName: Invalid value")
