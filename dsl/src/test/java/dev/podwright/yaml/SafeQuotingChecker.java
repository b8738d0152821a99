package dev.podwright.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * {@link SafeQuoting} as Jackson's quoting checker, for {@code MINIMIZE_QUOTES} mode (under which
 * a quoted string is written in double quotes): the reference output through Jackson.
 */
final class SafeQuotingChecker extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean needToQuoteValue(String value) {
    return SafeQuoting.needsQuotes(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return SafeQuoting.needsQuotes(name);
  }
}
