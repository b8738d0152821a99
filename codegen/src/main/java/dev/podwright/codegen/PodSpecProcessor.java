package dev.podwright.codegen;

import com.palantir.javapoet.JavaFile;
import dev.podwright.validation.FieldError;
import dev.podwright.yaml.PodYaml;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Podwright annotation processor. For each {@code @PodSpec} type (or workload type:
 * {@code @JobSpec}, {@code @CronJobSpec}, {@code @DeploymentSpec}, {@code @StatefulSetSpec},
 * {@code @DaemonSetSpec}) it reads the annotations, builds the object through the DSL and
 * validates it while javac runs, then writes {@code <Type>Spec.java}, whose static {@code pod()}
 * (or {@code job()}, {@code deployment()}, ...) returns an equal object, read from the manifest
 * at the first call or, with {@link #SPEC_CODE}, built through the model's builders (see
 * {@link SpecClassGenerator}), and the manifest {@code META-INF/podwright/<name>.yaml} to the class output. Any mistake is a
 * compile error on the offending annotation value, tagged like {@code [PodwrightInitProbe]}, and
 * every mistake of a class is reported. Registered as an isolating processor for Gradle: each
 * output comes from one annotated type.
 */
public final class PodSpecProcessor extends AbstractProcessor {
  /**
   * The option ({@code -Apodwright.specCode=...}) choosing how a generated spec makes its
   * object: {@code resource} (the default) reads the manifest the processor wrote, once, at the
   * first call; {@code builders} sets every value through the model's builders: a fast first
   * call, but javac then takes about 1.6 times the CPU in all on 200 annotated classes
   * (BENCHMARKS.md, issue 12).
   */
  public static final String SPEC_CODE = "podwright.specCode";

  /**
   * The option ({@code -Apodwright.kubernetesVersion=1.35}) naming the Kubernetes version the
   * processor validates for, as the CLI's {@code --kubernetes-version}: 1.27 to 1.37, 1.33 by
   * default. A bad value is a compile error.
   */
  public static final String KUBERNETES_VERSION = "podwright.kubernetesVersion";

  /**
   * The option ({@code -Apodwright.featureGates=ContainerRestartRules=true,ImageVolume=false})
   * overriding feature gates of that version, written and checked as
   * {@code kube-apiserver --feature-gates}: a gate the version does not have, a gate locked on
   * and turned off, or a value that is not a boolean is a compile error.
   */
  public static final String FEATURE_GATES = "podwright.featureGates";

  /** The options, read at the first round. */
  private ProcessorOptions options;

