"""Cases from the sixth sweep over real-world manifests (imported by _generate.py).

Task real20 ran `podwright validate` at 1.27, 1.30, 1.33, 1.35 and 1.37 over the plain YAML of
about 90 repositories not swept before (kube-prometheus, cert-manager, knative, tekton,
kubevirt, flux2, metallb, ingress-nginx, calico, argo workflows/rollouts, strimzi, loki,
gatekeeper, cluster-api, kustomize, kops, test-infra, percona and redis operators, the
"Kubernetes in Action" books, jenkinsci/kubernetes-plugin, ...) and triaged every refusal
against upstream kubernetes/kubernetes and apimachinery. Each case reproduces a pattern one of
those projects showed (its "# source:" names the project and file, and the upstream rules it
follows), accepted or, where the project's file is really wrong, refused. The manifests are
written for the corpus, not copied. The expected errors are written by hand from upstream
source, never copied from the validator's output. File names start with "real20-" (refused)
or "valid-real20-" (accepted).
"""


def add(pod, c, named):
    bad, ok = named("real20")

    # ------------------------------------------------ a null resource quantity
    # kubernetes/kops channels/src/operators/coredns.addons.x-k8s.io/resources.yaml writes
    # `limits: {cpu: null, memory: 100Mi}` (there a kustomize patch; completed here into a
    # Deployment). kubectl sends the null; the server's JSON decoder hands it to
    # resource.Quantity.UnmarshalJSON (apimachinery pkg/api/resource/quantity.go), which turns
    # "null" into the zero Quantity: a cpu limit of 0. SetDefaults_Container copies the limits
    # into the absent requests; ValidateResourceRequirements accepts 0 <= 0. Podwright's reader
    # refused the document as unreadable ("expected a quantity ..., found null").
    coredns = {"apiVersion": "apps/v1", "kind": "Deployment",
               "metadata": {"name": "controller-manager", "namespace": "kube-system"},
               "spec": {"selector": {"matchLabels": {"control-plane": "controller-manager"}},
                        "template": {
                            "metadata": {"labels": {"control-plane": "controller-manager"}},
                            "spec": {"containers": [c(
                                "manager", "registry.k8s.io/coredns/coredns-operator:0.0.1",
                                resources={"limits": {"cpu": None, "memory": "100Mi"},
                                           "requests": {"memory": "20Mi"}})]}}}}
    for v in ("1.27", "1.33", "1.37"):
        ok("null-cpu-limit-" + v.replace(".", "-"),
           "kubernetes/kops channels/src/operators/coredns.addons.x-k8s.io/resources.yaml; "
           "resource.Quantity.UnmarshalJSON (null is the zero Quantity), "
           "ValidateResourceRequirements",
           coredns, version=v)

    # ------------------------------------------------ ownerReferences without uid
    # open-policy-agent/gatekeeper test/gator/expand/fixtures/basic-expansion/output/output.yaml
    # (the Pod gator expands from a Deployment, with `uid: ""` in its owner reference) and
    # percona/percona-xtradb-cluster-operator e2e-tests/*/compare/*.yml (owner references with
    # only controller, kind and name). apimachinery validateOwnerReference: up to v0.36 the
    # errors are Invalid at metadata.ownerReferences.<field>, without the index
    # (ValidateOwnerReferences passes fldPath); from v0.37.0-beta.0 (commit 35f307f3) they are
    # Required at metadata.ownerReferences[i].<field> (the declarative +k8s:required rules are
    # alpha since 1.37, so the hand-written errors stay).
    gator = pod([c("nginx", "nginx:latest", args=["/bin/sh"], imagePullPolicy="Always",
                   ports=[{"containerPort": 80}])],
                meta={"name": "nginx-deployment-pod", "labels": {"app": "nginx"},
                      "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment",
                                           "name": "nginx-deployment", "uid": ""}]})
    src = ("open-policy-agent/gatekeeper test/gator/expand/fixtures/basic-expansion/output/"
           "output.yaml; apimachinery ValidateOwnerReferences, validateOwnerReference")
    for v in ("1.27", "1.36"):
        bad("owner-reference-empty-uid-" + v.replace(".", "-"), src, gator,
            "metadata.ownerReferences.uid: Invalid value", version=v)
    bad("owner-reference-empty-uid-1-37", src + " (v0.37.0-beta.0)", gator,
        "metadata.ownerReferences[0].uid: Required value", version="1.37")

    percona = {"apiVersion": "apps/v1", "kind": "StatefulSet",
               "metadata": {"name": "cluster1-pxc",
                            "ownerReferences": [{"controller": True,
                                                 "kind": "PerconaXtraDBCluster",
                                                 "name": "cluster1"}]},
               "spec": {"serviceName": "cluster1-pxc",
                        "selector": {"matchLabels": {"app.kubernetes.io/component": "pxc"}},
                        "template": {
                            "metadata": {"labels": {"app.kubernetes.io/component": "pxc"}},
                            "spec": {"containers": [c("pxc",
                                                      "percona/percona-xtradb-cluster:8.0")]}}}}
    src = ("percona/percona-xtradb-cluster-operator e2e-tests/default-cr/compare/"
           "statefulset_cluster1-pxc.yml; apimachinery validateOwnerReference")
    bad("owner-reference-kind-and-name-only-1-33", src, percona,
        "metadata.ownerReferences.apiVersion: Invalid value",
        "metadata.ownerReferences.uid: Invalid value", version="1.33")
    bad("owner-reference-kind-and-name-only-1-37", src + " (v0.37.0-beta.0)", percona,
        "metadata.ownerReferences[0].apiVersion: Required value",
        "metadata.ownerReferences[0].uid: Required value", version="1.37")

    # ------------------------------------------------ two container ports on port 80
    # kubernetes/ingress-nginx deploy/static/provider/aws/nlb-with-tls-termination/deploy.yaml:
    # the controller declares containerPort 80 twice (http, and https, which the NLB
    # terminates). Valid; GetWarningsForPodTemplate (pkg/api/pod/warnings.go) warns that the
    # second is a "duplicate port definition" (same port, protocol, hostIP and hostPort).
    nginx = {"apiVersion": "apps/v1", "kind": "Deployment",
             "metadata": {"name": "ingress-nginx-controller", "namespace": "ingress-nginx"},
             "spec": {"selector": {"matchLabels": {"app.kubernetes.io/component": "controller"}},
                      "template": {
                          "metadata": {"labels": {"app.kubernetes.io/component": "controller"}},
                          "spec": {"containers": [c(
                              "controller", "registry.k8s.io/ingress-nginx/controller:v1.12.1",
                              ports=[{"containerPort": 80, "name": "http", "protocol": "TCP"},
                                     {"containerPort": 80, "name": "https", "protocol": "TCP"},
                                     {"containerPort": 8443, "name": "webhook",
                                      "protocol": "TCP"}])]}}}}
    for v in ("1.33", "1.37"):
        ok("ingress-nginx-port-80-twice-" + v.replace(".", "-"),
           "kubernetes/ingress-nginx deploy/static/provider/aws/nlb-with-tls-termination/"
           "deploy.yaml; warnings.go (duplicate port definition)",
           nginx, version=v, warn=["spec.template.spec.containers[0].ports[1]"])

    # ------------------------------------------------ a claim template without storage
    # litmuschaos/litmus mkdocs/docs/2.13.0/litmus-2.13.0-without-resources.yaml: the mongo
    # StatefulSet's volumeClaimTemplates ask only for ReadWriteOnce. From 1.34
    # ValidateVolumeClaimTemplates (kubernetes/kubernetes#132212) runs
    # ValidatePersistentVolumeClaimSpec, whose storage request is Required at
    # resources[storage]; 1.33 does not check the templates (the controller's claim creation
    # fails later).
    mongo = {"apiVersion": "apps/v1", "kind": "StatefulSet",
             "metadata": {"name": "mongo", "namespace": "litmus", "labels": {"app": "mongo"}},
             "spec": {"selector": {"matchLabels": {"component": "database"}},
                      "serviceName": "mongo-headless-service", "replicas": 1,
                      "template": {
                          "metadata": {"labels": {"component": "database"}},
                          "spec": {"automountServiceAccountToken": False,
                                   "containers": [c(
                                       "mongo", "litmuschaos/mongo:4.2.8", args=["--ipv6"],
                                       ports=[{"containerPort": 27017}],
                                       volumeMounts=[{"name": "mongo-persistent-storage",
                                                      "mountPath": "/data/db"}])]}},
                      "volumeClaimTemplates": [{"metadata": {"name": "mongo-persistent-storage"},
                                                "spec": {"accessModes": ["ReadWriteOnce"]}}]}}
    src = ("litmuschaos/litmus mkdocs/docs/2.13.0/litmus-2.13.0-without-resources.yaml; "
           "ValidateVolumeClaimTemplates (#132212), ValidatePersistentVolumeClaimSpec")
    ok("litmus-mongo-claim-without-storage-1-33", src, mongo, version="1.33")
    bad("litmus-mongo-claim-without-storage-1-34", src, mongo,
        "spec.volumeClaimTemplates[0].spec.resources[storage]: Required value", version="1.34")

    # ------------------------------------------------ projected items on the same path
    # jenkinsci/kubernetes-plugin src/test/resources/.../PodTemplateUtilsTest/octal.yaml: a
    # projected volume maps a configMap key and a secret key to the same path
    # my-group/my-username. validateProjectionSources keeps one set of paths across the
    # sources; the secret's item repeats it: Invalid at the projected volume's own path, with
    # the secret's name as the value ("conflicting duplicate paths"). ValidateVolumes keeps a
    # volume with errors out of the names it returns, so the container's mount of it is then
    # Not found (validateVolumeMounts, after the volumes).
    jenkins = pod([c("jnlp", "jenkins/inbound-agent",
                     volumeMounts=[{"name": "volume3", "mountPath": "/etc/creds"}])],
                  meta={"name": "agent"},
                  volumes=[{"name": "volume3", "projected": {"defaultMode": 0o644, "sources": [
                      {"configMap": {"name": "cm2", "items": [
                          {"key": "username", "path": "my-group/my-username", "mode": 0o400}]}},
                      {"secret": {"name": "secret2", "items": [
                          {"key": "username", "path": "my-group/my-username",
                           "mode": 0o600}]}}]}}])
    bad("jenkins-projected-duplicate-path",
        "jenkinsci/kubernetes-plugin src/test/resources/org/csanchez/jenkins/plugins/kubernetes/"
        "PodTemplateUtilsTest/octal.yaml; validateProjectionSources (conflicting duplicate paths)",
        jenkins, "spec.volumes[0].projected: Invalid value",
        "spec.containers[0].volumeMounts[0].name: Not found")
