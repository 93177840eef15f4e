package org.communique.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.SourceDocument;
import org.communique.output.JsonFiles;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import org.communique.pipeline.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) over the dev corpus (corpus/ with corpus/probe/)
 * and a few bad files, against {@code extract} run here on the same statements and models: the
 * same dataset.jsonl, errors.jsonl and manifest.json bytes, Parquet tables with the same items,
 * and the same incremental rule (unchanged statements are not annotated again).
 */
class SparkExtractTest {
  private static final Path MODELS = Path.of("models");
  private static final String VERSION = "test";

  @TempDir static Path dir;
  static SparkSession spark;
  static Path corpus;
  static Path extractOut;
  static Path sparkOut;
  static RunSummary extracted;
  static SparkExtractJob.Summary run;

  @BeforeAll
  static void runBoth() throws IOException {
    corpus = dir.resolve("corpus");
    FileUtils.copyDirectory(Path.of("corpus").toFile(), corpus.toFile());
    Files.write(corpus.resolve("zz_nul.txt"), "The Ministry of Defence\u0000 met.".getBytes(StandardCharsets.UTF_8));
    Files.write(corpus.resolve("zz_bad-utf8.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, '(', ' ', 'n', 'o'});
    Files.writeString(corpus.resolve("zz_twice.txt"), "One text.");
    Files.writeString(corpus.resolve("zz_twice.html"), "<p>Another text.</p>");

    extractOut = dir.resolve("extract");
    extracted = new ExtractJob(Extractor.load(MODELS), 2, VERSION, ExtractJob.Options.FULL, w -> { }).run(corpus, extractOut, p -> { });

    spark = SparkSession.builder().master("local[2]").appName("communique-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    sparkOut = dir.resolve("spark");
    run = SparkExtractJob.run(spark, options(corpus, sparkOut)); // the models copy inside the job's classes
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static SparkExtractJob.Options options(Path input, Path out) {
    return new SparkExtractJob.Options(input.toString(), out.toString(), null, null, null, 0, CorpusReader.DEFAULT_MAX_BYTES, 120,
        VERSION);
  }

  @Test
  void datasetIsByteIdenticalToExtract() throws IOException {
    byte[] expected = Files.readAllBytes(extractOut.resolve("dataset.jsonl"));
    int records = Files.readAllLines(extractOut.resolve("dataset.jsonl")).size();
    assertTrue(records >= 58, "the dev corpus, probe/ included");
    assertArrayEquals(expected, Files.readAllBytes(sparkOut.resolve("dataset.jsonl")));
    assertEquals(records, run.succeeded());
    assertEquals(extracted.documents(), run.documents());
    assertEquals(records, run.annotated());
    assertEquals(extracted.tokens(), run.tokens());
  }

  @Test
  void badFilesLandInErrorsWithExtractsReasons() throws IOException {
    byte[] expected = Files.readAllBytes(extractOut.resolve("errors.jsonl"));
    assertArrayEquals(expected, Files.readAllBytes(sparkOut.resolve("errors.jsonl")));
    String errors = Files.readString(sparkOut.resolve("errors.jsonl"));
    assertTrue(errors.contains("\"reason\":\"not text: contains NUL bytes\""), errors);
    assertTrue(errors.contains("\"reason\":\"not valid UTF-8 text (first bad byte at offset 3)\""), errors);
    assertTrue(errors.contains("doc_id 'zz_twice' is given by zz_twice.html and zz_twice.txt; neither is used"), errors);
    List<Row> rows = spark.read().parquet(sparkOut.resolve("errors").toString()).orderBy("path").collectAsList();
    assertEquals(extracted.errors().size(), rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.getString(1).equals("zz_bad-utf8.txt")));
    assertEquals(extracted.errors().size(), run.errors().size());
  }

  @Test
  void manifestIsExtracts() throws IOException {
    assertEquals(Files.readString(extractOut.resolve("manifest.json")), Files.readString(sparkOut.resolve("manifest.json")));
  }

  @Test
  void parquetTablesHoldEveryItem() throws IOException {
    Map<String, Map<String, Integer>> expected = countsByType(extractOut.resolve("dataset.jsonl"));
    for (String type : ItemTables.TYPES.keySet()) {
      List<Row> rows = spark.read().parquet(sparkOut.resolve(type).toString()).groupBy("doc_id").count().collectAsList();
      Map<String, Integer> actual = new TreeMap<>();
      rows.forEach(r -> actual.put(r.getString(0), (int) r.getLong(1)));
      assertEquals(expected.get(type), actual, type);
      long total = expected.get(type).values().stream().mapToLong(Integer::longValue).sum();
      assertEquals(total, run.itemsByType().get(type), type);
      assertEquals(extracted.itemsByType().get(type).longValue(), total, type);
    }
    Row group = spark.read().parquet(sparkOut.resolve("groups").toString())
        .filter("doc_id = '000_db605b4fcb38a225' and name = 'Cyber Policy Working Group'").first();
    assertEquals(List.of("United States", "Argentina"), group.getList(group.fieldIndex("members")));
    Row mention = group.<Row>getList(group.fieldIndex("mentions")).get(0);
    assertEquals(124, mention.getInt(mention.fieldIndex("start")));
  }

  /** A changed statement is annotated again, the others not; a rule edit annotates nothing. Both as extract does them. */
  @Test
  void incrementalRunsAnnotateOnlyWhatChanged() throws IOException {
    Path corpus2 = dir.resolve("corpus2");
    FileUtils.copyDirectory(corpus.toFile(), corpus2.toFile());
    Path changed = corpus2.resolve("023_us-japan-cyber-dialogue-2016.txt");
    Files.writeString(changed, Files.readString(changed) + "\nThe Department of State will host the next meeting in Tokyo in 2017.\n");
    Path extract2 = dir.resolve("extract2");
    FileUtils.copyDirectory(extractOut.toFile(), extract2.toFile());
    new ExtractJob(Extractor.load(MODELS), 2, VERSION, ExtractJob.Options.INCREMENTAL, w -> { }).run(corpus2, extract2, p -> { });

    Path spark2 = dir.resolve("spark2");
    SparkExtractJob.Summary second = SparkExtractJob.run(spark, options(corpus2, spark2).withPrevious(sparkOut.toString()));
    assertEquals(1, second.annotated());
    assertEquals(1, second.changed());
    assertEquals(run.succeeded() - 1, second.unchanged());
    assertArrayEquals(Files.readAllBytes(extract2.resolve("dataset.jsonl")), Files.readAllBytes(spark2.resolve("dataset.jsonl")));

    // a rule edit: every record is made again from the previous annotations, the NLP models are not needed
    Path models2 = dir.resolve("models2");
    FileUtils.copyDirectory(MODELS.toFile(), models2.toFile());
    Path dates = models2.resolve("rules/10-dates.rules");
    List<String> kept = Files.readAllLines(dates).stream().filter(l -> !l.startsWith("rule date.weekday:")).toList();
    assertEquals(Files.readAllLines(dates).size() - 1, kept.size(), "the test deletes rule date.weekday");
    Files.write(dates, kept);
    new ExtractJob(Extractor.load(models2), 2, VERSION, ExtractJob.Options.INCREMENTAL, w -> { }).run(corpus2, extract2, p -> { });
    Path spark3 = dir.resolve("spark3");
    SparkExtractJob.Summary third = SparkExtractJob.run(spark,
        options(corpus2, spark3).withPrevious(spark2.toString()).withModels(models2.toString()));
    assertEquals(0, third.annotated());
    assertEquals(run.succeeded(), third.changed());
    assertEquals(0, third.modelLoads());
    assertArrayEquals(Files.readAllBytes(extract2.resolve("dataset.jsonl")), Files.readAllBytes(spark3.resolve("dataset.jsonl")));
    assertTrue(Files.readString(spark2.resolve("dataset.jsonl")).contains("\"rule\":\"date.weekday\""));
    assertTrue(!Files.readString(spark3.resolve("dataset.jsonl")).contains("\"rule\":\"date.weekday\""));
  }

  /** JSON Lines of {doc_id, text, date, url}: the same records as the files; bad lines become errors. */
  @Test
  void jsonLinesGiveTheSameRecords() throws IOException {
    CorpusReader reader = new CorpusReader(corpus);
    StringBuilder sb = new StringBuilder();
    List<String> ids = new ArrayList<>();
    for (Path f : reader.list()) {
      if (f.getFileName().toString().startsWith("zz_")) {
        continue;
      }
      SourceDocument doc;
      try {
        doc = reader.read(f);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      ObjectNode line = JsonFiles.MAPPER.createObjectNode();
      line.put("doc_id", doc.docId());
      line.put("text", doc.text());
      if (doc.date() != null) {
        line.put("date", doc.date().toString());
      }
      line.put("url", doc.url());
      sb.append(JsonFiles.line(line)).append('\n');
      ids.add(doc.docId());
    }
    sb.append("{\"doc_id\":\"zz_nul\",\"text\":\"a\\u0000b\"}\n");
    sb.append("not json at all\n");
    sb.append("\n");
    sb.append("{\"doc_id\":\"zz_again\",\"text\":\"One.\"}\n");
    sb.append("{\"doc_id\":\"zz_again\",\"text\":\"Two.\"}\n");
    sb.append("{\"doc_id\":\"zz_date\",\"text\":\"Three.\",\"date\":\"July 2016\"}\n");
    Path jsonl = dir.resolve("statements.jsonl");
    Files.writeString(jsonl, sb.toString());

    Path out = dir.resolve("spark-jsonl");
    SparkExtractJob.Summary s = SparkExtractJob.run(spark, options(jsonl, out));
    assertEquals(ids.size() + 5, s.documents());
    assertEquals(ids.size(), s.succeeded());
    assertEquals(Files.readAllLines(extractOut.resolve("dataset.jsonl")), Files.readAllLines(out.resolve("dataset.jsonl")));
    String errors = Files.readString(out.resolve("errors.jsonl"));
    assertTrue(errors.contains("{\"doc_id\":\"zz_nul\",\"path\":\"statements.jsonl\",\"reason\":\"not text: contains NUL bytes\"}"), errors);
    assertTrue(errors.contains("is not JSON"), errors);
    assertTrue(errors.contains("doc_id 'zz_again' is given by more than one line"), errors);
    assertTrue(errors.contains("date is not an ISO date (YYYY-MM-DD): July 2016"), errors);
    assertEquals(5, errors.lines().count());
  }

  @Test
  void bundledModelsAreTheModelsFolder() throws IOException {
    Path bundled = ExecutorModels.resolve(ExecutorModels.BUNDLED);
    assertEquals(Extractor.load(MODELS).rules().fingerprint(), Extractor.load(bundled).rules().fingerprint());
  }

  private static Map<String, Map<String, Integer>> countsByType(Path dataset) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    ItemTables.TYPES.keySet().forEach(t -> out.put(t, new TreeMap<>()));
    for (String line : Files.readAllLines(dataset, StandardCharsets.UTF_8)) {
      JsonNode r = JsonFiles.MAPPER.readTree(line);
      for (String type : ItemTables.TYPES.keySet()) {
        if (r.get(type).size() > 0) {
          out.get(type).put(r.get("doc_id").asText(), r.get(type).size());
        }
      }
    }
    return out;
  }
}
