"""Cases of task core17 (imported by _generate.py): the second core Pod audit (toleration
comparison operators, AppArmor annotation/field skew on create, 1.36/1.37 alpha fields,
resources, security contexts, OS rules).

Each case follows a case of upstream kubernetes/kubernetes
pkg/apis/core/validation/validation_test.go or a rule of validation.go (named in "# source:"),
turned into a manifest a user would send. The expected errors are written by hand from
validation.go (the stored copy at kubernetes/kubernetes 000f2605, 1.33-era; for 1.35 and later
the 1.36-era copy at AIAgentSandox/kubernetes 64149d12), pkg/api/pod/util.go and the gate
timeline of pkg/features/kube_features.go (AIAgentSandox/kubernetes db1f817b, 1.37-era), never
copied from the validator's output. File names start with "core17-" (refused) or
"valid-core17-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("core17")

    # ------------------------------------------------ ValidateTolerations: Lt and Gt
    # TaintTolerationComparisonOperators: alpha (off) from 1.35, no later entry. Off, Lt/Gt are
    # refused at operator with all four operators listed; on, the value must pass
    # content.IsDecimalInteger and strconv.ParseInt(value, 10, 64), each its own error at value.
    gate = ["TaintTolerationComparisonOperators=true"]

    def tol(op, value=None, key="example.com/gpu-count"):
        t = {"key": key, "operator": op, "effect": "NoSchedule"}
        if value is not None:
            t["value"] = value
        return t

    src = "TestValidateTolerations"
    ok("toleration-gt-gate-on", src + " (Gt and Lt with integer values, gate on)",
       pod(tolerations=[tol("Gt", "2"), tol("Lt", "-5"), tol("Lt", "0")]),
       version="1.35", gates=gate)
    ok("toleration-lt-gate-on-1-37", src + " (Lt with the largest int64, gate on in 1.37)",
       pod(tolerations=[tol("Lt", "9223372036854775807")]), version="1.37", gates=gate)
    bad("toleration-lt-1-37", src + " (Lt while TaintTolerationComparisonOperators is off)",
        pod(tolerations=[tol("Lt", "5")]), "spec.tolerations[0].operator: Unsupported value",
        version="1.37")
    bad("toleration-gt-1-34", src + " (Gt before the gate exists: only Equal and Exists)",
        pod(tolerations=[tol("Gt", "5")]), "spec.tolerations[0].operator: Unsupported value",
        version="1.34")
    bad("toleration-gt-leading-zero", src + " (Gt value 0100: not canonical, ParseInt reads it)",
        pod(tolerations=[tol("Gt", "0100")]), "spec.tolerations[0].value: Invalid value",
        version="1.35", gates=gate)
    bad("toleration-gt-plus", src + " (Gt value +5: not canonical, ParseInt reads it)",
        pod(tolerations=[tol("Gt", "+5")]), "spec.tolerations[0].value: Invalid value",
        version="1.36", gates=gate)
    bad("toleration-lt-not-number", src + " (Lt value abc: not canonical and not ParseInt's)",
        pod(tolerations=[tol("Lt", "abc")]), "spec.tolerations[0].value: Invalid value",
        "spec.tolerations[0].value: Invalid value", version="1.35", gates=gate)
    bad("toleration-lt-overflow", src + " (Lt value past int64: ParseInt out of range)",
        pod(tolerations=[tol("Lt", "9223372036854775808")]),
        "spec.tolerations[0].value: Invalid value", version="1.35", gates=gate)
    bad("toleration-gt-empty", src + " (Gt without a value: empty, then ParseInt syntax)",
        pod(tolerations=[tol("Gt")]), "spec.tolerations[0].value: Invalid value",
        "spec.tolerations[0].value: Invalid value", version="1.35", gates=gate)
    bad("toleration-gt-annotation", "ValidateTolerationsInPodAnnotations (same options as the "
        "spec: Gt in the deprecated annotation with the gate off)",
        pod(meta={"name": "web", "annotations": {
            "scheduler.alpha.kubernetes.io/tolerations":
                '[{"key":"gpus","operator":"Gt","value":"2"}]'}}),
        "metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: "
        "Unsupported value", version="1.36")

    # ------------------------------------------------ AppArmor: applyAppArmorVersionSkew on create
    # pkg/registry/core/pod/strategy.go PrepareForCreate (1.31-era kubernetes/kubernetes copy and
    # the 1.36-era one agree): for a container with the annotation and no field, an annotation
    # that converts to a valid field (podutil.ApparmorFieldForAnnotation, then
    # ValidateAppArmorProfileField) is copied into the container unless it equals the pod's
    # profile; one that does not convert stays, and validateAppArmorAnnotationsAndFieldsMatchOnCreate
    # holds it against the pod's profile. Both cases warn "deprecated since v1.30" at the
    # annotation, before validation (so refused Pods warn too); a copy equal to the pod's
    # profile does not. Windows pods are skipped.
    aa = "container.apparmor.security.beta.kubernetes.io/app"
    aa_warn = "metadata.annotations[" + aa + "]"

    def aa_pod(value, pod_profile=None, **spec):
        if pod_profile is not None:
            spec["securityContext"] = {"appArmorProfile": pod_profile}
        return pod(meta={"name": "web", "annotations": {aa: value}}, **spec)

    rd = {"type": "RuntimeDefault"}
    src = "applyAppArmorVersionSkew"
    ok("apparmor-annotation-only", src + " (annotation without any field: copied, deprecation "
       "warning)", aa_pod("runtime/default"), warn=[aa_warn])
    ok("apparmor-annotation-only-1-29", src + " (no AppArmor fields and no skew before 1.30)",
       aa_pod("runtime/default"), version="1.29")
    ok("apparmor-annotation-is-pod-profile", src + " (annotation converts to the pod's profile: "
       "nothing copied, no warning)", aa_pod("runtime/default", rd))
    ok("apparmor-annotation-not-pod-profile", src + " (annotation unconfined, pod RuntimeDefault: "
       "copied into the container, so it agrees; warning)", aa_pod("unconfined", rd),
       warn=[aa_warn])
    ok("apparmor-annotation-windows", src + " (Windows pods are skipped: no copy, no warning)",
       aa_pod("localhost/", None, os={"name": "windows"}))
    bad("apparmor-empty-localhost-vs-pod", src + " (localhost/ converts to no field, so the pod's "
        "RuntimeDefault is matched against it; TestValidateAppArmorAnnotationsAndFieldsMatchOnCreate)",
        aa_pod("localhost/", rd),
        "spec.containers[0].securityContext.appArmorProfile.type: Forbidden", warn=[aa_warn])
    bad("apparmor-padded-localhost-vs-pod", src + " (a padded local name fails "
        "ValidateAppArmorProfileField, is not copied and differs from the pod's local profile)",
        aa_pod("localhost/ k8s-nginx", {"type": "Localhost", "localhostProfile": "k8s-nginx"}),
        "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Forbidden",
        warn=[aa_warn])
    bad("apparmor-unknown-value-vs-pod", src + " (an unknown value: refused by "
        "ValidateAppArmorPodAnnotations, not copied, and held against the pod's profile)",
        aa_pod("enforce", rd),
        "metadata.annotations[" + aa + "]: Invalid value",
        "spec.containers[0].securityContext.appArmorProfile.type: Forbidden", warn=[aa_warn])
    bad("apparmor-annotation-vs-own-field", src + " (the container's own field is never "
        "overwritten: annotation and field must agree)",
        pod([c(securityContext={"appArmorProfile": {"type": "Unconfined"}})],
            meta={"name": "web", "annotations": {aa: "runtime/default"}}),
        "spec.containers[0].securityContext.appArmorProfile.type: Forbidden")

    # ------------------------------------------------ seLinuxChangePolicy: SELinuxMount GA in 1.37
    # kube_features.go (AIAgentSandox/kubernetes db1f817b, 1.37-era): SELinuxMount is GA and on
    # by default in 1.37 (not locked), so useOnlyRecursiveSELinuxChangePolicy is false and
    # validateSELinuxChangePolicy takes both policies; off again only with the gate turned off.
    ok("selinux-change-policy-mount-option-1-37", "validateSELinuxChangePolicy (SELinuxMount GA "
       "and on in 1.37: MountOption accepted)",
       pod(securityContext={"seLinuxChangePolicy": "MountOption"}), version="1.37")
    bad("selinux-change-policy-mount-option-gate-off-1-37", "validateSELinuxChangePolicy "
        "(SELinuxMount turned off in 1.37: Recursive only)",
        pod(securityContext={"seLinuxChangePolicy": "MountOption"}),
        "spec.securityContext.seLinuxChangePolicy: Unsupported value", version="1.37",
        gates=["SELinuxMount=false"])
