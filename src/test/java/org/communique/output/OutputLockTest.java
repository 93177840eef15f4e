package org.communique.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's lock inside one JVM; two processes are in faults/OneWriterTest. */
class OutputLockTest {
  @TempDir Path dir;

  private static final long PID = ProcessHandle.current().pid();

  @Test
  void theLockFileNamesItsOwnerWhileHeldAndIsEmptiedAfter() throws Exception {
    Path lockFile = dir.resolve(".lock");
    try (OutputLock lock = OutputLock.acquire(dir, false, n -> { })) {
      List<String> lines = Files.readAllLines(lockFile);
      assertEquals("pid=" + PID, lines.get(0));
      assertTrue(lines.get(1).startsWith("started="), lines.toString());
      Instant.parse(lines.get(1).substring("started=".length()));
    }
    assertTrue(Files.isRegularFile(lockFile));
    assertEquals(0, Files.size(lockFile));
    try (OutputLock again = OutputLock.acquire(dir, false, n -> { })) {
      assertEquals("pid=" + PID, Files.readAllLines(lockFile).get(0));
    }
  }

  @Test
  void aSecondWriterIsToldWhoIsWriting() throws Exception {
    try (OutputLock lock = OutputLock.acquire(dir, false, n -> { })) {
      OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(dir, false, n -> { }));
      String started = Files.readAllLines(dir.resolve(".lock")).get(1).substring("started=".length());
      assertEquals("another extract (pid " + PID + ", started " + started + ") is writing " + dir + "/", busy.getMessage());
      // the failed attempt did not loosen the lock
      assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(dir, false, n -> { }));
    }
  }

  @Test
  void aWaitingWriterGoesOnWhenTheLockIsReleased() throws Exception {
    List<String> notices = new ArrayList<>();
    OutputLock first = OutputLock.acquire(dir, false, n -> { });
    CompletableFuture<OutputLock> second = CompletableFuture.supplyAsync(() -> {
      try {
        return OutputLock.acquire(dir, true, n -> {
          synchronized (notices) {
            notices.add(n);
          }
        });
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Thread.sleep(600);
    assertFalse(second.isDone(), "waits while the first holds the lock");
    first.close();
    try (OutputLock taken = second.get(10, TimeUnit.SECONDS)) {
      assertEquals("pid=" + PID, Files.readAllLines(dir.resolve(".lock")).get(0));
    }
    synchronized (notices) {
      assertEquals(1, notices.size(), notices.toString());
      assertTrue(notices.get(0).startsWith("another extract (pid " + PID + ", started "), notices.get(0));
      assertTrue(notices.get(0).endsWith(") is writing " + dir + "/; waiting for it to finish (--wait)"), notices.get(0));
    }
  }

  @Test
  void aLockFileThatNoProcessHoldsIsTakenOver() throws Exception {
    // what a run killed with kill -9 leaves: its name in the file, and no OS lock
    Files.writeString(dir.resolve(".lock"), "pid=999999\nstarted=2020-01-02T03:04:05Z\n");
    List<String> notices = new ArrayList<>();
    try (OutputLock lock = OutputLock.acquire(dir, false, notices::add)) {
      assertEquals(List.of("the lock of an extract that is no longer running (pid 999999, started 2020-01-02T03:04:05Z) is taken over"),
          notices);
      assertEquals("pid=" + PID, Files.readAllLines(dir.resolve(".lock")).get(0));
    }
  }
}
