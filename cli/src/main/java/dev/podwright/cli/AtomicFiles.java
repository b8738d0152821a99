package dev.podwright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content all at once: written next to it, then renamed over it, so a crash
 * or a full disk leaves the old file or the new one, never half of one. Keeps the permissions.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void replace(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".podwright");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(target,
          PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
