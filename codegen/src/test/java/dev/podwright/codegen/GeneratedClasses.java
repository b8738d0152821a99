package dev.podwright.codegen;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a compile-testing compilation wrote, so a test can call a generated spec's
 * static method and compare the object with one built by the DSL. The DSL comes from the test
 * class path, so both objects are of the same classes.
 */
final class GeneratedClasses extends ClassLoader {
  private final Compilation compilation;

  private GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    this.compilation = compilation;
  }

  /** Calls the static, no-argument {@code method} of the generated class {@code className}. */
  static Object call(Compilation compilation, String className, String method) {
    try {
      Class<?> type = new GeneratedClasses(compilation).loadClass(className);
      java.lang.reflect.Method m = type.getMethod(method);
      m.setAccessible(true); // the spec of a package-private type is package-private
      return m.invoke(null);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new AssertionError("cannot call " + className + "." + method + "()", cause);
    }
  }

  /** The resources the compilation wrote (the manifests) come first. */
  @Override
  public InputStream getResourceAsStream(String name) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.OTHER
          && file.toUri().getPath().endsWith("/" + name)) {
        try {
          return file.openInputStream();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return super.getResourceAsStream(name);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    String suffix = "/" + name.replace('.', '/') + ".class";
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(suffix)) {
        try (InputStream in = file.openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new ClassNotFoundException(name);
  }
}
