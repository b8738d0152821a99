"""Cases of the drops15 audit (imported by _generate.py): what the server does before it
validates, and the warnings it sends once an object is valid.

1. Fields the target version does not have: the decoder drops them (with the unknown-field
   warning) before defaulting, so validation never sees them; until this audit they were still
   validated, and manifests old servers accept were refused.
2. dropDisabledFields (pkg/api/pod/util.go) for the gates of this range that were missing:
   MatchLabelKeysInPodAffinity (alpha, off in 1.29 and 1.30: matchLabelKeys and
   mismatchLabelKeys of pod affinity terms cleared) and RecursiveReadOnlyMounts (alpha, off in
   1.30: recursiveReadOnly cleared).
3. Defaults: in 1.27 SetDefaults_PodSpec copied containerPort to an unset hostPort under
   hostNetwork for every pod spec, templates included; from 1.28 only SetDefaults_Pod does
   (DefaultHostNetworkHostPortsInPodTemplates, deprecated and off).
4. GetWarningsForPod / GetWarningsForPodTemplate (pkg/api/pod/warnings.go) and the workload
   strategies' WarningsOnCreate, sent only for a valid object.

The expected errors and warnings are written by hand from upstream validation.go, util.go,
defaults.go and warnings.go (the copies each case names), never copied from the validator's
output. File names start with "drops15-" (refused) or "valid-drops15-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("drops15")

    def deploy(spec, labels=None):
        labels = labels or {"app": "web"}
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                "spec": {"selector": {"matchLabels": dict(labels)},
                         "template": {"metadata": {"labels": dict(labels)}, "spec": spec}}}

    # ------------------------------------------------ 1. fields the version does not have
    rro = pod([c(volumeMounts=[{"name": "data", "mountPath": "/data",
                                "recursiveReadOnly": "Enabled"}])],
              volumes=[{"name": "data", "emptyDir": {}}])
    rro_src = "TestValidateMountRecursiveReadOnly (Enabled without readOnly)"
    ok("rro-unknown-1-29", rro_src + "; a 1.29 decoder drops the unknown field", rro,
       version="1.29", warn=["spec.containers[0].volumeMounts[0].recursiveReadOnly"])
    ok("rro-gate-off-1-30", rro_src + "; dropDisabledFields (RecursiveReadOnlyMounts alpha, off)",
       rro, version="1.30", warn=["spec.containers[0].volumeMounts[0].recursiveReadOnly"])
    bad("rro-gate-on-1-30", rro_src + " (RecursiveReadOnlyMounts turned on)", rro,
        "spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden",
        version="1.30", gates=["RecursiveReadOnlyMounts=true"])
    bad("rro-1-31", rro_src + " (beta, on)", rro,
        "spec.containers[0].volumeMounts.recursiveReadOnly: Forbidden", version="1.31")

    apparmor = pod([c(securityContext={"appArmorProfile": {"type": "Localhost"}})])
    aa_src = "TestValidateAppArmorProfileFormat (Localhost without localhostProfile)"
    ok("apparmor-unknown-1-29", aa_src + "; a 1.29 decoder drops the unknown field", apparmor,
       version="1.29", warn=["spec.containers[0].securityContext.appArmorProfile"])
    bad("apparmor-1-30", aa_src, apparmor,
        "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value",
        version="1.30")

    keys_term = {"topologyKey": "kubernetes.io/hostname",
                 "labelSelector": {"matchLabels": {"app": "web"}},
                 "matchLabelKeys": ["Bad Key!"]}
    keys = deploy({"containers": [c()],
                   "affinity": {"podAntiAffinity": {
                       "requiredDuringSchedulingIgnoredDuringExecution": [keys_term]}}})
    keys_src = "TestValidatePodSpec/invalid matchLabelKeys in podAntiAffinity (a bad label key)"
    term = "spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]"
    ok("affinity-keys-unknown-1-28", keys_src + "; a 1.28 decoder drops the unknown field", keys,
       version="1.28", warn=[term + ".matchLabelKeys"])
    for v in ("1.29", "1.30"):
        ok("affinity-keys-gate-off-" + v.replace(".", "-"),
           keys_src + "; dropDisabledMatchLabelKeysFieldInPodAffinity (alpha, off)", keys,
           version=v, warn=[term + ".matchLabelKeys"])
    bad("affinity-keys-gate-on-1-30", keys_src + " (MatchLabelKeysInPodAffinity turned on)", keys,
        term + ".matchLabelKeys[0]: Invalid value",
        version="1.30", gates=["MatchLabelKeysInPodAffinity=true"])
    bad("affinity-keys-1-31", keys_src + " (beta, on)", keys,
        term + ".matchLabelKeys[0]: Invalid value", version="1.31")

    # A stop signal in 1.32 (the field is from 1.33): the decoder drops it and leaves the
    # lifecycle it was in, empty but set, which a plain init container may not have.
    stop_init = pod(init=[c("init", lifecycle={"stopSignal": "SIGTERM"})])
    bad("stop-signal-unknown-init-1-32",
        "TestValidateInitContainers (lifecycle on a plain init container); 1.32 decoder", stop_init,
        "spec.initContainers[0].lifecycle: Forbidden",
        version="1.32", warn=["spec.initContainers[0].lifecycle.stopSignal"])

    # ------------------------------------------------ 3. hostNetwork host ports in templates
    host_ports = deploy({"hostNetwork": True,
                         "containers": [c(ports=[{"containerPort": 8080}]),
                                        c("metrics", ports=[{"containerPort": 8080}])]})
    hp_src = "TestValidatePodSpec (AccumulateUniqueHostPorts after SetDefaults_PodSpec's host ports)"
    bad("template-host-ports-defaulted-1-27", hp_src + "; 1.27 defaults templates' hostPort",
        host_ports, "spec.template.spec.containers[1].ports[0].hostPort: Duplicate value",
        version="1.27")
    ok("template-host-ports-not-defaulted-1-28",
       hp_src + "; from 1.28 only SetDefaults_Pod defaults hostPort", host_ports, version="1.28")

    # ------------------------------------------------ 4. warnings of a valid object
    wsrc = "pkg/api/pod/warnings.go warningsForPodSpecAndMeta"
    ok("warn-deprecated-node-labels", wsrc + " (deprecated node labels: selector, affinity, spread)",
       pod(nodeSelector={"beta.kubernetes.io/os": "linux"},
           affinity={"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
               "nodeSelectorTerms": [{"matchExpressions": [
                   {"key": "failure-domain.beta.kubernetes.io/zone", "operator": "Exists"}]}]}}},
           topologySpreadConstraints=[{"maxSkew": 1, "topologyKey": "beta.kubernetes.io/instance-type",
                                       "whenUnsatisfiable": "DoNotSchedule",
                                       "labelSelector": {"matchLabels": {"app": "web"}}}]),
       warn=["spec.nodeSelector[beta.kubernetes.io/os]",
             "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key",
             "spec.topologySpreadConstraints[0].topologyKey"])
    ok("warn-null-label-selectors", wsrc + " (null labelSelector in spread and pod affinity)",
       deploy({"containers": [c()],
               "topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "kubernetes.io/hostname",
                                              "whenUnsatisfiable": "ScheduleAnyway"}],
               "affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
                   {"weight": 10, "podAffinityTerm": {"topologyKey": "kubernetes.io/hostname"}}]}}}),
       warn=["spec.template.spec.topologySpreadConstraints[0].labelSelector",
             "spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector"])
    ok("warn-deprecated-annotations", wsrc + " (critical-pod and pod seccomp annotations)",
       pod(meta={"name": "web", "annotations": {
           "scheduler.alpha.kubernetes.io/critical-pod": "",
           "seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}}),
       warn=["metadata.annotations[scheduler.alpha.kubernetes.io/critical-pod]",
             "metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]"])
    apparmor_tmpl = deploy({"containers": [c()]})
    apparmor_tmpl["spec"]["template"]["metadata"]["annotations"] = {
        "container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}
    ok("warn-apparmor-template-annotation-1-30",
       wsrc + " (template AppArmor annotation without the field, AppArmorFields on)", apparmor_tmpl,
       version="1.30",
       warn=["spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]"])
    ok("no-warn-apparmor-template-annotation-1-29", wsrc + " (no AppArmor fields before 1.30)",
       apparmor_tmpl, version="1.29")
    ok("warn-duplicates", wsrc + " (duplicate hostAliases IPs and imagePullSecrets)",
       pod(hostAliases=[{"ip": "10.0.0.1", "hostnames": ["a"]}, {"ip": "10.0.0.1", "hostnames": ["b"]}],
           imagePullSecrets=[{"name": "regcred"}, {"name": "regcred"}]),
       warn=["spec.hostAliases[1].ip", "spec.imagePullSecrets[1].name"])
    ok("warn-fractional-memory", wsrc + " (fractional byte value; a Pod's requests come from limits)",
       pod([c(resources={"limits": {"memory": "1.5"}})]),
       warn=["spec.containers[0].resources.limits[memory]",
             "spec.containers[0].resources.requests[memory]"])
    host_ip = pod([c(ports=[{"containerPort": 8080, "hostIP": "127.0.0.1"}])])
    ok("warn-host-ip-without-host-port-1-29", wsrc + " (hostIP set without hostPort)", host_ip,
       version="1.29", warn=["spec.containers[0].ports[0]"])
    ok("no-warn-host-ip-without-host-port-1-28", wsrc + " (no port warnings in a 1.28 copy)",
       host_ip, version="1.28")
    ok("warn-overlapping-items-1-33", wsrc + " warningsForOverlappingVirtualPaths (a/b inside a)",
       pod(volumes=[{"name": "cfg", "configMap": {"name": "settings", "items": [
           {"key": "x", "path": "conf"}, {"key": "y", "path": "conf/extra"}]}}]),
       version="1.33", warn=['volume "cfg" (ConfigMap "settings")'])
    ok("no-warn-overlapping-items-1-30", wsrc + " (no overlap check before 1.31)",
       pod(volumes=[{"name": "cfg", "configMap": {"name": "settings", "items": [
           {"key": "x", "path": "conf"}, {"key": "y", "path": "conf/extra"}]}}]),
       version="1.30")
    # Upstream keeps the previous source's paths for a source without its own (sourcePaths is
    # declared outside the loop), so a configMap without items after a token repeats the token.
    ok("warn-projected-stale-paths-1-33", wsrc + " warningsForOverlappingVirtualPaths (projected)",
       pod(volumes=[{"name": "creds", "projected": {"sources": [
           {"serviceAccountToken": {"path": "token"}}, {"configMap": {"name": "ca"}}]}}]),
       version="1.33", warn=['volume "creds" (Projected)'])
    token_dup = pod(volumes=[
        {"name": "token", "projected": {"sources": [{"serviceAccountToken": {"path": "token"}}]}},
        {"name": "cfg", "projected": {"sources": [
            {"configMap": {"name": "settings", "items": [{"key": "t", "path": "token"}]}}]}}])
    ok("warn-token-path-duplicate-1-30", wsrc + " (has duplicated path with ServiceAccountToken)",
       token_dup, version="1.30", warn=["spec.volumes[1].projected.sources.configMap[0]"])
    ok("no-warn-token-path-duplicate-1-33", wsrc + " (replaced by the per-volume overlap check)",
       token_dup, version="1.33")
    ok("no-warn-port-name-1-32", wsrc + " (duplicate port names warned from 1.33)",
       pod([c(ports=[{"name": "http", "containerPort": 8080}]),
            c("metrics", ports=[{"name": "http", "containerPort": 9090}])]), version="1.32")
    bad("no-warnings-when-invalid", wsrc + " (WarningsOnCreate runs only after validation passed)",
        pod([c(image="")], nodeSelector={"beta.kubernetes.io/os": "linux"}),
        "spec.containers[0].image: Required value")
    sts = {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": {"name": "db"},
           "spec": {"serviceName": "db", "revisionHistoryLimit": -1,
                    "selector": {"matchLabels": {"app": "db"}},
                    "template": {"metadata": {"labels": {"app": "db"}}, "spec": {"containers": [c()]}},
                    "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "resources": {"requests": {"storage": "1.5"}}}}]}}
    ok("warn-statefulset-1-33", "pkg/registry/apps/statefulset/strategy.go WarningsOnCreate "
       "(claim template storage; negative revisionHistoryLimit)", sts, version="1.33",
       warn=["spec.volumeClaimTemplates[0].resources.requests[storage]", "spec.revisionHistoryLimit"])
    ok("warn-indexed-job-large", "pkg/api/job/warnings.go WarningsForJobSpec",
       {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "big"},
        "spec": {"completionMode": "Indexed", "completions": 200000, "parallelism": 20000,
                 "template": {"spec": {"restartPolicy": "Never", "containers": [c()]}}}},
       version="1.33", warn=["spec"])
    ok("no-warn-path-prefix-not-parent-1-33",
       wsrc + " checkForOverlap (\"config\" is not inside \"conf\": the separator counts)",
       pod(volumes=[{"name": "cfg", "configMap": {"name": "settings", "items": [
           {"key": "x", "path": "conf"}, {"key": "y", "path": "config"}]}}]), version="1.33")
    ok("warn-trailing-slash-1-33", wsrc + " checkVolumeMappingForOverlap (trailing slashes cut)",
       pod(volumes=[{"name": "cfg", "secret": {"secretName": "tls", "items": [
           {"key": "x", "path": "certs/"}, {"key": "y", "path": "certs"}]}}]),
       version="1.33", warn=['volume "cfg" (Secret "tls")'])
    ok("warn-projected-across-sources-1-33", wsrc + " warningsForOverlappingVirtualPaths (projected)",
       pod(volumes=[{"name": "bundle", "projected": {"sources": [
           {"configMap": {"name": "ca", "items": [{"key": "x", "path": "certs"}]}},
           {"secret": {"name": "tls", "items": [{"key": "y", "path": "certs/tls.crt"}]}}]}}]),
       version="1.33", warn=['volume "bundle" (Projected)'])
