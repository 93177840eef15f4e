package org.communique.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.communique.ingest.CorpusReader;
import org.communique.output.DocumentError;
import org.communique.output.JsonFiles;
import org.communique.output.OutputWriter;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import scala.Tuple2;

/**
 * The extraction of {@code extract} as a Spark job. Statements come from a folder of statement
 * files (read whole; sub-folders as {@code extract} reads them, {@code gold/} and hidden ones
 * skipped, dates from sidecars and {@code SOURCES.tsv}) or from JSON Lines of
 * {@code {doc_id, text, date?, url?}}, on any file system the cluster's Hadoop configuration
 * reaches. The output folder holds:
 *
 * <pre>
 *   dataset.jsonl      one line per statement, sorted as extract sorts it: the same bytes for the same statements and models
 *   dataset/           the same lines as Spark text parts (their concatenation in name order is dataset.jsonl)
 *   groups/ people/ agencies/ dates/ commitments/   Parquet, a row per item: doc_id, item (its place in the record), its fields
 *   errors.jsonl       the statements that failed (doc_id, path, reason), as extract writes it; absent when none did
 *   errors/            the same rows as Parquet (always present)
 *   manifest.json      as extract writes it: per document its sha256; the rules and NLP fingerprints; the tool version
 *   state/             Parquet, per statement what its record was made from and its NLP annotations: --previous of the next run
 * </pre>
 */
public final class SparkExtractJob {

  /**
   * @param input       a folder of statement files, or JSON Lines (a file or folder of them)
   * @param out         the output folder
   * @param models      a models folder on every node or shipped with --archives, or {@code bundled} (the job jar's copy)
   * @param previous    the output folder of an earlier run, or null: its unchanged statements are not annotated again
   * @param format      {@code files}, {@code jsonl}, or {@code auto} (JSON Lines when the input's name ends in .jsonl or .jsonl.gz)
   * @param partitions  tasks for the statements; 0: four per core of the cluster, and at most 500 statements a task
   * @param maxBytes    larger statements are refused, as extract --max-bytes
   * @param docTimeout  seconds a statement may take, as extract --doc-timeout (0: no limit)
   * @param toolVersion written to manifest.json and part of what a record is made by
   */
  public record Options(String input, String out, String models, String previous, String format, int partitions, long maxBytes,
      long docTimeout, String toolVersion) {
    public Options {
      if (models == null) {
        models = ExecutorModels.BUNDLED;
      }
      if (format == null) {
        format = "auto";
      }
    }

    public static Options of(String input, String out) {
      return new Options(input, out, null, null, null, 0, CorpusReader.DEFAULT_MAX_BYTES, 120, org.communique.cli.Main.version());
    }

    public Options withModels(String m) {
      return new Options(input, out, m, previous, format, partitions, maxBytes, docTimeout, toolVersion);
    }

    public Options withPrevious(String p) {
      return new Options(input, out, models, p, format, partitions, maxBytes, docTimeout, toolVersion);
    }

    public Options withPartitions(int n) {
      return new Options(input, out, models, previous, format, n, maxBytes, docTimeout, toolVersion);
    }
  }

  /**
   * What a run did.
   *
   * @param documents        statements found (files, or JSON lines)
   * @param succeeded        statements with a record
   * @param errors           the failed ones, as errors.jsonl lists them
   * @param added            statements without a previous record
   * @param changed          statements whose record was made again
   * @param unchanged        statements whose previous record was kept as it was
   * @param annotated        statements run through OpenNLP and CoreNLP (the others reused the previous annotations or record)
   * @param itemsByType      items per type, counted in the Parquet tables
   * @param tokens           tokens of the statements processed
   * @param seconds          wall time of the run
   * @param processSeconds   of which the statements' stage (read, annotate, rules, records; state/ written)
   * @param modelLoads       JVMs that loaded the NLP models in this run (one per executor that annotated anything)
   * @param modelLoadSeconds their load times added up
   */
  public record Summary(long documents, long succeeded, List<DocumentError> errors, long added, long changed, long unchanged,
      long annotated, Map<String, Long> itemsByType, long tokens, double seconds, double processSeconds, long modelLoads,
      double modelLoadSeconds) {}

  private static final long TASK_STATEMENTS = 500;

  private SparkExtractJob() {}

