package org.communique.db;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * A file written whole or not at all: written to a temporary file beside the target (created with
 * the umask's permissions, as any other file of the folder), then moved into place.
 */
final class AtomicFile {
  /** What fills the temporary file. */
  interface Content {
    void writeTo(Path file) throws Exception;
  }

  private AtomicFile() {}

  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
    try {
      content.writeTo(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
