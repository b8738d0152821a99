"""Volume cases of the vol15 audit (issue 10), imported by _generate.py.

Each case follows upstream pkg/apis/core/validation (validateProjectionSources, its signer and
bundle-name helpers) or pkg/api/pod/warnings.go (the deprecated-plugin warnings a valid object
gets), named in "# source:"; the expected errors and warnings are written by hand from the
1.36-era AIAgentSandox/kubernetes 64149d12 validation.go and the 1.33-era warnings.go
(kubernetes/kubernetes 00f6e68e, co63oc/kubernetes 9beefa00), never copied from the validator's
output. File names start with "vol15-" (refused) or "valid-vol15-" (accepted).
"""

GATES = ["ClusterTrustBundleProjection=true", "PodCertificateRequest=true"]


def add(case, pod, c):
    def bad(slug, source, manifest, *expect, **kw):
        case("vol15-" + slug, source, manifest, *expect, **kw)

    def ok(slug, source, manifest, **kw):
        case("valid-vol15-" + slug, source, manifest, **kw)

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
       version="1.33", gates=GATES)
    bad("trust-bundle-name-and-signer-1-33", src + " (clusterTrustBundle with both name and signerName)",
        projected({"clusterTrustBundle": {"name": "b", "signerName": "example.com/ca", "path": "ca.pem"}}),
        p0 + ".clusterTrustBundle: Invalid value", version="1.33", gates=GATES)
    bad("trust-bundle-neither-1-29", src + " (clusterTrustBundle with neither name nor signerName, no path)",
        projected({"clusterTrustBundle": {}}),
        p0 + ".clusterTrustBundle: Required value", p0 + ".clusterTrustBundle.path: Required value",
        version="1.29", gates=["ClusterTrustBundleProjection=true"])
    bad("trust-bundle-name-rules-1-33", src + " (clusterTrustBundle name: empty; bad after its signer prefix; with a selector)",
        projected({"clusterTrustBundle": {"name": "", "path": "a.pem"}},
                  {"clusterTrustBundle": {"name": "example.com:ca:V1", "labelSelector": {"matchLabels": {"a": "b"}},
                                          "path": "b.pem"}}),
        p0 + ".clusterTrustBundle.name: Required value", p0 + ".clusterTrustBundle.name: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.name: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.labelSelector: Invalid value",
        version="1.33", gates=GATES)
    bad("trust-bundle-empty-signer-1-33", src + " (clusterTrustBundle signerName empty, selector without values)",
        projected({"clusterTrustBundle": {"signerName": "", "path": "ca.pem",
                                          "labelSelector": {"matchExpressions": [{"key": "tier", "operator": "In"}]}}}),
        p0 + ".clusterTrustBundle.signerName: Required value", p0 + ".clusterTrustBundle.signerName: Required value",
        p0 + ".clusterTrustBundle.labelSelector.matchExpressions[0].values: Required value",
        version="1.33", gates=GATES)
    bad("trust-bundle-paths-1-33", src + " (clusterTrustBundle paths: absolute; the same path twice)",
        projected({"clusterTrustBundle": {"name": "a", "path": "/ca.pem"}},
                  {"clusterTrustBundle": {"name": "b", "path": "/ca.pem"}}),
        p0 + ".clusterTrustBundle.path: Invalid value",
        "spec.volumes[0].projected.sources[1].clusterTrustBundle.path: Invalid value",
        "spec.volumes[0].projected: Invalid value", version="1.33", gates=GATES)
    bad("trust-bundle-with-config-map-1-33", src + " (clusterTrustBundle kept: with a configMap, two volume types)",
        projected({"configMap": {"name": "ca"}, "clusterTrustBundle": {"signerName": "example.com/ca", "path": "ca.pem"}}),
        p0 + ": Forbidden", version="1.33", gates=GATES)

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