  public static Summary run(SparkSession spark, Options o) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    // the driver's own copy of the models: its fingerprints decide what is unchanged (its NLP models are never loaded)
    Extractor extractor = ExecutorModels.get(o.models()).extractor;
    String rules = extractor.rules().fingerprint();
    String nlp = extractor.models().fingerprint();
    String code = ExtractJob.code(o.toolVersion());

    Path in = new Path(o.input());
    FileSystem inFs = in.getFileSystem(conf);
    if (!inFs.exists(in)) {
      throw new IllegalArgumentException("input not found: " + o.input());
    }
    Path out = new Path(o.out());
    FileSystem outFs = out.getFileSystem(conf);
    Path outQualified = outFs.makeQualified(out);
    if (o.previous() != null) {
      Path prev = new Path(o.previous());
      if (prev.getFileSystem(conf).makeQualified(prev).equals(outQualified)) {
        throw new IllegalArgumentException("--previous and --out are the same folder; write the new run to another folder");
      }
      if (!prev.getFileSystem(conf).exists(new Path(prev, "state"))) {
        throw new IllegalArgumentException("--previous " + o.previous() + " holds no state/ table: give the output folder of an earlier run of this job");
      }
    }
    boolean jsonl = switch (o.format()) {
      case "files" -> false;
      case "jsonl" -> true;
      case "auto" -> in.getName().endsWith(".jsonl") || in.getName().endsWith(".jsonl.gz");
      default -> throw new IllegalArgumentException("--format must be files, jsonl or auto, not " + o.format());
    };

    List<DocumentError> listingErrors = new ArrayList<>();
    Dataset<Row> statements;
    Dataset<Row> parsedLines = null;
    long documents;
    if (jsonl) {
      parsedLines = spark.createDataFrame(jsonLines(jsc, o.input(), conf), Schemas.STATEMENT).persist(StorageLevel.MEMORY_AND_DISK());
      documents = parsedLines.count();
      statements = withoutDuplicatedLines(parsedLines, listingErrors);
    } else {
      List<Row> rows = listFiles(inFs, in, listingErrors);
      documents = rows.size() + listingErrors.size();
      statements = spark.createDataFrame(jsc.parallelize(rows, partitions(jsc, o, rows.size())), Schemas.STATEMENT);
    }

    Dataset<Row> withPrevious;
    if (o.previous() != null) {
      Dataset<Row> prev = spark.read().parquet(new Path(o.previous(), "state").toString())
          .filter(col(Schemas.LINE).isNotNull())
          .select(col(Schemas.DOC_ID), col(Schemas.SOURCE).as(Schemas.PREV_SOURCE), col(Schemas.CODE).as(Schemas.PREV_CODE),
              col(Schemas.NLP).as(Schemas.PREV_NLP), col(Schemas.RULES).as(Schemas.PREV_RULES), col(Schemas.LINE).as(Schemas.PREV_LINE),
              col(Schemas.ANNOTATIONS).as(Schemas.PREV_ANNOTATIONS));
      withPrevious = statements.join(prev, statements.col(Schemas.DOC_ID).equalTo(prev.col(Schemas.DOC_ID)), "left_outer")
          .drop(prev.col(Schemas.DOC_ID));
    } else {
      withPrevious = statements
          .withColumn(Schemas.PREV_SOURCE, lit(null).cast(DataTypes.StringType))
          .withColumn(Schemas.PREV_CODE, lit(null).cast(DataTypes.StringType))
          .withColumn(Schemas.PREV_NLP, lit(null).cast(DataTypes.StringType))
          .withColumn(Schemas.PREV_RULES, lit(null).cast(DataTypes.StringType))
          .withColumn(Schemas.PREV_LINE, lit(null).cast(DataTypes.StringType))
          .withColumn(Schemas.PREV_ANNOTATIONS, lit(null).cast(DataTypes.BinaryType));
    }

    LongAccumulator annotatedCount = spark.sparkContext().longAccumulator("statements annotated");
    LongAccumulator modelLoads = spark.sparkContext().longAccumulator("NLP model loads");
    DoubleAccumulator modelLoadSeconds = spark.sparkContext().doubleAccumulator("NLP model load seconds");
    StatementProcessor processor = new StatementProcessor(o.models(), rules, nlp, code, o.maxBytes(), o.docTimeout(),
        StatementProcessor.serialize(conf), annotatedCount, modelLoads, modelLoadSeconds);
    // the one expensive stage, computed once: everything else is read back from state/
    JavaRDD<Row> processed = withPrevious.repartition(partitions(jsc, o, documents)).javaRDD().mapPartitions(processor);
    String statePath = new Path(out, "state").toString();
    long tProcess = System.nanoTime();
    spark.createDataFrame(processed, Schemas.STATE).write().mode(SaveMode.Overwrite).parquet(statePath);
    double processSeconds = (System.nanoTime() - tProcess) / 1e9;
    Dataset<Row> state = spark.read().parquet(statePath);

