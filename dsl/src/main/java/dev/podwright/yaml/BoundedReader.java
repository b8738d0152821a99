package dev.podwright.yaml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through until a limit, then fails with a {@link ManifestException} at the
 * position reached, so that an endless or huge stream costs bounded time and memory.
 *
 * <p>It also bounds runs of characters without a space or line break. SnakeYAML's scanner copies
 * its look-ahead window once per 1 KiB read while it scans such a run, which makes a single
 * multi-megabyte word cost seconds (quadratic time); words of normal manifests are short.
 */
final class BoundedReader extends FilterReader {
  private final long limit;
  private final int maxRun;
  private long count;
  private int run;
  private int line = 1;
  private int column = 1;

  BoundedReader(Reader in, long limit, int maxRun) {
    super(in);
    this.limit = limit;
    this.maxRun = maxRun;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) == -1 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n <= 0) {
      return n;
    }
    for (int i = offset; i < offset + n; i++) {
      if (++count > limit) {
        throw new ManifestException(line, column, "",
            "input exceeds the limit of " + (limit >> 20) + " MiB");
      }
      char c = buffer[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        run = 0;
      } else if (++run > maxRun) {
        throw new ManifestException(line, column, "",
            "more than " + maxRun + " characters without a space or line break");
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip not supported");
  }
}