  /** Creates the processor; javac finds it through {@code META-INF/services}. */
  public PodSpecProcessor() {}

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SPEC_CODE, KUBERNETES_VERSION, FEATURE_GATES);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new HashSet<>(PodSpecReader.SPECS);
    for (String role : List.of("Sidecar", "Init", "Main")) {
      types.addAll(PodSpecReader.bothSpellings(role));
    }
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
    // We don't let exceptions of any kind reach javac: a crash would hide every other error and
    // show the user a stack trace instead of the mistake in their annotations. Each element is
    // guarded on its own, so that one failure does not hide the errors of the others.
    try {
      if (options == null) {
        options = ProcessorOptions.read(processingEnv.getOptions());
        // A bad option is one error, not one per type; nothing is validated for a version
        // the user did not mean.
        options.problems().forEach(p -> diagnostics.error(Loc.of(null), "PodwrightOption", p,
            ""));
      }
      if (!options.problems().isEmpty()) {
        return false;
      }
      Set<Element> done = new HashSet<>();
      Values.Schemas schemas = new Values.Schemas();
      for (TypeElement annotation : annotations) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          guarded(element, diagnostics, () -> processElement(annotation, element, done,
              schemas, diagnostics));
        }
      }
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      unexpected(null, e, diagnostics);
    }
    return false; // never claim the annotations; other processors may want them
  }

  private void processElement(TypeElement annotation, Element element, Set<Element> done,
      Values.Schemas schemas, Diagnostics diagnostics) {
    String name = annotation.getQualifiedName().toString();
    warnIfDeprecated(annotation, element, diagnostics);
    if (!PodSpecReader.SPECS.contains(name)) {
      checkEnclosed(element, annotation, diagnostics);
    } else if (!(element instanceof TypeElement)) {
      // javac reports the misplaced annotation too, but only after processing: say what to do.
      diagnostics.error(Loc.of(element), "PodwrightTarget",
          "@" + annotation.getSimpleName() + " applies to a class or an interface, not to "
              + element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
              + element.getSimpleName(),
          "declare the containers as members of a class or an interface");
    } else if (done.add(element)) { // @PodSpec and a workload annotation on one type: one pass
      try {
        processType((TypeElement) element, schemas, diagnostics);
      } catch (Values.Malformed e) {
        // The source does not compile there; nothing sensible can be generated from it.
        diagnostics.error(e.loc(), "PodwrightMalformed", e.getMessage(),
            "fix the annotation; Podwright skips " + element.getSimpleName() + " until then");
      }
    }
  }

  static void guarded(Element element, Diagnostics diagnostics, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      unexpected(element, e, diagnostics);
    }
  }

  /**
   * Turns a bug of the processor into one error on the element, naming the exception and where
   * it was thrown, instead of the stack trace javac would print.
   */
  static void unexpected(Element element, Throwable e, Diagnostics diagnostics) {
    String where = java.util.Arrays.stream(e.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("dev.podwright."))
        .findFirst()
        .map(frame -> " in " + frame.getClassName().substring(frame.getClassName()
            .lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber())
        .orElse("");
    diagnostics.error(Loc.of(element), "PodwrightUnexpected",
        "the Podwright processor failed" + (element == null ? "" : " on " + element) + " ("
            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + where + ")",
        "this is a bug in Podwright, not in your code; please report it with the annotated "
            + "source");
  }

  /** The top-level annotations such as {@code @PodSpec} give way to {@code @Podwright.PodSpec}. */
  private static void warnIfDeprecated(
      TypeElement annotation, Element element, Diagnostics diagnostics) {
    String name = annotation.getQualifiedName().toString();
    if (!name.startsWith(PodSpecReader.NESTED)) {
      String simple = annotation.getSimpleName().toString();
      AnnotationMirror mirror = element.getAnnotationMirrors().stream()
          .filter(m -> m.getAnnotationType().asElement().equals(annotation))
          .findFirst().orElse(null);
      diagnostics.warning(new Loc(element, mirror, null), "PodwrightDeprecated",
          "@" + name + " is deprecated and will be removed in the next release",
          "write @Podwright." + simple + " (import dev.podwright.annotations.Podwright), whose "
              + "name cannot clash with dev.podwright.model types");
    }
  }

  /** A container annotation outside a {@code @PodSpec} type would be silently ignored. */
  private void checkEnclosed(Element member, TypeElement annotation, Diagnostics diagnostics) {
    Element owner = member.getEnclosingElement();
    boolean inPod = owner != null && owner.getAnnotationMirrors().stream().anyMatch(m -> {
      Name type = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName();
      return PodSpecReader.SPECS.contains(type.toString());
    });
    if (!inPod) {
      diagnostics.error(Loc.of(member), "PodwrightOrphanContainer",
          "@" + annotation.getSimpleName() + " on " + member.getSimpleName() + " has no effect: "
              + owner.getSimpleName() + " is not annotated with @PodSpec or a workload annotation "
              + "such as @DeploymentSpec",
          "annotate " + owner.getSimpleName() + " with @PodSpec(name = \"...\")");
    }
  }

  private void processType(TypeElement type, Values.Schemas schemas, Diagnostics diagnostics) {
    int before = diagnostics.errorCount();
    Optional<PodModel> read =
        new PodSpecReader(processingEnv.getElementUtils(), schemas, diagnostics).read(type);
    if (read.isEmpty()) {
      return;
    }
    PodModel model = read.get();
    PodAssembler.Result result = new PodAssembler(options.profile()).assemble(model);
    ValidationReport report = new ValidationReport(diagnostics);
    Map<String, Loc> locations = model.locations();
    result.failures().forEach((path, message) -> report.failure(path, message, locations));
    for (FieldError error : result.errors()) {
      report.report(error, locations, model.workload().map(PodModel.WorkloadModel::kind));
    }
    if (diagnostics.errorCount() > before || result.object().isEmpty()) {
      return;
    }
    String packageName =
        processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    JavaFile file = new SpecClassGenerator(options.specCode()).generate(model,
        result.object().get(), packageName, type.getModifiers().contains(Modifier.PUBLIC));
    try {
      file.writeTo(processingEnv.getFiler());
      FileObject yaml = processingEnv.getFiler().createResource(
          StandardLocation.CLASS_OUTPUT, "", model.resourcePath(), type);
      try (Writer out = new java.io.OutputStreamWriter(yaml.openOutputStream(),
          StandardCharsets.UTF_8)) {
        out.write(PodYaml.toYaml(result.object().get()));
      }
    } catch (FilerException e) {
      diagnostics.error(Loc.of(type), "PodwrightDuplicateOutput",
          "cannot write the output of '" + model.objectName() + "': " + e.getMessage(),
          "give each @PodSpec and workload in the module its own name");
    } catch (IOException e) {
      diagnostics.error(Loc.of(type), "PodwrightIo",
          "cannot write the output of '" + model.objectName() + "': " + e.getMessage(), "");
    }
  }
}
