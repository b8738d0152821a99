"""Cases of the udpod differential run (issue 10): Pods validated by upstream's own Go code,
validation.ValidatePodCreate compiled from the vendored release trees in
openshift-kni/scheduler-plugins (vendor/modules.txt names the version): v1.31.2 (66516c76b),
v1.32.5 (0aead6551), v1.33.3 (0c967825a), v1.34.1 (097ff912f), v1.35.7 (2117d3e30), after the
v1 defaults, the conversion to the internal Pod and the pod strategy's create-time drops.

Each case pins a place where the validator's verdict or words differed from that run and were
fixed; the words the corpus cannot pin (paths and types only) are in VersionWordsTest and
MetaRulesTest. The expected errors ("# expect: <path>: <type>", in the server's order) are
written by hand from those trees, never copied from the validator's output. File names start
with "udpod-" (refused) or "valid-udpod-" (accepted by the server).
"""


def add(pod, c, named):
    bad, ok = named("udpod")

    # ------------------------------------------------ validateResizePolicy
    # The resourceName is a core.ResourceName (a fmt.Stringer): up to 1.33 the value prints bare
    # ("Duplicate value: cpu"), from 1.34 as JSON ("cpu"); the paths and types do not change.
    resize = [{"resourceName": "memory", "restartPolicy": "NotRequired"},
              {"resourceName": "memory", "restartPolicy": "RestartContainer"},
              {"resourceName": "storage", "restartPolicy": "NotRequired"}]
    # InPlacePodVerticalScaling is alpha (off) up to 1.32, where the field is dropped unless on.
    for v in ("1.31", "1.32", "1.33", "1.34", "1.35"):
        gates = ["InPlacePodVerticalScaling=true"] if v in ("1.31", "1.32") else []
        bad("resize-policy-duplicate-" + v.replace(".", "-"),
            "validateResizePolicy (v%s vendored tree: Duplicate, then Unsupported)" % v,
            pod(containers=[c(resizePolicy=resize)]),
            "spec.containers[0].resizePolicy[1]: Duplicate value",
            "spec.containers[0].resizePolicy: Unsupported value", version=v, gates=gates)
    ok("resize-policy-cpu-and-memory",
       "validateResizePolicy (v1.33.3: one policy per resource passes)",
       pod(containers=[c(resizePolicy=[
           {"resourceName": "cpu", "restartPolicy": "NotRequired"},
           {"resourceName": "memory", "restartPolicy": "RestartContainer"}])]))

    # ------------------------------------------------ ValidateOwnerReferences
    # v1.33.3 prints the reference as Go's %#v, pointers included (MetaRulesTest pins the words).
    event = {"apiVersion": "v1", "kind": "Event", "name": "e", "uid": "6b1e7a3c",
             "blockOwnerDeletion": True}
    bad("owner-event-block-owner-deletion",
        "ValidateOwnerReferences (v1.33.3: an Event owner is refused)",
        pod(meta={"name": "web", "ownerReferences": [event]}),
        "metadata.ownerReferences: Invalid value")

    # ------------------------------------------------ applyAppArmorVersionSkew (fields -> annotations)
    # Up to 1.33 PrepareForCreate copies a container's effective AppArmor profile to the deprecated
    # annotation before validation, whose key then carries the container's name; 1.34 stops
    # (kubernetes/kubernetes#131989). The vendored v1.33.3 tree refuses the key, v1.34.1 does not.
    aa = {"appArmorProfile": {"type": "RuntimeDefault"}}
    for v in ("1.31", "1.32", "1.33"):
        bad("apparmor-field-to-bad-annotation-key-" + v.replace(".", "-"),
            "applyAppArmorVersionSkew (v%s: the field is copied to an annotation)" % v,
            pod(containers=[c("-")], securityContext=aa),
            "metadata.annotations: Invalid value", "spec.containers[0].name: Invalid value",
            version=v)
    for v in ("1.34", "1.35"):
        bad("apparmor-field-to-bad-annotation-key-" + v.replace(".", "-"),
            "applyAppArmorVersionSkew (v%s: no copy to annotations since #131989)" % v,
            pod(containers=[c("-")], securityContext=aa),
            "spec.containers[0].name: Invalid value", version=v)
    ok("apparmor-field-copied-to-annotation-1-33",
       "applyAppArmorVersionSkew (v1.33.3: the copied annotation agrees with the field)",
       pod(containers=[c(securityContext={"appArmorProfile": {
           "type": "Localhost", "localhostProfile": "k8s-nginx"}})], securityContext=aa),
       version="1.33")
