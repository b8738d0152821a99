"""Cases of the gateov audit (issue 10): feature gates turned against their defaults, imported by
_generate.py, which writes them.

The gates are those the table lacked until this audit, so that turning them off changed nothing:
AppArmor, AppArmorFields, PodSchedulingReadiness, MinDomainsInPodTopologySpread,
ProbeTerminationGracePeriod and PodDeletionCost. Stages: pkg/features/kube_features.go as
vendored in ceph/ceph-csi (v1.27.4 to v1.31.0) and openshift-kni/scheduler-plugins (v1.32.5,
v1.33.3, v1.35.7). What the server does with each gate off: pkg/api/pod/util.go
dropDisabledFields (a 1.28/1.29-cycle copy: schedulingGates, minDomains, the AppArmor
annotations; a 1.21-era one and the 1.27 gate list for the probe drop, gone with the gate's GA in
1.28) and GetValidationOptionsFromPodSpecAndMeta (AllowInvalidPodDeletionCost), and v1.30.0's
validation.go validateAppArmorAnnotationsAndFieldsMatchOnCreate, which returns at once while
AppArmorFields is off. Expected errors ("# expect: <path>: <type>", in the server's order) are
written by hand from those sources, never copied from the validator's output. File names start
with "gateov-" (refused) or "valid-gateov-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("gateov")

    # ------------------------------------------------ PodSchedulingReadiness (beta, on, 1.27-1.29)
    # Off, schedulingGates go before validation ("unless already used": a create never is), so
    # an invalid gate name is never seen.
    ok("scheduling-gates-gate-off-1-27", "dropDisabledFields (schedulingGates, gate off)",
       pod(schedulingGates=[{"name": "bad gate"}]), version="1.27",
       gates=["PodSchedulingReadiness=false"], warn=["spec.schedulingGates"])
    bad("scheduling-gates-gate-on-1-29", "validateSchedulingGates (gate on by default)",
        pod(schedulingGates=[{"name": "bad gate"}]), "spec.schedulingGates[0]: Invalid value",
        version="1.29")

    # ------------------------------------------------ MinDomainsInPodTopologySpread (1.27-1.29)
    spread = [{"maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone",
               "whenUnsatisfiable": "ScheduleAnyway", "minDomains": 0,
               "labelSelector": {"matchLabels": {"app": "web"}}}]
    ok("min-domains-gate-off-1-29", "dropDisabledTopologySpreadConstraintsFields (gate off)",
       pod(topologySpreadConstraints=spread), version="1.29",
       gates=["MinDomainsInPodTopologySpread=false"],
       warn=["spec.topologySpreadConstraints[0].minDomains"])

    # ------------------------------------------------ ProbeTerminationGracePeriod (beta, on, 1.27)
    # Off, liveness and startup probes lose terminationGracePeriodSeconds; readiness probes keep
    # it, and validateContainers still refuses it there.
    probe = {"exec": {"command": ["true"]}}
    ok_probe = c(livenessProbe=dict(probe, terminationGracePeriodSeconds=0),
                 readinessProbe=dict(probe, terminationGracePeriodSeconds=5))
    bad("probe-grace-gate-off-1-27", "dropDisabledFields (probe grace periods, gate off)",
        pod([ok_probe]), "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value",
        version="1.27", gates=["ProbeTerminationGracePeriod=false"],
        warn=["spec.containers[0].livenessProbe.terminationGracePeriodSeconds"])

    # ------------------------------------------------ AppArmor (beta, on, 1.27-1.30)
    # Off, the container annotations are deleted, so an invalid profile name passes.
    ok("apparmor-annotation-gate-off-1-29", "dropDisabledFields (AppArmor annotations, gate off)",
       pod(meta={"name": "web", "annotations": {
           "container.apparmor.security.beta.kubernetes.io/app": "bogus"}}),
       version="1.29", gates=["AppArmor=false"],
       warn=["metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]"])
    bad("apparmor-annotation-gate-on-1-29", "ValidateAppArmorPodAnnotations",
        pod(meta={"name": "web", "annotations": {
            "container.apparmor.security.beta.kubernetes.io/app": "bogus"}}),
        "metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]: Invalid value",
        version="1.29")

    # ------------------------------------------------ AppArmorFields (beta, on, 1.30)
    # Off, appArmorProfile goes from pod and containers, the annotations stay (and are
    # validated), and nothing holds one against the other.
    ann = {"container.apparmor.security.beta.kubernetes.io/app": "bogus"}
    bad("apparmor-fields-gate-off-1-30", "dropDisabledFields (appArmorProfile, AppArmorFields off)",
        pod([c(securityContext={"appArmorProfile": {"type": "Localhost"}})],
            meta={"name": "web", "annotations": ann}),
        "metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]: Invalid value",
        version="1.30", gates=["AppArmorFields=false"],
        warn=["spec.containers[0].securityContext.appArmorProfile"])
    deploy = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
              "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {
                  "metadata": {"labels": {"app": "web"}, "annotations": {
                      "container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}},
                  "spec": {"containers": [c(securityContext={
                      "appArmorProfile": {"type": "Unconfined"}})]}}}}
    ok("apparmor-fields-template-gate-off-1-30",
       "validateAppArmorAnnotationsAndFieldsMatchOnCreate (v1.30.0: nil while AppArmorFields is off)",
       deploy, version="1.30", gates=["AppArmorFields=false"],
       warn=["spec.template.spec.containers[0].securityContext.appArmorProfile"])
    bad("apparmor-fields-template-gate-on-1-30",
        "validateAppArmorAnnotationsAndFieldsMatchOnCreate (AppArmorFields on)", deploy,
        "spec.template.spec.containers[0].securityContext.appArmorProfile.type: Forbidden",
        version="1.30")

    # ------------------------------------------------ PodDeletionCost (beta, on, 1.22 on)
    cost = {"name": "web", "annotations": {"controller.kubernetes.io/pod-deletion-cost": "high"}}
    ok("deletion-cost-gate-off-1-33",
       "GetValidationOptionsFromPodSpecAndMeta (AllowInvalidPodDeletionCost: gate off)",
       pod(meta=cost), version="1.33", gates=["PodDeletionCost=false"])
    bad("deletion-cost-gate-on-1-33", "ValidatePodSpecificAnnotations (deletion cost)",
        pod(meta=cost),
        "metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value",
        version="1.33")

    # ------------------------------------------------ the drops come before the Pod checks
    # PrepareForCreate drops the gates, so ValidatePodCreate's "no nodeName while gated" check
    # (v1.27.4 validation.go) sees none.
    gated_on_node = pod(nodeName="node-1", schedulingGates=[{"name": "example.com/wait"}])
    ok("node-name-scheduling-gates-gate-off-1-27",
       "dropDisabledFields, then ValidatePodCreate (no gates left)", gated_on_node,
       version="1.27", gates=["PodSchedulingReadiness=false"], warn=["spec.schedulingGates"])
    bad("node-name-scheduling-gates-1-27", "ValidatePodCreate (v1.27.4: nodeName with gates)",
        gated_on_node, "spec.nodeName: Forbidden", version="1.27")
    # Startup probes lose the grace period too (liveness and startup, not readiness).
    ok("startup-probe-grace-gate-off-1-27", "dropDisabledFields (startup probe grace period)",
       pod([c(startupProbe={"exec": {"command": ["true"]}, "terminationGracePeriodSeconds": -3})]),
       version="1.27", gates=["ProbeTerminationGracePeriod=false"],
       warn=["spec.containers[0].startupProbe.terminationGracePeriodSeconds"])
    # Template annotations are dropped and validated as a Pod's (DropDisabledTemplateFields,
    # ValidatePodTemplateSpec's ValidatePodSpecificAnnotations with the template's options).
    template = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {
                    "metadata": {"labels": {"app": "web"}, "annotations": {
                        "container.apparmor.security.beta.kubernetes.io/app": "bogus",
                        "controller.kubernetes.io/pod-deletion-cost": "high"}},
                    "spec": {"containers": [c()]}}}}
    ok("template-annotations-gates-off-1-29",
       "DropDisabledTemplateFields (AppArmor off), GetValidationOptionsFromPodTemplate "
       "(PodDeletionCost off)", template, version="1.29",
       gates=["AppArmor=false", "PodDeletionCost=false"],
       warn=["spec.template.annotations[container.apparmor.security.beta.kubernetes.io/app]"])
    bad("template-annotations-1-29", "ValidatePodSpecificAnnotations (template)", template,
        "spec.template.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value",
        "spec.template.annotations[container.apparmor.security.beta.kubernetes.io/app]: Invalid value",
        version="1.29")
