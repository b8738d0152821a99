package dev.podwright.validation;

import dev.podwright.model.ExecAction;
import dev.podwright.model.GRPCAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.HTTPHeader;
import dev.podwright.model.IntOrString;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.Probe;
import dev.podwright.model.SleepAction;
import dev.podwright.model.TCPSocketAction;
import java.util.Optional;

/** Probes, lifecycle hooks and their handlers ({@code validateProbe}, {@code validateHandler}). */
final class ProbeRules {
  private static final String NEGATIVE = "must be greater than or equal to 0";
  /**
   * {@code supportedStopSignalsLinux}, sorted as {@code sets.List} prints it (the 1.35-era
   * darshansreenivas/validation-gen {@code 04780fad} and the 1.36-era AIAgentSandox/kubernetes
   * {@code 64149d12} agree): the named signals, SIGRTMIN+1 to +15 and SIGRTMAX-1 to -14.
   */
  private static final String LINUX_STOP_SIGNALS = "SIGABRT SIGALRM SIGBUS SIGCHLD SIGCLD "
      + "SIGCONT SIGFPE SIGHUP SIGILL SIGINT SIGIO SIGIOT SIGKILL SIGPIPE SIGPOLL SIGPROF SIGPWR "
      + "SIGQUIT SIGRTMAX SIGRTMAX-1 SIGRTMAX-10 SIGRTMAX-11 SIGRTMAX-12 SIGRTMAX-13 SIGRTMAX-14 "
      + "SIGRTMAX-2 SIGRTMAX-3 SIGRTMAX-4 SIGRTMAX-5 SIGRTMAX-6 SIGRTMAX-7 SIGRTMAX-8 SIGRTMAX-9 "
      + "SIGRTMIN SIGRTMIN+1 SIGRTMIN+10 SIGRTMIN+11 SIGRTMIN+12 SIGRTMIN+13 SIGRTMIN+14 "
      + "SIGRTMIN+15 SIGRTMIN+2 SIGRTMIN+3 SIGRTMIN+4 SIGRTMIN+5 SIGRTMIN+6 SIGRTMIN+7 SIGRTMIN+8 "
      + "SIGRTMIN+9 SIGSEGV SIGSTKFLT SIGSTOP SIGSYS SIGTERM SIGTRAP SIGTSTP SIGTTIN SIGTTOU "
      + "SIGURG SIGUSR1 SIGUSR2 SIGVTALRM SIGWINCH SIGXCPU SIGXFSZ";

  private final Errors errors;
  private final boolean sleepZeroAllowed;
  private final boolean sleepHintsAtGate;
  private final Optional<Long> gracePeriod;
  private final boolean httpProtocolKept;
  private final boolean grpcModeKept;
  private final Optional<String> osName;

  ProbeRules(Errors errors, Profile profile, Optional<Long> gracePeriod,
      Optional<String> osName) {
    this.errors = errors;
    this.sleepZeroAllowed = profile.isEnabled(Profile.SLEEP_ACTION_ALLOW_ZERO);
    this.sleepHintsAtGate = profile.atLeast(32);
    this.gracePeriod = gracePeriod;
    this.httpProtocolKept = GatedFields.kept(FieldVersions.HTTPGET_ACTION_PROTOCOL, profile);
    this.grpcModeKept = GatedFields.kept(FieldVersions.GRPCACTION_MODE, profile);
    this.osName = osName;
  }

  void liveness(Optional<Probe> probe, FieldPath path) {
    if (probe.isPresent()) {
      probe(probe.get(), path);
      mustBeOne(probe.get(), path);
    }
  }

  void readiness(Optional<Probe> probe, FieldPath path) {
    if (probe.isPresent()) {
      probe(probe.get(), path);
      if (probe.get().terminationGracePeriodSeconds().isPresent()) {
        errors.add(FieldError.invalid(path.child("terminationGracePeriodSeconds"),
            probe.get().terminationGracePeriodSeconds().get(),
            "must not be set for readinessProbes"));
      }
    }
  }

  void startup(Optional<Probe> probe, FieldPath path) {
    liveness(probe, path);
  }

  private void mustBeOne(Probe p, FieldPath path) {
    int success = p.successThreshold().orElse(0);
    if (success != 1) {
      errors.add(FieldError.invalid(path.child("successThreshold"), success, "must be 1"));
    }
  }

  private void probe(Probe p, FieldPath path) {
    handler(p.exec(), p.httpGet(), p.tcpSocket(), p.grpc(), Optional.empty(), path);
    nonNegative(p.initialDelaySeconds(), path, "initialDelaySeconds");
    nonNegative(p.timeoutSeconds(), path, "timeoutSeconds");
    nonNegative(p.periodSeconds(), path, "periodSeconds");
    nonNegative(p.successThreshold(), path, "successThreshold");
    nonNegative(p.failureThreshold(), path, "failureThreshold");
    if (p.terminationGracePeriodSeconds().isPresent()
        && p.terminationGracePeriodSeconds().get() <= 0) {
      errors.add(FieldError.invalid(path.child("terminationGracePeriodSeconds"),
          p.terminationGracePeriodSeconds().get(), "must be greater than 0"));
    }
  }

  /** The field's path is made only for an error: a probe has five such fields. */
  private void nonNegative(Optional<Integer> value, FieldPath parent, String name) {
    if (value.isPresent() && value.get() < 0) {
      errors.add(FieldError.invalid(parent.child(name), value.get(), NEGATIVE));
    }
  }

  void lifecycle(Lifecycle lifecycle, FieldPath path) {
    if (lifecycle.postStart().isPresent()) {
      hook(lifecycle.postStart().get(), path.child("postStart"));
    }
    if (lifecycle.preStop().isPresent()) {
      hook(lifecycle.preStop().get(), path.child("preStop"));
    }
    if (lifecycle.stopSignal().isPresent()) {
      stopSignal(lifecycle.stopSignal().get(), path.child("stopSignal"));
    }
  }

