package dev.podwright.dsl;

import static java.util.Objects.requireNonNull;

import dev.podwright.model.Container;
import dev.podwright.model.ExecAction;
import dev.podwright.model.HTTPGetAction;
import dev.podwright.model.HookAction;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.LifecycleHandler;
import dev.podwright.model.Probe;
import dev.podwright.model.SleepAction;
import dev.podwright.model.TCPSocketAction;
import dev.podwright.model.Volume;
import java.util.List;
import java.util.function.UnaryOperator;

/** The shared implementation of sidecars and main containers: containers that may be probed. */
abstract class ProbedDraft<C extends ProbedContainerStep<C>> extends ContainerDraft<C>
    implements ProbedContainerStep<C> {

  ProbedDraft(ContainerReplay.Edit change) {
    super(change);
  }

  ProbedDraft(Container container, List<Volume> volumes) {
    super(container, volumes);
  }

  ProbedDraft(ProbedDraft<C> previous, ContainerReplay.Change change) {
    super(previous, change);
  }

  @Override
  public final C livenessProbe(LivenessProbe probe) {
    requireNonNull(probe, "probe == null");
    Probe built = probe.toProbe();
    return edit(b -> b.livenessProbe(built));
  }

  @Override
  public final C readinessProbe(ReadinessProbe probe) {
    requireNonNull(probe, "probe == null");
    Probe built = probe.toProbe();
    return edit(b -> b.readinessProbe(built));
  }

  @Override
  public final C startupProbe(StartupProbe probe) {
    requireNonNull(probe, "probe == null");
    Probe built = probe.toProbe();
    return edit(b -> b.startupProbe(built));
  }

  @Override
  public final C postStart(HookAction action) {
    LifecycleHandler handler = handler(action);
    return lifecycle(l -> l.postStart(handler));
  }

  @Override
  public final C preStop(HookAction action) {
    LifecycleHandler handler = handler(action);
    return lifecycle(l -> l.preStop(handler));
  }

  @Override
  public final C stopSignal(String signal) {
    requireNonNull(signal, "signal == null");
    return lifecycle(l -> l.stopSignal(signal));
  }

  private C lifecycle(UnaryOperator<Lifecycle.Builder> change) {
    return change(r -> change.apply(r.lifecycle()));
  }

  private static LifecycleHandler handler(HookAction action) {
    requireNonNull(action, "action == null");
    LifecycleHandler.Builder b = LifecycleHandler.builder();
    if (action instanceof ExecAction) {
      b.exec((ExecAction) action);
    } else if (action instanceof HTTPGetAction) {
      b.httpGet((HTTPGetAction) action);
    } else if (action instanceof TCPSocketAction) {
      b.tcpSocket((TCPSocketAction) action);
    } else {
      b.sleep((SleepAction) action);
    }
    return b.build();
  }
}
