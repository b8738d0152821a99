package dev.podwright.yaml;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.podwright.model.Extensible;
import dev.podwright.model.KubernetesObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads Kubernetes manifests, one or many documents, into the model: {@code Pod} (v1),
 * {@code Job} and {@code CronJob} (batch/v1), {@code Deployment}, {@code StatefulSet} and
 * {@code DaemonSet} (apps/v1).
 *
 * <pre>{@code
 * List<KubernetesObject> objects = ManifestReader.read(Path.of("pod.yaml"));
 * Pod pod = (Pod) objects.get(0);
 * }</pre>
 *
 * <p>A list document ({@code kind: List}, as {@code kubectl get -o yaml} writes, or a typed list
 * such as {@code PodList}) stands for its {@code items}, each read as a document of its own.
 * Any other kind is an error, unless read with {@link #readManifest(Path, UnknownKinds)} and
 * {@link UnknownKinds#SKIP}, which leaves such documents out and lists them.
 *
 * <p>Fields the model does not know are kept verbatim, in document order, in each object's
 * {@link Extensible#unknownFields()}, so {@code PodYaml.toYaml(read(yaml))} loses nothing a user
 * wrote; {@link #readDocuments(Reader)} also reports their paths, since they are not validated.
 * Values are typed as strictly as the API server's decoder types them: {@code containerPort:
 * "80"} is an error, and so is {@code cpu: abc} (with the server's message). Plain scalars have
 * the types kubectl's decoder (go-yaml v2) gives them, so {@code privileged: y} is true and
 * {@code key:} with nothing after it is null, which means not set. Empty documents are skipped.
 *
 * <p>Every problem is a {@link ManifestException} with a one-line message such as {@code line 12,
 * column 24: spec.containers[0].ports[0].containerPort: expected an integer, found "http"}.
 * Hostile input fails fast with such an exception too: at most 64 MiB in all and 3 MiB (the API
 * server's request limit) per document, 100 levels of nesting, 50 aliases per document expanding
 * to at most 100,000 nodes, 1 MiB per string and 256 KiB per word. Explicit tags other than the
 * standard {@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null},
 * {@code !!map} and {@code !!seq} are refused; no class is ever instantiated from a tag.
 */
public final class ManifestReader {
  /** How far the reader peeks for a JSON stream's '{', as kubectl's YAMLOrJSONDecoder. */
  private static final int JSON_PEEK = 4096;

  private static final Limits LIMITS = Limits.DEFAULTS;
  private static final YAMLFactory FACTORY = factory(LIMITS);
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(constraints(LIMITS))
      .build();

  private ManifestReader() {}

  /**
   * Reads every object of a YAML stream.
   *
   * @throws ManifestException if the YAML is malformed, hostile, or not a supported object
   */
  public static List<KubernetesObject> read(String yaml) {
    return objects(readDocuments(yaml));
  }

  /**
   * Reads every object of a YAML stream; does not close {@code in}.
   *
   * @throws ManifestException if the YAML is malformed, hostile, or not a supported object
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<KubernetesObject> read(Reader in) {
    return objects(readDocuments(in));
  }

  /**
   * Reads every object of a UTF-8 YAML stream; does not close {@code in}.
   *
   * @throws ManifestException if the YAML is malformed, hostile, not UTF-8, or not a supported
   *     object
   * @throws UncheckedIOException if {@code in} fails
   */
  public static List<KubernetesObject> read(InputStream in) {
    return objects(readDocuments(in));
  }

  /**
   * Reads every object of a UTF-8 YAML file.
   *
   * @throws ManifestException if the YAML is malformed, hostile, or not a supported object
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<KubernetesObject> read(Path file) {
    return objects(readDocuments(file));
  }

  /**
   * Reads every object of a UTF-8 YAML class-path resource, found through the class loader of
   * {@code anchor} as {@link ClassLoader#getResourceAsStream} finds it (so {@code name} has no
   * leading slash). The specs the annotation processor generates read their manifest this way.
   *
   * @throws IllegalArgumentException if the class loader has no such resource
   * @throws ManifestException if the YAML is malformed, hostile, or not a supported object
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<KubernetesObject> readResource(Class<?> anchor, String name) {
    requireNonNull(anchor, "anchor == null");
    requireNonNull(name, "name == null");
    ClassLoader loader = anchor.getClassLoader();
    InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(name)
        : loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("no class-path resource " + name + " for "
          + anchor.getName());
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads every document of a YAML stream, with its unknown fields; see {@link #read(String)}. */
  public static List<ManifestDocument> readDocuments(String yaml) {
    return readManifest(yaml, UnknownKinds.FAIL).documents();
  }

  /** Reads every document of a YAML stream, with its unknown fields; see {@link #read(Reader)}. */
  public static List<ManifestDocument> readDocuments(Reader in) {
    return readManifest(in, UnknownKinds.FAIL).documents();
  }

  /**
   * Reads every document of a UTF-8 YAML stream, with its unknown fields; see
   * {@link #read(InputStream)}. A U+FFFD replacement character counts as invalid UTF-8.
   */
  public static List<ManifestDocument> readDocuments(InputStream in) {
    return readManifest(in, UnknownKinds.FAIL).documents();
  }

  /** Reads every document of a UTF-8 YAML file, with its unknown fields; see read(Path). */
  public static List<ManifestDocument> readDocuments(Path file) {
    return readManifest(file, UnknownKinds.FAIL).documents();
  }

  /**
   * Reads a YAML stream that may mix workloads with kinds the model does not know (a
   * {@code Service}, a {@code ConfigMap}, ...); {@code unknownKinds} says whether those fail or
   * are left out and listed in {@link Manifest#skipped()}. Every other problem fails as in
   * {@link #read(String)}, whatever the document's kind.
   */
  public static Manifest readManifest(String yaml, UnknownKinds unknownKinds) {
    requireNonNull(yaml, "yaml == null");
    return readManifest(new StringReader(yaml), unknownKinds);
  }

  /** Reads a YAML stream; see {@link #readManifest(String, UnknownKinds)}; does not close in. */
  public static Manifest readManifest(Reader in, UnknownKinds unknownKinds) {
    requireNonNull(in, "in == null");
    requireNonNull(unknownKinds, "unknownKinds == null");
    return parse(in, false, unknownKinds);
  }

  /**
   * Reads a UTF-8 YAML stream; see {@link #readManifest(String, UnknownKinds)} and
   * {@link #readDocuments(InputStream)}; does not close {@code in}.
   */
  public static Manifest readManifest(InputStream in, UnknownKinds unknownKinds) {
    requireNonNull(in, "in == null");
    requireNonNull(unknownKinds, "unknownKinds == null");
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return parse(new InputStreamReader(in, utf8), true, unknownKinds);
  }

  /** Reads a UTF-8 YAML file; see {@link #readManifest(String, UnknownKinds)}. */
  public static Manifest readManifest(Path file, UnknownKinds unknownKinds) {
    requireNonNull(file, "file == null");
    requireNonNull(unknownKinds, "unknownKinds == null");
    try (InputStream in = Files.newInputStream(file)) {
      return readManifest(in, unknownKinds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one object from a stream of Jackson tokens instead of YAML text, with the same rules:
   * strict typing, unknown fields kept, the limits on strings, numbers and nesting. This is how
   * another Jackson-based library hands over an object without printing it, e.g. a
   * {@code TokenBuffer} that its object mapper wrote. Reads the value at the current token, or at
   * the next one if there is none; does not close {@code parser}. Problems have no line and
   * column unless the stream has positions.
   *
   * @throws ManifestException if the value is not a supported object or a field has the wrong
   *     type
   * @throws UncheckedIOException if {@code parser} fails
   */
  public static KubernetesObject readTokens(JsonParser parser) {
    requireNonNull(parser, "parser == null");
    try {
      JsonToken token = parser.hasCurrentToken() ? parser.currentToken() : parser.nextToken();
      if (token == null) {
        throw new ManifestException(0, 0, "", "no object: the token stream is empty");
      }
      TreeBuilder trees = new TreeBuilder(parser, LIMITS);
      try {
        return new ModelReader().object(trees.value(token));
      } catch (JsonProcessingException e) {
        throw translate(e, trees.location());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<KubernetesObject> objects(List<ManifestDocument> documents) {
    List<KubernetesObject> objects = new ArrayList<>(documents.size());
    for (ManifestDocument document : documents) {
      objects.add(document.object());
    }
    return objects;
  }

  private static Manifest parse(Reader in, boolean decoded, UnknownKinds unknownKinds) {
    try {
      return parse(new BoundedReader(in, LIMITS.maxInputChars(), LIMITS.maxRunLength(), decoded),
          unknownKinds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream as kubectl's decoder (apimachinery's YAMLOrJSONDecoder) does: one that starts
   * with {@code {} after white space is a stream of JSON objects, one after another with no
   * {@code ---} between them; any other is YAML. Like the decoder it only peeks, at the first 4
   * KiB, and gives them back: a YAML document may be indented as a whole
   * ({@code " apiVersion: v1"}), and lines are counted from the top of the file.
   */
  private static Manifest parse(BoundedReader bounded, UnknownKinds unknownKinds)
      throws IOException {
    // As apimachinery's GuessJSONStream (util/yaml/decoder.go) does with bufio's Peek.
    BufferedReader in = new BufferedReader(bounded, JSON_PEEK);
    in.mark(JSON_PEEK);
    int first = in.read();
    for (int seen = 1; seen < JSON_PEEK && Character.isWhitespace(first); seen++) {
      first = in.read();
    }
    in.reset();
    List<ManifestDocument> documents = new ArrayList<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    try (JsonParser parser = first == '{' ? JSON.createParser(in) : FACTORY.createParser(in)) {
      TreeBuilder trees = new TreeBuilder(parser, LIMITS);
      try {
        int index = 0;
        for (YamlNode root = trees.next(); root != null; root = trees.next(), index++) {
          if (isEmpty(root)) {
            continue;
          }
          YamlNode.Sequence items = listItems(root);
          for (YamlNode object : items != null ? items.items() : List.of(root)) {
            read(object, index, unknownKinds, documents, skipped);
          }
        }
      } catch (JsonProcessingException e) {
        throw translate(e, trees.location());
      }
    }
    return new Manifest(documents, skipped);
  }

  private static void read(YamlNode root, int index, UnknownKinds unknownKinds,
      List<ManifestDocument> documents, List<SkippedDocument> skipped) {
    SkippedDocument unknown =
        unknownKinds == UnknownKinds.SKIP ? ModelReader.unknownKind(root) : null;
    if (unknown != null) {
      skipped.add(unknown);
      return;
    }
    ModelReader reader = new ModelReader();
    KubernetesObject object = reader.object(root);
    documents.add(new ManifestDocument(object, reader.unknownFieldPaths(), index, root));
  }

  /**
   * Returns the items of a list document, as {@code kubectl get -o yaml} writes them: {@code
   * apiVersion: v1}, {@code kind: List} (or a typed list such as {@code DeploymentList}) and a
   * sequence of objects under {@code items}; null for any other document.
   */
  private static YamlNode.@Nullable Sequence listItems(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping)) {
      return null;
    }
    var entries = ((YamlNode.Mapping) root).entries();
    YamlNode.Entry kind = entries.get("kind");
    YamlNode.Entry items = entries.get("items");
    if (kind == null || items == null || !(items.value() instanceof YamlNode.Sequence)
        || !(kind.value() instanceof YamlNode.Scalar)
        || !(((YamlNode.Scalar) kind.value()).value() instanceof String)) {
      return null;
    }
    String name = (String) ((YamlNode.Scalar) kind.value()).value();
    return name.endsWith("List") ? (YamlNode.Sequence) items.value() : null;
  }

  /** An empty document ({@code ---} with nothing after it) reads as an empty or null scalar. */
  private static boolean isEmpty(YamlNode root) {
    if (!(root instanceof YamlNode.Scalar)) {
      return false;
    }
    Object value = ((YamlNode.Scalar) root).value();
    return value == Extensible.NULL || "".equals(value);
  }

  /** Turns a Jackson or SnakeYAML error into a one-line {@link ManifestException}. */
  private static RuntimeException translate(JsonProcessingException e, JsonLocation fallback)
      throws IOException {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ManifestException) {
        return (ManifestException) t;
      }
      if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
        throw (IOException) t; // the input itself failed: not a YAML problem
      }
      if (t instanceof MarkedYAMLException) {
        return snakeYamlProblem((MarkedYAMLException) t, fallback);
      }
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      // "... exceeds the maximum allowed (100, from `StreamReadConstraints.getMaxNestingDepth()`)"
      message = message.replaceAll(", from `[^`]*`", "");
    } else if (e.getCause() != null && e.getCause().getMessage() != null) {
      message = e.getCause().getMessage(); // SnakeYAML's own limits, e.g. the code point limit
    }
    message = nonScalarKey(message);
    message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    return new ManifestException(Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), "",
        message);
  }

  /**
   * Jackson's "Expected a field name (Scalar value in YAML), got this instead: <...Event(...)>",
   * for a mapping or sequence used as a key, names SnakeYAML's event classes. Such YAML is
   * valid, but go-yaml's JSON conversion refuses it too ("invalid map key"); the usual cause is
   * an unrendered template, whose {@code {{ .x }}} YAML reads as a flow mapping inside a flow
   * mapping. Returns the message in plain words, or {@code message} unchanged.
   */
  private static String nonScalarKey(String message) {
    if (!message.startsWith("Expected a field name (Scalar value in YAML)")) {
      return message;
    }
    return "a field name must be a string, found "
        + (message.contains("SequenceStartEvent") ? "a sequence" : "a mapping")
        + " (an unrendered template such as {{ .Values.name }}?)";
  }

  private static ManifestException snakeYamlProblem(MarkedYAMLException e, JsonLocation fallback) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = mark != null ? mark.getLine() + 1 : Math.max(fallback.getLineNr(), 1);
    int column = mark != null ? mark.getColumn() + 1 : Math.max(fallback.getColumnNr(), 1);
    String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
    if (e.getContext() != null) {
      Mark context = e.getContextMark();
      problem += " (" + e.getContext()
          + (context != null && context != mark
              ? " at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1)
              : "")
          + ")";
    }
    return new ManifestException(line, column, "", problem);
  }

  private static YAMLFactory factory(Limits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxDocumentCodePoints());
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    return new GuardedYamlFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints(limits)));
  }

  private static StreamReadConstraints constraints(Limits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxDocumentLength(limits.maxInputChars())
        .maxNumberLength(limits.maxNumberLength())
        .build();
  }
}
