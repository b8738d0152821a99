package dev.podwright.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * What any annotation processor costs javac before it does any work of its own, for
 * {@code bench/javac-floor.sh} (issue 12): it takes the {@code @Podwright.PodSpec} types and,
 * with {@code -Afloor.mode=}, writes nothing ({@code nothing}), one empty class per type
 * ({@code sources}), or that class and a one-line resource per type ({@code outputs}: as many
 * Filer calls and files as the Podwright processor). Named with {@code -processor}, never
 * registered as a service, so that no build picks it up.
 */
public final class FloorProcessor extends AbstractProcessor {
  /** Creates the processor; javac instantiates it from {@code -processor}. */
  public FloorProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.podwright.annotations.Podwright.PodSpec");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("floor.mode");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String mode = processingEnv.getOptions().getOrDefault("floor.mode", "nothing");
    if (mode.equals("nothing")) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        write((TypeElement) element, mode.equals("outputs"));
      }
    }
    return false;
  }

  private void write(TypeElement type, boolean resource) {
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String name = type.getSimpleName() + "Spec";
    try {
      try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type)
          .openWriter()) {
        out.write("package " + pkg + ";\n\npublic final class " + name + " {\n  private " + name
            + "() {\n  }\n}\n");
      }
      if (resource) {
        try (Writer out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT,
            "", "META-INF/floor/" + name + ".yaml", type).openWriter()) {
          out.write("kind: Pod\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
