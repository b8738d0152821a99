package dev.podwright.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The writer's YAML factory: Jackson's, except that a multi-line string goes into a literal block
 * ({@code |}) only when {@link SafeQuoting#literalSafe(String)} says every reader reads the block
 * back as the same string. Jackson chooses the literal style for any string with a line feed
 * before it consults the quoting checker; with a NEL (U+0085) inside, go-yaml and SnakeYAML would
 * read the block with a line feed in its place, so such strings are double-quoted instead.
 */
final class SafeYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  SafeYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext context) throws IOException {
    return new SafeGenerator(context, _generatorFeatures, _yamlGeneratorFeatures, _quotingChecker,
        _objectCodec, out, _version);
  }

  /** A generator that double-quotes multi-line strings a literal block would change. */
  private static final class SafeGenerator extends YAMLGenerator {
    SafeGenerator(IOContext context, int features, int yamlFeatures,
        StringQuotingChecker checker, ObjectCodec codec, Writer out,
        DumperOptions.Version version) throws IOException {
      super(context, features, yamlFeatures, checker, codec, out, version);
    }

    @Override
    protected ScalarEvent _scalarEvent(String value, DumperOptions.ScalarStyle style) {
      return super._scalarEvent(value,
          style == DumperOptions.ScalarStyle.LITERAL && !SafeQuoting.literalSafe(value)
              ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : style);
    }
  }
}
