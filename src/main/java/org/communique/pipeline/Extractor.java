package org.communique.pipeline;

import java.util.List;
import java.util.Map;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Deadline;
import org.communique.records.DocumentRecord;
import org.communique.records.RecordAssembler;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.RuleSet;

/** One statement through every stage: NLP annotation, rules, records. Safe to share across threads. */
public final class Extractor {
  private final NlpModels models;
  private final RuleSet rules;
  private final RuleEngine engine;
  private final RecordAssembler assembler;
  private final org.communique.dataset.DatasetStage dataset;

  public Extractor(NlpModels models, RuleSet rules) {
    this(models, rules, Map.of());
  }

  /** {@code givenNames}: short forms of given names for the dataset stage ("rob" to "robert"). */
  public Extractor(NlpModels models, RuleSet rules, Map<String, String> givenNames) {
    this.models = models;
    this.dataset = new org.communique.dataset.DatasetStage(rules.gazetteers(), rules.officeHolders(), givenNames);
    this.rules = rules;
    this.engine = new RuleEngine(rules);
    this.assembler = new RecordAssembler(rules.gazetteers(), rules.officeHolders(), rules.officeTitles());
  }

  /** An extractor for a models folder: its pipeline settings (models load lazily), rules and gazetteers. */
  public static Extractor load(java.nio.file.Path models) throws java.io.IOException {
    RuleSet rules = RuleSet.load(models);
    return new Extractor(new NlpModels(org.communique.nlp.NlpSettings.load(models.resolve("pipeline.properties"))), rules,
        org.communique.dataset.DatasetStage.givenNames(models));
  }

  public AnnotatedDocument annotate(SourceDocument doc) {
    return models.annotator().annotate(doc);
  }

  public AnnotatedDocument annotate(SourceDocument doc, Deadline deadline) {
    return models.annotator().annotate(doc, deadline);
  }

  public DocumentRecord extract(AnnotatedDocument doc) {
    List<RuleMatch> matches = engine.match(doc);
    return assembler.assemble(doc, matches);
  }

  /** The record of {@code doc} from its rule matches, with every record-stage decision reported to {@code trace}. */
  public DocumentRecord assemble(AnnotatedDocument doc, List<RuleMatch> matches, org.communique.records.Trace trace) {
    return assembler.assemble(doc, matches, trace);
  }

  /** Extracts reusing the remembered matches of unchanged rules; the new matches go to {@code remember}. */
  public DocumentRecord extract(AnnotatedDocument doc, Map<String, List<RuleMatch>> remembered,
      java.util.function.Consumer<Map<String, List<RuleMatch>>> remember, Deadline deadline) {
    RuleEngine.Result result = engine.match(doc, remembered, deadline);
    remember.accept(result.byRule());
    return assembler.assemble(doc, result.matches());
  }

  /** The keys of the match lists a record is made from, in order (see {@link RuleEngine#keys()}). */
  public List<String> ruleKeys() {
    return engine.keys();
  }

  /** The matches of every rule key not in {@code known}: what a record that saw only those still lacks. */
  public Map<String, List<RuleMatch>> matchOthers(AnnotatedDocument doc, java.util.Set<String> known, Deadline deadline) {
    return engine.run(doc, known, deadline);
  }

  /** The stage that builds the entity files from the records of an output folder. */
  public org.communique.dataset.DatasetStage dataset() {
    return dataset;
  }

  public RuleSet rules() {
    return rules;
  }

  public NlpModels models() {
    return models;
  }
}
