package dev.podwright.validation;

import dev.podwright.model.JobSchedulingConfiguration;
import dev.podwright.model.TopologyConstraint;
import dev.podwright.model.WorkloadPodGroupDisruptionMode;
import dev.podwright.model.WorkloadPodGroupResourceClaim;
import dev.podwright.model.WorkloadPodGroupSchedulingConstraints;
import dev.podwright.model.WorkloadPodGroupSchedulingPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Job's {@code spec.scheduling} (Kubernetes 1.37, gate {@code WorkloadWithJob}, alpha) when the
 * gate is on; with it off {@link WorkloadDrops} removes the field first. The field has no
 * hand-written rules: its rules are the declarative ones of the API types (kubernetes/api at the
 * 1.37 code-freeze head {@code 10b39a39b}, {@code batch/v1} and {@code scheduling/v1alpha3}),
 * which the server runs after the hand-written Job checks, so they come last here too. Each
 * struct checks its union first, then its fields in Go order, as validation-gen writes them; a
 * {@code +k8s:required} or {@code +k8s:maxItems} error stops the checks below it.
 *
 * <p>The words are apimachinery's {@code pkg/api/validate} (v0.37 head {@code eed236ce}):
 * {@code Union} ("must specify one of: `basic`, `gang`" with the value {@code ""}, "must specify
 * exactly one of: ..." with the set members as {@code "{basic, gang}"}), {@code Minimum}
 * ("must be greater than or equal to 1"), {@code MaxItems} (TooMany), {@code Unique} (Duplicate
 * of the later item), and the formats {@code k8s-label-key} ({@code IsLabelKey}),
 * {@code k8s-short-name} (DNS label) and {@code k8s-long-name} (DNS subdomain).
 */
final class JobSchedulingRules {
  private static final int MAX_TOPOLOGY = 1;
  private static final int MAX_RESOURCE_CLAIMS = 4;

  private final Errors errors;
  private final Profile profile;

  JobSchedulingRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  void scheduling(JobSchedulingConfiguration s, FieldPath path) {
    s.schedulingPolicy().ifPresent(p -> policy(p, path.child("schedulingPolicy")));
    s.schedulingConstraints().ifPresent(c ->
        constraints(c, path.child("schedulingConstraints")));
    s.disruptionMode().ifPresent(m -> disruptionMode(m, path.child("disruptionMode")));
    resourceClaims(s.resourceClaims(), path.child("resourceClaims"));
  }

  private void policy(WorkloadPodGroupSchedulingPolicy p, FieldPath path) {
    union(path, List.of("basic", "gang"), p.basic(), p.gang());
    p.gang().flatMap(g -> g.minCount()).filter(min -> min < 1).ifPresent(min ->
        errors.add(FieldError.invalid(path.child("gang").child("minCount"), min,
            "must be greater than or equal to 1")));
  }

  private void constraints(WorkloadPodGroupSchedulingConstraints c, FieldPath path) {
    List<TopologyConstraint> topology = c.topology();
    FieldPath list = path.child("topology");
    if (topology.size() > MAX_TOPOLOGY) {
      errors.add(FieldError.tooMany(list, topology.size(), MAX_TOPOLOGY, profile));
      return;
    }
    for (int i = 0; i < topology.size(); i++) {
      String key = topology.get(i).key();
      FieldPath keyPath = list.index(i).child("key");
      if (key.isEmpty()) {
        errors.add(FieldError.required(keyPath, ""));
      } else {
        errors.invalidAll(keyPath, key, Formats.qualifiedName(key, profile));
      }
    }
  }

  private void disruptionMode(WorkloadPodGroupDisruptionMode m, FieldPath path) {
    union(path, List.of("single", "all"), m.single(), m.all());
  }

  private void resourceClaims(List<WorkloadPodGroupResourceClaim> claims, FieldPath path) {
    if (claims.size() > MAX_RESOURCE_CLAIMS) {
      errors.add(FieldError.tooMany(path, claims.size(), MAX_RESOURCE_CLAIMS, profile));
      return;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      if (!names.add(claims.get(i).name())) {
        errors.add(FieldError.duplicate(path.index(i), GoValues.bare(json(claims.get(i)))));
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      WorkloadPodGroupResourceClaim claim = claims.get(i);
      FieldPath item = path.index(i);
      union(item, List.of("resourceClaimName", "resourceClaimTemplateName"),
          claim.resourceClaimName(), claim.resourceClaimTemplateName());
      if (claim.name().isEmpty()) {
        errors.add(FieldError.required(item.child("name"), ""));
      } else {
        errors.invalidAll(item.child("name"), claim.name(), Formats.dns1123Label(claim.name()));
      }
      claim.resourceClaimName().ifPresent(n -> errors.invalidAll(
          item.child("resourceClaimName"), n, Formats.dns1123Subdomain(n)));
      claim.resourceClaimTemplateName().ifPresent(n -> errors.invalidAll(
          item.child("resourceClaimTemplateName"), n, Formats.dns1123Subdomain(n)));
    }
  }

  /** {@code validate.Union}: exactly one member set. */
  private void union(FieldPath path, List<String> members, Optional<?>... values) {
    List<String> set = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i].isPresent()) {
        set.add(members.get(i));
      }
    }
    StringBuilder all = new StringBuilder();
    for (String member : members) {
      all.append(all.length() == 0 ? "" : ", ").append('`').append(member).append('`');
    }
    if (set.size() > 1) {
      errors.add(FieldError.invalid(path, "{" + String.join(", ", set) + "}",
          "must specify exactly one of: " + all));
    } else if (set.isEmpty()) {
      errors.add(FieldError.invalid(path, "", "must specify one of: " + all));
    }
  }

  /** The item as {@code field.Error} prints it: {@code json.Marshal} of the versioned type. */
  private static String json(WorkloadPodGroupResourceClaim c) {
    StringBuilder sb = new StringBuilder("{\"name\":").append(GoValues.quote(c.name()));
    c.resourceClaimName().ifPresent(n ->
        sb.append(",\"resourceClaimName\":").append(GoValues.quote(n)));
    c.resourceClaimTemplateName().ifPresent(n ->
        sb.append(",\"resourceClaimTemplateName\":").append(GoValues.quote(n)));
    return sb.append('}').toString();
  }
}