  /**
   * {@code validateStopSignal}, reached only while the {@code ContainerStopSignals} gate (alpha
   * from 1.33, still alpha in 1.37) keeps the field: it needs {@code spec.os.name}, and is
   * SIGKILL or SIGTERM on Windows, a Linux signal on Linux.
   */
  private void stopSignal(String signal, FieldPath path) {
    if (osName.isEmpty()) {
      errors.add(FieldError.forbidden(path,
          "may not be set for containers with empty `spec.os.name`"));
    } else if (osName.get().equals("windows")) {
      if (!signal.equals("SIGKILL") && !signal.equals("SIGTERM")) {
        errors.add(FieldError.notSupported(path, signal, "SIGKILL", "SIGTERM"));
      }
    } else if (osName.get().equals("linux")
        && !(" " + LINUX_STOP_SIGNALS + " ").contains(" " + signal + " ")) {
      errors.add(FieldError.notSupported(path, signal, LINUX_STOP_SIGNALS.split(" ")));
    }
  }

  private void hook(LifecycleHandler h, FieldPath path) {
    handler(h.exec(), h.httpGet(), h.tcpSocket(), Optional.empty(), h.sleep(), path);
  }

  private void handler(Optional<ExecAction> exec, Optional<HTTPGetAction> httpGet,
      Optional<TCPSocketAction> tcpSocket, Optional<GRPCAction> grpc, Optional<SleepAction> sleep,
      FieldPath path) {
    int handlers = 0;
    if (exec.isPresent()) {
      handlers++;
      if (exec.get().command().isEmpty()) {
        errors.add(FieldError.required(path.child("exec").child("command"), ""));
      }
    }
    if (httpGet.isPresent()) {
      if (handlers++ > 0) {
        moreThanOne(path.child("httpGet"));
      } else {
        httpGet(httpGet.get(), path.child("httpGet"));
      }
    }
    if (tcpSocket.isPresent()) {
      if (handlers++ > 0) {
        moreThanOne(path.child("tcpSocket"));
      } else {
        port(tcpSocket.get().port(), path.child("tcpSocket").child("port"));
      }
    }
    if (grpc.isPresent()) {
      if (handlers++ > 0) {
        moreThanOne(path.child("grpc"));
      } else {
        port(IntOrString.of(grpc.get().port()), path.child("grpc").child("port"));
        if (grpcModeKept) {
          AlphaFieldRules.grpcMode(grpc.get(), path.child("grpc"), errors);
        }
      }
    }
    if (sleep.isPresent()) {
      if (handlers++ > 0) {
        moreThanOne(path.child("sleep"));
      } else {
        sleep(sleep.get(), path.child("sleep"));
      }
    }
    if (handlers == 0) {
      errors.add(FieldError.required(path, "must specify a handler type"));
    }
  }

  private void moreThanOne(FieldPath path) {
    errors.add(FieldError.forbidden(path, "may not specify more than 1 handler type"));
  }

  private void httpGet(HTTPGetAction http, FieldPath path) {
    if (http.path().orElse("").isEmpty()) {
      errors.add(FieldError.required(path.child("path"), ""));
    }
    port(http.port(), path.child("port"));
    String scheme = http.scheme().orElse("");
    if (!scheme.equals("HTTP") && !scheme.equals("HTTPS")) {
      errors.add(FieldError.notSupported(path.child("scheme"), scheme, "HTTP", "HTTPS"));
    }
    for (HTTPHeader header : http.httpHeaders()) {
      errors.invalidAll(path.child("httpHeaders"), header.name(),
          Formats.httpHeaderName(header.name()));
    }
    if (httpProtocolKept) {
      // Lifecycle hooks share HTTPGetAction, so they are checked too (validateHandler).
      AlphaFieldRules.httpProtocol(http, path, errors);
    }
  }

  /** {@code ValidatePortNumOrName}. */
  void port(IntOrString port, FieldPath path) {
    if (port.isInt()) {
      errors.invalidAll(path, port.intValue(), Formats.portNumber(port.intValue()));
    } else {
      errors.invalidAll(path, port.stringValue(), Formats.portName(port.stringValue()));
    }
  }

  /**
   * {@code validateSleepAction}. Up to 1.31 the refusal is "must be greater than 0 and less than
   * terminationGracePeriodSeconds (N)" (HirazawaUi/kubernetes {@code 4b3f4e1e}, a 1.30/1.31-era
   * copy, and the error KEP-4818's README quotes); from 1.32, which brought
   * {@code PodLifecycleSleepActionAllowZero} (kubernetes/kubernetes#127094), it names the gate too
   * (the 1.36-era AIAgentSandox/kubernetes {@code 64149d12}; that the hint came with #127094 is
   * inferred).
   */
  private void sleep(SleepAction sleep, FieldPath path) {
    if (gracePeriod.isEmpty()) {
      return;
    }
    long grace = gracePeriod.get();
    long seconds = sleep.seconds();
    if (sleepZeroAllowed) {
      if (seconds < 0 || seconds > grace) {
        errors.add(FieldError.invalid(path, seconds, "must be non-negative and less than "
            + "terminationGracePeriodSeconds (" + grace + ")"));
      }
    } else if (seconds <= 0 || seconds > grace) {
      String message = "must be greater than 0 and less than terminationGracePeriodSeconds ("
          + grace + ")";
      errors.add(FieldError.invalid(path, seconds, sleepHintsAtGate ? message + ". Enable "
          + "AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep." : message));
    }
  }
}
