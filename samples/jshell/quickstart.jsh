// Podwright quick start for JShell. From the repository root, after a build:
//   jshell --class-path "dsl/target/classes:$(cat dsl/target/classpath.txt)" samples/jshell/quickstart.jsh
// JShell ends a statement at the end of a line when it can, so chains break after the dot.
import static dev.podwright.dsl.Pods.*;
import dev.podwright.model.Volume;

Volume logs = emptyDir("logs");

var pod = pod("quickstart").
    sidecar(sidecar("log-shipper").image("fluent/fluent-bit:4.0.3").
        volumeMount(mount(logs, "/logs").readOnly())).
    main(container("app").image("busybox:1.37").
        command("sh", "-c", "while true; do date >> /logs/app.log; sleep 5; done").
        volumeMount(logs, "/logs"));

System.out.println(pod.toYaml());
/exit
