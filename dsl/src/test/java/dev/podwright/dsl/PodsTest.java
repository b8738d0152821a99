package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.configMapEnv;
import static dev.podwright.dsl.Pods.configMapKeyRef;
import static dev.podwright.dsl.Pods.configMapProjection;
import static dev.podwright.dsl.Pods.configMapVolume;
import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cpu;
import static dev.podwright.dsl.Pods.downwardAPI;
import static dev.podwright.dsl.Pods.downwardAPIFile;
import static dev.podwright.dsl.Pods.downwardAPIProjection;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.ephemeralStorage;
import static dev.podwright.dsl.Pods.exec;
import static dev.podwright.dsl.Pods.fieldRef;
import static dev.podwright.dsl.Pods.grpc;
import static dev.podwright.dsl.Pods.hostPath;
import static dev.podwright.dsl.Pods.httpGet;
import static dev.podwright.dsl.Pods.initContainer;
import static dev.podwright.dsl.Pods.keyToPath;
import static dev.podwright.dsl.Pods.livenessProbe;
import static dev.podwright.dsl.Pods.memory;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.persistentVolumeClaim;
import static dev.podwright.dsl.Pods.pod;
import static dev.podwright.dsl.Pods.projected;
import static dev.podwright.dsl.Pods.readinessProbe;
import static dev.podwright.dsl.Pods.resource;
import static dev.podwright.dsl.Pods.resourceFieldRef;
import static dev.podwright.dsl.Pods.secretEnv;
import static dev.podwright.dsl.Pods.secretKeyRef;
import static dev.podwright.dsl.Pods.secretProjection;
import static dev.podwright.dsl.Pods.secretVolume;
import static dev.podwright.dsl.Pods.serviceAccountToken;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.sleep;
import static dev.podwright.dsl.Pods.startupProbe;
import static dev.podwright.dsl.Pods.tcpSocket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.Capabilities;
import dev.podwright.model.Container;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSecurityContext;
import dev.podwright.model.QuantityFormatException;
import dev.podwright.model.SeccompProfile;
import dev.podwright.model.SecurityContext;
import dev.podwright.model.Volume;
import dev.podwright.validation.FieldError;
import dev.podwright.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodsTest {

  @Test
  void sidecarBecomesRestartableInitContainer() {
    assertThat(pod("web")
        .sidecar(sidecar("envoy").image("envoy:v1.30"))
        .main(container("app").image("app:1"))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              initContainers:
                - name: envoy
                  image: envoy:v1.30
                  restartPolicy: Always
              containers:
                - name: app
                  image: app:1
            """);
  }

  @Test
  void codeOrderIsStartOrder() {
    Pod pod = pod("web")
        .init(initContainer("a").image("busybox"))
        .sidecar(sidecar("b").image("envoy"))
        .init(initContainer("c").image("busybox"))
        .sidecar(sidecar("d").image("fluent-bit"))
        .main(container("e").image("nginx"))
        .main(container("f").image("redis"))
        .build();
    assertThat(pod.spec().initContainers()).extracting(Container::name)
        .containsExactly("a", "b", "c", "d");
    assertThat(pod.spec().initContainers()).extracting(Container::restartPolicy)
        .containsExactly(Optional.empty(), Optional.of("Always"), Optional.empty(),
            Optional.of("Always"));
    assertThat(pod.spec().containers()).extracting(Container::name).containsExactly("e", "f");
    assertThat(pod.spec().containers()).allSatisfy(c -> assertThat(c.restartPolicy()).isEmpty());
  }

  @Test
  void volumeIsDeclaredOnceWhenMountedTwice() {
    Volume logs = emptyDir("logs");
    assertThat(pod("web")
        .volume(logs)
        .sidecar(sidecar("shipper").image("fluent-bit")
            .volumeMount(mount(logs, "/var/log/app").readOnly()))
        .main(container("app").image("nginx")
            .volumeMount(logs, "/var/log/app")
            .volumeMount(mount(logs, "/var/log/archive").subPath("archive")))
        .volume(emptyDir("logs"))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              volumes:
                - name: logs
                  emptyDir: {}
              initContainers:
                - name: shipper
                  image: fluent-bit
                  restartPolicy: Always
                  volumeMounts:
                    - name: logs
                      readOnly: true
                      mountPath: /var/log/app
              containers:
                - name: app
                  image: nginx
                  volumeMounts:
                    - name: logs
                      mountPath: /var/log/app
                    - name: logs
                      mountPath: /var/log/archive
                      subPath: archive
            """);
  }

  @Test
  void twoDifferentVolumesWithOneNameAreReportedAsDuplicate() {
    PodMainStep pod = pod("web").main(container("app").image("nginx")
        .volumeMount(emptyDir("data"), "/scratch")
        .volumeMount(configMapVolume("data", "app-config"), "/config"));
    assertThatThrownBy(pod::build)
        .isInstanceOf(ValidationException.class)
        .hasMessage("""
            Pod "web" is invalid:
              spec.volumes[1].name: Duplicate value: "data\"""");
  }

  @Test
  void writesEnvironmentFromEverySource() {
    assertThat(pod("web")
        .main(container("app").image("nginx")
            .envFrom(configMapEnv("common"))
            .envFrom(secretEnv("common-secrets"))
            .env("MODE", "prod")
            .env("POD_NAME", fieldRef("metadata.name"))
            .env("MEMORY_MI", resourceFieldRef("limits.memory", "1Mi"))
            .env("CPU", resourceFieldRef("requests.cpu"))
            .env("LEVEL", configMapKeyRef("app-config", "level"))
            .env("PASSWORD", secretKeyRef("db", "password")))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx
                  envFrom:
                    - configMapRef:
                        name: common
                    - secretRef:
                        name: common-secrets
                  env:
                    - name: MODE
                      value: prod
                    - name: POD_NAME
                      valueFrom:
                        fieldRef:
                          fieldPath: metadata.name
                    - name: MEMORY_MI
                      valueFrom:
                        resourceFieldRef:
                          resource: limits.memory
                          divisor: 1Mi
                    - name: CPU
                      valueFrom:
                        resourceFieldRef:
                          resource: requests.cpu
                    - name: LEVEL
                      valueFrom:
                        configMapKeyRef:
                          name: app-config
                          key: level
                    - name: PASSWORD
                      valueFrom:
                        secretKeyRef:
                          name: db
                          key: password
            """);
  }

  @Test
  void writesProbesAndLifecycleHooks() {
    assertThat(pod("web")
        .sidecar(sidecar("proxy").image("istio/proxyv2:1.28.0").port("http-envoy-prom", 15090)
            .startupProbe(startupProbe(httpGet("/healthz/ready", 15021))
                .periodSeconds(1).failureThreshold(600).timeoutSeconds(3))
            .readinessProbe(readinessProbe(httpGet("/healthz/ready", "http-envoy-prom"))
                .successThreshold(2).initialDelaySeconds(1))
            .preStop(exec("pilot-agent", "request", "POST", "quitquitquit")))
        .main(container("app").image("nginx")
            .livenessProbe(livenessProbe(grpc(9090)).terminationGracePeriodSeconds(5))
            .startupProbe(startupProbe(tcpSocket("http")).terminationGracePeriodSeconds(10))
            .postStart(httpGet("/warm", 8080))
            .preStop(sleep(5)))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              initContainers:
                - name: proxy
                  image: istio/proxyv2:1.28.0
                  ports:
                    - name: http-envoy-prom
                      containerPort: 15090
                  restartPolicy: Always
                  readinessProbe:
                    httpGet:
                      path: /healthz/ready
                      port: http-envoy-prom
                    initialDelaySeconds: 1
                    successThreshold: 2
                  startupProbe:
                    httpGet:
                      path: /healthz/ready
                      port: 15021
                    timeoutSeconds: 3
                    periodSeconds: 1
                    failureThreshold: 600
                  lifecycle:
                    preStop:
                      exec:
                        command:
                          - pilot-agent
                          - request
                          - POST
                          - quitquitquit
              containers:
                - name: app
                  image: nginx
                  livenessProbe:
                    grpc:
                      port: 9090
                    terminationGracePeriodSeconds: 5
                  startupProbe:
                    tcpSocket:
                      port: http
                    terminationGracePeriodSeconds: 10
                  lifecycle:
                    postStart:
                      httpGet:
                        path: /warm
                        port: 8080
                    preStop:
                      sleep:
                        seconds: 5
            """);
  }

  @Test
  void writesResourcesAsWrittenWithLaterAmountsWinning() {
    assertThat(pod("web")
        .main(container("app").image("nginx")
            .requests(cpu("100m"), memory("64Mi"))
            .requests(cpu("0.25"))
            .limits(memory("1Gi"), ephemeralStorage("2Gi"), resource("nvidia.com/gpu", "1")))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx
                  resources:
                    limits:
                      memory: 1Gi
                      ephemeral-storage: 2Gi
                      nvidia.com/gpu: "1"
                    requests:
                      cpu: "0.25"
                      memory: 64Mi
            """);
  }

  @Test
  void malformedQuantityFailsAtTheCall() {
    assertThatThrownBy(() -> cpu("1 core"))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    assertThatThrownBy(() -> memory("1GB"))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    assertThatThrownBy(() -> memory("1Kb"))
        .isInstanceOf(QuantityFormatException.class);
    assertThatThrownBy(() -> memory("1mi"))
        .isInstanceOf(QuantityFormatException.class)
        .hasMessage("unable to parse quantity's suffix");
  }

  @Test
  void writesSecurityContexts() {
    assertThat(pod("web")
        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).fsGroup(2000L)
            .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build())
        .sidecar(sidecar("proxy").image("envoy")
            .securityContext(SecurityContext.builder()
                .capabilities(Capabilities.builder().addAdd("NET_ADMIN").addDrop("ALL").build())
                .runAsUser(1337L).readOnlyRootFilesystem(true).allowPrivilegeEscalation(false)
                .build()))
        .main(container("app").image("nginx")
            .securityContext(SecurityContext.builder().privileged(false).build()))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              initContainers:
                - name: proxy
                  image: envoy
                  restartPolicy: Always
                  securityContext:
                    capabilities:
                      add:
                        - NET_ADMIN
                      drop:
                        - ALL
                    runAsUser: 1337
                    readOnlyRootFilesystem: true
                    allowPrivilegeEscalation: false
              containers:
                - name: app
                  image: nginx
                  securityContext:
                    privileged: false
              securityContext:
                runAsNonRoot: true
                fsGroup: 2000
                seccompProfile:
                  type: RuntimeDefault
            """);
  }

  @Test
  void writesEveryVolumeSourceKind() {
    assertThat(pod("web")
        .main(container("app").image("nginx")
            .volumeMount(emptyDir("scratch"), "/scratch")
            .volumeMount(emptyDir("cache", "512Mi", true), "/cache")
            .volumeMount(mount(configMapVolume("config", "app-config"), "/etc/app").readOnly())
            .volumeMount(mount(secretVolume("tls", "app-tls"), "/etc/tls").readOnly())
            .volumeMount(persistentVolumeClaim("data", "app-data"), "/data")
            .volumeMount(mount(hostPath("logs", "/var/log"), "/host/log").subPathExpr("$(POD)"))
            .volumeMount(downwardAPI("info", downwardAPIFile("labels", "metadata.labels")),
                "/etc/info")
            .volumeMount(mount(projected("bundle",
                    serviceAccountToken("token", "istio-ca", 3600),
                    configMapProjection("root-cert", keyToPath("ca.crt", "root-cert.pem")),
                    secretProjection("creds"),
                    downwardAPIProjection(downwardAPIFile("name", "metadata.name"))),
                "/var/run/bundle").subPath("x")))
        .toYaml())
        .isEqualTo("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              volumes:
                - name: scratch
                  emptyDir: {}
                - name: cache
                  emptyDir:
                    medium: Memory
                    sizeLimit: 512Mi
                - name: config
                  configMap:
                    name: app-config
                - name: tls
                  secret:
                    secretName: app-tls
                - name: data
                  persistentVolumeClaim:
                    claimName: app-data
                - name: logs
                  hostPath:
                    path: /var/log
                - name: info
                  downwardAPI:
                    items:
                      - path: labels
                        fieldRef:
                          fieldPath: metadata.labels
                - name: bundle
                  projected:
                    sources:
                      - serviceAccountToken:
                          audience: istio-ca
                          expirationSeconds: 3600
                          path: token
                      - configMap:
                          name: root-cert
                          items:
                            - key: ca.crt
                              path: root-cert.pem
                      - secret:
                          name: creds
                      - downwardAPI:
                          items:
                            - path: name
                              fieldRef:
                                fieldPath: metadata.name
              containers:
                - name: app
                  image: nginx
                  volumeMounts:
                    - name: scratch
                      mountPath: /scratch
                    - name: cache
                      mountPath: /cache
                    - name: config
                      readOnly: true
                      mountPath: /etc/app
                    - name: tls
                      readOnly: true
                      mountPath: /etc/tls
                    - name: data
                      mountPath: /data
                    - name: logs
                      mountPath: /host/log
                      subPathExpr: $(POD)
                    - name: info
                      mountPath: /etc/info
                    - name: bundle
                      mountPath: /var/run/bundle
                      subPath: x
            """);
  }

  @Test
  void halfBuiltPodServesAsBaseOfSeveralPods() {
    Volume certs = emptyDir("certs");
    PodInitStep base = pod("web").label("app", "web")
        .sidecar(sidecar("proxy").image("envoy").volumeMount(certs, "/certs"));

    Pod first = base.label("variant", "a")
        .main(container("app").image("app:1"))
        .build();
    Pod second = base.init(initContainer("migrate").image("flyway"))
        .main(container("app").image("app:2").volumeMount(emptyDir("tmp"), "/tmp"))
        .build();
    Pod third = base.main(container("app").image("app:3")).build();

    assertThat(first.metadata().labels()).containsExactly(
        Map.entry("app", "web"), Map.entry("variant", "a"));
    assertThat(first.spec().initContainers()).extracting(Container::name).containsExactly("proxy");
    assertThat(first.spec().volumes()).containsExactly(certs);
    assertThat(second.metadata().labels()).containsOnlyKeys("app");
    assertThat(second.spec().initContainers()).extracting(Container::name)
        .containsExactly("proxy", "migrate");
    assertThat(second.spec().volumes()).extracting(Volume::name).containsExactly("certs", "tmp");
    assertThat(third.spec().initContainers()).extracting(Container::name).containsExactly("proxy");
    assertThat(third.spec().containers()).extracting(Container::image).containsExactly("app:3");
    assertThat(third.spec().volumes()).containsExactly(certs);
  }

  @Test
  void containersProbesAndMountsAreImmutableToo() {
    MainContainer app = container("app").image("nginx");
    MainContainer withPort = app.port(8080);
    MainContainer withEnv = app.env("A", "1");
    assertThat(app.toContainer().ports()).isEmpty();
    assertThat(app.toContainer().env()).isEmpty();
    assertThat(withPort.toContainer().env()).isEmpty();
    assertThat(withEnv.toContainer().ports()).isEmpty();

    ContainerImageStep<SidecarContainer> unnamed = sidecar("proxy");
    assertThat(unnamed.image("a").toContainer().image()).isEqualTo("a");
    assertThat(unnamed.image("b").toContainer().image()).isEqualTo("b");

    ReadinessProbe probe = readinessProbe(tcpSocket(80));
    ReadinessProbe strict = probe.successThreshold(3);
    assertThat(probe.toProbe().successThreshold()).isEmpty();
    assertThat(strict.toProbe().successThreshold()).contains(3);

    Volume data = emptyDir("data");
    Mount mount = mount(data, "/data");
    mount.readOnly();
    MainContainer mounted = app.volumeMount(mount);
    assertThat(mounted.toContainer().volumeMounts().get(0).readOnly()).isEmpty();

    PodMainStep complete = pod("web").main(app);
    complete.main(container("other").image("x"));
    complete.label("a", "b");
    assertThat(complete.build().spec().containers()).hasSize(1);
    assertThat(complete.build().metadata().labels()).isEmpty();
  }

  @Test
  void rejectsNullArgumentsByName() {
    assertThatThrownBy(() -> pod(null)).hasMessage("name == null");
    assertThatThrownBy(() -> container(null)).hasMessage("name == null");
    assertThatThrownBy(() -> container("app").image(null)).hasMessage("image == null");
    assertThatThrownBy(() -> pod("web").sidecar(null)).hasMessage("sidecar == null");
    assertThatThrownBy(() -> pod("web").init(null)).hasMessage("init == null");
    assertThatThrownBy(() -> pod("web").main(null)).hasMessage("main == null");
    assertThatThrownBy(() -> pod("web").label(null, "v")).hasMessage("key == null");
    assertThatThrownBy(() -> mount((Volume) null, "/data")).hasMessage("volume == null");
    assertThatThrownBy(() -> container("app").image("x").volumeMount(emptyDir("d"), null))
        .hasMessage("mountPath == null");
    assertThatThrownBy(() -> container("app").image("x").args("a", null))
        .hasMessage("args[1] == null");
    assertThatThrownBy(() -> container("app").image("x").env("A", (String) null))
        .hasMessage("value == null");
    assertThatThrownBy(() -> startupProbe(null)).hasMessage("action == null");
  }

  @Test
  void buildListsEveryProblemInOneException() {
    PodMainStep pod = pod("web")
        .init(initContainer("app").image("busybox"))
        .sidecar(sidecar("Proxy").image("envoy").port("HTTP_1", 70000))
        .main(container("app").image("nginx").port("http", 8080).port("http", 8081))
        .main(container("app.v1").image("redis"));
    assertThatThrownBy(pod::build)
        .isInstanceOf(ValidationException.class)
        .hasMessage("""
            Pod "web" is invalid:
              spec.containers[0].ports[1].name: Duplicate value: "http"
              spec.containers[1].name: Invalid value: "app.v1": must not contain dots
              spec.initContainers[0].name: Duplicate value: "app"
              spec.initContainers[1].name: Invalid value: "Proxy": a lowercase RFC 1123 label \
            must consist of lower case alphanumeric characters or '-', and must start and end \
            with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for \
            validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')
              spec.initContainers[1].ports[0].name: Invalid value: "HTTP_1": must contain only \
            alpha-numeric characters (a-z, 0-9), and hyphens (-)
              spec.initContainers[1].ports[0].name: Invalid value: "HTTP_1": must contain at \
            least one letter (a-z)
              spec.initContainers[1].ports[0].containerPort: Invalid value: 70000: must be \
            between 1 and 65535, inclusive""");
    assertThatThrownBy(pod::toYaml).isInstanceOf(ValidationException.class);
  }

  @Test
  void duplicateNameAcrossContainersIsReportedOnTheInitContainer() {
    ValidationException e = (ValidationException) catchBuild(pod("web")
        .sidecar(sidecar("app").image("envoy"))
        .main(container("app").image("nginx")));
    assertThat(e.errors()).extracting(FieldError::toString)
        .containsExactly("spec.initContainers[0].name: Duplicate value: \"app\"");
  }

  @Test
  void uppercasePodNameIsRejectedWithTheSubdomainRule() {
    ValidationException e = (ValidationException) catchBuild(
        pod("Web").main(container("app").image("nginx")));
    assertThat(e.errors()).extracting(FieldError::toString).containsExactly(
        "metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of "
            + "lower case alphanumeric characters, '-' or '.', and must start and end with an "
            + "alphanumeric character (e.g. 'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
  }

  @Test
  void validPodBuildsToTheSameModelAsItsSteps() {
    Pod pod = pod("web").namespace("shop").main(container("app").image("nginx")).build();
    assertThat(pod.metadata().namespace()).contains("shop");
    assertThat(pod.spec().containers()).containsExactly(
        container("app").image("nginx").toContainer());
  }

  private static RuntimeException catchBuild(PodMainStep pod) {
    try {
      pod.build();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("build() accepted an invalid pod");
  }
}
