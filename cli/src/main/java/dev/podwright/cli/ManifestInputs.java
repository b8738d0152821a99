package dev.podwright.cli;

import dev.podwright.yaml.Manifest;
import dev.podwright.yaml.ManifestDocument;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.SkippedDocument;
import dev.podwright.yaml.UnknownKinds;
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
   * Reads every document of a FILE argument; a kind the model does not know is unusable.
   *
   * @throws Unusable with a one-line message if the input cannot be read or is not a manifest
   */
  List<ManifestDocument> read(String file) throws Unusable {
    return read(file, UnknownKinds.FAIL).documents();
  }

  /**
   * Reads the workloads of a FILE argument and leaves out documents of other kinds (a Service
   * next to a Deployment), printing a notice for each: {@code FILE: skipping Service "web": not
   * a workload Podwright <verb>}.
   *
   * @throws Unusable with a one-line message if the input cannot be read, or a workload in it is
   *     not well-formed
   */
  List<ManifestDocument> readWorkloads(String file, Console console, String verb)
      throws Unusable {
    Manifest manifest = read(file, UnknownKinds.SKIP);
    for (SkippedDocument skipped : manifest.skipped()) {
      console.notice(label(file), "skipping " + skipped + ": not a workload Podwright " + verb);
    }
    return manifest.documents();
  }

  private Manifest read(String file, UnknownKinds unknownKinds) throws Unusable {
    try {
      if (file.equals(STDIN)) {
        // not closed: it is the process's
        return ManifestReader.readManifest(root.stdin(), unknownKinds);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new Unusable("cannot read: is a directory");
      }
      return ManifestReader.readManifest(path, unknownKinds);
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