    // dataset: sorted as extract sorts it, as Spark text parts and as one file
    Dataset<Row> records = state.filter(col(Schemas.LINE).isNotNull());
    String datasetParts = new Path(out, "dataset").toString();
    records.orderBy(col(Schemas.SORT_KEY)).select(col(Schemas.LINE)).write().mode(SaveMode.Overwrite).text(datasetParts);
    concatenateParts(outFs, new Path(datasetParts), new Path(out, "dataset.jsonl"));

    // one Parquet table per record type
    Dataset<Row> items = records.select(col(Schemas.LINE)).as(Encoders.STRING())
        .flatMap((org.apache.spark.api.java.function.FlatMapFunction<String, Tuple2<String, String>>) ItemTables::items,
            Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("type", "json")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> itemsByType = new LinkedHashMap<>();
    ItemTables.TYPES.keySet().forEach(t -> itemsByType.put(t, 0L));
    items.groupBy(col("type")).count().collectAsList().forEach(r -> itemsByType.put(r.getString(0), r.getLong(1)));
    for (String type : ItemTables.TYPES.keySet()) {
      Dataset<String> json = items.filter(col("type").equalTo(type)).select(col("json")).as(Encoders.STRING());
      Dataset<Row> table = spark.read().schema(ItemTables.schema(type)).option("mode", "FAILFAST").json(json);
      table.orderBy(org.apache.spark.sql.functions.concat(col(Schemas.DOC_ID), lit(".json")), col(ItemTables.ITEM))
          .write().mode(SaveMode.Overwrite).parquet(new Path(out, type).toString());
    }
    items.unpersist();

    // what the driver needs of every statement, in one pass: no line, no annotations
    List<Row> outcomes = state.select(col(Schemas.DOC_ID), col(Schemas.PATH), col(Schemas.REASON), col(Schemas.SORT_KEY),
        col(Schemas.STATUS), col(Schemas.SHA256), col(Schemas.TOKENS), col(Schemas.ANNOTATED)).collectAsList();

    // errors: those found while listing, then the statements that failed; sorted by path as extract sorts errors.jsonl
    List<DocumentError> errors = new ArrayList<>(listingErrors);
    outcomes.stream().filter(r -> !r.isNullAt(2))
        .sorted(Comparator.comparing((Row r) -> r.getString(1)).thenComparing(r -> r.getString(3), Comparator.nullsFirst(Comparator.naturalOrder())))
        .forEach(r -> errors.add(new DocumentError(r.getString(0), r.getString(1), r.getString(2))));
    errors.sort(Comparator.comparing(DocumentError::path));
    writeErrors(spark, outFs, out, errors);

    // manifest.json, as extract writes it
    Map<String, String> shas = new TreeMap<>();
    Map<String, Long> statuses = new HashMap<>();
    long tokens = 0;
    long annotated = 0;
    for (Row r : outcomes) {
      if (r.isNullAt(2)) {
        shas.put(r.getString(0), r.getString(5));
      }
      statuses.merge(r.getString(4), 1L, Long::sum);
      tokens += r.getLong(6);
      annotated += r.getBoolean(7) ? 1 : 0;
    }
    writeFile(outFs, new Path(out, "manifest.json"), OutputWriter.manifest(o.toolVersion(), rules, nlp, shas).getBytes(StandardCharsets.UTF_8));

    if (parsedLines != null) {
      parsedLines.unpersist();
    }
    return new Summary(documents, shas.size(), errors, statuses.getOrDefault("new", 0L), statuses.getOrDefault("changed", 0L),
        statuses.getOrDefault("unchanged", 0L), annotated, itemsByType, tokens,
        (System.nanoTime() - t0) / 1e9, processSeconds, modelLoads.value(), modelLoadSeconds.value());
  }

