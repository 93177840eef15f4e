package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.explain.Extraction;
import org.communique.explain.Phrase;
import org.communique.explain.WhyNot;
import org.communique.ingest.SourceDocument;
import org.communique.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code why-not DOC "phrase"}: why a phrase of a statement produced nothing, rule by rule and record stage by record stage. */
@Command(name = "why-not", mixinStandardHelpOptions = true,
    description = {"Why a phrase of a statement produced no item (or not the one expected): its sentence and tokens, what the record has there, "
        + "the rules whose required tokens occur in the sentence and how far each got from the phrase (the first element that failed, "
        + "on which token), and the candidates there that a record stage dropped, with the reason.",
        "The record is assembled afresh with the current rules (annotations from OUT/.cache when there, read only)."})
public final class WhyNotCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The statement's doc_id (its file name without extension).")
  String docId;

  @Parameters(index = "1", arity = "0..1", description = "The phrase, as written in the statement (else ignoring case and white space).")
  String phrase;

  @Option(names = "--at", arity = "2", paramLabel = "START END", hideParamSyntax = true, description = "The phrase at these character offsets (end exclusive), instead of PHRASE.")
  int[] at;

  @CommandLine.Mixin
  StatementSource source;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((phrase == null) == (at == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give PHRASE or --at START END");
    }
    SourceDocument doc = StatementLoader.find(spec.commandLine(), source.corpus, docId);
    Phrase where = at != null ? Phrase.at(doc.text(), at[0], at[1]) : Phrase.find(doc.text(), phrase);
    if (where == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), at != null
          ? "[" + at[0] + "," + at[1] + ") is no span of " + docId + " (its text has " + doc.text().length() + " characters)"
          : "\"" + phrase + "\" is not in " + docId + " (not even ignoring case and white space)");
    }
    Extractor extractor = Extractor.load(source.models);
    Extraction x = StatementLoader.extract(extractor, source.out, doc);
    spec.commandLine().getOut().print(new WhyNot(extractor.rules()).report(x, where));
    return Main.OK;
  }
}
