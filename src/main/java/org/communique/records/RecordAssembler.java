package org.communique.records;

import java.util.List;
import org.communique.knowledge.OfficeHolders;
import org.communique.knowledge.OfficeTitles;
import org.communique.nlp.AnnotatedDocument;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleMatch;

/**
 * The record stages in order, assembled in one place: dates, agencies, groups (which need the
 * agencies), people (which need both), commitments (which need all three).
 */
public final class RecordAssembler {
  private final Gazetteers gazetteers;
  private final OfficeHolders officeHolders;
  private final OfficeTitles officeTitles;

  public RecordAssembler(Gazetteers gazetteers, OfficeHolders officeHolders, OfficeTitles officeTitles) {
    this.gazetteers = gazetteers;
    this.officeHolders = officeHolders;
    this.officeTitles = officeTitles;
  }

  public DocumentRecord assemble(AnnotatedDocument doc, List<RuleMatch> matches) {
    return assemble(doc, matches, Trace.OFF);
  }

  /** The same, with every record-stage decision reported to {@code trace}. */
  public DocumentRecord assemble(AnnotatedDocument doc, List<RuleMatch> matches, Trace trace) {
    DocumentContext ctx = new DocumentContext(doc, gazetteers, officeHolders, officeTitles, matches, trace);
    Acronyms acronyms = new Acronyms(ctx);
    List<DateItem> dates = new DateStage().run(ctx);
    List<AgencyStage.Found> agencies = new AgencyStage().run(ctx, acronyms);
    List<GroupStage.Found> groups = new GroupStage().run(ctx, agencies, acronyms);
    agencies = AgencyStage.withoutAcronymPrefixes(agencies, groups, ctx.trace);
    List<PersonStage.Found> people = new PersonStage().run(ctx, agencies, groups);
    List<Commitment> commitments = new CommitmentStage().run(ctx, groups, people, agencies);
    return new DocumentRecord(doc.source().docId(), ctx.date() == null ? null : ctx.date().toString(),
        new PlaceStage().run(ctx), GroupStage.records(groups), PersonStage.records(people),
        AgencyStage.records(agencies), dates, commitments);
  }
}
