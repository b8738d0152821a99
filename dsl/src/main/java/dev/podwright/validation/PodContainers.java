package dev.podwright.validation;

import dev.podwright.model.Container;
import dev.podwright.model.EphemeralContainer;
import dev.podwright.model.PodSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Every container of a pod spec as upstream's {@code podshelper.VisitContainersWithPath} visits
 * them: init containers, containers, then ephemeral containers, each with its field path. An
 * ephemeral container is seen as the {@code Container} its {@code EphemeralContainerCommon} is,
 * as the server converts it for {@code validateContainerCommon}.
 */
final class PodContainers {
  private PodContainers() {}

  /** A container and its path, e.g. {@code spec.initContainers[0]}. */
  record Visited(Container container, FieldPath path) {}

  static List<Visited> visit(PodSpec spec, FieldPath specPath) {
    List<Visited> all = new ArrayList<>();
    for (int i = 0; i < spec.initContainers().size(); i++) {
      all.add(new Visited(spec.initContainers().get(i), specPath.child("initContainers").index(i)));
    }
    for (int i = 0; i < spec.containers().size(); i++) {
      all.add(new Visited(spec.containers().get(i), specPath.child("containers").index(i)));
    }
    for (int i = 0; i < spec.ephemeralContainers().size(); i++) {
      all.add(new Visited(asContainer(spec.ephemeralContainers().get(i)),
          specPath.child("ephemeralContainers").index(i)));
    }
    return all;
  }

  /** Returns whether any container of {@code spec} (ephemeral ones included) has this name. */
  static boolean hasContainer(PodSpec spec, String name) {
    return visit(spec, FieldPath.root("spec")).stream()
        .anyMatch(v -> v.container().name().equals(name));
  }

  /** The {@code Container} an ephemeral container's common fields make. */
  static Container asContainer(EphemeralContainer e) {
    return Container.builder().name(e.name()).image(e.image()).command(e.command())
        .args(e.args()).workingDir(e.workingDir()).ports(e.ports()).envFrom(e.envFrom())
        .env(e.env()).resources(e.resources()).resizePolicy(e.resizePolicy())
        .restartPolicy(e.restartPolicy()).restartPolicyRules(e.restartPolicyRules())
        .volumeMounts(e.volumeMounts()).volumeDevices(e.volumeDevices())
        .livenessProbe(e.livenessProbe()).readinessProbe(e.readinessProbe())
        .startupProbe(e.startupProbe()).lifecycle(e.lifecycle())
        .terminationMessagePath(e.terminationMessagePath())
        .terminationMessagePolicy(e.terminationMessagePolicy())
        .imagePullPolicy(e.imagePullPolicy()).securityContext(e.securityContext())
        .stdin(e.stdin()).stdinOnce(e.stdinOnce()).tty(e.tty())
        .build();
  }

  /** The ephemeral container {@code c} came from, with {@code c}'s (defaulted) fields. */
  static EphemeralContainer withCommon(EphemeralContainer e, Container c) {
    return EphemeralContainer.builder().from(e)
        .terminationMessagePath(c.terminationMessagePath())
        .terminationMessagePolicy(c.terminationMessagePolicy())
        .imagePullPolicy(c.imagePullPolicy()).ports(c.ports()).env(c.env())
        .resources(c.resources()).livenessProbe(c.livenessProbe())
        .readinessProbe(c.readinessProbe()).startupProbe(c.startupProbe())
        .lifecycle(c.lifecycle())
        .build();
  }
}
