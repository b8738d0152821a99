package dev.podwright.cli;

import dev.podwright.yaml.Manifest;
import dev.podwright.yaml.ManifestException;
import dev.podwright.yaml.ManifestReader;
import dev.podwright.yaml.SkippedDocument;
import dev.podwright.yaml.UnknownKinds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns FILE arguments into manifests for every command, in one place: a file as given, a
 * directory as its {@code *.yaml}, {@code *.yml} and {@code *.json} files (recursively, hidden
 * directories such as {@code .git} left out, sorted by path), {@code -} as standard input. JSON
 * is read like YAML, and {@code kind: List} documents stand for their items.
 */
final class ManifestInputs {
  /** The FILE argument that stands for standard input. */
  static final String STDIN = "-";

  /** The largest input read, as the YAML reader's own limit: 64 MiB. */
  private static final int MAX_BYTES = 64 << 20;

  private final PodwrightCommand root;
  private final Console console;

  ManifestInputs(PodwrightCommand root, Console console) {
    this.root = root;
    this.console = console;
  }

  /** One input: a file, or standard input; {@code path} is null for stdin and invalid paths. */
  record Input(String label, @Nullable Path path, boolean isStdin) {}

  /** A read input: its text, as read, and its documents. */
  record Loaded(Input input, String text, Manifest manifest) {
    String label() {
      return input.label();
    }
  }

  /** Returns the name printed for a FILE argument. */
  static String label(String file) {
    return file.equals(STDIN) ? "<stdin>" : file;
  }

  /** What a command does with each input. */
  interface Handler {
    /** Handles a read input and returns its exit code. */
    int read(Loaded loaded);

    /** Handles an input that cannot be used and returns its exit code. */
    default int unusable(Input input, Unusable problem, Console console) {
      console.unusable(input.label(), problem.getMessage());
      return PodwrightCommand.UNUSABLE;
    }
  }

