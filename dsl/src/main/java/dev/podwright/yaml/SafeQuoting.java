package dev.podwright.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 or YAML 1.2 reader would resolve to something other than a
 * string: booleans of either version ({@code yes}, {@code on}, {@code y}), nulls, integers in any
 * base ({@code 0123}, {@code 0x1F}, {@code 1_000}, sexagesimal {@code 1:20}), floats
 * ({@code 1e3}, {@code .5}, {@code .inf}), timestamps and merge keys, and the base prefixes Go's
 * yaml.v2 accepts in either case ({@code 0X1F}). Jackson's default checker
 * covers the syntax characters; this one adds the resolvers, so {@code "15001"} in {@code args}
 * stays a string for kubectl, Go's yaml.v2 and SnakeYAML alike.
 */
final class SafeQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  private static final Pattern NON_STRING = Pattern.compile(String.join("|",
      // YAML 1.1 and 1.2 booleans and nulls
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
      "~|null|Null|NULL",
      // integers: decimal (leading zeros too: 1.2 core reads 08 as 8), octal, hex, binary, with
      // underscores (1.1), base prefixes in either case (Go's yaml.v2 uses ParseInt(s, 0, 64))
      "[-+]?[0-9][0-9_]*",
      "[-+]?0[oO]?[0-7_]+|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[bB][01_]+",
      // sexagesimal (1.1)
      "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
      // floats of both versions, infinities and NaN
      "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?",
      "[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)",
      // SnakeYAML's YAML 1.1 float resolver also takes underscores anywhere: "+_0", "_1.5"
      "[-+]?[0-9_]+(\\.[0-9_]*)?([eE][-+]?[0-9]+)?",
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
      // timestamps (1.1), merge and value keys
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
      "<<|="));

  @Override
  public boolean needToQuoteValue(String value) {
    return value.isEmpty() || NON_STRING.matcher(value).matches() || super.needToQuoteValue(value)
        || !value.equals(value.strip())
        // NEL is a line break in YAML 1.1; unquoted, SnakeYAML falls back to single quotes, in
        // which it is folded to a space on reading. Double quotes escape it as \N.
        || value.indexOf('\u0085') >= 0;
  }

  @Override
  public boolean needToQuoteName(String name) {
    return needToQuoteValue(name) || super.needToQuoteName(name);
  }
}
