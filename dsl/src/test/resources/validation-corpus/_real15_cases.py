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
            version=v, warn=["spec.ephemeralContainers[0].securityContext.procMount: dropped"])
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