  /**
   * Reads every input of {@code args} in order and hands it to {@code handler}; documents of
   * kinds Podwright does not model are left out with a notice {@code FILE: skipping Service
   * "web": not a workload Podwright <verb>} when {@code verb} is given, and are an unusable input
   * when it is null. Returns the highest exit code.
   */
  int each(List<String> args, @Nullable String verb, Handler handler) {
    List<Input> inputs = expand(args);
    int exit = PodwrightCommand.VALID;
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      console.progress(i + 1, inputs.size(), input.label());
      Loaded loaded;
      try {
        loaded = load(input, verb == null ? UnknownKinds.FAIL : UnknownKinds.SKIP);
      } catch (Unusable e) {
        exit = Math.max(exit, handler.unusable(input, e, console));
        continue;
      }
      if (verb != null) {
        for (SkippedDocument skipped : loaded.manifest().skipped()) {
          console.notice(input.label(), "skipping " + skipped + ": not a workload Podwright "
              + verb);
        }
      }
      exit = Math.max(exit, handler.read(loaded));
    }
    return exit;
  }

  /**
   * What a command does with each input when inputs may be read and handled on several threads:
   * {@link #read} and {@link #unusable} run on any thread and print only to the console they are
   * given; {@link #take} runs on the calling thread, in input order, after that console's output
   * has been printed.
   *
   * @param <T> what handling one input gives
   */
  interface ParallelHandler<T> {
    /** Handles a read input, printing to {@code console}. */
    T read(Loaded loaded, Console console);

    /** Handles an input that cannot be used, printing to {@code console}. */
    T unusable(Input input, Unusable problem, Console console);

    /** Takes the outcome of one input, in input order, and returns its exit code. */
    int take(T outcome);
  }

  /** An outcome with what its work printed, for the calling thread. */
  private record Handled<T>(T outcome, Console printed) {}

  /**
   * Like {@link #each}, with the inputs read and handled on up to one thread per processor;
   * what is printed, and the order in which {@code take} sees the outcomes, are the same as
   * on one thread. A single input, or a single processor, takes no other thread. Returns the
   * highest exit code.
   */
  <T> int eachInParallel(List<String> args, String verb, ParallelHandler<T> handler) {
    return eachInParallel(args, verb, handler, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Like {@link #eachInParallel(List, String, ParallelHandler)} on up to {@code processors}
   * threads; standard input among the inputs keeps the run on this thread, since which of
   * several {@code -} would read it must not depend on timing.
   */
  <T> int eachInParallel(List<String> args, String verb, ParallelHandler<T> handler,
      int processors) {
    List<Input> inputs = expand(args);
    boolean stdin = inputs.stream().anyMatch(Input::isStdin);
    int threads = stdin ? 1 : Math.min(inputs.size(), processors);
    int exit = PodwrightCommand.VALID;
    if (threads < 2) {
      for (int i = 0; i < inputs.size(); i++) {
        console.progress(i + 1, inputs.size(), inputs.get(i).label());
        exit = Math.max(exit, handler.take(handle(inputs.get(i), verb, handler, console)));
      }
      return exit;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "podwright-read");
      thread.setDaemon(true);
      return thread;
    });
    try {
      // A bounded window of inputs ahead of the one being printed keeps memory flat.
      int window = threads * 4;
      List<Future<Handled<T>>> pending = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        while (pending.size() < inputs.size() && pending.size() <= i + window) {
          Input input = inputs.get(pending.size());
          pending.add(pool.submit(() -> {
            Console recording = console.recording();
            return new Handled<>(handle(input, verb, handler, recording), recording);
          }));
        }
        Handled<T> handled = result(pending.get(i));
        pending.set(i, null);
        console.progress(i + 1, inputs.size(), inputs.get(i).label());
        console.replay(handled.printed());
        exit = Math.max(exit, handler.take(handled.outcome()));
      }
      return exit;
    } finally {
      pool.shutdownNow();
    }
  }

  private <T> T handle(Input input, String verb, ParallelHandler<T> handler, Console console) {
    Loaded loaded;
    try {
      loaded = load(input, UnknownKinds.SKIP);
    } catch (Unusable e) {
      return handler.unusable(input, e, console);
    }
    for (SkippedDocument skipped : loaded.manifest().skipped()) {
      console.notice(input.label(), "skipping " + skipped + ": not a workload Podwright "
          + verb);
    }
    return handler.read(loaded, console);
  }

  /** Waits for {@code future}; what its work threw, it throws here. */
  private static <T> T result(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Expands directories; a missing file stays an input, to be reported when read. */
  List<Input> expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        inputs.add(new Input("<stdin>", null, true));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        inputs.add(new Input(arg, null, false)); // reported when read
        continue;
      }
      if (!Files.isDirectory(path)) {
        inputs.add(new Input(arg, path, false));
        continue;
      }
      List<Path> found = manifestsUnder(path);
      if (found.isEmpty()) {
        console.notice(arg, "no *.yaml, *.yml or *.json files in this directory");
      }
      for (Path file : found) {
        inputs.add(new Input(file.toString(), file, false));
      }
    }
    return inputs;
  }

  private static List<Path> manifestsUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk
          .filter(p -> isManifestName(p.getFileName().toString()))
          .filter(p -> !isHidden(dir.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(dir); // reading the directory as a file reports the problem
    }
  }

  private static boolean isManifestName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one input.
   *
   * @throws Unusable with a one-line message if the input cannot be read or is not a manifest
   */
  Loaded load(Input input, UnknownKinds unknownKinds) throws Unusable {
    byte[] bytes = bytes(input);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String yaml = JsonText.forYamlReader(text);
    byte[] toRead = yaml.equals(text) ? bytes : yaml.getBytes(StandardCharsets.UTF_8);
    try {
      return new Loaded(input, text,
          ManifestReader.readManifest(new ByteArrayInputStream(toRead), unknownKinds));
    } catch (ManifestException e) {
      throw new Unusable(e.getMessage(), e.line());
    } catch (UncheckedIOException e) {
      throw new Unusable(describe(e.getCause()), 0);
    }
  }

  private byte[] bytes(Input input) throws Unusable {
    try {
      if (input.isStdin()) {
        return limited(root.stdin()); // not closed: it is the process's
      }
      Path path = input.path();
      if (path == null) {
        throw new Unusable("cannot read: invalid path", 0);
      }
      if (Files.isDirectory(path)) {
        throw new Unusable("cannot read: is a directory", 0);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return limited(in);
      }
    } catch (IOException e) {
      throw new Unusable(describe(e), 0);
    }
  }

  private static byte[] limited(InputStream in) throws IOException, Unusable {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new Unusable("cannot read: larger than 64 MiB", 0);
    }
    return bytes;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "cannot read: no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    return "cannot read: " + e.getMessage();
  }

  /** An input that cannot be used; the message is one line, the line 0 when unknown. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Unusable(String message, int line) {
      super(message);
      this.line = line;
    }

    /** Returns the 1-based line the problem is at, 0 when it is not about a line. */
    int line() {
      return line;
    }
  }
}
