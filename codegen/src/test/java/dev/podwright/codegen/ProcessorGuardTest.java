package dev.podwright.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The top-level guard: a bug in the processor becomes one error with a bug-report hint, naming
 * the exception and where it was thrown, never a stack trace in javac's output.
 */
class ProcessorGuardTest {
  private final List<String> messages = new ArrayList<>();
  private final Diagnostics diagnostics = new Diagnostics(new Recording());

  @Test
  void unexpectedExceptionBecomesOneErrorWithABugReportHint() {
    PodSpecProcessor.guarded(null, diagnostics, () -> {
      throw new IllegalStateException("no such stage");
    });

    assertThat(diagnostics.errorCount()).isEqualTo(1);
    assertThat(messages).singleElement().asString()
        .startsWith("ERROR [PodwrightUnexpected] the Podwright processor failed "
            + "(IllegalStateException: no such stage in ProcessorGuardTest.")
        .endsWith("); this is a bug in Podwright, not in your code; please report it with the "
            + "annotated source")
        .doesNotContain("java.lang.")
        .doesNotContain("\tat ");
  }

  @Test
  void linkageAndStackOverflowErrorsAreCaughtToo() {
    PodSpecProcessor.guarded(null, diagnostics, () -> {
      throw new NoClassDefFoundError("dev/podwright/dsl/Pods");
    });
    PodSpecProcessor.guarded(null, diagnostics, () -> {
      throw new StackOverflowError();
    });

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).contains("(NoClassDefFoundError: dev/podwright/dsl/Pods in ");
    assertThat(messages.get(1)).contains("(StackOverflowError in ");
  }

  @Test
  void workThatSucceedsReportsNothing() {
    PodSpecProcessor.guarded(null, diagnostics, () -> { });

    assertThat(messages).isEmpty();
  }

  /** Records what the processor prints instead of printing it. */
  private final class Recording implements Messager {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      messages.add(kind + " " + msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(
        Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a, AnnotationValue v) {
      printMessage(kind, msg);
    }
  }
}
