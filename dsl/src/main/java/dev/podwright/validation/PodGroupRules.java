package dev.podwright.validation;

import dev.podwright.model.EvictionResponder;
import dev.podwright.model.PodSchedulingGroup;
import dev.podwright.model.PodSpec;
import dev.podwright.model.WorkloadReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the pod's alpha workload-scheduling and eviction fields, which run only when their
 * gate is on ({@link FieldDrops} removes them, with a warning, when it is off): {@code workloadRef}
 * (1.35, {@code GenericWorkload}), {@code schedulingGroup} (1.36 on, {@code GenericWorkload}) and
 * {@code evictionResponders} (1.37, {@code EvictionRequestAPI}). They run at the end of
 * {@code ValidatePodSpec}, after the OS checks, as upstream calls them.
 *
 * <p>Sources (upstream's own file at the release was not in reach; these are copies of
 * {@code pkg/apis/core/validation/validation.go} in public forks, with the API types of
 * kubernetes/api at {@code v0.35.0}, {@code v0.36.0} and the 1.37 code-freeze head
 * {@code 10b39a39b}):
 * <ul>
 *   <li>{@code validateWorkloadReference}: helayoty/kubernetes {@code 68cf1c1f}, a 1.35
 *       development copy that still names the field {@code workload}; the path here is the
 *       released JSON name {@code workloadRef}. The name is a DNS subdomain
 *       ({@code ValidateWorkloadName}), {@code podGroup} and a set {@code podGroupReplicaKey} DNS
 *       labels ({@code ValidatePodGroupName}, {@code ValidatePodGroupReplicaKey}), as the v0.35.0
 *       type's comments say.</li>
 *   <li>{@code validateSchedulingGroup}: AIAgentSandox/kubernetes {@code 64149d12} (1.36-era):
 *       a missing {@code podGroupName} is {@code Invalid} with the value {@code null} and
 *       "must specify one of: `podGroupName`", else a DNS subdomain ({@code ValidatePodGroupName}
 *       is {@code NameIsDNSSubdomain} there).</li>
 *   <li>{@code ValidateEvictionResponders}: atiratree/kubernetes {@code 81b59d0f} (the feature's
 *       own branch): Forbidden with {@code schedulingGroup} set (the merged API marks that rule
 *       {@code +k8s:alpha}, shadowing this hand-written check), TooMany past 10, Duplicate names,
 *       then each name Required or {@code IsDomainPrefixedKey}. The merged type adds
 *       {@code priority} as {@code +k8s:required}, {@code +k8s:minimum=0},
 *       {@code +k8s:maximum=100000} (apimachinery's words: "must be greater than or equal to 0",
 *       "must be less than or equal to 100000") and {@code +k8s:customValidation}. Of the custom
 *       rules its comments describe, only "the interval 0-999 is reserved for responders with
 *       *.k8s.io suffix" is checked, in those words (upstream's check was not seen); the reserved
 *       {@code *.k8s.io} names are not, since Kubernetes' own controllers may set them.</li>
 * </ul>
 */
final class PodGroupRules {
  /** {@code MaxPodEvictionResponders}; also the type's {@code +k8s:maxItems=10}. */
  private static final int MAX_EVICTION_RESPONDERS = 10;
  private static final int MAX_PRIORITY = 100_000;
  /** "The interval 0-999 is reserved for responders with *.k8s.io suffix." */
  private static final int FIRST_UNRESERVED_PRIORITY = 1000;

  private final Errors errors;
  private final Profile profile;

  PodGroupRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /** Checks the fields of {@code spec} (at {@code path}) that are set and the version has. */
  void spec(PodSpec spec, FieldPath path) {
    // no lambdas: this runs for every pod
    if (spec.workloadRef().isPresent() && GatedFields.exists("PodSpec.workloadRef", profile)) {
      workloadRef(spec.workloadRef().get(), path.child("workloadRef"));
    }
    if (spec.schedulingGroup().isPresent()
        && GatedFields.exists("PodSpec.schedulingGroup", profile)) {
      schedulingGroup(spec.schedulingGroup().get(), path.child("schedulingGroup"));
    }
    if (!spec.evictionResponders().isEmpty()
        && GatedFields.exists("PodSpec.evictionResponders", profile)) {
      evictionResponders(spec.evictionResponders(), spec.schedulingGroup().isPresent(),
          path.child("evictionResponders"));
    }
  }

