package org.communique.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.communique.eval.GoldSet;
import org.communique.explain.Explainer;
import org.communique.explain.Extraction;
import org.communique.ingest.SourceDocument;
import org.communique.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain DOC ITEM}: an item of a record, the rule that produced it and the tokens it matched. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explain an item of a statement's record: the item, its rule, and at each mention the rule's match with its tokens "
        + "(word/POS/NER/{gazetteer classes}) and slots, the other rules that matched there, the item against gold, "
        + "and the record stages' decisions that shaped it, in order.",
        "The record is assembled afresh with the current rules (annotations from OUT/.cache when there, read only)."})
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "The statement's doc_id (its file name without extension).")
  String docId;

  @Parameters(index = "1", arity = "0..1", description = "The item: a name, alias or date text; for a commitment its action or words of its clause.")
  String item;

  @Option(names = "--at", description = "The items with a mention covering this character offset (instead of ITEM).")
  Integer at;

  @CommandLine.Mixin
  StatementSource source;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((item == null) == (at == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give ITEM or --at OFFSET");
    }
    SourceDocument doc = StatementLoader.find(spec.commandLine(), source.corpus, docId);
    Extractor extractor = Extractor.load(source.models);
    Extraction x = StatementLoader.extract(extractor, source.out, doc);
    Explainer explainer = new Explainer(extractor);
    JsonNode record = x.record();
    List<Explainer.Found> found = at != null ? Explainer.at(record, at) : Explainer.byName(record, item);
    PrintWriter w = spec.commandLine().getOut();
    if (found.isEmpty()) {
      w.println("no item of " + docId + (at != null ? " has a mention at offset " + at : " is named '" + item + "'"));
      return Main.SOME_FAILED;
    }
    GoldSet.Doc gold = GoldSet.discover(source.corpus).get(docId);
    for (int i = 0; i < found.size(); i++) {
      w.print((i > 0 ? "\n" : "") + explainer.explain(x, found.get(i), gold));
    }
    return Main.OK;
  }
}
