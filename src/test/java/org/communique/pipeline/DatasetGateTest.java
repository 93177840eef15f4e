package org.communique.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communique.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate: a fresh run must equal the committed dataset. */
class DatasetGateTest {
  @TempDir Path dir;

  @Test
  void freshDatasetPassesAndStaleOneFails() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestModels.CORPUS.resolve("000_db605b4fcb38a225.txt"), corpus.resolve("000_db605b4fcb38a225.txt"));
    Path out = dir.resolve("output");
    new ExtractJob(TestModels.extractor(), 2, "test").run(corpus, out, p -> { });
    DatasetGate gate = new DatasetGate(TestModels.extractor(), 2, "test");
    assertTrue(gate.check(corpus, out).upToDate());

    Path record = out.resolve("records/000_db605b4fcb38a225.json");
    Files.writeString(record, Files.readString(record).replace("\"Thursday\"", "\"Friday\""));
    DatasetGate.Result stale = gate.check(corpus, out);
    assertFalse(stale.upToDate());
    assertEquals(List.of("records/000_db605b4fcb38a225.json"), stale.differingFiles());
    assertEquals(1, stale.diff().counts().get("dates").added());
    assertEquals(1, stale.diff().counts().get("dates").removed());

    Files.writeString(corpus.resolve("new.txt"), "The United States will host the talks.");
    assertTrue(gate.check(corpus, out).differingFiles().contains("records/new.json"));
  }
}
