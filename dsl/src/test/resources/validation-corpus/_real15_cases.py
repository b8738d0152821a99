"""Cases from the second sweep over real-world manifests (imported by _generate.py).

Task real15 ran `podwright validate` at 1.27, 1.31, 1.33, 1.35 and 1.37 over the plain
manifests of more public projects and triaged every refusal against upstream
kubernetes/kubernetes. Each case reproduces a pattern one of those projects showed (its
"# source:" names the project and file, and the upstream rules it follows); the manifests are
written for the corpus, not copied. The expected errors are written by hand from upstream
validation.go and pkg/api/pod/util.go, never copied from the validator's output. File names
start with "real15-" (refused) or "valid-real15-" (accepted).
"""


def add(case, pod, c):
    def bad(slug, source, manifest, *expect, **kw):
        case("real15-" + slug, source, manifest, *expect, **kw)

    # ------------------------------------------- ephemeral containers and ProcMountType
    # open-policy-agent/gatekeeper-library library/pod-security-policy/proc-mount/samples/
    # psp-proc-mount/disallowed_ephemeral.yaml: a Pod whose ephemeral container asks for an
    # Unmasked /proc. ValidatePodCreate refuses ephemeral containers on create (after the spec's
    # own errors). While ProcMountType is off (1.27 to 1.32) dropDisabledProcMountField visits
    # AllContainers, ephemeral ones included, and forces procMount to Default, so the server
    # gives no hostUsers error there; from 1.33 (beta, on) validateContainerCommon's
    # ValidateSecurityContext refuses Unmasked without hostUsers: false.
    src = ("open-policy-agent/gatekeeper-library library/pod-security-policy/proc-mount/samples/"
           "psp-proc-mount/disallowed_ephemeral.yaml")
    debug = [{"name": "debug", "image": "busybox:1.37",
              "securityContext": {"procMount": "Unmasked"}}]
    for v in ("1.27", "1.31"):
        bad("ephemeral-unmasked-gate-off-" + v.replace(".", "-"),
            src + "; dropDisabledProcMountField (AllContainers), ValidatePodCreate",
            pod(ephemeralContainers=debug),
            "spec.ephemeralContainers: Forbidden",
            version=v, warn=["spec.ephemeralContainers[0].securityContext.procMount: reset to Default"])
    bad("ephemeral-unmasked-1-33", src + "; ValidateSecurityContext (hostUsers), ValidatePodCreate",
        pod(ephemeralContainers=debug),
        "spec.ephemeralContainers[0].securityContext.procMount: Invalid value",
        "spec.ephemeralContainers: Forbidden",
        version="1.33")
    bad("ephemeral-unmasked-host-users-off-1-33",
        src + "; ValidateSecurityContext (hostUsers: false allows Unmasked), ValidatePodCreate",
        pod(ephemeralContainers=debug, hostUsers=False),
        "spec.ephemeralContainers: Forbidden",
        version="1.33")

    def ok(slug, source, manifest, **kw):
        case("valid-real15-" + slug, source, manifest, **kw)

    # ------------------------------------------------------- DaemonSet without a selector
    # projectcalico/calico pod2daemon/nodeagent/nodeagent.yaml: an apps/v1 DaemonSet with
    # template labels but no spec.selector (extensions/v1beta1 defaulted it; apps/v1 does not).
    # ValidateDaemonSetSpec has no Required check for the selector: LabelSelectorAsSelector(nil)
    # is labels.Nothing(), which matches no labels, so the one error is the template-labels
    # mismatch; the empty-selector check needs a non-nil selector.
    ds = {"apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": {"name": "nodeagent"},
          "spec": {"template": {"metadata": {"labels": {"app": "nodeagent", "version": "v1"}},
                                "spec": {"containers": [c("nodeagent", "nodeagent:1.0")]}}}}
    bad("daemonset-no-selector",
        "projectcalico/calico pod2daemon/nodeagent/nodeagent.yaml; ValidateDaemonSetSpec (nil selector)",
        ds, "spec.template.metadata.labels: Invalid value")

    # ------------------------------------------------------------ DRA claims in a Pod
    # NVIDIA/k8s-dra-driver-gpu demo/specs/selectors/pods.yaml and kubernetes-sigs/
    # dra-example-driver demo/examples: a pod claims a device through a ResourceClaimTemplate
    # and a container uses it by name. DynamicResourceAllocation is GA (on) from 1.34:
    # validatePodResourceClaim wants exactly one of resourceClaimName and
    # resourceClaimTemplateName, validateResourceClaimNames finds the container's claim. Up to
    # 1.33 the gate is off and dropDisabledDynamicResourceAllocationFields removes both lists.
    # The pre-1.31 form (resourceClaims[].source) is unknown from 1.31: the decoder drops it,
    # leaving a claim with neither name.
    nv = "NVIDIA/k8s-dra-driver-gpu demo/specs/selectors/pods.yaml"
    gpu_user = c("ctr", "ubuntu:24.04", command=["nvidia-smi", "-L"],
                 resources={"claims": [{"name": "gpu"}]})
    for v in ("1.34", "1.35", "1.37"):
        ok("dra-claim-template-" + v.replace(".", "-"),
           nv + "; validatePodResourceClaim, validateResourceClaimNames",
           pod([gpu_user], resourceClaims=[{"name": "gpu", "resourceClaimTemplateName": "single-gpu"}]),
           version=v)
    ok("dra-claim-template-gate-off-1-33",
       nv + "; dropDisabledDynamicResourceAllocationFields (DynamicResourceAllocation off)",
       pod([gpu_user], resourceClaims=[{"name": "gpu", "resourceClaimTemplateName": "single-gpu"}]),
       version="1.33", warn=["spec.containers[0].resources.claims: dropped",
                             "spec.resourceClaims: dropped"])
    bad("dra-claim-old-source-1-35",
        nv + " (an older revision's resourceClaims[].source); validatePodResourceClaim",
        pod([gpu_user], resourceClaims=[{"name": "gpu", "source": {"resourceClaimTemplateName": "single-gpu"}}]),
        "spec.resourceClaims[0]: Invalid value",
        version="1.35", warn=["spec.resourceClaims[0].source: unknown field in Kubernetes 1.35 (the field was removed after 1.30)"])