  private void workloadRef(WorkloadReference ref, FieldPath path) {
    errors.invalidAll(path.child("name"), ref.name(), Formats.nameIsDnsSubdomain(ref.name(),
        false));
    errors.invalidAll(path.child("podGroup"), ref.podGroup(), Formats.dns1123Label(ref.podGroup()));
    ref.podGroupReplicaKey().filter(key -> !key.isEmpty()).ifPresent(key ->
        errors.invalidAll(path.child("podGroupReplicaKey"), key, Formats.dns1123Label(key)));
  }

  private void schedulingGroup(PodSchedulingGroup group, FieldPath path) {
    FieldPath name = path.child("podGroupName");
    if (group.podGroupName().isEmpty()) {
      // A one-of with a single member so far: upstream says so in the words of a union.
      errors.add(FieldError.invalid(name, null, "must specify one of: `podGroupName`"));
      return;
    }
    String value = group.podGroupName().get();
    errors.invalidAll(name, value, Formats.nameIsDnsSubdomain(value, false));
  }

  private void evictionResponders(List<EvictionResponder> responders, boolean inGroup,
      FieldPath path) {
    if (inGroup) {
      errors.add(FieldError.forbidden(path,
          "eviction responders are not supported when spec.schedulingGroup is set"));
      return;
    }
    if (responders.size() > MAX_EVICTION_RESPONDERS) {
      errors.add(FieldError.tooMany(path, responders.size(), MAX_EVICTION_RESPONDERS, profile));
      return;
    }
    // validate.Unique reports every later item whose name an earlier one has, with the item.
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < responders.size(); i++) {
      if (!seen.add(responders.get(i).name())) {
        errors.add(FieldError.duplicate(path.index(i), GoValues.bare(goStruct(responders.get(i)))));
      }
    }
    for (int i = 0; i < responders.size(); i++) {
      EvictionResponder responder = responders.get(i);
      FieldPath name = path.index(i).child("name");
      boolean nameValid = false;
      if (responder.name().isEmpty()) {
        errors.add(FieldError.required(name, ""));
      } else {
        nameValid = domainPrefixedKey(name, responder.name());
      }
      priority(responder, nameValid, path.index(i).child("priority"));
    }
  }

  /** {@code validation.IsDomainPrefixedKey}; returns whether the key passed. */
  private boolean domainPrefixedKey(FieldPath path, String key) {
    List<String> messages = Formats.qualifiedName(key, profile);
    if (!messages.isEmpty()) {
      errors.invalidAll(path, key, messages);
      return false;
    }
    if (key.split("/", -1).length != 2) {
      errors.add(FieldError.invalid(path, key,
          "must be a domain-prefixed key (such as \"acme.io/foo\")"));
      return false;
    }
    return true;
  }

  private void priority(EvictionResponder responder, boolean nameValid, FieldPath path) {
    if (responder.priority().isEmpty()) {
      errors.add(FieldError.required(path, ""));
      return;
    }
    int priority = responder.priority().get();
    if (priority < 0) {
      errors.add(FieldError.invalid(path, priority, "must be greater than or equal to 0"));
    } else if (priority > MAX_PRIORITY) {
      errors.add(FieldError.invalid(path, priority,
          "must be less than or equal to " + MAX_PRIORITY));
    } else if (priority < FIRST_UNRESERVED_PRIORITY && nameValid
        && !domain(responder.name()).endsWith(".k8s.io")) {
      errors.add(FieldError.invalid(path, priority,
          "the interval 0-999 is reserved for responders with *.k8s.io suffix"));
    }
  }

  private static String domain(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? key : key.substring(0, slash);
  }

  /**
   * The item as {@code field.Error} prints a struct value: {@code json.Marshal} of the internal
   * {@code core.EvictionResponder}, which has no JSON tags, so Go's field names.
   */
  private static String goStruct(EvictionResponder r) {
    return "{\"Name\":" + GoStructs.jsonString(r.name()) + ",\"Priority\":"
        + GoStructs.jsonValue(r.priority()) + "}";
  }
}
