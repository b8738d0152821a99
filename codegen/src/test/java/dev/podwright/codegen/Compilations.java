package dev.podwright.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.podwright.model.KubernetesObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles with the Podwright processor and, when the compilation succeeds, checks the promise
 * of the generated code: each {@code <Type>Spec}'s method returns an object equal to the one the
 * processor assembled through the DSL. A second processor in the same compilation reads and
 * assembles every annotated type as {@link PodSpecProcessor} does and keeps the objects.
 */
final class Compilations {
  private Compilations() {}

  /** Compiles {@code sources}; on success, compares every generated spec with its assembly. */
  static Compilation compile(JavaFileObject... sources) {
    return compileWith(java.util.List.of(), sources);
  }

  /** As {@link #compile}, with javac {@code options} such as {@code -Apodwright.specCode=..}. */
  static Compilation compileWith(java.util.List<String> options, JavaFileObject... sources) {
    Assembled assembled = new Assembled();
    Compilation c = javac().withOptions(options).withProcessors(new PodSpecProcessor(), assembled)
        .compile(sources);
    if (c.status() == Compilation.Status.SUCCESS) {
      long specs = c.generatedSourceFiles().stream()
          .filter(f -> f.getName().endsWith("Spec.java"))
          .count();
      assertThat(assembled.objects).as("an assembled object per generated spec").hasSize(
          (int) specs);
      assembled.objects.forEach((spec, object) -> {
        String[] classAndMethod = spec.split("#");
        assertThat(GeneratedClasses.call(c, classAndMethod[0], classAndMethod[1]))
            .as("%s() against the processor-time object", spec)
            .isEqualTo(object);
      });
    }
    return c;
  }

  /** Assembles each annotated type as the processor does, reporting nothing. */
  private static final class Assembled extends AbstractProcessor {
    /** The objects by generated {@code class#method}. */
    final Map<String, KubernetesObject> objects = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return new PodSpecProcessor().getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        if (PodSpecReader.SPECS.contains(annotation.getQualifiedName().toString())) {
          for (Element element : round.getElementsAnnotatedWith(annotation)) {
            if (element instanceof TypeElement) {
              assemble((TypeElement) element);
            }
          }
        }
      }
      return false;
    }

    private void assemble(TypeElement type) {
      Diagnostics silent = new Diagnostics(new SilentMessager());
      Optional<PodModel> model;
      try {
        model = new PodSpecReader(processingEnv.getElementUtils(), new Values.Schemas(), silent)
            .read(type);
      } catch (Values.Malformed e) {
        return; // the processor reports it and generates nothing
      }
      if (model.isEmpty() || silent.errorCount() > 0) {
        return;
      }
      PodAssembler.Result result = new PodAssembler(
          ProcessorOptions.read(processingEnv.getOptions()).profile()).assemble(model.get());
      if (result.object().isPresent() && result.failures().isEmpty()) {
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName()
            .toString();
        String method = model.get().workload().map(w -> w.kind().method).orElse("pod");
        objects.put(pkg + "." + model.get().generatedName() + "#" + method,
            result.object().get());
      }
    }
  }

  private static final class SilentMessager implements Messager {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a) {}

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a, AnnotationValue v) {}
  }
}
