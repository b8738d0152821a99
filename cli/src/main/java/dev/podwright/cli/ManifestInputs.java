package dev.podwright.cli;

import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ManifestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads FILE arguments as manifests for every command; {@code -} is standard input. */
final class ManifestInputs {
  /** The FILE argument that stands for standard input. */
  static final String STDIN = "-";

  private final PodwrightCommand root;

  ManifestInputs(PodwrightCommand root) {
    this.root = root;
  }

  /** Returns the name printed for a FILE argument. */
  static String label(String file) {
    return file.equals(STDIN) ? "<stdin>" : file;
  }

  /**
   * Reads every document of a FILE argument.
   *
   * @throws Unusable with a one-line message if the input cannot be read or is not a manifest
   */
  List<ManifestDocument> read(String file) throws Unusable {
    try {
      if (file.equals(STDIN)) {
        return ManifestReader.readDocuments(root.stdin()); // not closed: it is the process's
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new Unusable("cannot read: is a directory");
      }
      return ManifestReader.readDocuments(path);
    } catch (ManifestException e) {
      throw new Unusable(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new Unusable(describe(e.getCause()));
    } catch (InvalidPathException e) {
      throw new Unusable("cannot read: invalid path");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "cannot read: no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    return "cannot read: " + e;
  }

  /** An input that cannot be used; the message is one line. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }
}
