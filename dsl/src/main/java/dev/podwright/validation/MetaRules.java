package dev.podwright.validation;

import dev.podwright.model.ObjectMeta;
import java.util.Locale;
import java.util.Map;

/** Object metadata ({@code ValidateObjectMetaAccessor}, {@code ValidateLabels}, annotations). */
final class MetaRules {
  /** {@code TotalAnnotationSizeLimitB}. */
  static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  private final Errors errors;
  private final Profile profile;

  MetaRules(Errors errors) {
    this(errors, Profile.defaults());
  }

  MetaRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /**
   * Checks the metadata of an object whose name is a DNS subdomain. The namespace is optional
   * (kubectl supplies it) but must be a DNS label when present.
   */
  void objectMeta(ObjectMeta meta, FieldPath path) {
    String generateName = meta.generateName().orElse("");
    if (!generateName.isEmpty()) {
      errors.invalidAll(path.child("generateName"), generateName,
          Formats.nameIsDnsSubdomain(generateName, true));
    }
    String name = nameOnCreate(meta);
    if (name.isEmpty()) {
      errors.add(FieldError.required(path.child("name"), "name or generateName is required"));
    } else {
      errors.invalidAll(path.child("name"), name, Formats.nameIsDnsSubdomain(name, false));
    }
    if (meta.namespace().isPresent() && !meta.namespace().get().isEmpty()) {
      String ns = meta.namespace().get();
      errors.invalidAll(path.child("namespace"), ns, Formats.dns1123Label(ns));
    }
    labels(meta.labels(), path.child("labels"));
    annotations(meta.annotations(), path.child("annotations"));
  }

  /**
   * Returns the name the object has when the server validates it on create. With only
   * {@code generateName}, {@code rest.BeforeCreate} (k8s.io/apiserver pkg/registry/rest/create.go)
   * sets the name before {@code strategy.Validate} runs: the prefix, cut to 58 characters, plus
   * five random characters ({@code SimpleNameGenerator}, k8s.io/apiserver
   * pkg/storage/names/generate.go), all of them lower-case letters or digits. Offline they are
   * {@code xxxxx}, which every name rule accepts wherever the random ones are.
   */
  static String nameOnCreate(ObjectMeta meta) {
    String generateName = meta.generateName().orElse("");
    if (!meta.name().isEmpty() || generateName.isEmpty()) {
      return meta.name();
    }
    return generateName.substring(0, Math.min(58, generateName.length())) + "xxxxx";
  }

  /** {@code ValidateLabels}: the path is the map itself, without the key. */
  void labels(Map<String, String> labels, FieldPath path) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      errors.invalidAll(path, e.getKey(), Formats.qualifiedName(e.getKey()));
      errors.invalidAll(path, e.getValue(), Formats.labelValue(e.getValue()));
    }
  }

  /** {@code ValidateAnnotations}: keys are qualified names (case-insensitive); 256 KiB in all. */
  void annotations(Map<String, String> annotations, FieldPath path) {
    long size = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      errors.invalidAll(path, e.getKey(),
          Formats.qualifiedName(e.getKey().toLowerCase(Locale.ROOT)));
      size += utf8Length(e.getKey()) + utf8Length(e.getValue());
    }
    if (size > ANNOTATIONS_MAX_BYTES) {
      errors.add(FieldError.tooLong(path, ANNOTATIONS_MAX_BYTES, profile));
    }
  }

  static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
