package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.pipeline.Extractor;
import org.communique.rules.RuleEngine;
import org.communique.rules.RuleMatch;
import org.communique.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annotate FILE}: what the rules see and what they match, sentence by sentence. For rule authors. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Print one statement's sentences, tokens (word/POS/NER/gazetteer classes) and rule matches.")
public final class AnnotateCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "A statement file (*.txt).")
  Path file;

  @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Extractor extractor = Extractor.load(models);
    RuleSet rules = extractor.rules();
    SourceDocument doc = new CorpusReader(file.toAbsolutePath().getParent()).read(file);
    AnnotatedDocument annotated = extractor.annotate(doc);
    List<RuleMatch> matches = new RuleEngine(rules).match(annotated);
    for (Sentence s : annotated.sentences()) {
      out.printf(Locale.ROOT, "#%d [%d,%d)%n", s.index(), s.start(), s.end());
      String[] classes = rules.gazetteers().classify(s.tokens());
      StringBuilder line = new StringBuilder();
      for (Token t : s.tokens()) {
        line.append(t.text()).append('/').append(t.pos());
        if (!t.ner().equals("O")) {
          line.append('/').append(t.ner());
        }
        if (!classes[t.index()].isEmpty()) {
          line.append("/{").append(classes[t.index()].replace(' ', ',')).append('}');
        }
        line.append(' ');
      }
      out.println("  " + line.toString().strip());
      for (RuleMatch m : matches) {
        if (m.span().sentence() == s.index()) {
          StringBuilder slots = new StringBuilder();
          m.slots().forEach((k, v) -> slots.append(' ').append(k).append("=\"").append(v.text()).append('"'));
          out.printf(Locale.ROOT, "  %-32s \"%s\"%s%n", m.ruleId(), m.span().text(), slots);
        }
      }
    }
    return Main.OK;
  }
}
