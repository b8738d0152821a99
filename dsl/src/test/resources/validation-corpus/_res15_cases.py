"""Resource cases of the res15 audit (issue 10), imported by _generate.py.

Container and pod-level resources, the pod's resourceClaims and the claims containers name, and
the PersistentVolumeClaim specs inside workloads (ephemeral volumes, StatefulSet
volumeClaimTemplates). Each case follows an upstream kubernetes/kubernetes validation_test.go
test function of pkg/apis/core/validation (named in "# source:"); the expected errors are written
by hand from validation.go and defaults.go, never copied from the validator's output. The copies
read are the vendored k8s.io/kubernetes trees of other projects' histories, one per release:
v1.27.4, v1.28.8, v1.29.4, v1.30.4, v1.31.2, v1.32.0, v1.32.6, v1.33.3, v1.34.1, v1.35.0 and
v1.36.3 of pkg/apis/core/validation/validation.go and pkg/apis/core/v1/defaults.go, and
k8s.io/component-helpers v0.32.1 to v0.36.1 (resource/helpers.go); for 1.37 the
kubernetes/kubernetes#140514 review thread. File names start with "res15-" (refused) or
"valid-res15-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("res15")

    # ------------------------------------------------ resource claims (validatePodResourceClaims)
    # DRA is GA and on from 1.34; the claims are dropped before validation while it is off.
    dra = "TestValidateDynamicResourceAllocation"
    by_name = {"name": "my-claim", "resourceClaimName": "shared-gpu"}
    by_template = {"name": "my-template", "resourceClaimTemplateName": "gpu-template"}

    def claims_pod(container_claims=None, pod_claims=None, init=None, **spec):
        cc = [c(resources={"claims": container_claims})] if container_claims is not None else [c()]
        return pod(cc, init=init, resourceClaims=pod_claims if pod_claims is not None else [by_name, by_template],
                   **spec)

    ok("claims-name-and-template", dra + "/successCases (claim by name and by template, a request named)",
       claims_pod([{"name": "my-claim"}, {"name": "my-template", "request": "gpu"}]), version="1.34")
    ok("claims-two-requests", dra + "/successCases (two requests of one claim)",
       claims_pod([{"name": "my-template", "request": "gpu-a"}, {"name": "my-template", "request": "gpu-b"}]),
       version="1.35")
    ok("claims-init-and-sidecar", dra + "/successCases (init container and sidecar name pod claims)",
       claims_pod([{"name": "my-claim"}],
                  init=[c("prep", resources={"claims": [{"name": "my-template"}]}),
                        c("proxy", "envoy:1.31", restartPolicy="Always", resources={"claims": [{"name": "my-claim"}]})]),
       version="1.36")
    bad("claims-pod-claim-name-with-path", dra + "/failureCases (pod claim name with path)",
        claims_pod(pod_claims=[{"name": "../my-claim", "resourceClaimName": "shared-gpu"}]),
        "spec.resourceClaims[0].name: Invalid value", version="1.34")
    bad("claims-pod-claim-name-empty", dra + "/failureCases (pod claim name empty)",
        claims_pod(pod_claims=[{"name": "", "resourceClaimName": "shared-gpu"}]),
        "spec.resourceClaims[0].name: Required value", version="1.34")
    bad("claims-pod-claim-duplicate", dra + "/failureCases (duplicate pod claim entries)",
        claims_pod(pod_claims=[by_name, by_name]),
        "spec.resourceClaims[1].name: Duplicate value", version="1.34")
    bad("claims-source-empty", dra + "/failureCases (resource claim source empty)",
        claims_pod(pod_claims=[{"name": "my-claim"}]),
        "spec.resourceClaims[0]: Invalid value", version="1.34")
    bad("claims-source-both", dra + "/failureCases (resource claim reference and template)",
        claims_pod(pod_claims=[{"name": "my-claim", "resourceClaimName": "a", "resourceClaimTemplateName": "b"}]),
        "spec.resourceClaims[0]: Invalid value", version="1.34")
    bad("claims-bad-template-name", dra + "/failureCases (invalid claim template name)",
        claims_pod(pod_claims=[{"name": "my-template", "resourceClaimTemplateName": "gpu/template"}]),
        "spec.resourceClaims[0].resourceClaimTemplateName: Invalid value", version="1.34")
    bad("claims-bad-claim-name", dra + "/failureCases (invalid claim reference name)",
        claims_pod(pod_claims=[{"name": "my-claim", "resourceClaimName": "Shared_GPU"}]),
        "spec.resourceClaims[0].resourceClaimName: Invalid value", version="1.34")
    bad("claims-not-found", dra + "/failureCases (claim not found)",
        claims_pod([{"name": "no-such-claim"}]),
        "spec.containers[0].resources.claims[0]: Not found", version="1.34")
    bad("claims-not-found-no-pod-claims", dra + "/failureCases (claim not found, pod has no claims)",
        pod([c(resources={"claims": [{"name": "my-claim"}]})]),
        "spec.containers[0].resources.claims[0]: Not found", version="1.34")
    bad("claims-empty", dra + "/failureCases (claim empty)",
        claims_pod([{"name": ""}]),
        "spec.containers[0].resources.claims[0]: Required value", version="1.34")
    bad("claims-duplicate", dra + "/failureCases (duplicate claim reference)",
        claims_pod([{"name": "my-claim"}, {"name": "my-claim"}]),
        "spec.containers[0].resources.claims[1]: Duplicate value", version="1.34")
    bad("claims-duplicate-request", dra + "/failureCases (duplicate claim reference with request)",
        claims_pod([{"name": "my-template", "request": "gpu"}, {"name": "my-template", "request": "gpu"}]),
        "spec.containers[0].resources.claims[1]: Duplicate value", version="1.34")
    bad("claims-whole-after-request", dra + "/failureCases (claim reference after one of its requests)",
        claims_pod([{"name": "my-template", "request": "gpu"}, {"name": "my-template"}]),
        "spec.containers[0].resources.claims[1]: Duplicate value", version="1.34")
    bad("claims-request-after-whole", dra + "/failureCases (request of a claim already referenced whole)",
        claims_pod([{"name": "my-template"}, {"name": "my-template", "request": "gpu"}]),
        "spec.containers[0].resources.claims[1]: Duplicate value", version="1.34")
    bad("claims-bad-request-name", dra + "/failureCases (invalid request name)",
        claims_pod([{"name": "my-template", "request": "GPU_0"}]),
        "spec.containers[0].resources.claims[0].request: Invalid value", version="1.34")
    bad("claims-init-not-found", dra + "/failureCases (init container claim not found)",
        claims_pod(init=[c("prep", resources={"claims": [{"name": "other"}]})]),
        "spec.initContainers[0].resources.claims[0]: Not found", version="1.34")
    bad("claims-sidecar-duplicate", dra + "/failureCases (sidecar names a claim twice)",
        claims_pod(init=[c("proxy", "envoy:1.31", restartPolicy="Always",
                           resources={"claims": [{"name": "my-claim"}, {"name": "my-claim"}]})]),
        "spec.initContainers[0].resources.claims[1]: Duplicate value", version="1.34")
    bad("claims-source-empty-in-deployment", dra + "/failureCases (resource claim source empty, in a template)",
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
         "spec": {"selector": {"matchLabels": {"app": "web"}},
                  "template": {"metadata": {"labels": {"app": "web"}},
                               "spec": {"containers": [c(resources={"claims": [{"name": "gpu"}]})],
                                        "resourceClaims": [{"name": "gpu"}]}}}},
        "spec.template.spec.resourceClaims[0]: Invalid value", version="1.34")
    # Mirror (static) pods: one Forbidden at the empty path ("[]", as field.NewPath("") prints) per claim, and no other check of that
    # claim (kubernetes/kubernetes#131844; in v1.32.6 and v1.33.2 by cherry-pick, not in v1.32.0).
    mirror = {"name": "kube-gpu-node-1", "annotations": {"kubernetes.io/config.mirror": "0f3c9a"}}
    bad("claims-mirror-pod", "TestValidatePodCreate (static pods do not support resource claims)",
        pod([c(resources={"claims": [{"name": "my-claim"}]})], meta=mirror, nodeName="node-1",
            resourceClaims=[by_name, {"name": "Bad_Name"}]),
        "[]: Forbidden", version="1.34")  # two identical errors, one once aggregated
    bad("claims-mirror-pod-1-32", "TestValidatePodCreate (static pods do not support resource claims, 1.32.6 on)",
        pod([c()], meta=mirror, nodeName="node-1", resourceClaims=[by_template]),
        "[]: Forbidden", version="1.32", gates=["DynamicResourceAllocation=true"])
    ok("claims-mirror-pod-1-31", "TestValidatePodCreate (1.31: static pods may still name claims)",
       pod([c()], meta=mirror, nodeName="node-1", resourceClaims=[by_template]),
       version="1.31", gates=["DynamicResourceAllocation=true"])
    ok("claims-mirror-annotation-in-template", "TestValidatePodTemplateSpec (no pod metadata: the static-pod rule is for pods)",
       {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}, "annotations": {"kubernetes.io/config.mirror": "x"}},
                              "spec": {"nodeName": "node-1", "containers": [c()], "resourceClaims": [by_template]}}}},
       version="1.34")
    # 1.27 to 1.30: a claim from a template must leave "<pod name>-<claim name>" a valid
    # ResourceClaim name; the check went away in 1.31, with `source` (the vendored v1.30.3 and
    # v1.31.0 copies in ceph/ceph-csi; vdiff20a has the 1.30 side). A 253-character pod name
    # (dotted, so a valid subdomain) makes the generated name too long.
    long_name = ".".join(["a" * 62] * 4)  # 251 characters
    old_claim = [{"name": "gpu", "source": {"resourceClaimTemplateName": "gpu-template"}}]
    bad("claims-final-name-too-long-1-28", dra + " (1.28: final ResourceClaim name too long)",
        pod([c()], meta={"name": long_name}, resourceClaims=old_claim),
        "spec.resourceClaims[0].name: Invalid value", version="1.28", gates=["DynamicResourceAllocation=true"])
    ok("claims-final-name-1-28", dra + " (1.28: final ResourceClaim name of a short pod name)",
       pod([c()], meta={"name": "trainer"}, resourceClaims=old_claim),
       version="1.28", gates=["DynamicResourceAllocation=true"])
    ok("claims-final-name-not-checked-1-31", dra + " (1.31: the final name is no longer checked)",
       pod([c()], meta={"name": long_name},
           resourceClaims=[{"name": "gpu", "resourceClaimTemplateName": "gpu-template"}]),
       version="1.31", gates=["DynamicResourceAllocation=true"],
       warn=["metadata.name"])  # GetWarningsForPod: the name is not a DNS label

    # ----------------------------------------------- pod-level resources (validatePodResources)
    pl = ["PodLevelResources=true"]
    hugepages = pod([c(resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}})],
                    resources={"limits": {"hugepages-2Mi": "4Mi", "memory": "1Gi"}})
    # 1.32: pod-level hugepages are not supported (component-helpers v0.32.1), and with no
    # pod-level hugepage request defaulted the 1.32 consistency check compares the containers'
    # hugepage requests with 0.
    bad("pod-hugepages-unsupported-1-32", "TestValidatePodResources (1.32: hugepages not a pod-level resource)",
        hugepages, "spec.resources.limits[hugepages-2Mi]: Unsupported value",
        "spec.resources.requests[hugepages-2Mi]: Invalid value", version="1.32", gates=pl)
    ok("pod-hugepages-1-33", "TestValidatePodResources (1.33: hugepages are a pod-level resource)",
       hugepages, version="1.33", gates=pl)
    # defaultHugePagePodLimits (1.33 on): a pod with pod-level requests gets the containers'
    # hugepage limit; defaultPodRequests then copies it into the requests.
    hp_default = pod([c(resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi", "cpu": "500m"}})],
                     resources={"requests": {"cpu": "1", "memory": "1Gi"}})
    ok("pod-hugepage-limit-defaulted-1-33", "TestValidatePodResourceConsistency (1.33: pod hugepage limit defaulted from the containers)",
       hp_default, version="1.33", gates=pl)
    ok("pod-hugepage-limit-defaulted-1-35", "TestValidatePodResourceConsistency (pod hugepage limit defaulted from the containers)",
       hp_default, version="1.35")
    # 1.34 on (kubernetes/kubernetes#131089): no hugepage limit default when the pod requests
    # that hugepage, so the pod-level request has no limit; 1.33 defaults the limit.
    hp_requested = pod([c(resources={"limits": {"hugepages-2Mi": "2Mi", "memory": "100Mi"}})],
                       resources={"requests": {"hugepages-2Mi": "2Mi", "memory": "1Gi"}})
    ok("pod-hugepage-request-1-33", "TestValidatePodResourceConsistency (1.33: hugepage limit defaulted next to a hugepage request)",
       hp_requested, version="1.33", gates=pl)
    bad("pod-hugepage-request-no-limit-1-34", "TestValidatePodResources (hugepage request without a pod-level limit)",
        hp_requested, "spec.resources.limits: Required value", version="1.34")
    bad("pod-unsupported-resource-1-36", "TestValidatePodResources (ephemeral-storage is no pod-level resource)",
        pod([c()], resources={"requests": {"ephemeral-storage": "1Gi", "cpu": "1"}}),
        "spec.resources.requests[ephemeral-storage]: Unsupported value", version="1.36")
    bad("pod-extended-resource-1-35", "TestValidatePodResources (extended resources are no pod-level resource)",
        pod([c()], resources={"limits": {"example.com/gpu": "1"}}),
        "spec.resources.limits[example.com/gpu]: Unsupported value", version="1.35")
    ok("pod-level-template-not-defaulted-1-34", "TestValidatePodTemplateSpec (templates get no pod-level defaults)",
       {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}},
                              "spec": {"containers": [c(resources={"requests": {"cpu": "2"}})],
                                       "resources": {"limits": {"cpu": "4"}}}}}}, version="1.34")
    # 1.37 (kubernetes/kubernetes#140514): the pod-level limit defaults to the larger of the
    # pod-level request and the containers' aggregate limit, so a request above that aggregate
    # stays valid.
    ok("pod-limit-defaulted-to-request-1-37", "TestValidatePodResourceConsistency (1.37: pod limit defaulted to max(request, aggregate limit))",
       pod([c(resources={"limits": {"cpu": "1"}})], resources={"requests": {"cpu": "2"}}), version="1.37")
    ok("pod-limit-defaulted-to-aggregate-1-37", "TestValidatePodResourceConsistency (1.37: pod limit defaulted to the aggregate limit)",
       pod([c(resources={"requests": {"cpu": "100m"}, "limits": {"cpu": "1"}}),
            c("side", resources={"requests": {"cpu": "100m"}, "limits": {"cpu": "1"}})],
           resources={"requests": {"cpu": "500m"}}), version="1.37")

    # ------------------------------------ PVC specs (ValidatePersistentVolumeClaimSpec), ephemeral
    def eph(**spec):
        d = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}
        d.update(spec)
        # No mount: an invalid volume is left out of the pod's volumes, so a mount of it would
        # add "volumeMounts[0].name: Not found" to every refused case.
        return pod([c()], volumes=[{"name": "scratch", "ephemeral": {"volumeClaimTemplate": {"spec": d}}}])

    spec_path = "spec.volumes[0].ephemeral.volumeClaimTemplate.spec"
    pvc = "TestValidatePersistentVolumeClaimSpec"
    bad("pvc-rwop-with-unknown-mode", pvc + " (ReadWriteOncePod next to an unknown mode: NotSupported only)",
        eph(accessModes=["ReadWriteOncePod", "ReadWriteSometimes"]), spec_path + ".accessModes: Unsupported value")
    bad("pvc-rwop-with-rwo", pvc + " (ReadWriteOncePod with another access mode)",
        eph(accessModes=["ReadWriteOnce", "ReadWriteOncePod"]), spec_path + ".accessModes: Forbidden")
    ok("pvc-rwop-alone", pvc + " (ReadWriteOncePod alone)", eph(accessModes=["ReadWriteOncePod"]))
    bad("pvc-storage-zero", pvc + " (storage request zero)",
        eph(resources={"requests": {"storage": "0"}}), spec_path + ".resources[storage]: Invalid value")
    bad("pvc-storage-negative", pvc + " (storage request negative)",
        eph(resources={"requests": {"storage": "-1Gi"}}), spec_path + ".resources[storage]: Invalid value")
    bad("pvc-storage-limit-only", pvc + " (storage limit without a request)",
        eph(resources={"limits": {"storage": "1Gi"}}), spec_path + ".resources[storage]: Required value")
    bad("pvc-bad-storage-class", pvc + " (storageClassName not a DNS subdomain)",
        eph(storageClassName="Fast_SSD"), spec_path + ".storageClassName: Invalid value")
    ok("pvc-empty-storage-class", pvc + " (empty storageClassName: no dynamic provisioning)",
       eph(storageClassName=""))
    bad("pvc-bad-volume-mode", pvc + " (volumeMode not Block or Filesystem)",
        eph(volumeMode="Raw"), spec_path + ".volumeMode: Unsupported value")
    ok("pvc-block-mode", pvc + " (volumeMode Block)", eph(volumeMode="Block"))
    # The API group of dataSource and dataSourceRef is checked as a DNS subdomain from 1.29.
    bad_group = {"apiGroup": "Snapshot_Storage", "kind": "VolumeSnapshot", "name": "nightly"}
    bad("pvc-data-source-bad-group-1-29", pvc + " (dataSource apiGroup not a DNS subdomain)",
        eph(dataSource=bad_group), spec_path + ".dataSource.apiGroup: Invalid value", version="1.29")
    ok("pvc-data-source-bad-group-1-28", pvc + " (1.28: the dataSource apiGroup is not checked)",
       eph(dataSource=bad_group), version="1.28")
    ok("pvc-data-source-ref-bad-group-1-27", pvc + " (1.27: the dataSourceRef apiGroup is not checked)",
       eph(dataSourceRef=bad_group), version="1.27")
    snap = {"apiGroup": "snapshot.storage.k8s.io", "kind": "VolumeSnapshot", "name": "nightly"}
    ok("pvc-data-source-and-ref-equal", pvc + " (dataSource and dataSourceRef the same)",
       eph(dataSource=snap, dataSourceRef=snap))
    bad("pvc-data-source-and-ref-differ", pvc + " (dataSource does not match dataSourceRef)",
        eph(dataSource=snap, dataSourceRef=dict(snap, name="weekly")), spec_path + ": Invalid value")
    bad("pvc-data-source-with-namespaced-ref", pvc + " (dataSource next to a dataSourceRef with a namespace)",
        eph(dataSource=snap, dataSourceRef=dict(snap, namespace="backups")), spec_path + ": Invalid value")
    bad("pvc-data-source-ref-empty", pvc + " (dataSourceRef without name and kind)",
        eph(dataSourceRef={"apiGroup": ""}), spec_path + ".dataSourceRef.name: Required value",
        spec_path + ".dataSourceRef.kind: Required value", spec_path + ".dataSourceRef: Invalid value")
    ok("pvc-data-source-claim", pvc + " (clone of another claim: core group, kind PersistentVolumeClaim)",
       eph(dataSource={"kind": "PersistentVolumeClaim", "name": "golden"}))
    ok("pvc-vac-not-checked-1-33", pvc + " (VolumeAttributesClass beta and off: the name is not checked)",
       eph(volumeAttributesClassName="Gold_Class"), version="1.33")
    bad("pvc-vac-checked-1-33-gate", pvc + " (VolumeAttributesClass turned on: the name is checked)",
        eph(volumeAttributesClassName="Gold_Class"), spec_path + ".volumeAttributesClassName: Invalid value",
        version="1.33", gates=["VolumeAttributesClass=true"])
    bad("pvc-errors-in-order", pvc + " (errors in upstream's order)",
        eph(accessModes=[], selector={"matchLabels": {"tier": "a b"}}, resources={},
            storageClassName="Fast_SSD", volumeMode="Raw"),
        spec_path + ".accessModes: Required value", spec_path + ".selector.matchLabels: Invalid value",
        spec_path + ".resources[storage]: Required value", spec_path + ".storageClassName: Invalid value",
        spec_path + ".volumeMode: Unsupported value")

    # ------------------------------------------------- StatefulSet volumeClaimTemplates (1.34 on)
    def sts(claims):
        return {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
                "spec": {"serviceName": "db", "selector": {"matchLabels": {"app": "db"}},
                         "template": {"metadata": {"labels": {"app": "db"}},
                                      "spec": {"containers": [c("db", "postgres:16",
                                                                volumeMounts=[{"name": "data", "mountPath": "/var/lib/postgresql"}])]}},
                         "volumeClaimTemplates": claims}}

    def tmpl(**spec):
        d = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}}
        d.update(spec)
        return [{"metadata": {"name": "data"}, "spec": d}]

    sts_path = "spec.volumeClaimTemplates[0].spec"
    bad("sts-claim-storage-zero-1-34", "TestValidateStatefulSet/errorCases (claim template with a zero storage request)",
        sts(tmpl(resources={"requests": {"storage": "0"}})), sts_path + ".resources[storage]: Invalid value",
        version="1.34")
    bad("sts-claim-rwop-with-unknown-1-35", "TestValidateStatefulSet/errorCases (claim template: ReadWriteOncePod and an unknown mode)",
        sts(tmpl(accessModes=["ReadWriteOncePod", "ReadWriteSometimes"])), sts_path + ".accessModes: Unsupported value",
        version="1.35")
    bad("sts-claim-ref-mismatch-1-36", "TestValidateStatefulSet/errorCases (claim template: dataSource does not match dataSourceRef)",
        sts(tmpl(dataSource=snap, dataSourceRef=dict(snap, kind="Other"))), sts_path + ": Invalid value",
        version="1.36")
    bad("sts-claim-second-template-1-34", "TestValidateStatefulSet/errorCases (second claim template without accessModes)",
        sts(tmpl() + [{"metadata": {"name": "logs"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}]),
        "spec.volumeClaimTemplates[1].spec.accessModes: Required value", version="1.34")
    ok("sts-claim-storage-zero-1-33", "TestValidateStatefulSet/successCases (1.33 does not check claim templates)",
       sts(tmpl(resources={"requests": {"storage": "0"}})), version="1.33")
    ok("sts-claim-full-1-37", "TestValidateStatefulSet/successCases (claim template with class, mode, selector and source)",
       sts(tmpl(storageClassName="fast-ssd", volumeMode="Filesystem", selector={"matchLabels": {"tier": "db"}},
                dataSourceRef=snap, volumeAttributesClassName="gold")), version="1.37")

    # --------------------------------------- container resource names (validateResourceName)
    rr = "TestValidateResourceRequirements"

    def limit_and_request(name, n):
        """n Invalid errors on the limit, then n on the request a Pod defaults from it."""
        return (["spec.containers[0].resources.limits[%s]: Invalid value" % name] * n
                + ["spec.containers[0].resources.requests[%s]: Invalid value" % name] * n)

    # "storage" is a standard resource name (quota), just not a container one: one error.
    bad("container-storage-resource", rr + " (storage is standard, not a container resource)",
        pod([c(resources={"limits": {"storage": "1Gi"}})]),
        "spec.containers[0].resources.limits[storage]: Invalid value",
        "spec.containers[0].resources.requests[storage]: Invalid value")  # requests default to limits
    # "limits.hugepages-*" is not standard (only hugepages-* and requests.hugepages-* are).
    bad("container-limits-hugepages-name", rr + " (limits.hugepages-2Mi is neither standard nor qualified)",
        pod([c(resources={"limits": {"limits.hugepages-2Mi": "2Mi", "memory": "1Gi"}})]),
        *limit_and_request("limits.hugepages-2Mi", 2))
    # Quota counts are integer resources: a fraction is refused as for extended resources.
    bad("container-pods-fraction", rr + " (pods: a standard, integer resource, not a container one)",
        pod([c(resources={"limits": {"pods": "1500m"}})]),
        *limit_and_request("pods", 2))
    bad("container-extended-fraction", rr + " (extended resource must be an integer)",
        pod([c(resources={"limits": {"example.com/gpu": "500m"}})]),
        "spec.containers[0].resources.limits[example.com/gpu]: Invalid value",
        "spec.containers[0].resources.requests[example.com/gpu]: Invalid value")
    ok("container-extended-request-equals-limit", rr + " (extended resource request equal to its limit)",
       pod([c(resources={"requests": {"example.com/gpu": "2"}, "limits": {"example.com/gpu": "2"}})]))
    bad("container-extended-request-below-limit", rr + " (extended resource request below its limit)",
        pod([c(resources={"requests": {"example.com/gpu": "1"}, "limits": {"example.com/gpu": "2"}})]),
        "spec.containers[0].resources.requests: Invalid value")
    bad("container-extended-request-only", rr + " (extended resource request without a limit)",
        pod([c(resources={"requests": {"example.com/gpu": "1"}})]),
        "spec.containers[0].resources.limits: Required value")
    bad("container-hugepages-not-multiple", rr + " (hugepages not a multiple of the page size)",
        pod([c(resources={"limits": {"hugepages-2Mi": "3Mi", "memory": "1Gi"}})]),
        "spec.containers[0].resources.limits[hugepages-2Mi]: Invalid value",
        "spec.containers[0].resources.requests[hugepages-2Mi]: Invalid value")
    bad("container-hugepages-alone", rr + " (hugepages without cpu or memory)",
        pod([c(resources={"limits": {"hugepages-1Gi": "2Gi"}})]),
        "spec.containers[0].resources: Forbidden")
    bad("sidecar-hugepages-alone", rr + " (a sidecar's hugepages without cpu or memory)",
        pod(init=[c("proxy", "envoy:1.31", restartPolicy="Always", resources={"limits": {"hugepages-2Mi": "2Mi"}})]),
        "spec.initContainers[0].resources: Forbidden")

    # ------------------------------ pod-level consistency (validatePodResourceConsistency), 1.35
    prc = "TestValidatePodResourceConsistency"
    bad("pod-request-below-init-peak", prc + " (an init container's request above the pod's)",
        pod([c(resources={"requests": {"cpu": "500m"}})], init=[c("migrate", resources={"requests": {"cpu": "2"}})],
            resources={"requests": {"cpu": "1"}}),
        "spec.resources.requests[cpu]: Invalid value", version="1.35")
    # The init container runs next to the sidecar started before it: 600m + 300m = 900m.
    sidecar_then_init = [c("proxy", "envoy:1.31", restartPolicy="Always", resources={"requests": {"cpu": "300m"}}),
                         c("migrate", resources={"requests": {"cpu": "600m"}})]
    bad("pod-request-below-init-with-sidecar", prc + " (init container counted with the sidecars before it)",
        pod([c(resources={"requests": {"cpu": "500m"}})], init=sidecar_then_init,
            resources={"requests": {"cpu": "850m"}}),
        "spec.resources.requests[cpu]: Invalid value", version="1.35")
    ok("pod-request-covers-init-with-sidecar", prc + " (pod request covers init container plus sidecar)",
       pod([c(resources={"requests": {"cpu": "500m"}})], init=sidecar_then_init,
           resources={"requests": {"cpu": "900m"}}), version="1.35")
    # Only the regular containers' limits are compared with the pod's.
    ok("pod-limit-below-init-limit", prc + " (an init container's limit above the pod limit is not compared)",
       pod([c(resources={"limits": {"cpu": "500m"}})],
           init=[c("migrate", resources={"requests": {"cpu": "100m"}, "limits": {"cpu": "2"}})],
           resources={"limits": {"cpu": "1"}}), version="1.35")
    bad("pod-limit-below-container-limit", prc + " (a container's limit above the pod limit)",
        pod([c(resources={"requests": {"cpu": "100m"}, "limits": {"cpu": "2"}})], resources={"limits": {"cpu": "1"}}),
        "spec.resources.containers[0][cpu].limits: Invalid value", version="1.35")
    bad("pod-request-above-pod-limit", "TestValidatePodResources (pod request above the pod limit)",
        pod([c()], resources={"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}),
        "spec.resources.requests: Invalid value", version="1.35")
    ok("pod-level-dropped-1-33", "dropDisabledPodLevelResources (1.33: alpha and off, the field is dropped)",
       pod([c()], resources={"requests": {"ephemeral-storage": "1Gi"}}), version="1.33",
       warn=["spec.resources"])
