"""Cases of the vdiff20b audit (issue 10): core Pod-create validation diffed pairwise from 1.31 to
1.35, imported by _generate.py, which writes them.

The copies diffed are pkg/apis/core/validation/validation.go as vendored, at release tags, in
openshift-kni/scheduler-plugins (vendor/modules.txt names the version): v1.31.2 (66516c76b),
v1.32.5 (0aead6551), v1.33.3 (0c967825a), v1.34.1 (097ff912f), v1.35.7 (2117d3e30). Each case
pins a change found there; the words the corpus cannot pin (paths and types only) are in
VersionWordsTest.

The expected errors ("# expect: <path>: <type>", in the server's order) are written by hand
from those files, never copied from the validator's output. File names start with "vdiff20b-"
(refused) or "valid-vdiff20b-" (accepted by the server).
"""


def add(pod, c, named):
    bad, ok = named("vdiff20b")

    # ------------------------------------------------ validateInitContainerRestartPolicy
    # v1.34.1: validateInitContainers calls it only when restartPolicy is set, so restart rules on
    # an init container without a restartPolicy pass (ContainerRestartRules on); v1.35.7 calls it
    # for every init container, and a nil policy with rules is Required at restartPolicy.
    rules = [{"action": "Restart", "exitCodes": {"operator": "In", "values": [42]}}]
    init = [c("setup", "busybox:1.36", command=["sh", "-c", "true"],
              restartPolicyRules=rules)]
    ok("init-rules-without-policy-1-34",
       "validateInitContainers (v1.34.1: rules without restartPolicy not checked)",
       pod(init=init), version="1.34", gates=["ContainerRestartRules=true"])
    bad("init-rules-without-policy-1-35",
        "validateInitContainerRestartPolicy (v1.35.7: called for every init container)",
        pod(init=init), "spec.initContainers[0].restartPolicy: Required value", version="1.35")

    # ------------------------------------------------ ValidateCSIDriverName
    # v1.34.1: an empty driver is Required, then IsDNS1123Subdomain("") adds an Invalid; v1.35.7
    # (and the 1.36-era copy) return right after the Required error.
    csi = [{"name": "secrets", "csi": {"driver": ""}}]
    bad("csi-driver-empty-1-34", "ValidateCSIDriverName (v1.34.1: Required, then Invalid)",
        pod(volumes=csi), "spec.volumes[0].csi.driver: Required value",
        "spec.volumes[0].csi.driver: Invalid value", version="1.34")
    bad("csi-driver-empty-1-35", "ValidateCSIDriverName (v1.35.7: returns after Required)",
        pod(volumes=csi), "spec.volumes[0].csi.driver: Required value", version="1.35")

    # ------------------------------------------------ validateProjectionSources
    # v1.30.4 reports a trust bundle at clusterTrustBundlePEM and two types in one source as
    # "may not specify more than 1 volume type"; v1.31.2 says clusterTrustBundle and "... per
    # source" (the words are in VersionWordsTest).
    ctb = ["ClusterTrustBundleProjection=true"]
    bundle = {"name": "ca", "projected": {"sources": [{"clusterTrustBundle": {
        "name": "example.com:ca", "path": ""}}]}}
    bad("trust-bundle-no-path-1-30", "validateProjectionSources (v1.30.4: clusterTrustBundlePEM)",
        pod(volumes=[bundle]),
        "spec.volumes[0].projected.sources[0].clusterTrustBundlePEM.path: Required value",
        version="1.30", gates=ctb)
    bad("trust-bundle-no-path-1-31", "validateProjectionSources (v1.31.2: clusterTrustBundle)",
        pod(volumes=[bundle]),
        "spec.volumes[0].projected.sources[0].clusterTrustBundle.path: Required value",
        version="1.31", gates=ctb)
