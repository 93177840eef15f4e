package org.communique.spark;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.communique.cache.AnnotationCache;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.IngestException;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Deadline;
import org.communique.output.JsonFiles;
import org.communique.pipeline.ExtractJob;
import org.communique.pipeline.Extractor;
import org.communique.records.DocumentRecord;

/**
 * Runs on the executors: every statement of a partition through the same stages as {@code extract}
 * (read and decode, NLP annotation, rules, record stages), with the models of this executor
 * ({@link ExecutorModels}). A statement whose inputs are those of its previous record keeps that
 * record; one whose text and NLP settings are unchanged reuses its previous annotations (the rules
 * run again, the NLP models are not needed): the rule of {@code extract}. A statement that fails
 * becomes a row with its reason, as {@code errors.jsonl} gives it; it never fails the task.
 */
final class StatementProcessor implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  private final String modelsSpec;
  private final String rulesFingerprint;
  private final String nlpFingerprint;
  private final String code;
  private final long maxBytes;
  private final long timeoutSeconds;
  private final byte[] hadoopConf;
  private final LongAccumulator annotated;
  private final LongAccumulator modelLoads;
  private final DoubleAccumulator modelLoadSeconds;

  StatementProcessor(String modelsSpec, String rulesFingerprint, String nlpFingerprint, String code, long maxBytes, long timeoutSeconds,
      byte[] hadoopConf, LongAccumulator annotated, LongAccumulator modelLoads, DoubleAccumulator modelLoadSeconds) {
    this.modelsSpec = modelsSpec;
    this.rulesFingerprint = rulesFingerprint;
    this.nlpFingerprint = nlpFingerprint;
    this.code = code;
    this.maxBytes = maxBytes;
    this.timeoutSeconds = timeoutSeconds;
    this.hadoopConf = hadoopConf;
    this.annotated = annotated;
    this.modelLoads = modelLoads;
    this.modelLoadSeconds = modelLoadSeconds;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) throws IOException {
    ExecutorModels.Loaded models = ExecutorModels.get(modelsSpec);
    Extractor extractor = models.extractor;
    // the driver decided what is unchanged with its fingerprints: an executor with other rules would mix two datasets. (The
    // NLP fingerprint is the driver's for every statement: it names the jar CoreNLP is in, whose file name a cluster
    // manager may change on the executors, e.g. YARN's __app__.jar, while its content is the same.)
    if (!extractor.rules().fingerprint().equals(rulesFingerprint)) {
      throw new IllegalStateException("the models on this executor (" + models.folder + ") differ from the driver's: rules fingerprint "
          + extractor.rules().fingerprint() + ", driver's " + rulesFingerprint);
    }
    AnnotationCache codec = new AnnotationCache(null, nlpFingerprint, (f, r) -> { });
    Configuration conf = configuration(hadoopConf);
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      out.add(process(rows.next(), extractor, codec, conf));
    }
    if (extractor.models().loaded() && models.loadCounted.compareAndSet(false, true)) {
      modelLoads.add(1);
      modelLoadSeconds.add(extractor.models().loadSeconds());
    }
    return out.iterator();
  }

  private Row process(Row in, Extractor extractor, AnnotationCache codec, Configuration conf) {
    String docId = in.getString(in.fieldIndex(Schemas.DOC_ID));
    String path = in.getString(in.fieldIndex(Schemas.PATH));
    String problem = in.getString(in.fieldIndex(Schemas.PROBLEM));
    if (problem != null) {
      return Schemas.failed(docId, path, problem);
    }
    try {
      Deadline deadline = Deadline.after(Duration.ofSeconds(timeoutSeconds));
      SourceDocument doc = read(in, conf, deadline);
      String source = ExtractJob.sourceKey(doc);
      String prevLine = in.getString(in.fieldIndex(Schemas.PREV_LINE));
      String prevSource = in.getString(in.fieldIndex(Schemas.PREV_SOURCE));
      boolean sameInputs = prevLine != null && source.equals(prevSource) && code.equals(in.getString(in.fieldIndex(Schemas.PREV_CODE)))
          && nlpFingerprint.equals(in.getString(in.fieldIndex(Schemas.PREV_NLP)));
      byte[] prevAnnotations = (byte[]) in.get(in.fieldIndex(Schemas.PREV_ANNOTATIONS));
      if (sameInputs && rulesFingerprint.equals(in.getString(in.fieldIndex(Schemas.PREV_RULES)))) {
        return Schemas.done(docId, path, "unchanged", doc.sha256(), source, code, nlpFingerprint, rulesFingerprint, prevLine, false, 0,
            prevAnnotations);
      }
      String status = prevLine == null ? "new" : "changed";
      AnnotatedDocument annotations = null;
      if (prevAnnotations != null) {
        try {
          annotations = codec.decode(doc, prevAnnotations); // checks the text's sha256 and the NLP fingerprint
        } catch (IOException | RuntimeException e) {
          annotations = null; // other text, other settings or damaged: annotate again
        }
      }
      boolean computed = annotations == null;
      if (computed) {
        annotations = extractor.annotate(doc, deadline);
        annotated.add(1);
      }
      DocumentRecord record = extractor.extract(annotations, Map.of(), m -> { }, deadline);
      String line = JsonFiles.line(record);
      byte[] keep = computed ? codec.encode(annotations) : prevAnnotations;
      return Schemas.done(docId, path, status, doc.sha256(), source, code, nlpFingerprint, rulesFingerprint, line, computed,
          annotations.tokenCount(), keep);
    } catch (IngestException | Deadline.Exceeded e) {
      return Schemas.failed(docId, path, e.getMessage());
    } catch (IOException e) {
      return Schemas.failed(docId, path, "internal error: " + e);
    } catch (RuntimeException | StackOverflowError e) {
      return Schemas.failed(docId, path, "internal error: " + e);
    }
  }

  /** The statement of a row: a file read through Hadoop, or a JSON Lines statement's text. */
  private SourceDocument read(Row in, Configuration conf, Deadline deadline) throws IngestException {
    String location = in.getString(in.fieldIndex(Schemas.LOCATION));
    String listedDate = in.getString(in.fieldIndex(Schemas.LISTED_DATE));
    String listedUrl = in.getString(in.fieldIndex(Schemas.LISTED_URL));
    if (location == null) {
      // a JSON Lines statement: its text is what a .txt file of these UTF-8 bytes would hold
      String docId = in.getString(in.fieldIndex(Schemas.DOC_ID));
      byte[] bytes = utf8(in.getString(in.fieldIndex(Schemas.TEXT)));
      CorpusReader.SidecarSource given = () -> {
        try {
          return new CorpusReader.Meta(listedDate == null ? null : LocalDate.parse(listedDate), listedUrl);
        } catch (DateTimeParseException e) {
          throw new IngestException("date is not an ISO date (YYYY-MM-DD): " + listedDate);
        }
      };
      return CorpusReader.document(docId + ".txt", bytes, maxBytes, given, null, deadline::check);
    }
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(location);
    long size = in.getLong(in.fieldIndex(Schemas.SIZE));
    String name = file.getName();
    CorpusReader.checkDocId(CorpusReader.docIdOf(java.nio.file.Path.of(name)));
    CorpusReader.checkSize(size, maxBytes);
    byte[] bytes = readFile(file, conf, size, "cannot read file: ");
    String sidecar = in.getString(in.fieldIndex(Schemas.SIDECAR));
    CorpusReader.SidecarSource meta = () -> {
      if (sidecar == null) {
        return new CorpusReader.Meta(null, null);
      }
      org.apache.hadoop.fs.Path sidecarFile = new org.apache.hadoop.fs.Path(sidecar);
      try {
        byte[] json = readFile(sidecarFile, conf, -1, "");
        return CorpusReader.parseSidecar(JsonFiles.MAPPER.readTree(json));
      } catch (IngestException | IOException | DateTimeParseException e) {
        throw new IngestException("unreadable sidecar " + sidecarFile.getName() + ": " + e.getMessage(), e);
      }
    };
    CorpusReader.Source listed = listedDate == null && listedUrl == null ? null
        : new CorpusReader.Source(listedUrl, listedDate == null ? null : LocalDate.parse(listedDate));
    return CorpusReader.document(name, bytes, maxBytes, meta, listed, deadline::check);
  }

  private static byte[] readFile(org.apache.hadoop.fs.Path file, Configuration conf, long size, String prefix) throws IngestException {
    try {
      FileSystem fs = file.getFileSystem(conf);
      try (FSDataInputStream in = fs.open(file)) {
        return size >= 0 && size < Integer.MAX_VALUE ? readFully(in, (int) size) : in.readAllBytes();
      }
    } catch (IOException e) {
      throw new IngestException(prefix + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  private static byte[] readFully(FSDataInputStream in, int size) throws IOException {
    byte[] bytes = in.readNBytes(size);
    byte[] rest = in.readAllBytes(); // a file that grew since it was listed is read whole
    if (rest.length == 0) {
      return bytes;
    }
    byte[] all = new byte[bytes.length + rest.length];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(rest, 0, all, bytes.length, rest.length);
    return all;
  }

  /** A Java string as UTF-8; an unpaired surrogate (possible in JSON's \\u escapes) is refused. */
  private static byte[] utf8(String text) throws IngestException {
    try {
      java.nio.ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .encode(java.nio.CharBuffer.wrap(text));
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return bytes;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IngestException("not valid text: an unpaired UTF-16 surrogate (\\uD800-\\uDFFF escape)");
    }
  }

  static byte[] serialize(Configuration conf) {
    try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      conf.write(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Configuration configuration(byte[] bytes) {
    Configuration conf = new Configuration(false);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      conf.readFields(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return conf;
  }
}
