"""The name warnings of WarningsOnCreate (imported by _generate.py).

Since 1.27 (kubernetes/kubernetes#114412: "Added warnings about workload resources (Pods,
ReplicaSets, Deployments, Jobs, CronJobs, or ReplicationControllers) whose names are not valid
DNS labels") the Pod and Deployment strategies warn, once the object is valid, when its name is
a DNS subdomain but not a DNS label: podStrategy.WarningsOnCreate says "this is used in the Pod's
hostname", the workload strategies "this is used in Pod names and hostnames". StatefulSet names
must be DNS labels already, and DaemonSet is not in the list. File names start with "names-"
(refused) or "valid-names-" (accepted).
"""


def add(case, pod, c):
    def deployment(name, **spec):
        labels = {"app": "web"}
        s = {"selector": {"matchLabels": labels},
             "template": {"metadata": {"labels": labels}, "spec": {"containers": [c()]}}}
        s.update(spec)
        return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name}, "spec": s}

    source = "podStrategy.WarningsOnCreate (pkg/registry/core/pod/strategy.go, kubernetes#114412)"
    case("valid-names-pod-dotted", source, pod(meta={"name": "web.v1"}),
         warn=["metadata.name"])
    case("valid-names-pod-generated-dotted", source, pod(meta={"generateName": "web.v1-"}),
         warn=["metadata.name"])
    case("valid-names-pod-label", source, pod(meta={"name": "web-v1"}))
    # WarningsOnCreate runs only after Validate passed: an invalid pod gets its errors alone.
    case("names-pod-dotted-invalid", source, pod([c(image="")], meta={"name": "web.v1"}),
         "spec.containers[0].image: Required value")

    source = "deploymentStrategy.WarningsOnCreate (pkg/registry/apps/deployment/strategy.go, kubernetes#114412)"
    case("valid-names-deployment-dotted", source, deployment("web.v1"),
         warn=["metadata.name"])
    case("names-deployment-dotted-invalid", source, deployment("web.v1", replicas=-1),
         "spec.replicas: Invalid value")
