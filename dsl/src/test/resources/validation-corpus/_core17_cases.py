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


def add(case, pod, c):
    def bad(slug, source, manifest, *expect, **kw):
        case("core17-" + slug, source, manifest, *expect, **kw)

    def ok(slug, source, manifest, **kw):
        case("valid-core17-" + slug, source, manifest, **kw)

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
