"""Placement, networking and metadata cases of the sched15 audit (imported by _generate.py).

Each case follows a rule of upstream pkg/apis/core/validation/validation.go (read in the
1.35-era darshansreenivas/validation-gen 04780fad and the 1.36-era AIAgentSandox/kubernetes
64149d12 copies), apimachinery's ObjectMeta, label and IP validation, and pkg/api/pod/util.go's
dropDisabledMatchLabelKeysFieldInPodAffinity. The expected errors are written by hand from those
sources, never copied from the validator's output. File names start with "sched15-" (refused)
or "valid-sched15-" (accepted).
"""

VG135 = "validation-gen 04780fad"
AFFINITY_KEYS = "MatchLabelKeysInPodAffinity"


def add(case, pod, c):
    def bad(slug, source, manifest, *expect, **kw):
        case("sched15-" + slug, source, manifest, *expect, **kw)

    def good(slug, source, manifest, **kw):
        case("valid-sched15-" + slug, source, manifest, **kw)

    def deployment(spec, labels=None):
        labels = labels or {"app": "web"}
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": labels},
                         "template": {"metadata": {"labels": labels}, "spec": spec}}}

    # ------------------------------------------------------------ hostnameOverride (KEP-4762)
    # validatePodHostName runs right after validateHostUsers, before the service account, node
    # name, hostname and subdomain checks of ValidatePodSpec.
    src = "TestValidatePodSpec (hostnameOverride); validatePodHostName, " + VG135
    bad("hostname-override-order-1-35", src,
        pod(hostnameOverride="a_b", setHostnameAsFQDN=True, nodeName="Bad_Node", subdomain="Bad"),
        "spec.hostnameOverride: Forbidden",
        "spec.hostnameOverride: Invalid value",
        "spec.nodeName: Invalid value",
        "spec.subdomain: Invalid value",
        version="1.35")
    bad("hostname-override-host-network-1-37", src,
        pod(hostnameOverride="web", hostNetwork=True, activeDeadlineSeconds=0),
        "spec.hostnameOverride: Forbidden",
        "spec.activeDeadlineSeconds: Invalid value",
        version="1.37")
    # One label of 65 characters still matches the subdomain regex: only the length check fires.
    bad("hostname-override-too-long-1-36", src, pod(hostnameOverride="a" * 65),
        "spec.hostnameOverride: Too long", version="1.36")
    good("hostname-override-fqdn-1-36", src, pod(hostnameOverride="db-0.example.com"),
         version="1.36")
    good("hostname-override-gate-off-1-34", src + "; dropDisabledPodFields (HostnameOverride alpha)",
         pod(hostnameOverride="a_b"), version="1.34", warn=["spec.hostnameOverride"])

    # ------------------------------------------------ pod affinity matchLabelKeys (KEP-3633)
    # dropDisabledMatchLabelKeysFieldInPodAffinity clears matchLabelKeys and mismatchLabelKeys
    # while the gate is off (alpha 1.29, 1.30); before 1.29 the fields are unknown.
    src = ("TestValidateAffinity (matchLabelKeys); dropDisabledMatchLabelKeysFieldInPodAffinity "
           "(pkg/api/pod/util.go)")
    no_selector = {"podAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": [
        {"topologyKey": "topology.kubernetes.io/zone", "matchLabelKeys": ["app"]}]}}
    term0 = "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]"
    good("affinity-label-keys-gate-off-1-30", src, pod(affinity=no_selector), version="1.30",
         warn=[term0 + ".matchLabelKeys", term0 + ".labelSelector"])
    good("affinity-label-keys-unknown-1-28", src, pod(affinity=no_selector), version="1.28",
         warn=[term0 + ".matchLabelKeys", term0 + ".labelSelector"])
    bad("affinity-label-keys-gate-on-1-30", src, pod(affinity=no_selector),
        term0 + ".matchLabelKeys: Forbidden", version="1.30", gates=[AFFINITY_KEYS + "=true"])
    bad("affinity-label-keys-no-selector-1-31", src, pod(affinity=no_selector),
        term0 + ".matchLabelKeys: Forbidden", version="1.31")

    anti = {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
        {"weight": 1, "podAffinityTerm": {"labelSelector": {"matchLabels": {"app": "web"}},
                                          "topologyKey": "kubernetes.io/hostname",
                                          "matchLabelKeys": ["app", "ver"],
                                          "mismatchLabelKeys": ["ver"]}}]}}
    weighted = "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]"
    labelled = {"name": "web", "labels": {"app": "web", "ver": "1"}}
    good("affinity-label-keys-gate-off-1-29", src, pod(meta=labelled, affinity=anti),
         version="1.29", warn=[weighted + ".podAffinityTerm.matchLabelKeys",
                               weighted + ".podAffinityTerm.mismatchLabelKeys"])
    # On a Pod, PrepareForCreate appends app In (web), ver In (1) and ver NotIn (1) to the
    # selector; ValidateMatchLabelKeysAndMismatchLabelKeys then finds app (already in
    # matchLabels) and the second ver expression "in both", at the term's path with the key's
    # index, before the match/mismatch overlap.
    bad("affinity-merged-match-and-mismatch-1-33",
        "TestValidateAffinity; ValidateMatchLabelKeysAndMismatchLabelKeys after mutatePodAffinity",
        pod(meta=labelled, affinity=anti),
        weighted + ".podAffinityTerm[0]: Invalid value",
        weighted + ".podAffinityTerm[1]: Invalid value",
        weighted + ".podAffinityTerm.matchLabelKeys[1]: Invalid value",
        version="1.33")
    # A template is validated as written: no merged expressions, only the overlap.
    bad("affinity-template-match-and-mismatch-1-33",
        "TestValidateAffinity; ValidateMatchLabelKeysAndMismatchLabelKeys (no merge for templates)",
        deployment({"affinity": anti, "containers": [c()]}, labels={"app": "web", "ver": "1"}),
        "spec.template." + weighted + ".podAffinityTerm.matchLabelKeys[1]: Invalid value",
        version="1.33")

    # ------------------------------------------------------------------- node affinity
    bad("affinity-match-fields-two-values",
        "TestValidateAffinity (invalid matchFields values); ValidateNodeFieldSelectorRequirement",
        pod(affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchFields": [
                {"key": "metadata.name", "operator": "In", "values": ["node-a", "node-b"]}]}]}}}),
        "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
        ".nodeSelectorTerms[0].matchFields[0].values: Required value")

    # -------------------------------------------- DNS search (RelaxedDNSSearchValidation)
    # Alpha 1.32, beta 1.33, GA and locked 1.34 (kube_features versioned specs), gone in 1.37.
    src = "TestValidatePodDNSConfig (relaxed search); validatePodDNSConfig"
    for v in ("1.34", "1.37"):
        good("dns-search-relaxed-" + v.replace(".", "-"), src,
             pod(dnsConfig={"searches": ["_sip._tcp.example.com", ".", "example.com."]}), version=v)
    bad("dns-search-leading-dash-1-34", src, pod(dnsConfig={"searches": ["ok.example", "-bad"]}),
        "spec.dnsConfig.searches[1]: Invalid value", version="1.34")

    # --------------------------------------------------- IP fields (StrictIPCIDRValidation)
    src = "TestValidateHostAliases / TestValidatePodDNSConfig; IsValidIPForLegacyField"
    bad("host-alias-empty-ip-1-33", src, pod(hostAliases=[{"ip": "", "hostnames": ["db"]}]),
        "spec.hostAliases[0].ip: Invalid value", version="1.33")
    bad("host-alias-zone-1-36", src,
        pod(hostAliases=[{"ip": "fe80::1%eth0", "hostnames": ["db"]}]),
        "spec.hostAliases[0].ip: Invalid value", version="1.36")
    # Before 1.33 the server parsed with ParseIPSloppy and gave no warning.
    good("host-alias-leading-zero-1-32", src,
         pod(hostAliases=[{"ip": "010.001.002.003", "hostnames": ["db"]}]), version="1.32")
    good("dns-nameserver-leading-zero-1-35", src,
         pod(dnsConfig={"nameservers": ["010.0.0.10"]}), version="1.35",
         warn=["spec.dnsConfig.nameservers[0]"])
    bad("dns-nameserver-leading-zero-gate-on-1-35", src,
        pod(dnsConfig={"nameservers": ["010.0.0.10"]}),
        "spec.dnsConfig.nameservers[0]: Invalid value", version="1.35",
        gates=["StrictIPCIDRValidation=true"])
    bad("dns-nameserver-leading-zero-1-36", src,
        pod(dnsPolicy="None", dnsConfig={"nameservers": ["1.1.1.1", "010.0.0.10"]}),
        "spec.dnsConfig.nameservers[1]: Invalid value", version="1.36")

    # ------------------------------------------------------------------- ObjectMeta
    src = "TestValidateObjectMeta; ValidateObjectMetaAccessor (apimachinery)"
    bad("meta-label-prefix-too-long", src,
        pod(meta={"name": "web", "labels": {"a" * 254 + "/b": "x"}}),
        "metadata.labels: Invalid value")
    bad("meta-label-name-too-long", src,
        pod(meta={"name": "web", "labels": {"example.com/" + "b" * 64: "x"}}),
        "metadata.labels: Invalid value")
    bad("meta-annotation-key-two-slashes", src,
        pod(meta={"name": "web", "annotations": {"a/b/c": "x"}}),
        "metadata.annotations: Invalid value")
    # ValidateAnnotations lower-cases a key before checking it.
    good("meta-annotation-key-upper-case", src,
         pod(meta={"name": "web", "annotations": {"Example.COM/Owner": "team-a"}}))
    # rest.BeforeCreate cuts the prefix to 58 characters before it adds five random ones: only
    # generateName itself is too long.
    bad("meta-generate-name-too-long", src, pod(meta={"generateName": "a" * 254}),
        "metadata.generateName: Invalid value")
    bad("meta-owner-event", src + "; ValidateOwnerReferences (BannedOwners)",
        pod(meta={"name": "web", "ownerReferences": [
            {"apiVersion": "v1", "kind": "Event", "name": "e", "uid": "6b1e7a3c"}]}),
        "metadata.ownerReferences: Invalid value")

    # ------------------------------------------------------ Priority admission (on create)
    # plugin/pkg/admission/priority/admission.go admitPod: without a class the pod gets
    # priority 0 and PreemptLowerPriority (no global default class on a default cluster); a
    # hand-set priority or preemptionPolicy that differs is Forbidden. Templates are not admitted.
    src = "Priority admission plugin (admitPod)"
    bad("priority-admission-preemption-never", src, pod(preemptionPolicy="Never"),
        "spec.preemptionPolicy: Forbidden")
    # Admission runs before the registry validates (apiserver handlers/create.go): its refusal
    # is the whole answer, so the bad host alias below is never reported.
    bad("priority-admission-alone", src,
        pod(priority=5, hostAliases=[{"ip": "10.0.0", "hostnames": ["db"]}]),
        "spec.priority: Forbidden")
    good("priority-admission-preemption-lower", src,
         pod(priority=0, preemptionPolicy="PreemptLowerPriority"))
    bad("priority-admission-system-class", src,
        pod(priorityClassName="system-node-critical", priority=5, preemptionPolicy="Never"),
        "spec.priority: Forbidden")
    good("priority-admission-system-class", src,
         pod(priorityClassName="system-cluster-critical", priority=2000000000,
             preemptionPolicy="PreemptLowerPriority"))
    # A class of the cluster: its value and policy are not known offline.
    good("priority-admission-custom-class", src,
         pod(priorityClassName="batch-low", priority=100, preemptionPolicy="Never"))
    good("priority-admission-template", src + " (not run for templates)",
         deployment({"preemptionPolicy": "Never", "containers": [c()]}))