  private static int partitions(JavaSparkContext jsc, Options o, long statements) {
    if (o.partitions() > 0) {
      return o.partitions();
    }
    long byCores = 4L * jsc.defaultParallelism();
    long bySize = (statements + TASK_STATEMENTS - 1) / TASK_STATEMENTS;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.max(byCores, bySize)));
  }

  /**
   * The statement files under {@code root}, sorted by path, as extract lists a corpus folder: its
   * {@code *.txt}, {@code *.html}, {@code *.htm} and {@code *.pdf} files and those of its
   * sub-folders, hidden entries and folders named {@code gold} skipped. Two files of one doc_id
   * become errors, as in extract. Dates and addresses of {@code SOURCES.tsv} are looked up here;
   * sidecars are read by the executors.
   */
  private static List<Row> listFiles(FileSystem fs, Path root, List<DocumentError> errors) throws IOException {
    Path base = fs.makeQualified(root);
    FileStatus top = fs.getFileStatus(base);
    List<String[]> files = new ArrayList<>(); // relative path, full path, size
    Set<String> others = new HashSet<>(); // sidecars and catalogues, by relative path
    if (top.isFile()) {
      files.add(new String[] {base.getName(), base.toString(), Long.toString(top.getLen())});
    } else {
      String prefix = base.toUri().getPath().endsWith("/") ? base.toUri().getPath() : base.toUri().getPath() + "/";
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(base, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String full = f.getPath().toUri().getPath();
        if (!full.startsWith(prefix)) {
          continue;
        }
        String rel = full.substring(prefix.length());
        String[] parts = rel.split("/");
        boolean skipped = false;
        for (int i = 0; i < parts.length; i++) {
          skipped |= parts[i].startsWith(".") || (i < parts.length - 1 && parts[i].equals("gold"));
        }
        if (skipped) {
          continue;
        }
        String name = parts[parts.length - 1];
        if (CorpusReader.EXTENSIONS.stream().anyMatch(name::endsWith)) {
          files.add(new String[] {rel, f.getPath().toString(), Long.toString(f.getLen())});
        } else if (name.endsWith(".meta.json") || name.equals("SOURCES.tsv")) {
          others.add(rel);
        }
      }
    }
    files.sort(Comparator.comparing(f -> java.nio.file.Path.of(f[0])));
    List<DocumentError> duplicates = ExtractJob.duplicates(files.stream().map(f -> java.nio.file.Path.of(f[0])).toList());
    errors.addAll(duplicates);
    Set<String> duplicated = new HashSet<>();
    duplicates.forEach(e -> duplicated.add(e.docId()));

    Map<String, Map<String, CorpusReader.Source>> catalogues = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (String[] f : files) {
      java.nio.file.Path rel = java.nio.file.Path.of(f[0]);
      String docId = CorpusReader.docIdOf(rel);
      if (duplicated.contains(docId)) {
        continue;
      }
      String folder = rel.getParent() == null ? "" : rel.getParent().toString() + "/";
      Map<String, CorpusReader.Source> catalogue = catalogues.computeIfAbsent(folder, d -> readCatalogue(fs, base, d, others));
      CorpusReader.Source listed = catalogue.get(docId);
      String sidecar = others.contains(folder + docId + ".meta.json") ? new Path(base, folder + docId + ".meta.json").toString() : null;
      rows.add(Schemas.statement(docId, rel.getFileName().toString(), f[1], Long.parseLong(f[2]), sidecar,
          listed == null || listed.date() == null ? null : listed.date().toString(), listed == null ? null : listed.url(), null, null));
    }
    return rows;
  }

  private static Map<String, CorpusReader.Source> readCatalogue(FileSystem fs, Path base, String folder, Set<String> others) {
    String rel = folder + "SOURCES.tsv";
    if (!others.contains(rel)) {
      return Map.of();
    }
    try (InputStream in = fs.open(new Path(base, rel))) {
      return CorpusReader.parseCatalogue(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")));
    } catch (IOException e) {
      return Map.of(); // as extract: an unreadable catalogue gives no dates
    }
  }

  /**
   * The statements of JSON Lines files: one row per non-blank line, its path the file's name and
   * its size column the line's byte offset in the file. A line that is no statement becomes a row
   * with its problem.
   */
  @SuppressWarnings("unchecked")
  private static JavaRDD<Row> jsonLines(JavaSparkContext jsc, String input, Configuration conf) {
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(input, TextInputFormat.class,
        LongWritable.class, Text.class, conf);
    return lines.mapPartitionsWithInputSplit((split, it) -> {
      String file = split instanceof FileSplit fileSplit ? fileSplit.getPath().getName() : input;
      List<Row> rows = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<LongWritable, Text> t = it.next();
        long offset = t._1().get();
        byte[] bytes = t._2().copyBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
          continue;
        }
        rows.add(jsonStatement(file, offset, bytes));
      }
      return rows.iterator();
    }, false);
  }

  private static Row jsonStatement(String file, long offset, byte[] line) {
    JsonNode node;
    try {
      node = JsonFiles.MAPPER.readTree(line);
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      return Schemas.statement(null, file, null, offset, null, null, null, null, "line at byte " + offset + " is not JSON: " + message);
    }
    JsonNode id = node == null ? null : node.get("doc_id");
    JsonNode text = node == null ? null : node.get("text");
    if (id == null || !id.isTextual() || text == null || !text.isTextual()) {
      return Schemas.statement(id != null && id.isTextual() ? id.asText() : null, file, null, offset, null, null, null, null,
          "line at byte " + offset + " is not a statement: it needs string fields doc_id and text");
    }
    JsonNode date = node.get("date");
    JsonNode url = node.get("url");
    return Schemas.statement(id.asText(), file, null, offset, null, date == null || date.isNull() ? null : date.asText(),
        url == null || url.isNull() ? null : url.asText(), text.asText(), null);
  }

  /** JSON Lines statements without those whose doc_id is given more than once: those become errors. */
  private static Dataset<Row> withoutDuplicatedLines(Dataset<Row> all, List<DocumentError> errors) {
    Dataset<Row> ids = all.filter(col(Schemas.DOC_ID).isNotNull()).groupBy(col(Schemas.DOC_ID)).count()
        .filter(col("count").gt(1)).select(col(Schemas.DOC_ID));
    List<Row> repeated = all.join(ids, Schemas.DOC_ID).select(Schemas.DOC_ID, Schemas.PATH, Schemas.SIZE).collectAsList();
    if (repeated.isEmpty()) {
      return all;
    }
    Map<String, List<Row>> byId = new TreeMap<>();
    repeated.forEach(r -> byId.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r));
    byId.forEach((docId, rows) -> {
      rows.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparingLong(r -> r.getLong(2)));
      String where = String.join(", ", rows.stream().map(r -> r.getString(1) + " at byte " + r.getLong(2)).toList());
      for (Row r : rows) {
        errors.add(new DocumentError(docId, r.getString(1), "doc_id '" + docId + "' is given by more than one line (" + where + "); none is used"));
      }
    });
    Dataset<Row> dropped = ids.select(col(Schemas.DOC_ID).as("repeated_id"));
    return all.join(dropped, all.col(Schemas.DOC_ID).equalTo(dropped.col("repeated_id")), "left_anti");
  }

  /** Concatenates the part files of a Spark text output, in name order, into one file. */
  private static void concatenateParts(FileSystem fs, Path parts, Path target) throws IOException {
    FileStatus[] listed = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
    Arrays.sort(listed, Comparator.comparing(s -> s.getPath().getName()));
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream os = fs.create(tmp, true)) {
      for (FileStatus s : listed) {
        try (InputStream is = fs.open(s.getPath())) {
          is.transferTo(os);
        }
      }
    }
    replace(fs, tmp, target);
  }

  private static void writeErrors(SparkSession spark, FileSystem fs, Path out, List<DocumentError> errors) throws IOException {
    Path file = new Path(out, "errors.jsonl");
    if (errors.isEmpty()) {
      fs.delete(file, false);
    } else {
      StringBuilder sb = new StringBuilder();
      errors.forEach(e -> sb.append(JsonFiles.line(e)).append('\n'));
      writeFile(fs, file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<Row> rows = errors.stream().map(e -> org.apache.spark.sql.RowFactory.create(e.docId(), e.path(), e.reason())).toList();
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add(Schemas.DOC_ID, DataTypes.StringType, true).add(Schemas.PATH, DataTypes.StringType, false)
        .add(Schemas.REASON, DataTypes.StringType, false);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(new Path(out, "errors").toString());
  }

  /** Writes a file beside its target, then moves it into place. */
  static void writeFile(FileSystem fs, Path target, byte[] bytes) throws IOException {
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream os = fs.create(tmp, true)) {
      os.write(bytes);
    }
    replace(fs, tmp, target);
  }

  private static void replace(FileSystem fs, Path tmp, Path target) throws IOException {
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot move " + tmp + " to " + target);
    }
  }
}
