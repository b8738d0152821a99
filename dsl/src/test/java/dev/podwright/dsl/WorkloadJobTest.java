package dev.podwright.dsl;

import static dev.podwright.dsl.Pods.container;
import static dev.podwright.dsl.Pods.cronJob;
import static dev.podwright.dsl.Pods.emptyDir;
import static dev.podwright.dsl.Pods.job;
import static dev.podwright.dsl.Pods.mount;
import static dev.podwright.dsl.Pods.sidecar;
import static dev.podwright.dsl.Pods.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podwright.model.CronJob;
import dev.podwright.model.Job;
import dev.podwright.model.Volume;
import dev.podwright.validation.ValidationException;
import org.junit.jupiter.api.Test;

class WorkloadJobTest {
  private static final TemplateMainStep PI =
      template().main(container("pi").image("perl:5.34").command("perl", "-Mbignum=bpi", "-e"));

  @Test
  void jobWithSidecarRendersRestartPolicyAndNoSelector() {
    Volume logs = emptyDir("logs");
    String yaml = job("report", JobRestartPolicy.NEVER, template()
            .label("app", "report")
            .sidecar(sidecar("log-shipper").image("fluent/fluent-bit:3.1")
                .volumeMount(mount(logs, "/var/log/app")))
            .main(container("report").image("example/report:2.0")
                .volumeMount(mount(logs, "/var/log/app"))))
        .namespace("batch")
        .backoffLimit(2)
        .ttlSecondsAfterFinished(600)
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: report
          namespace: batch
        spec:
          backoffLimit: 2
          template:
            metadata:
              labels:
                app: report
            spec:
              volumes:
                - name: logs
                  emptyDir: {}
              initContainers:
                - name: log-shipper
                  image: fluent/fluent-bit:3.1
                  restartPolicy: Always
                  volumeMounts:
                    - name: logs
                      mountPath: /var/log/app
              containers:
                - name: report
                  image: example/report:2.0
                  volumeMounts:
                    - name: logs
                      mountPath: /var/log/app
              restartPolicy: Never
          ttlSecondsAfterFinished: 600
        """);
  }

  @Test
  void jobSettingsFollowGoFieldOrder() {
    String yaml = job("pi", JobRestartPolicy.ON_FAILURE, PI)
        .suspend(true)
        .indexed()
        .completions(5)
        .parallelism(2)
        .activeDeadlineSeconds(120)
        .backoffLimit(4)
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: pi
        spec:
          parallelism: 2
          completions: 5
          activeDeadlineSeconds: 120
          backoffLimit: 4
          template:
            spec:
              containers:
                - name: pi
                  image: perl:5.34
                  command:
                    - perl
                    - -Mbignum=bpi
                    - -e
              restartPolicy: OnFailure
          completionMode: Indexed
          suspend: true
        """);
  }

  @Test
  void jobLeavesSelectorToServer() {
    Job built = job("pi", JobRestartPolicy.NEVER, template().label("app", "pi").main(
        container("pi").image("perl:5.34"))).build();
    assertThat(built.spec().selector()).isEmpty();
    assertThat(built.spec().manualSelector()).isEmpty();
    assertThat(built.spec().template().metadata().labels()).containsEntry("app", "pi");
  }

  @Test
  void buildReportsTemplateErrorsAtTemplatePath() {
    assertThatThrownBy(() -> job("pi", JobRestartPolicy.NEVER,
            template().main(container("Pi").image("perl"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Job \"pi\" is invalid:\n"
            + "  spec.template.spec.containers[0].name: Invalid value: \"Pi\": "
            + "a lowercase RFC 1123 label must consist of");
  }

  @Test
  void stepsAreImmutable() {
    JobStep base = job("pi", JobRestartPolicy.NEVER, PI);
    JobStep limited = base.backoffLimit(1);
    assertThat(base.build().spec().backoffLimit()).isEmpty();
    assertThat(limited.build().spec().backoffLimit()).contains(1);
  }

  @Test
  void cronJobPutsJobSettingsInJobTemplate() {
    String yaml = cronJob("nightly-report", "0 3 * * *", JobRestartPolicy.ON_FAILURE, PI)
        .timeZone("Europe/Berlin")
        .concurrencyPolicy(ConcurrencyPolicy.FORBID)
        .startingDeadlineSeconds(300)
        .successfulJobsHistoryLimit(1)
        .failedJobsHistoryLimit(3)
        .backoffLimit(1)
        .label("team", "data")
        .toYaml();
    assertThat(yaml).isEqualTo("""
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly-report
          labels:
            team: data
        spec:
          schedule: 0 3 * * *
          timeZone: Europe/Berlin
          startingDeadlineSeconds: 300
          concurrencyPolicy: Forbid
          jobTemplate:
            spec:
              backoffLimit: 1
              template:
                spec:
                  containers:
                    - name: pi
                      image: perl:5.34
                      command:
                        - perl
                        - -Mbignum=bpi
                        - -e
                  restartPolicy: OnFailure
          successfulJobsHistoryLimit: 1
          failedJobsHistoryLimit: 3
        """);
  }

  @Test
  void cronJobSuspendsItsScheduleApartFromTheJobsItCreates() {
    CronJob paused = cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, PI)
        .suspendSchedule(true)
        .build();
    assertThat(paused.spec().suspend()).contains(true);
    assertThat(paused.spec().jobTemplate().spec().suspend()).isEmpty();

    CronJob suspendedJobs = cronJob("nightly", "0 3 * * *", JobRestartPolicy.NEVER, PI)
        .suspend(true)
        .build();
    assertThat(suspendedJobs.spec().suspend()).isEmpty();
    assertThat(suspendedJobs.spec().jobTemplate().spec().suspend()).contains(true);
  }

  @Test
  void cronJobBuildChecksSchedule() {
    assertThatThrownBy(() -> cronJob("nightly", "0 3 * *", JobRestartPolicy.NEVER, PI).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("CronJob \"nightly\" is invalid:\n"
            + "  spec.schedule: Invalid value: \"0 3 * *\": expected exactly 5 fields, found 4: "
            + "[0 3 * *]");
  }
}
