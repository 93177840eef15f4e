package org.communique.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.communique.nlp.AnnotatedDocument;
import org.communique.output.JsonFiles;
import org.communique.pipeline.Extractor;
import org.communique.records.Decision;
import org.communique.records.DecisionLog;
import org.communique.records.DocumentRecord;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;

/** A statement's record assembled afresh with tracing on: the rule matches, the record and the record stages' decisions. */
public record Extraction(AnnotatedDocument doc, List<RuleMatch> matches, JsonNode record, List<Decision> decisions) {
  public Extraction {
    matches = List.copyOf(matches);
    decisions = List.copyOf(decisions);
  }

  public static Extraction of(Extractor extractor, AnnotatedDocument doc) {
    List<RuleMatch> matches = new RuleEngine(extractor.rules()).match(doc);
    DecisionLog log = new DecisionLog();
    DocumentRecord record = extractor.assemble(doc, matches, log);
    return new Extraction(doc, matches, JsonFiles.MAPPER.valueToTree(record), log.decisions());
  }

  /** A decision as explain and why-not print it: what was decided, then on which candidate and where. */
  public String describe(Decision d) {
    StringBuilder sb = new StringBuilder(d.line());
    if (d.start() >= 0) {
      sb.append("  (").append(d.rule() == null ? "" : d.rule() + " ").append('"')
          .append(doc.text().substring(d.start(), d.end()).replaceAll("\\s+", " ")).append("\" [").append(d.start()).append(',')
          .append(d.end()).append("))");
    }
    return sb.toString();
  }
}
