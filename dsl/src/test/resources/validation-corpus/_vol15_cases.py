"""Volume cases of the vol15 audit (issue 10), imported by _generate.py.

Each case follows upstream pkg/apis/core/validation (validateProjectionSources, its signer and
bundle-name helpers) or pkg/api/pod/warnings.go (the deprecated-plugin warnings a valid object
gets), named in "# source:"; the expected errors and warnings are written by hand from the
1.36-era AIAgentSandox/kubernetes 64149d12 validation.go and the 1.33-era warnings.go
(kubernetes/kubernetes 00f6e68e, co63oc/kubernetes 9beefa00), never copied from the validator's
output. File names start with "vol15-" (refused) or "valid-vol15-" (accepted).
"""

GATES = ["ClusterTrustBundleProjection=true", "PodCertificateRequest=true"]
# PodCertificateRequest is added in 1.34 (kube_features: "1.34: Default: false, Alpha"): a 1.33
# kube-apiserver refuses it as an unrecognized feature gate, so the 1.33 cases set only this one.
BUNDLES = ["ClusterTrustBundleProjection=true"]


def add(pod, c, named):
    bad, ok = named("vol15")

    def projected(*sources):
        return pod(volumes=[{"name": "certs", "projected": {"sources": list(sources)}}])

    src = "TestValidateProjectedVolumeSource"
    p0 = "spec.volumes[0].projected.sources[0]"
    cert = {"signerName": "example.com/serving", "keyType": "ECDSAP256", "credentialBundlePath": "bundle.pem"}

    # ------------------------------------------ podCertificate, gate PodCertificateRequest on
    ok("pod-certificate-1-35", src + " (podCertificate: signer, key type, lifetime, three paths)",
       projected({"podCertificate": dict(cert, maxExpirationSeconds=7862400, keyPath="key.pem",
                                         certificateChainPath="chain.pem")}),
       version="1.35", gates=GATES)
    ok("pod-certificate-kubernetes-signer-1-34", src + " (podCertificate: a kubernetes.io signer may ask for 24 hours)",
       projected({"podCertificate": dict(cert, signerName="kubernetes.io/kube-apiserver-client-pod",
                                         maxExpirationSeconds=86400)}),
       version="1.34", gates=["PodCertificateRequest=true"])
    bad("pod-certificate-empty-1-35", src + " (podCertificate: no signer, no key type, no path)",
        projected({"podCertificate": {}}),
        p0 + ".podCertificate.signerName: Required value", p0 + ".podCertificate.keyType: Unsupported value",
        p0 + ".podCertificate: Required value", version="1.35", gates=GATES)
    bad("pod-certificate-bad-signer-1-35", src + " (podCertificate: signer without a path, key type RSA2048)",
        projected({"podCertificate": dict(cert, signerName="example.com", keyType="RSA2048")}),
        p0 + ".podCertificate.signerName: Invalid value", p0 + ".podCertificate.keyType: Unsupported value",
        version="1.35", gates=GATES)
    bad("pod-certificate-signer-one-label-1-36", src + " (podCertificate: signer domain of one label, bad path label)",
        projected({"podCertificate": dict(cert, signerName="localhost/Serving")}),
        p0 + ".podCertificate.signerName: Invalid value", p0 + ".podCertificate.signerName: Invalid value",
        version="1.36", gates=GATES)
    bad("pod-certificate-lifetime-1-35", src + " (podCertificate: under an hour; over 24 hours for a kubernetes.io signer)",
        projected({"podCertificate": dict(cert, maxExpirationSeconds=3599)},
                  {"podCertificate": dict(cert, signerName="foo.kubernetes.io/x", credentialBundlePath="b2.pem",
                                          maxExpirationSeconds=86401)}),
        p0 + ".podCertificate.maxExpirationSeconds: Invalid value",
        "spec.volumes[0].projected.sources[1].podCertificate.maxExpirationSeconds: Invalid value",
        version="1.35", gates=GATES)
    bad("pod-certificate-lifetime-91-days-1-35", src + " (podCertificate: over 91 days for another signer)",
        projected({"podCertificate": dict(cert, maxExpirationSeconds=7862401)}),
        p0 + ".podCertificate.maxExpirationSeconds: Invalid value", version="1.35", gates=GATES)
    bad("pod-certificate-paths-1-35", src + " (podCertificate: absolute key path, '..' chain path, a path another source has)",
        projected({"secret": {"name": "s", "items": [{"key": "k", "path": "bundle.pem"}]}},
                  {"podCertificate": dict(cert, keyPath="/key.pem", certificateChainPath="..chain")}),
        "spec.volumes[0].projected: Invalid value",
        "spec.volumes[0].projected.sources[1].podCertificate.keyPath: Invalid value",
        "spec.volumes[0].projected.sources[1].podCertificate.certificateChainPath: Invalid value",
        version="1.35", gates=GATES)
    bad("pod-certificate-with-secret-1-35", src + " (a source with a secret and a podCertificate)",
        projected(dict({"secret": {"name": "s"}}, podCertificate=cert)),
        p0 + ": Forbidden", version="1.35", gates=GATES)

    # ------------------------------ clusterTrustBundle, gate ClusterTrustBundleProjection on
    ok("trust-bundle-1-33", src + " (clusterTrustBundle by signer and selector; by signer-prefixed name; by plain name)",
       projected({"clusterTrustBundle": {"signerName": "example.com/ca", "labelSelector": {"matchLabels": {"tier": "prod"}},
                                         "path": "signer.pem"}},
                 {"clusterTrustBundle": {"name": "example.com:ca:v1", "path": "named.pem"}},
                 {"clusterTrustBundle": {"name": "corp-roots", "path": "roots.pem", "optional": True}}),
       version="1.33", gates=BUNDLES)
    bad("trust-bundle-name-and-signer-1-33", src + " (clusterTrustBundle with both name and signerName)",
        projected({"clusterTrustBundle": {"name": "b", "signerName": "example.com/ca", "path": "ca.pem"}}),
        p0 + ".clusterTrustBundle: Invalid value", version="1.33", gates=BUNDLES)
    bad("trust-bundle-neither-1-29", src + " (clusterTrustBundle with neither name nor signerName, no path)",
        projected({"clusterTrustBundle": {}}),
        p0 + ".clusterTrustBundlePEM: Required value", p0 + ".clusterTrustBundlePEM.path: Required value",
        version="1.29", gates=["ClusterTrustBundleProjection=true"])  # the path's pre-1.33 name
    bad("trust-bundle-name-rules-1-33", src + " (clusterTrustBundle name: empty; bad after its signer prefix; with a selector)",
        projected({"clusterTrustBundle": {"name": "", "path": "a.pem"}},
                  {"clusterTrustBundle": {"name": "example.com:ca:V1", "labelSelector": {"matchLabels": {"a": "b"}},
                                          "path": "b.pem"}}),
        p0 + ".clusterTrustBundle.name: Required value", p0 + ".clusterTrustBundle.name: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.name: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.labelSelector: Invalid value",
        version="1.33", gates=BUNDLES)
    bad("trust-bundle-empty-signer-1-33", src + " (clusterTrustBundle signerName empty, selector without values)",
        projected({"clusterTrustBundle": {"signerName": "", "path": "ca.pem",
                                          "labelSelector": {"matchExpressions": [{"key": "tier", "operator": "In"}]}}}),
        p0 + ".clusterTrustBundle.signerName: Required value", p0 + ".clusterTrustBundle.signerName: Required value",
        p0 + ".clusterTrustBundle.labelSelector.matchExpressions[0].values: Required value",
        version="1.33", gates=BUNDLES)
    bad("trust-bundle-paths-1-33", src + " (clusterTrustBundle paths: absolute; the same path twice)",
        projected({"clusterTrustBundle": {"name": "a", "path": "/ca.pem"}},
                  {"clusterTrustBundle": {"name": "b", "path": "/ca.pem"}}),
        p0 + ".clusterTrustBundle.path: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.path: Invalid value",
        "spec.volumes[0].projected: Invalid value", version="1.33", gates=BUNDLES)
    bad("trust-bundle-with-config-map-1-33", src + " (clusterTrustBundle kept: with a configMap, two volume types)",
        projected({"configMap": {"name": "ca"}, "clusterTrustBundle": {"signerName": "example.com/ca", "path": "ca.pem"}}),
        p0 + ": Forbidden", version="1.33", gates=BUNDLES)

    # ----------------------------- pkg/api/pod/warnings.go: deprecated and removed plugins
    wsrc = "GetWarningsForPod (deprecated and removed volume plugins)"
    ok("gitrepo-warning-1-32", wsrc + " (gitRepo before GitRepoVolumeDriver)",
       pod(volumes=[{"name": "g", "gitRepo": {"repository": "https://example.com/r.git"}}]),
       version="1.32", warn=["spec.volumes[0].gitRepo"])
    ok("gitrepo-driver-on-1-34", wsrc + " (gitRepo with GitRepoVolumeDriver turned on)",
       pod(volumes=[{"name": "g", "gitRepo": {"repository": "https://example.com/r.git"}}]),
       version="1.34", gates=["GitRepoVolumeDriver=true"], warn=["spec.volumes[0].gitRepo"])
    ok("cephfs-rbd-1-27", wsrc + " (cephfs and rbd before their 1.28 deprecation: no warning)",
       pod(volumes=[{"name": "c", "cephfs": {"monitors": ["m"]}}, {"name": "r", "rbd": {"monitors": ["m"], "image": "i"}}]),
       version="1.27")
    ok("cephfs-rbd-1-37", wsrc + " (cephfs and rbd, in volume order)",
       pod(volumes=[{"name": "r", "rbd": {"monitors": ["m"], "image": "i"}}, {"name": "c", "cephfs": {"monitors": ["m"]}}]),
       version="1.37", warn=["spec.volumes[0].rbd", "spec.volumes[1].cephfs"])
    deployment = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                  "spec": {"selector": {"matchLabels": {"app": "web"}},
                           "template": {"metadata": {"labels": {"app": "web"}},
                                        "spec": {"containers": [c()], "volumes": [
                                            {"name": "s", "storageos": {"volumeName": "v"}},
                                            {"name": "g", "glusterfs": {"endpoints": "e", "path": "p"}}]}}}}
    ok("deployment-plugin-warnings", "GetWarningsForPodTemplate (storageOS and glusterfs in a template)",
       deployment, warn=["spec.template.spec.volumes[0].storageOS", "spec.template.spec.volumes[1].glusterfs"])
    bad("gitrepo-invalid-pod-no-warning", wsrc + " (an invalid pod gets no WarningsOnCreate)",
        pod([c(volumeMounts=[{"name": "missing", "mountPath": "/m"}])],
            volumes=[{"name": "g", "gitRepo": {"repository": "r"}}]),
        "spec.containers[0].volumeMounts[0].name: Not found", version="1.36")

    # --------------------- recursiveReadOnly: RecursiveReadOnlyMounts alpha 1.30, beta 1.31
    def rro(mount, **kw):
        m = dict({"name": "d", "mountPath": "/d"}, **mount)
        return pod([c(volumeMounts=[m])], volumes=[{"name": "d", "emptyDir": {}}], **kw)

    rsrc = "TestValidateMountRecursiveReadOnly"
    rpath = "spec.containers[0].volumeMounts.recursiveReadOnly"
    ok("recursive-read-only-dropped-1-30", "dropDisabledFields (recursiveReadOnly: its gate is alpha and off in 1.30)",
       rro({"recursiveReadOnly": "Enabled"}), version="1.30",
       warn=["spec.containers[0].volumeMounts[0].recursiveReadOnly"])
    ok("recursive-read-only-unknown-1-29", "strict field validation (recursiveReadOnly exists from 1.30)",
       rro({"recursiveReadOnly": "Enabled"}), version="1.29",
       warn=["spec.containers[0].volumeMounts[0].recursiveReadOnly"])
    bad("recursive-read-only-gate-on-1-30", rsrc + " (Enabled without readOnly, gate turned on)",
        rro({"recursiveReadOnly": "Enabled"}), rpath + ": Forbidden",
        version="1.30", gates=["RecursiveReadOnlyMounts=true"])
    bad("recursive-read-only-beta-1-31", rsrc + " (IfPossible without readOnly, beta and on)",
        rro({"recursiveReadOnly": "IfPossible"}), rpath + ": Forbidden", version="1.31")
    bad("recursive-read-only-propagation", rsrc + " (Enabled, readOnly, with HostToContainer propagation)",
        rro({"recursiveReadOnly": "Enabled", "readOnly": True, "mountPropagation": "HostToContainer"}),
        rpath + ": Forbidden", version="1.34")
    bad("recursive-read-only-both-rules", rsrc + " (IfPossible, not readOnly, Bidirectional in an unprivileged container)",
        rro({"recursiveReadOnly": "IfPossible", "mountPropagation": "Bidirectional"}),
        "spec.containers[0].volumeMounts.mountPropagation: Forbidden", rpath + ": Forbidden", rpath + ": Forbidden")
    bad("recursive-read-only-bad-value", rsrc + " (unsupported value)",
        rro({"recursiveReadOnly": "Always", "readOnly": True}), rpath + ": Unsupported value", version="1.37")
    ok("recursive-read-only-disabled", rsrc + " (Disabled on a read-write mount with propagation)",
       rro({"recursiveReadOnly": "Disabled", "mountPropagation": "HostToContainer"}), version="1.32")
    ok("recursive-read-only-none-propagation", rsrc + " (Enabled on a read-only mount, propagation None)",
       rro({"recursiveReadOnly": "Enabled", "readOnly": True, "mountPropagation": "None"}))

    # -------------------- validateVolumeSource: the iSCSI name length right after the source
    long_name = "v" * 50
    bad("iscsi-name-length-before-second-source", "TestValidateVolumes (iscsi initiator name: volume name and portal over 64, then a second source)",
        pod(volumes=[{"name": long_name,
                      "iscsi": {"targetPortal": "192.168.100.100:3260", "iqn": "iqn.2015-02.example.com:test", "lun": 1,
                                "initiatorName": "iqn.2015-02.example.com:init"},
                      "glusterfs": {"endpoints": "e", "path": "p"}}]),
        "spec.volumes[0].name: Invalid value", "spec.volumes[0].glusterfs: Forbidden")

    # ------------- validateKeyToPath and validateDownwardAPIVolumeFile, beyond the common cases
    ok("key-to-path-and-downward-files", "TestValidateKeyToPath + TestValidateDownwardAPIVolumeFile (successCases: dotted names, modes 0 and 0777, subscripts, hugepages)",
       pod(volumes=[{"name": "d", "downwardAPI": {"items": [
           {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels['app']"}},
           {"path": "ann", "fieldRef": {"fieldPath": "metadata.annotations['Example.com/A_b']"}},
           {"path": "cpu", "resourceFieldRef": {"containerName": "app", "resource": "limits.cpu", "divisor": "1m"}},
           {"path": "hp", "resourceFieldRef": {"containerName": "app", "resource": "requests.hugepages-2Mi"}}]}},
           {"name": "k", "configMap": {"name": "c", "items": [
               {"key": "k", "path": "p/..p/p../p..p", "mode": 0}, {"key": "k2", "path": "p/p/p", "mode": 511}]}}]))
    bad("key-to-path-errors", "TestValidateKeyToPath (errorCases: no key and path, absolute, '..' twice over, mode -1, '..foo')",
        pod(volumes=[{"name": "k", "secret": {"secretName": "s", "items": [
            {"key": "", "path": ""}, {"key": "k", "path": "/abs"}, {"key": "k", "path": "..", "mode": -1},
            {"key": "k", "path": "..foo"}]}}]),
        "spec.volumes[0].secret.items[0].key: Required value", "spec.volumes[0].secret.items[0].path: Required value",
        "spec.volumes[0].secret.items[1].path: Invalid value", "spec.volumes[0].secret.items[2].path: Invalid value",
        "spec.volumes[0].secret.items[2].path: Invalid value", "spec.volumes[0].secret.items[2].mode: Invalid value",
        "spec.volumes[0].secret.items[3].path: Invalid value")
    d = "spec.volumes[0].downwardAPI"
    bad("downward-files-errors", "TestValidateDownwardAPIVolumeFile (errorCases, reported at the source's path without items)",
        pod(volumes=[{"name": "d", "downwardAPI": {"defaultMode": 512, "items": [
            {}, {"path": "node", "fieldRef": {"fieldPath": "spec.nodeName"}},
            {"path": "both", "fieldRef": {"fieldPath": "metadata.name"},
             "resourceFieldRef": {"containerName": "app", "resource": "limits.cpu"}},
            {"path": "noc", "resourceFieldRef": {"resource": "limits.cpu"}},
            {"path": "../x", "mode": 1024, "fieldRef": {"fieldPath": "metadata.labels['bad key']"}},
            {"path": "div", "resourceFieldRef": {"containerName": "app", "resource": "limits.memory", "divisor": "3Mi"}}]}}]),
        d + ".defaultMode: Invalid value", d + ".path: Required value", d + ": Required value",
        d + ".fieldRef.fieldPath: Unsupported value", d + ": Invalid value", d + ".resourceFieldRef.containerName: Required value",
        d + ".path: Invalid value", d + ".fieldRef: Invalid value", d + ".mode: Invalid value",
        d + ".resourceFieldRef.divisor: Invalid value")

    # ---------------------------------------------- ValidateVolumeDevices, every error once
    dv = "spec.containers[0].volumeDevices"
    bad("volume-devices-every-error", "TestValidateVolumeDevices (errorCases: empty name, emptyDir, duplicate path and name, backsteps, clash with a mount)",
        pod([c(volumeMounts=[{"name": "pvc2", "mountPath": "/m"}],
               volumeDevices=[{"name": "", "devicePath": "/d0"}, {"name": "ed", "devicePath": "/d1"},
                              {"name": "pvc1", "devicePath": "/d0"}, {"name": "pvc1", "devicePath": "/x/../y"},
                              {"name": "pvc2", "devicePath": "/m"}])],
            volumes=[{"name": "pvc1", "persistentVolumeClaim": {"claimName": "c1"}},
                     {"name": "pvc2", "persistentVolumeClaim": {"claimName": "c2"}}, {"name": "ed", "emptyDir": {}}]),
        "spec.containers[0].volumeMounts[0].name: Invalid value", "spec.containers[0].volumeMounts[0].mountPath: Invalid value",
        dv + "[0].name: Required value", dv + "[0].name: Not found", dv + "[1].name: Invalid value",
        dv + "[2].devicePath: Invalid value", dv + "[3].name: Invalid value", dv + "[3].devicePath: Invalid value",
        dv + "[4].name: Invalid value", dv + "[4].devicePath: Invalid value")
    ok("volume-devices-ephemeral", "TestValidateVolumeDevices (successCases: a device of a PVC and of an ephemeral volume)",
       pod([c(volumeDevices=[{"name": "pvc", "devicePath": "/dev/a"}, {"name": "scratch", "devicePath": "/dev/b"}])],
           volumes=[{"name": "pvc", "persistentVolumeClaim": {"claimName": "c"}},
                    {"name": "scratch", "ephemeral": {"volumeClaimTemplate": {"spec": {
                        "accessModes": ["ReadWriteOnce"], "volumeMode": "Block",
                        "resources": {"requests": {"storage": "1Gi"}}}}}}]))

    # ----------------------------------- ValidateVolumeMounts: upstream's success and error lists
    def mount(name, path, **kw):
        return dict({"name": name, "mountPath": path}, **kw)

    ok("volume-mounts-success-cases", "TestValidateVolumeMounts (successCases: Windows-style paths, dotted subPaths, every recursiveReadOnly, image subPath)",
       pod([c(volumeMounts=[
           mount("abc", "/foo"), mount("123", "/bar"), mount("abc-123", "/baz"), mount("abc-123", "/baa", subPath=""),
           mount("abc-123", "/bab", subPath="baz"), mount("abc-123", "d:", subPath=""), mount("abc-123", "F:"),
           mount("abc-123", "G:\\mount"), mount("abc-123", "/bac", subPath=".baz"), mount("abc-123", "/bad", subPath="..baz"),
           mount("123", "/rro-nil", readOnly=True), mount("123", "/rro-disabled", readOnly=True, recursiveReadOnly="Disabled"),
           mount("123", "/rro-disabled-2", readOnly=False, recursiveReadOnly="Disabled"),
           mount("123", "/rro-ifpossible", readOnly=True, recursiveReadOnly="IfPossible"),
           mount("123", "/rro-enabled", readOnly=True, recursiveReadOnly="Enabled"),
           mount("123", "/rro-enabled-2", readOnly=True, recursiveReadOnly="Enabled", mountPropagation="None"),
           mount("img", "/img", subPath="x"), mount("abc", "/expr", subPathExpr="$(POD_NAME)")])],
           volumes=[{"name": "abc", "emptyDir": {}}, {"name": "123", "emptyDir": {}}, {"name": "abc-123", "emptyDir": {}},
                    {"name": "img", "image": {"reference": "x/y:1"}}]),
       version="1.35")
    m = "spec.containers[0].volumeMounts"
    bad("volume-mounts-error-cases", "TestValidateVolumeMounts (errorCases: empty and unknown names, empty and repeated paths, '..' subPaths, absolute subPathExpr, bad propagation)",
        pod([c(volumeMounts=[
            mount("", "/a"), mount("nope", "/b"), mount("abc", ""), mount("abc", "/b"),
            mount("abc", "/c", subPath="baz/../bat"), mount("abc", "/d", subPath="./.."),
            mount("abc", "/e", subPathExpr="/abs"), mount("abc", "/f", mountPropagation="Sometimes")])],
            volumes=[{"name": "abc", "emptyDir": {}}]),
        m + "[0].name: Required value", m + "[0].name: Not found", m + "[1].name: Not found",
        m + "[2].mountPath: Required value", m + "[3].mountPath: Invalid value", m + ".subPath: Invalid value",
        m + ".subPath: Invalid value", m + ".subPathExpr: Invalid value", m + ".mountPropagation: Unsupported value")
