package org.communique.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One writer per output folder: {@code <out>/.lock} holds the owner's pid and start time and is
 * locked by the operating system ({@link FileChannel#lock}) for as long as the owner runs. The OS
 * lock, not the file, is what counts: a run killed with {@code kill -9} leaves the file behind but
 * loses the lock, and the next run takes it over. The file stays in the folder (deleting it would
 * let a waiting run lock a file that is no longer there); a run that ends normally empties it.
 * It is git-ignored and no part of the dataset.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE = ".lock";
  private static final long POLL_MILLIS = 200;

  /** Another run holds the lock; the message names it (pid, start time) and the folder. */
  public static final class Busy extends IOException {
    Busy(String message) {
      super(message);
    }
  }

  /** Folders locked by this JVM: a second lock on one from the same JVM must not open (and so close) the lock file. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code outDir} (which must exist). When another run holds it: throws
   * {@link Busy} at once, or with {@code wait} reports it to {@code notices} once and waits
   * until it is free. A lock file left by a run that no longer holds the lock is taken over
   * (reported to {@code notices}).
   */
  public static OutputLock acquire(Path outDir, boolean wait, Consumer<String> notices) throws IOException {
    Path key = outDir.toRealPath();
    boolean told = false;
    while (true) {
      Object attempt = HELD.add(key) ? attempt(outDir, key, notices) : busyMessage(Owner.current(), outDir); // this JVM writes there already
      if (attempt instanceof OutputLock taken) {
        return taken;
      }
      String busy = (String) attempt;
      if (!wait) {
        throw new Busy(busy);
      }
      if (!told) {
        notices.accept(busy + "; waiting for it to finish (--wait)");
        told = true;
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lock of " + outDir, e);
      }
    }
  }

  /** With {@code key} marked as held by this JVM: the lock, or (key released) the message naming its holder. */
  private static Object attempt(Path outDir, Path key, Consumer<String> notices) throws IOException {
    FileChannel channel = null;
    boolean taken = false;
    try {
      channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        return busyMessage(Owner.readWhileHeld(channel), outDir);
      }
      Owner left = Owner.read(channel);
      if (left != null) {
        notices.accept("the lock of an extract that is no longer running (pid " + left.pid() + ", started " + left.started()
            + ") is taken over");
      }
      Owner.current().write(channel);
      taken = true;
      return new OutputLock(key, channel, lock);
    } finally {
      if (!taken) {
        try {
          if (channel != null) {
            channel.close();
          }
        } finally {
          HELD.remove(key);
        }
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  static String busyMessage(Owner owner, Path outDir) {
    String who = owner == null ? "pid unknown" : "pid " + owner.pid() + ", started " + owner.started();
    return "another extract (" + who + ") is writing " + outDir + "/";
  }

  /** Empties the lock file (so that it names no owner) and releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      if (channel.isOpen()) {
        channel.truncate(0);
        channel.force(true);
      }
    } finally {
      try {
        if (lock.isValid()) {
          lock.release();
        }
        channel.close();
      } finally {
        HELD.remove(key);
      }
    }
  }

  /** Who holds (or held) a lock: {@code pid=N} and {@code started=<ISO instant>} lines. */
  record Owner(long pid, String started) {
    static Owner current() {
      return new Owner(ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    void write(FileChannel channel) throws IOException {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("pid=" + pid + "\nstarted=" + started + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
    }

    /** The owner named in the file, or null when it names none (empty: the last run ended normally). */
    static Owner read(FileChannel channel) throws IOException {
      long size = channel.size();
      if (size == 0 || size > 4096) {
        return null;
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
        // read it all
      }
      long pid = -1;
      String started = null;
      for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("pid=")) {
          try {
            pid = Long.parseLong(line.substring(4).strip());
          } catch (NumberFormatException e) {
            return null;
          }
        } else if (line.startsWith("started=")) {
          started = line.substring(8).strip();
        }
      }
      return pid > 0 && started != null ? new Owner(pid, started) : null;
    }

    /** The owner of a held lock: it writes its name just after taking the lock, so an empty file is read again briefly. */
    static Owner readWhileHeld(FileChannel channel) throws IOException {
      for (int i = 0; i < 10; i++) {
        Owner o = read(channel);
        if (o != null) {
          return o;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return null;
    }
  }
}
