package org.communique.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The rows the job passes between its stages, and the state table it leaves for the next run. */
final class Schemas {
  // a statement to process (one per file, or per JSON Lines statement)
  static final String DOC_ID = "doc_id";
  /** As errors.jsonl names it: the file name (for JSON Lines, the JSON Lines file's). */
  static final String PATH = "path";
  /** The statement file, a full Hadoop path; null for a JSON Lines statement. */
  static final String LOCATION = "location";
  static final String SIZE = "size";
  /** Its {@code <doc_id>.meta.json} beside it, a full Hadoop path, or null. */
  static final String SIDECAR = "sidecar";
  /** What the folder's SOURCES.tsv says (files), or the statement's own "date" and "url" (JSON Lines). */
  static final String LISTED_DATE = "listed_date";
  static final String LISTED_URL = "listed_url";
  /** A JSON Lines statement's text. */
  static final String TEXT = "text";
  /** Why it cannot be processed at all (a JSON line that is no statement), or null. */
  static final String PROBLEM = "problem";

  // its previous state (from --previous), null when none
  static final String PREV_SOURCE = "prev_source";
  static final String PREV_CODE = "prev_code";
  static final String PREV_NLP = "prev_nlp";
  static final String PREV_RULES = "prev_rules";
  static final String PREV_LINE = "prev_line";
  static final String PREV_ANNOTATIONS = "prev_annotations";

  static final StructType STATEMENT = new StructType(new StructField[] {
      DataTypes.createStructField(DOC_ID, DataTypes.StringType, true),
      DataTypes.createStructField(PATH, DataTypes.StringType, false),
      DataTypes.createStructField(LOCATION, DataTypes.StringType, true),
      DataTypes.createStructField(SIZE, DataTypes.LongType, false),
      DataTypes.createStructField(SIDECAR, DataTypes.StringType, true),
      DataTypes.createStructField(LISTED_DATE, DataTypes.StringType, true),
      DataTypes.createStructField(LISTED_URL, DataTypes.StringType, true),
      DataTypes.createStructField(TEXT, DataTypes.StringType, true),
      DataTypes.createStructField(PROBLEM, DataTypes.StringType, true)});

  static Row statement(String docId, String path, String location, long size, String sidecar, String listedDate, String listedUrl,
      String text, String problem) {
    return RowFactory.create(docId, path, location, size, sidecar, listedDate, listedUrl, text, problem);
  }

  // the state table (state/ in the output): per statement what its record was made from, the
  // record's dataset line, and the NLP annotations (the annotation cache's bytes) for the next run
  static final String SORT_KEY = "sort_key";
  static final String STATUS = "status";
  static final String SHA256 = "sha256";
  static final String SOURCE = "source";
  static final String CODE = "code";
  static final String NLP = "nlp";
  static final String RULES = "rules";
  static final String LINE = "line";
  static final String REASON = "reason";
  static final String ANNOTATED = "annotated";
  static final String TOKENS = "tokens";
  static final String ANNOTATIONS = "annotations";

  static final StructType STATE = new StructType(new StructField[] {
      DataTypes.createStructField(DOC_ID, DataTypes.StringType, true),
      DataTypes.createStructField(SORT_KEY, DataTypes.StringType, true),
      DataTypes.createStructField(PATH, DataTypes.StringType, false),
      DataTypes.createStructField(STATUS, DataTypes.StringType, false),
      DataTypes.createStructField(SHA256, DataTypes.StringType, true),
      DataTypes.createStructField(SOURCE, DataTypes.StringType, true),
      DataTypes.createStructField(CODE, DataTypes.StringType, true),
      DataTypes.createStructField(NLP, DataTypes.StringType, true),
      DataTypes.createStructField(RULES, DataTypes.StringType, true),
      DataTypes.createStructField(LINE, DataTypes.StringType, true),
      DataTypes.createStructField(REASON, DataTypes.StringType, true),
      DataTypes.createStructField(ANNOTATED, DataTypes.BooleanType, false),
      DataTypes.createStructField(TOKENS, DataTypes.LongType, false),
      DataTypes.createStructField(ANNOTATIONS, DataTypes.BinaryType, true)});

  private Schemas() {}

  /**
   * The order of extract's dataset.jsonl, which lists {@code records/<doc_id>.json} by file name:
   * "a-b.json" comes before "a.json".
   */
  static String sortKey(String docId) {
    return docId == null ? null : docId + ".json";
  }

  static Row done(String docId, String path, String status, String sha256, String source, String code, String nlp, String rules,
      String line, boolean annotated, long tokens, byte[] annotations) {
    return RowFactory.create(docId, sortKey(docId), path, status, sha256, source, code, nlp, rules, line, null, annotated, tokens,
        annotations);
  }

  static Row failed(String docId, String path, String reason) {
    return RowFactory.create(docId, sortKey(docId), path, "failed", null, null, null, null, null, null, reason, false, 0L, null);
  }
}
