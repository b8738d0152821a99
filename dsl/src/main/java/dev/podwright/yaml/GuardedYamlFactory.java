package dev.podwright.yaml;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * A YAML factory whose parsers refuse explicit tags other than the standard JSON-compatible ones.
 *
 * <p>Jackson's streaming parser never instantiates a class from a tag, but it also does not
 * complain about one: {@code !!java.net.URL x} would quietly read as the string {@code x}. The API
 * server's decoder rejects such documents, and a tag in a Kubernetes manifest is almost certainly
 * an attack or a mistake, so the parser fails on it. It inspects every SnakeYAML event, which also
 * covers tags on mapping keys that {@link YAMLParser#getTypeId()} does not expose, and it keeps
 * the anchor of the current node, which Jackson 2.20 reports for collections only, and the text
 * of the current scalar if it is plain and untagged, which the tree builder resolves as go-yaml
 * does (Jackson reports {@code key:} with nothing after it as an empty string, for example).
 *
 * <p>It also makes SnakeYAML accept the double-quote escapes that go-yaml (and so kubectl) accepts
 * and SnakeYAML refuses: {@code \'} for an apostrophe and backslash-TAB for a TAB. SnakeYAML
 * keeps its escapes in a public static table; adding the two entries only turns an error into the
 * reading every other YAML reader of Kubernetes manifests has, for any user of SnakeYAML in the
 * JVM.
 */
final class GuardedYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private static final String STANDARD = "tag:yaml.org,2002:";
  private static final Set<String> ALLOWED =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  static {
    ScannerImpl.ESCAPE_REPLACEMENTS.putIfAbsent('\'', "'");
    ScannerImpl.ESCAPE_REPLACEMENTS.putIfAbsent('\t', "\t");
  }

  GuardedYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new GuardedParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions,
        _objectCodec, reader);
  }

  /** Returns the problem with an explicit tag, or null if the tag is absent or standard. */
  static @Nullable String tagProblem(@Nullable String tag) {
    if (tag == null || tag.equals("!")) {
      return null; // no tag, or the non-specific "!" that only forces a string
    }
    if (tag.startsWith(STANDARD) && ALLOWED.contains(tag.substring(STANDARD.length()))) {
      return null;
    }
    String shown = tag.startsWith(STANDARD) ? "!!" + tag.substring(STANDARD.length()) : tag;
    return "tag " + shown + " is not allowed; only the standard tags !!str, !!int, !!float, "
        + "!!bool, !!null, !!map and !!seq are";
  }

  /** A YAML parser that refuses non-standard tags and exposes every node's anchor. */
  static final class GuardedParser extends YAMLParser {
    private @Nullable String anchor;
    private @Nullable String plainScalar;

    GuardedParser(IOContext context, int parserFeatures, int yamlFeatures,
        org.yaml.snakeyaml.LoaderOptions options, com.fasterxml.jackson.core.ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      String tag = null;
      if (event instanceof ScalarEvent) {
        tag = ((ScalarEvent) event).getTag();
      } else if (event instanceof CollectionStartEvent) {
        tag = ((CollectionStartEvent) event).getTag();
      }
      anchor = event instanceof NodeEvent && !(event instanceof AliasEvent)
          ? ((NodeEvent) event).getAnchor()
          : null;
      plainScalar = event instanceof ScalarEvent && isPlain((ScalarEvent) event)
          ? ((ScalarEvent) event).getValue() : null;
      String problem = tagProblem(tag);
      if (problem != null) {
        throw new ManifestException(event.getStartMark().getLine() + 1,
            event.getStartMark().getColumn() + 1, "", problem);
      }
      return event;
    }

    private static boolean isPlain(ScalarEvent scalar) {
      return scalar.getTag() == null
          && scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
    }

    /** Returns the current scalar as written if it is plain and untagged, else null. */
    @Nullable String plainScalar() {
      return plainScalar;
    }

    /** Returns the anchor ({@code &name}) of the node that starts at the current token. */
    @Nullable String anchor() {
      return anchor;
    }
  }
}
