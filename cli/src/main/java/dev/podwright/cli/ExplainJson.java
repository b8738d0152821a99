package dev.podwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podwright.sidecar.LifecyclePlan;
import dev.podwright.sidecar.LifecycleWarning;
import dev.podwright.yaml.ManifestDocument;
import java.util.List;

/** {@code explain -o json}: a lifecycle plan as JSON, described by explain.schema.json. */
final class ExplainJson {
  private ExplainJson() {}

  /** Fills {@code d} with the plan: start steps, steady state, stop steps and warnings. */
  static void plan(ObjectNode d, LifecyclePlan plan, ManifestDocument document) {
    d.put("title", plan.title());
    d.put("summary", plan.summary());
    d.put("gracePeriodSeconds", plan.gracePeriodSeconds());
    ArrayNode start = d.putArray("start");
    for (LifecyclePlan.StartStep step : plan.start()) {
      ObjectNode s = start.addObject();
      containers(s.putArray("containers"), step.containers());
      s.put("gate", step.gate().name());
      s.put("text", step.text());
    }
    ObjectNode steady = d.putObject("steadyState");
    containers(steady.putArray("running"), plan.steadyState().running());
    containers(steady.putArray("readiness"), plan.steadyState().readiness());
    ArrayNode lines = steady.putArray("lines");
    plan.steadyState().lines().forEach(lines::add);
    ArrayNode stop = d.putArray("stop");
    for (LifecyclePlan.StopStep step : plan.stop()) {
      ObjectNode s = stop.addObject();
      s.put("action", step.action().name());
      containers(s.putArray("containers"), step.containers());
      s.put("text", step.text());
    }
    ArrayNode warnings = d.putArray("warnings");
    for (LifecycleWarning w : plan.warnings()) {
      warnings.addObject()
          .put("code", w.code().id())
          .put("path", w.path())
          .put("container", w.container())
          .put("line", document.line(w.path()))
          .put("message", w.message());
    }
  }

  private static void containers(ArrayNode array, List<LifecyclePlan.ContainerRef> refs) {
    for (LifecyclePlan.ContainerRef ref : refs) {
      array.addObject().put("name", ref.name()).put("path", ref.path())
          .put("role", ref.role().name());
    }
  }
}
