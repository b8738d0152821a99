"""Cases of the review19 code review (issue 10), imported by _generate.py.

status.hostIPs in the downward API on 1.27 and 1.28. validateDownwardAPIHostIPs compares the
field path alone and runs after validateObjectFieldSelector, in validateEnvVarValueFrom and in
validateDownwardAPIVolumeFile (a 1.30-era pkg/apis/core/validation/validation.go), so on 1.28,
PodHostIPs alpha and off, it forbids the path next to the selector's own errors: an apiVersion
that does not convert, or a path a volume file does not support. 1.27's
ConvertDownwardAPIFieldLabel does not know the path, in volume files too. Expected errors are
written by hand from that source. File names start with "review19-" (refused).
"""


def add(case, pod, c):
    env = [c(env=[{"name": "IPS", "valueFrom": {"fieldRef": {"apiVersion": "v2",
                                                            "fieldPath": "status.hostIPs"}}}])]
    ref = "spec.containers[0].env[0].valueFrom.fieldRef"
    case("review19-env-host-ips-bad-api-version-1-28",
         "validateEnvVarValueFrom (validateObjectFieldSelector, then validateDownwardAPIHostIPs)",
         pod(env), ref + ".fieldPath: Invalid value", ref + ": Forbidden", version="1.28")
    volume = {"volumes": [{"name": "info", "downwardAPI": {"items": [
        {"path": "ips", "fieldRef": {"fieldPath": "status.hostIPs"}}]}}]}
    file = "spec.volumes[0].downwardAPI.fieldRef"
    case("review19-volume-host-ips-1-27",
         "validateDownwardAPIVolumeFile (ConvertDownwardAPIFieldLabel before KEP-2681)",
         pod(**volume), file + ".fieldPath: Invalid value", version="1.27")
    case("review19-volume-host-ips-1-28",
         "validateDownwardAPIVolumeFile (validateObjectFieldSelector, then validateDownwardAPIHostIPs)",
         pod(**volume), file + ".fieldPath: Unsupported value", file + ": Forbidden", version="1.28")
    case("review19-volume-host-ips-1-29", "validateDownwardAPIVolumeFile (PodHostIPs beta and on)",
         pod(**volume), file + ".fieldPath: Unsupported value", version="1.29")
