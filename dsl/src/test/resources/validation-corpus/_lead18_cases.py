"""Cases of the lead's own changes in the 18th round (issue 10), imported by _generate.py.

The projected clusterTrustBundle and podCertificate sources in 1.37, where their gates are GA
and on (kubernetes/kubernetes#139437 "ClusterTrustBundles - GA", #139579 "Promote PodCertificate
feature to GA"), so dropDisabledPodFields keeps them and validateProjectionSources checks them
without any --feature-gates. The expected errors are written by hand from the 1.36-era
validateProjectionSources (AIAgentSandox/kubernetes 64149d12), never copied from the
validator's output. File names start with "lead18-" (refused) or "valid-lead18-" (accepted).
"""


def add(case, pod, c):
    def projected(*sources):
        return pod(volumes=[{"name": "certs", "projected": {"sources": list(sources)}}])

    src = "TestValidateProjectedVolumeSource"
    p0 = "spec.volumes[0].projected.sources[0]"
    cert = {"signerName": "example.com/serving", "keyType": "ECDSAP256",
            "credentialBundlePath": "bundle.pem"}

    case("valid-lead18-trust-bundle-1-37", src + " (clusterTrustBundle by signer and selector; GA in 1.37)",
         projected({"clusterTrustBundle": {"signerName": "example.com/ca",
                                           "labelSelector": {"matchLabels": {"tier": "prod"}},
                                           "path": "ca.pem"}}),
         version="1.37")
    case("valid-lead18-pod-certificate-1-37", src + " (podCertificate: signer, key type, path; GA in 1.37)",
         projected({"podCertificate": cert}), version="1.37")
    case("lead18-pod-certificate-empty-1-37", src + " (podCertificate: no signer, no key type, no path)",
         projected({"podCertificate": {}}),
         p0 + ".podCertificate.signerName: Required value", p0 + ".podCertificate.keyType: Unsupported value",
         p0 + ".podCertificate: Required value", version="1.37")
    case("lead18-trust-bundle-no-path-1-37", src + " (clusterTrustBundle: a name and no path)",
         projected({"clusterTrustBundle": {"name": "corp-roots"}}),
         p0 + ".clusterTrustBundle.path: Required value", version="1.37")

    # ------------------------------------------------ env fieldRef status.hostIPs (KEP-2681)
    # 1.27's ConvertDownwardAPIFieldLabel does not list status.hostIPs (the v1.27 conversion's
    # label switch ends at status.podIPs), so validateObjectFieldSelector refuses the path; 1.28
    # has it but PodHostIPs is alpha and off, so AllowHostIPsField is false (1.28-era
    # pkg/api/pod/util.go GetValidationOptionsFromPodSpecAndMeta) and validateDownwardAPIHostIPs
    # forbids it at fieldRef (its words as in a 1.30-era validation.go, where the check still
    # stands behind the option; no 1.28 copy was found); beta and on from 1.29.
    host_ips = [c(env=[{"name": "HOST_IPS", "valueFrom": {"fieldRef": {"fieldPath": "status.hostIPs"}}}])]
    ref = "spec.containers[0].env[0].valueFrom.fieldRef"
    case("lead18-env-host-ips-1-27", "TestValidateEnv (status.hostIPs before KEP-2681)", pod(host_ips),
         ref + ".fieldPath: Invalid value", version="1.27")
    case("lead18-env-host-ips-gate-off-1-28", "validateDownwardAPIHostIPs (PodHostIPs alpha and off)",
         pod(host_ips), ref + ": Forbidden", version="1.28")
    case("valid-lead18-env-host-ips-gate-on-1-28", "validateDownwardAPIHostIPs (PodHostIPs turned on)",
         pod(host_ips), version="1.28", gates=["PodHostIPs=true"])
    case("valid-lead18-env-host-ips-1-29", "TestValidateEnv/successCases (status.hostIPs, PodHostIPs beta)",
         pod(host_ips), version="1.29")
