package probe;

import static dev.podwright.dsl.Pods.*;

import dev.podwright.dsl.JobRestartPolicy;
import dev.podwright.model.KubernetesObject;
import dev.podwright.model.Volume;
import dev.podwright.sidecar.EffectiveResources;
import dev.podwright.sidecar.LifecycleExplainer;
import dev.podwright.sidecar.SidecarMigration;
import dev.podwright.sidecar.TimelineSvg;
import dev.podwright.validation.ValidationException;
import dev.podwright.validation.Validator;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.PodYaml;
import java.util.List;

/**
 * Runs every path of podwright-dsl that touches Jackson, on whatever class path it is started
 * with: DSL to YAML, YAML to model for every kind (unknown fields included), validation, reader
 * errors, and the sidecar tools. Prints one line per check; exits non-zero on the first failure.
 */
public final class RuntimeProbe {
  public static void main(String[] args) throws Exception {
    Volume logs = emptyDir("logs");
    String pod = pod("probe")
        .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:4.0.3")
            .startupProbe(startupProbe(httpGet("/ready", 2020)))
            .requests(cpu("100m"), memory("64Mi"))
            .volumeMount(mount(logs, "/logs").readOnly()))
        .main(container("app").image("busybox:1.37").port("http", 8080)
            .requests(cpu("500m"), memory("1Gi"))
            .command("sh", "-c", "sleep 3600")
            .volumeMount(logs, "/logs"))
        .toYaml();
    String job = job("report", JobRestartPolicy.NEVER, template()
            .main(container("report").image("registry.example.com/report:1.4")))
        .toYaml();
    String deployment = deployment("web", template().label("app", "web")
            .main(container("web").image("nginx:1.27")))
        .replicas(2)
        .toYaml();
    String extra = String.join("\n",
        "apiVersion: apps/v1", "kind: DaemonSet", "metadata: {name: agent}",
        "spec:", "  selector: {matchLabels: {app: agent}}",
        "  template:", "    metadata: {labels: {app: agent}}",
        "    spec: {containers: [{name: a, image: 'agent:1', futureField: {x: [1, 2.5, true]}}]}",
        "---",
        "apiVersion: apps/v1", "kind: StatefulSet", "metadata: {name: db}",
        "spec:", "  serviceName: db", "  selector: {matchLabels: {app: db}}",
        "  template:", "    metadata: {labels: {app: db}}",
        "    spec: {containers: [{name: db, image: 'postgres:17'}]}",
        "---",
        "apiVersion: batch/v1", "kind: CronJob", "metadata: {name: nightly}",
        "spec:", "  schedule: '0 3 * * *'",
        "  jobTemplate: {spec: {template: {spec: {restartPolicy: Never,",
        "    containers: [{name: cron, image: 'n:1'}]}}}}", "");
    List<KubernetesObject> objects =
        ManifestReader.read(pod + "---\n" + job + "---\n" + deployment + "---\n" + extra);
    check(objects.size() == 6, "read 6 objects");
    String again = PodYaml.toYamlStream(objects);
    check(ManifestReader.read(again).equals(objects), "YAML round trip of every kind");
    check(again.contains("futureField"), "unknown field kept");
    for (KubernetesObject object : objects) {
      check(Validator.defaults().report(object).isValid(), "valid " + object.kind());
    }
    print("yaml: " + pod.lines().count() + " lines of pod YAML");

    try {
      pod("Bad_Name").main(container("app").image("busybox:1.37").port(70000)).build();
      check(false, "invalid pod refused");
    } catch (ValidationException e) {
      check(e.getMessage().contains("must be between 1 and 65535"), "validation message");
    }
    try {
      ManifestReader.read("apiVersion: v1\nkind: Pod\nspec: {containers: [\n");
      check(false, "malformed YAML refused");
    } catch (ManifestException e) {
      print("reader error: " + e.getMessage());
    }
    try {
      ManifestReader.read("apiVersion: v1\nkind: Pod\nmetadata: !!java.net.URL x\n");
      check(false, "tag refused");
    } catch (ManifestException e) {
      check(e.getMessage().contains("not allowed"), "tag refused");
    }

    KubernetesObject first = objects.get(0);
    print("resources: " + EffectiveResources.of(first).requests());
    String svg = TimelineSvg.render(LifecycleExplainer.defaults().explain(first));
    check(svg.startsWith("<svg") || svg.startsWith("<?xml"), "timeline SVG");
    KubernetesObject legacy = ManifestReader.read("apiVersion: v1\nkind: Pod\nmetadata: {name: m}\n"
        + "spec: {containers: [{name: app, image: 'a:1'}, {name: envoy, image: 'envoy:1'}]}\n")
        .get(0);
    KubernetesObject migrated =
        SidecarMigration.builder().sidecar("envoy").build().migrate(legacy).object();
    check(PodYaml.toYaml(migrated).contains("restartPolicy: Always"), "migration");

    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      print("jackson-databind: present");
    } catch (ClassNotFoundException e) {
      print("jackson-databind: absent");
    }
    print("ok");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.out.println("FAILED: " + what);
      System.exit(1);
    }
    print("checked: " + what);
  }

  private static void print(String line) {
    System.out.println(line);
  }
}
