package dev.podwright.modelgen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the Podwright model, its YAML reader and writer, the field version table and the
 * validator's walk over the model from the API descriptions {@code api/kubernetes-1.X.json}.
 *
 * <p>Usage: {@code ModelGen <description directory> <output source directory> [codegen]}. Run by
 * dsl's build (exec-maven-plugin, generate-sources phase); never at run time. With
 * {@code codegen} it writes only the annotation processor's {@code ModelSource} (see
 * {@link SourceWriterGenerator}), for codegen's build.
 */
public final class ModelGen {
  private ModelGen() {}

  /** Runs the generator; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    boolean codegen = args.length == 3 && args[2].equals("codegen");
    if (args.length != 2 && !codegen) {
      throw new IllegalArgumentException(
          "usage: ModelGen <description dir> <output dir> [codegen]");
    }
    if (codegen) {
      new SourceWriterGenerator(ApiModel.merge(read(Path.of(args[0])))).file()
          .writeTo(Path.of(args[1]));
    } else {
      generate(Path.of(args[0]), Path.of(args[1]));
    }
  }

  static void generate(Path descriptions, Path out) throws IOException {
    for (JavaFile file : files(read(descriptions))) {
      file.writeTo(out);
    }
  }

  static List<ApiDescription> read(Path dir) throws IOException {
    List<ApiDescription> versions = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "kubernetes-1.*.json")) {
      for (Path file : files) {
        versions.add(ApiDescription.read(file));
      }
    }
    if (versions.isEmpty()) {
      throw new IOException("no kubernetes-1.*.json in " + dir);
    }
    return versions;
  }

  static List<JavaFile> files(List<ApiDescription> versions) {
    ApiModel model = ApiModel.merge(versions);
    List<JavaFile> files = new ArrayList<>(new ModelGenerator(model).files());
    files.add(new ReaderGenerator(model).file());
    files.add(new WriterGenerator(model).file());
    files.add(new FieldVersionsGenerator(model).file());
    files.add(new ModelWalkGenerator(model).file());
    return files;
  }
}
