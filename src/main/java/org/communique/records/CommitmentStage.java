package org.communique.records;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communique.nlp.Token;
import org.communique.rules.Gazetteers;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * Commitments: a commitment rule finds a trigger and the verb after it ("will strengthen",
 * "committed to continue strengthening"); this stage finds the subject, keeps it only when it is
 * a party, resolves it ("the countries", "it"), and splits coordinated verbs into one commitment
 * each ("share information and support participation").
 */
final class CommitmentStage {
  private static final Set<String> SUBJECT_BOUNDARIES = Set.of(",", ";", ":", "“", "”", "\"", "–", "—", "--",
      "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "since", "although",
      "though", "after", "before", "whether", "said", "says", "why", "how");
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "”", "\"", "(");

  private record Subject(int start, int end) {}

  List<Commitment> run(DocumentContext ctx, List<GroupStage.Found> groups, List<PersonStage.Found> people,
      List<AgencyStage.Found> agencies) {
    List<String> docParties = documentParties(ctx, groups);
    List<Commitment> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<RuleMatch> matches = new ArrayList<>(ctx.matches("commitment"));
    matches.sort(Comparator.comparingInt((RuleMatch m) -> m.span().start()));
    for (RuleMatch m : matches) {
      TokenSpan trigger = m.slot("trigger");
      TokenSpan verbSlot = m.slot("verb");
      if (trigger != null && verbSlot == null) {
        out.addAll(listedParagraphs(ctx, m, trigger, groups, people, agencies, docParties, seen));
        continue;
      }
      if (trigger == null) {
        continue;
      }
      List<Token> tokens = ctx.sentence(trigger.sentence()).tokens();
      int verb = mainVerb(ctx.gazetteers, tokens, verbSlot.firstToken());
      String action = lemma(tokens.get(verb));
      if (ctx.gazetteers.isNonCommitmentVerb(action) || isEventVerb(tokens, verb)) {
        ctx.trace.at(Decision.COMMITMENTS, Decision.Kind.DROPPED, action, m.ruleId(), m.span(), () -> isEventVerb(tokens, verb)
            ? "\"take place\": an event, not something a party does" : "\"" + action + "\" is a verb that states no commitment (non-commitment verbs)");
        continue;
      }
      TokenSpan possessor = m.slot("actor");
      if (possessor != null && tokens.get(possessor.firstToken()).pos().equals("PRP$")) {
        // "their agreement to hold": whose the noun is, as "they" would be resolved
        Subject own = new Subject(possessor.firstToken(), possessor.endToken());
        TokenSpan before = pluralSubjectBefore(ctx, trigger.sentence(), possessor.firstToken());
        // the contract: resolved when the text makes it plain, otherwise as written
        String actor = !docParties.isEmpty() ? Names.joinParties(docParties) : before != null ? Names.clean(before.text()) : possessor.text();
        ctx.trace.actor(ctx.span(trigger.sentence(), own.start(), own.end()), actor,
            "\"" + possessor.text() + "\": the statement's parties, or the plural subject before, else as written");
        emit(ctx, m, tokens, actor, action, coordinated(ctx.gazetteers, tokens, verb), own.start(), seen, out);
        continue;
      }
      if (possessor != null && possessor.firstToken() > verb) {
        // "the next meeting will be hosted by India": the agent after "by" acts; the verbs coordinated after it are
        // the grammatical subject's, not the agent's
        Subject agent = new Subject(possessor.firstToken(), possessor.endToken());
        if (!isParty(ctx, trigger.sentence(), tokens, agent, groups, people, agencies)) {
          continue;
        }
        String actor = actor(ctx, trigger.sentence(), tokens, agent, groups, people, agencies, docParties);
        Subject grammatical = subject(tokens, trigger.firstToken());
        emit(ctx, m, tokens, actor, action, new ArrayList<>(List.of(verb)), grammatical != null ? grammatical.start() : trigger.firstToken(), seen, out);
        continue;
      }
      Subject subject = possessor != null ? new Subject(possessor.firstToken(), possessor.endToken()) : subject(tokens, trigger.firstToken());
      Subject reported = possessor != null ? null : reportedSubject(ctx.gazetteers, tokens, trigger.firstToken());
      if (subject != null && reported != null && reported.start() > subject.start()
          && isParty(ctx, trigger.sentence(), tokens, reported, groups, people, agencies)) {
        subject = reported; // the party of the reported clause, not the one who reports it
        if (ctx.trace.on()) {
          ctx.trace.at(Decision.COMMITMENTS, Decision.Kind.SUBJECT, action, m.ruleId(), ctx.span(trigger.sentence(), reported.start(), reported.end()),
              () -> "the party of the clause a speech verb reports acts, not the one who reports it");
        }
      }
      String listActor = subject != null && isListNumber(tokens, subject) ? numberedParagraphActor(ctx, trigger.sentence(), docParties) : null;
      if (listActor != null) {
        // "4. Welcomed ..., and reiterated their commitments to avoid ...": a numbered paragraph of a communiqué
        // whose parties the statement names before
        ctx.trace.actor(ctx.span(trigger.sentence(), subject.start(), subject.end()), listActor,
            "a numbered paragraph with no subject of its own: the statement's parties, or the plural subject that opens it");
        emit(ctx, m, tokens, listActor, action, coordinated(ctx.gazetteers, tokens, verb), trigger.firstToken(), seen, out);
        continue;
      }
      if (subject == null && tokens.get(0).pos().startsWith("VB") && !tokens.get(0).pos().equals("VBG")
          && Character.isUpperCase(tokens.get(0).text().charAt(0))) {
        // "Committed to work towards strategic stability,", "Expressed their satisfaction ... and reaffirmed their
        // commitment for ...": a declaration's paragraph that opens with its verb
        String opener = numberedParagraphActor(ctx, trigger.sentence(), docParties);
        if (opener != null) {
          emit(ctx, m, tokens, opener, action, coordinated(ctx.gazetteers, tokens, verb), 0, seen, out);
          continue;
        }
      }
      if (subject == null && !docParties.isEmpty() && ownedByUs(tokens, trigger)) {
        // "2. Recognize ... and affirm our commitment to fostering ...": "our" commitment with no subject found is the
        // statement's parties', as "we" would be
        String actor = Names.joinParties(docParties);
        ctx.trace.actor(trigger, actor, "\"our\" in the trigger and no subject found: the statement's parties");
        emit(ctx, m, tokens, actor, action, coordinated(ctx.gazetteers, tokens, verb), trigger.firstToken(), seen, out);
        continue;
      }
      boolean impersonal = subject != null && isImpersonal(tokens, subject) && !docParties.isEmpty();
      if (subject == null || !impersonal && !isParty(ctx, trigger.sentence(), tokens, subject, groups, people, agencies)) {
        if (ctx.trace.on()) {
          traceNoParty(ctx, m, tokens, subject, action);
        }
        continue;
      }
      String actor = actor(ctx, trigger.sentence(), tokens, subject, groups, people, agencies, docParties);
      List<Integer> verbs = coordinated(ctx.gazetteers, tokens, verb);
      if (tokens.get(trigger.endToken() - 1).text().equals(":")) {
        verbs.addAll(listedVerbs(ctx.gazetteers, tokens, verb));
      }
      emit(ctx, m, tokens, actor, action, verbs, subject.start(), seen, out);
    }
    out.sort(Comparator.comparing((Commitment c) -> c.mentions().get(0)).thenComparing(Commitment::action));
    return out;
  }

  /**
   * One commitment of {@code actor} per verb of {@code verbs} (the trigger's verb first, then those
   * coordinated with it): the first from {@code start}, each up to the conjunction before the next.
   */
  private static void emit(DocumentContext ctx, RuleMatch m, List<Token> tokens, String actor, String action, List<Integer> verbs,
      int start, Set<String> seen, List<Commitment> out) {
    emit(ctx, m, m.slot("trigger").sentence(), tokens, actor, action, verbs, start, seen, out);
  }

  /** The same in sentence {@code sentence}, which need not be the trigger's (a paragraph listed after "agreed to:"). */
  private static void emit(DocumentContext ctx, RuleMatch m, int sentence, List<Token> tokens, String actor, String action,
      List<Integer> verbs, int start, Set<String> seen, List<Commitment> out) {
    for (int k = 0; k < verbs.size(); k++) {
      int v = verbs.get(k);
      int from = k == 0 ? start : v;
      int to = k + 1 < verbs.size() ? conjunctionBefore(tokens, verbs.get(k + 1)) : clauseEnd(tokens, v);
      String act = k == 0 ? action : lemma(tokens.get(v));
      if (to <= from || ctx.gazetteers.isNonCommitmentVerb(act) || !seen.add(sentence + ":" + v + ":" + act)) {
        if (ctx.trace.on()) {
          ctx.trace.at(Decision.COMMITMENTS, Decision.Kind.DROPPED, act, m.ruleId(), ctx.span(sentence, v, v + 1), () -> verbDropped(ctx, from, to, act));
        }
        continue;
      }
      TokenSpan clause = ctx.span(sentence, from, to);
      out.add(new Commitment(actor, act, clause.text(), List.of(new Mention(clause.start(), clause.end())), m.ruleId()));
    }
  }

  /**
   * "Secretary Raimondo and Minister Wang agreed to:" and then one paragraph per action, each opening
   * with its verb ("Establish a new working group ...", "Launch the exchange ..."): every such paragraph
   * is a commitment of the subject before the colon, until a paragraph that opens otherwise.
   */
  private List<Commitment> listedParagraphs(DocumentContext ctx, RuleMatch m, TokenSpan trigger, List<GroupStage.Found> groups,
      List<PersonStage.Found> people, List<AgencyStage.Found> agencies, List<String> docParties, Set<String> seen) {
    List<Commitment> out = new ArrayList<>();
    List<Token> tokens = ctx.sentence(trigger.sentence()).tokens();
    Subject subject = subject(tokens, trigger.firstToken());
    if (subject == null || !isParty(ctx, trigger.sentence(), tokens, subject, groups, people, agencies)) {
      if (ctx.trace.on()) {
        traceNoParty(ctx, m, tokens, subject, m.span().text());
      }
      return out;
    }
    String actor = actor(ctx, trigger.sentence(), tokens, subject, groups, people, agencies, docParties);
    String text = ctx.doc.text();
    for (int s = trigger.sentence() + 1; s < ctx.doc.sentences().size(); s++) {
      org.communique.nlp.Sentence sentence = ctx.sentence(s);
      int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
      if (!text.substring(lineStart, sentence.start()).isBlank()) {
        continue; // a later sentence of the same paragraph
      }
      List<Token> items = sentence.tokens();
      int first = 0;
      while (first < items.size() && Set.of("-", "–", "•", "*", "·").contains(items.get(first).text())) {
        first++;
      }
      if (first + 1 >= items.size() || !opensWithVerb(items.get(first), items.get(first + 1))) {
        break;
      }
      String action = Morphology.stemStatic(items.get(first).text().toLowerCase(Locale.ROOT), "VB").word();
      emit(ctx, m, s, items, actor, action, coordinated(ctx.gazetteers, items, first), first, seen, out);
    }
    return out;
  }

  /** "Establish", "Launch": a capitalised base-form verb opening a paragraph (the tagger may call it a proper noun). */
  private static boolean opensWithVerb(Token t, Token next) {
    if (!Character.isUpperCase(t.text().charAt(0)) || !Set.of("VB", "VBP", "NNP", "NN").contains(t.pos())) {
      return false;
    }
    if (t.pos().startsWith("VB")) {
      return true;
    }
    // a proper-noun reading: "Establish a new ...", "Communicate regularly ..." but not "Secretary Raimondo ..."
    String lower = t.text().toLowerCase(Locale.ROOT);
    return Morphology.stemStatic(lower, "VB").word().equals(lower) && !lower.endsWith("s")
        && Set.of("DT", "JJ", "PRP$", "RB", "CD", "NNS", "NN").contains(next.pos()) && Character.isLowerCase(next.text().charAt(0));
  }

  /**
   * "committed to: drive ...; establish ...; and conduct ...": after a colon, each item of a list
   * separated by semicolons that opens with a verb is an action of its own.
   */
  private static List<Integer> listedVerbs(Gazetteers gaz, List<Token> tokens, int first) {
    List<Integer> out = new ArrayList<>();
    for (int i = first + 1; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).text().equals(";")) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && (tokens.get(j).text().equals("and") || tokens.get(j).pos().startsWith("RB"))) {
        j++;
      }
      // the items are parallel to the first, a verb: a base-form word the tagger took for a noun
      // ("train customs officers") opens its item as a verb too
      if (j < tokens.size() && Set.of("VB", "VBP", "VBG", "NN").contains(tokens.get(j).pos())) {
        out.add(mainVerb(gaz, tokens, j));
      }
    }
    return out;
  }

  /** "will take place": an event, not something a party does. */
  private static boolean isEventVerb(List<Token> tokens, int verb) {
    return lemma(tokens.get(verb)).equals("take") && verb + 1 < tokens.size() && tokens.get(verb + 1).text().equals("place");
  }

  /** "continue to share" and "continue sharing" have the action of the second verb. */
  private static int mainVerb(Gazetteers gaz, List<Token> tokens, int verb) {
    if (!gaz.recordWords("pass-through-verbs").contains(lemma(tokens.get(verb)))) {
      return verb;
    }
    int i = verb + 1;
    while (i < tokens.size() && tokens.get(i).pos().equals("RB")) {
      i++;
    }
    if (i + 1 < tokens.size() && tokens.get(i).text().equals("to") && tokens.get(i + 1).pos().equals("VB")) {
      return i + 1;
    }
    if (i < tokens.size() && tokens.get(i).pos().equals("VBG")) {
      return i;
    }
    return verb;
  }

  /** "Ministers" (NNPS, which CoreNLP leaves as written) is "minister". */
  private static String nounLemma(Token t) {
    // the tagger takes a capitalised plural for a proper noun too ("The/DT Ministers/NNP")
    if (t.pos().equals("NNPS") || t.pos().equals("NNS") || t.pos().equals("NNP") && t.text().endsWith("s")) {
      return Morphology.stemStatic(t.text().toLowerCase(Locale.ROOT), "NNS").word();
    }
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    String pos = t.pos();
    if (pos.startsWith("VB") && t.lemma() != null) {
      return t.lemma().toLowerCase(Locale.ROOT);
    }
    return Morphology.stemStatic(t.text().toLowerCase(Locale.ROOT), "VBD").word();
  }

  /** The subject before the trigger; skips an apposition ("X, coordinator for Y, will"). */
  private static Subject subject(List<Token> tokens, int trigger) {
    int i = trigger - 1;
    boolean participle = Set.of("VBN", "VBD").contains(tokens.get(trigger).pos());
    // "have agreed", "have jointly decided": adverbs and auxiliaries stand between the subject and the trigger
    while (i >= 0 && (tokens.get(i).pos().startsWith("RB")
        || participle && Set.of("have", "be").contains(tokens.get(i).lemma()) && tokens.get(i).pos().startsWith("VB"))) {
      i--;
    }
    if (i >= 0 && tokens.get(i).pos().equals("PRP") && !tokens.get(i).text().equalsIgnoreCase("it")) {
      return new Subject(i, i + 1); // "Through this agreement ... they will": a pronoun before the verb is its subject
    }
    int end = i + 1;
    if (i >= 0 && tokens.get(i).text().equals(",")) {
      int j = i - 1;
      while (j >= 0 && !tokens.get(j).text().equals(",")) {
        j--;
      }
      if (j <= 0) {
        // "They welcomed ..., committed to V": a participle clause shares the sentence's subject
        return firstClauseSubject(tokens, trigger);
      }
      end = j;
    }
    int start = end;
    while (start > 0 && !SUBJECT_BOUNDARIES.contains(tokens.get(start - 1).text()) && !isDatelineDash(tokens, start - 1)
        && !isClauseAs(tokens, start - 1)) {
      start--;
    }
    // "the United States, the ROK, and Japan will": take in the parties listed before
    while (start >= 2 && tokens.get(start - 1).text().equals(",") && isPartyListSegment(tokens, start - 1)) {
      int s = start - 2;
      while (s > 0 && !SUBJECT_BOUNDARIES.contains(tokens.get(s - 1).text())) {
        s--;
      }
      start = s;
    }
    if (hasFiniteVerb(tokens, start, end)) {
      // "President Biden congratulated ... and the leaders looked forward to": a subject of its own after "and"
      Subject own = subjectAfterConjunction(tokens, start, end);
      if (own != null) {
        return own;
      }
    }
    if (end > start && Set.of("and", "or").contains(tokens.get(end - 1).text()) || hasFiniteVerb(tokens, start, end)) {
      // "That's why we emphasized ... and agreed to": the subject of the verb it is coordinated with, when a
      // pronoun stands right before that verb; else that of the sentence's first clause ("X affirmed that ... and agreed to")
      if (Set.of("and", "or").contains(tokens.get(end - 1).text())) {
        for (int k = end - 2; k > 0; k--) {
          if (isFiniteVerb(tokens.get(k))) {
            if (tokens.get(k - 1).pos().equals("PRP") && !tokens.get(k - 1).text().equalsIgnoreCase("it") && k - 1 > 0) {
              return new Subject(k - 1, k);
            }
            break;
          }
        }
      }
      return firstClauseSubject(tokens, trigger);
    }
    while (start < end && Set.of("and", "or").contains(tokens.get(start).text())) {
      start++;
    }
    while (end > start && tokens.get(end - 1).pos().startsWith("RB")) {
      end--; // "Heads also": the adverb is no part of the subject
    }
    if (start == 0 && end > 2 && (tokens.get(0).pos().equals("CD") || tokens.get(0).pos().equals("LS"))
        && Set.of(".", ")").contains(tokens.get(1).text()) && !tokens.get(2).pos().startsWith("VB")) {
      start = 2; // "2. The Ministers agreed to": the paragraph's number is no part of the subject
    }
    if (end > start && Set.of("IN", "TO").contains(tokens.get(start).pos())) {
      // "To this end the Ministers intend to": a fronted phrase without its comma; the subject opens at the last
      // determiner that follows a noun
      for (int k = end - 1; k > start + 1; k--) {
        if (tokens.get(k).pos().equals("DT") && tokens.get(k - 1).pos().startsWith("NN")) {
          start = k;
          break;
        }
      }
    }
    return end > start ? new Subject(start, end) : null;
  }

  /**
   * "... boost ties as the two states expressed readiness to": "as" opening a clause of its own (a determiner after it),
   * not "as well as" or "such as" inside a subject.
   */
  private static boolean isClauseAs(List<Token> tokens, int k) {
    if (!tokens.get(k).text().equals("as") || k + 1 >= tokens.size() || !tokens.get(k + 1).pos().equals("DT")) {
      return false;
    }
    return k == 0 || !Set.of("well", "such", "as").contains(tokens.get(k - 1).text());
  }

  /**
   * "TEHRAN - Iran and Pakistan decided ...", "BRUSSELS, 23 January 2007 - The ... pledged": the dash that
   * closes a dateline ends what comes before the subject.
   */
  private static boolean isDatelineDash(List<Token> tokens, int k) {
    if (k < 1 || !tokens.get(k).text().equals("-")) {
      return false;
    }
    boolean spaced = tokens.get(k).start() > tokens.get(k - 1).end() && (k + 1 >= tokens.size() || tokens.get(k + 1).start() > tokens.get(k).end());
    // after a date ("2007 -") or a place in capitals; "U.S. - India" is a chain of parties, not a dateline
    return spaced && tokens.get(k - 1).pos().equals("CD") || tokens.get(k - 1).text().matches("\\p{Lu}{3,}");
  }

  /** After the last "and"/"but" of [from, to): a noun phrase with no verb, ending at {@code to}; or null. */
  private static Subject subjectAfterConjunction(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i > from; i--) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return null;
      }
      if (Set.of("and", "but").contains(t.text())) {
        boolean nominal = false;
        for (int j = i + 1; j < to; j++) {
          nominal |= isNominal(tokens.get(j));
        }
        return nominal && i + 1 < to ? new Subject(i + 1, to) : null;
      }
    }
    return null;
  }

  /**
   * "Wang said China stands by Kyrgyzstan ... and will work with ...", "The Secretary General noted that NATO is
   * cooperating ..., and will conduct": the subject of the clause a speech verb reports, or null.
   */
  private static Subject reportedSubject(Gazetteers gaz, List<Token> tokens, int trigger) {
    int e = 0;
    while (e < trigger && !isFiniteVerb(tokens.get(e))) {
      e++;
    }
    if (e + 1 >= trigger || !gaz.recordWords("speech-verbs").contains(tokens.get(e).text())) {
      return null;
    }
    int inner = tokens.get(e + 1).text().equals("that") ? e + 2 : e + 1;
    if (inner >= trigger) {
      return null;
    }
    Subject reported = firstClauseSubject(tokens, inner, trigger);
    return reported != null || hasFiniteVerb(tokens, inner, trigger) ? reported : new Subject(inner, trigger);
  }

  /** The subject of the sentence's first clause: the words before its first finite verb. */
  private static Subject firstClauseSubject(List<Token> tokens, int trigger) {
    return firstClauseSubject(tokens, 0, trigger);
  }

  private static Subject firstClauseSubject(List<Token> tokens, int from, int trigger) {
    int s = from;
    if (s == 0 && trigger > 2 && (tokens.get(0).pos().equals("CD") || tokens.get(0).pos().equals("LS"))
        && Set.of(".", ")").contains(tokens.get(1).text()) && !tokens.get(2).pos().startsWith("VB")) {
      s = 2; // "3. Both Ministers welcomed ...": the paragraph's number
    }
    while (s < trigger && (tokens.get(s).pos().startsWith("RB") || tokens.get(s).text().equals(",")
        || tokens.get(s).pos().equals("IN") || tokens.get(s).text().equals("“"))) {
      s++;
    }
    int e = s;
    while (e < trigger && !isFiniteVerb(tokens.get(e))) {
      e++;
    }
    int end = e;
    while (end > s && tokens.get(end - 1).pos().startsWith("RB")) {
      end--;
    }
    // "In addition, the U.S. and China will": an opening phrase before a comma is no part of the subject
    for (int c = end - 2; c > s; c--) {
      if (tokens.get(c).text().equals(",") && !isPartyListSegment(tokens, c)) {
        s = c + 1;
        break;
      }
    }
    return end > s && e < trigger ? new Subject(s, end) : null;
  }

  private static boolean isFiniteVerb(Token t) {
    return Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos());
  }

  private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isFiniteVerb(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The segment before a comma is a short proper name ("the ROK"), as in a list of parties. */
  private static boolean isPartyListSegment(List<Token> tokens, int comma) {
    int s = comma - 1;
    int n = 0;
    while (s >= 0 && !SUBJECT_BOUNDARIES.contains(tokens.get(s).text())) {
      Token t = tokens.get(s);
      if (!t.pos().startsWith("NNP") && !t.text().equals("the") && !t.text().equals("and")) {
        return false;
      }
      s--;
      n++;
    }
    return n > 0 && n <= 5;
  }

  /** The first run of nouns or pronouns of the subject: its head. */
  private static int[] headRun(List<Token> tokens, Subject subject) {
    if (tokens.get(subject.start()).pos().equals("IN") && subject.end() - subject.start() > 2) {
      // "In the next few days and weeks competent ministers will meet": after a fronted phrase with no comma, the
      // subject is the last noun run
      int j = subject.end();
      while (j > subject.start() && !isNominal(tokens.get(j - 1))) {
        j--;
      }
      int i = j;
      while (i > subject.start() + 1 && isNominal(tokens.get(i - 1))) {
        i--;
      }
      if (i < j) {
        return new int[] {i, j};
      }
    }
    int i = subject.start();
    while (i < subject.end() && !isNominal(tokens.get(i))) {
      i++;
    }
    int j = i;
    while (j < subject.end() && isNominal(tokens.get(j))) {
      j++;
    }
    return new int[] {i, j};
  }

  private static boolean isNominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP");
  }

  /**
   * "Moscow and Islamabad", "Beijing": a subject made only of capitals (joined by "and" or commas) stands for their
   * countries; empty otherwise.
   */
  private static List<String> capitalsOf(DocumentContext ctx, List<Token> tokens, Subject subject) {
    Set<String> countries = new LinkedHashSet<>();
    int i = subject.start();
    while (i < subject.end()) {
      String w = tokens.get(i).text();
      if (Set.of("and", ",", "&").contains(w) || w.equalsIgnoreCase("the") && i == subject.start()) {
        i++;
        continue;
      }
      String country = null;
      int next = i;
      for (int n = Math.min(3, subject.end() - i); n >= 1 && country == null; n--) {
        StringBuilder name = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          name.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        country = ctx.gazetteers.capitalCountry(name.toString());
        next = i + n;
      }
      if (country == null) {
        return List.of();
      }
      countries.add(country);
      i = next;
    }
    return List.copyOf(countries);
  }

  private static boolean isParty(DocumentContext ctx, int sentence, List<Token> tokens, Subject subject,
      List<GroupStage.Found> groups, List<PersonStage.Found> people, List<AgencyStage.Found> agencies) {
    int[] run = headRun(tokens, subject);
    if (run[0] == run[1]) {
      return false;
    }
    TokenSpan head = ctx.span(sentence, run[0], run[1]);
    String headLemma = nounLemma(tokens.get(run[1] - 1));
    if (!capitalsOf(ctx, tokens, subject).isEmpty()) {
      return true;
    }
    if (headLemma.equals("it")) {
      // "it" stands for a party when the sentence before has one as subject, or a group was named before it,
      // or a body said it ("the Ministry said it will ...")
      if (sayer(ctx, sentence, tokens, run, groups, agencies) != null) {
        return true;
      }
      Boolean previous = previousSubjectIsParty(ctx, sentence, groups, people, agencies);
      // the sentence before names what "it" is: a non-party subject there ("The Commission proposal") rules out a group
      return previous != null ? previous : referredGroup(groups, head, "it") != null;
    }
    // "the Greek Presidency", "Presidents Macri and Bolsonaro": officials and offices act for their parties
    if (ctx.gazetteers.isPartyNoun(headLemma) || ctx.gazetteers.isTitleWord(headLemma)) {
      return true;
    }
    // "The EU strategy will send ...": a country before another noun only modifies it; the head noun is what acts
    TokenSpan headNoun = ctx.span(sentence, run[1] - 1, run[1]);
    if (ctx.parties(sentence).stream().anyMatch(p -> !p.demonym() && p.span().overlaps(headNoun))) {
      return true;
    }
    return entityAt(head, groups.stream().map(g -> g.item), people.stream().map(p -> p.item),
        agencies.stream().map(a -> a.item)) != null;
  }

  /** "It will also make agriculture more competitive" (after "The Commission proposal will ..."): "it" is no party. */
  /** Whether the subject of the sentence before is a party; null when there is none to tell ("it" again, no subject). */
  private static Boolean previousSubjectIsParty(DocumentContext ctx, int sentence, List<GroupStage.Found> groups,
      List<PersonStage.Found> people, List<AgencyStage.Found> agencies) {
    if (sentence == 0) {
      return null;
    }
    List<Token> previous = ctx.sentence(sentence - 1).tokens();
    Subject subject = firstClauseSubject(previous, previous.size());
    if (subject == null) {
      return null;
    }
    int[] run = headRun(previous, subject);
    if (run[0] == run[1] || nounLemma(previous.get(run[1] - 1)).equals("it")) {
      return null;
    }
    return isParty(ctx, sentence - 1, previous, subject, groups, people, agencies);
  }

  /**
   * "Foreign Minister Bruno Stagno and his Nicaraguan counterpart, Norman Caldera, agreed": the subject found after the
   * comma is the counterpart alone; the person joined to it by "and his counterpart" is part of it.
   */
  private static Subject withCounterpartBefore(List<Token> tokens, Subject subject, List<PersonStage.Found> people, int sentence) {
    int i = subject.start() - 1;
    if (i < 3 || !tokens.get(i).text().equals(",") || !tokens.get(i - 1).lemma().equalsIgnoreCase("counterpart")) {
      return subject;
    }
    int j = i - 2;
    while (j > 0 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NNP"))) {
      j--; // "Nicaraguan"
    }
    if (j < 1 || !Set.of("his", "her", "its", "their").contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT))
        || !tokens.get(j - 1).text().equals("and")) {
      return subject;
    }
    int end = j - 1;
    for (PersonStage.Found p : people) {
      for (TokenSpan s : p.item.spans) {
        if (s.sentence() == sentence && s.endToken() == end) {
          return new Subject(s.firstToken(), subject.end());
        }
      }
    }
    return subject;
  }

  @SafeVarargs
  private static Item entityAt(TokenSpan head, java.util.stream.Stream<Item>... kinds) {
    for (java.util.stream.Stream<Item> kind : kinds) {
      Item found = kind.filter(item -> item.spans.stream().anyMatch(s -> s.overlaps(head))).findFirst().orElse(null);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String actor(DocumentContext ctx, int sentence, List<Token> tokens, Subject subject,
      List<GroupStage.Found> groups, List<PersonStage.Found> people, List<AgencyStage.Found> agencies,
      List<String> docParties) {
    subject = withCounterpartBefore(tokens, subject, people, sentence);
    TokenSpan whole = ctx.span(sentence, subject.start(), subject.end());
    List<String> capitals = capitalsOf(ctx, tokens, subject);
    if (!capitals.isEmpty()) {
      return ctx.trace.actor(whole, Names.joinParties(capitals), "capitals standing for their governments (capitals.tsv)");
    }
    int[] run = headRun(tokens, subject);
    TokenSpan head = ctx.span(sentence, run[0], run[1]);
    String headLemma = nounLemma(tokens.get(run[1] - 1));
    List<PersonStage.Found> speakers = people.stream().filter(p -> p.item.spans.stream().anyMatch(whole::contains))
        .sorted(Comparator.comparingInt(p -> p.item.spans.stream().filter(whole::contains).mapToInt(TokenSpan::start).min().orElse(0)))
        .toList();
    if (speakers.size() >= 2) {
      // "Secretary Raimondo and Minister Wang agreed": the parties they speak for, when each has a country
      List<String> countries = speakers.stream().map(p -> p.country).distinct().toList();
      if (countries.size() == speakers.size() && countries.stream().allMatch(java.util.Objects::nonNull)) {
        return ctx.trace.actor(whole, Names.joinParties(countries), "the countries of the people it names");
      }
      return ctx.trace.actor(whole, Names.joinParties(speakers.stream().map(p -> p.item.name).toList()), "the people it names");
    }
    Item person = entityAt(head, people.stream().map(p -> p.item));
    if (person != null) {
      return ctx.trace.actor(whole, person.name, "the person it names");
    }
    if (run[1] - run[0] == 1 && tokens.get(run[0]).text().equalsIgnoreCase("it") && run[1] < tokens.size()
        && tokens.get(run[1]).lemma().equals("be") && !docParties.isEmpty()) {
      return ctx.trace.actor(whole, Names.joinParties(docParties), "\"It\" before \"be\": the statement's parties"); // "It was agreed to ...": the parties of the statement
    }
    if (run[1] - run[0] == 1 && tokens.get(run[0]).text().equals("I")) {
      Item speaker = speaker(ctx, sentence, people);
      if (speaker != null) {
        return ctx.trace.actor(whole, speaker.name, "\"I\" in a quotation: the person named next to \"said\"");
      }
    }
    Item group = entityAt(head, groups.stream().map(g -> g.item));
    if (group != null) {
      return ctx.trace.actor(whole, group.name, "the group it names"); // "The U.S.-India Energy Dialogue will ...": the group, not its members
    }
    if (ctx.gazetteers.recordWords("body-nouns").contains(headLemma)
        && tokens.subList(subject.start(), subject.end()).stream().anyMatch(t -> t.text().equalsIgnoreCase("two"))) {
      List<String> pair = pairOfBodiesJustBefore(ctx, sentence, agencies);
      if (pair != null) {
        return ctx.trace.actor(whole, Names.joinParties(pair), "\"the two " + headLemma + "s\": the two bodies named together in its sentence or the one before");
      }
    }
    List<String> joinedBodies = bodiesListed(tokens, whole, groups, agencies);
    if (joinedBodies.size() >= 2) {
      // "the ministry of IT and UNDP", "The Ministry of Defence of Germany and the Ministry of Defence of the United Kingdom":
      // a list of bodies is the subject together, each as the text names it
      return ctx.trace.actor(whole, Names.joinParties(joinedBodies), "a list of bodies, each as the text names it there");
    }
    Set<String> countries = new LinkedHashSet<>();
    for (PartyMention p : ctx.parties(sentence)) {
      if (!p.demonym() && whole.contains(p.span())) {
        countries.addAll(p.parties());
      }
    }
    if (!countries.isEmpty() && !headLemma.equals("delegation")) {
      List<String> joined = partiesAndBodies(ctx, sentence, whole, agencies);
      if (joined.size() > countries.size()) {
        return ctx.trace.actor(whole, Names.joinParties(joined), "the countries and bodies it joins");
      }
      return ctx.trace.actor(whole, Names.joinParties(List.copyOf(countries)), "the countries it names");
    }
    // "APEC economies": the body must be the head noun itself, not a word before it
    TokenSpan headNoun = ctx.span(sentence, run[1] - 1, run[1]);
    Item named = entityAt(headNoun, groups.stream().map(g -> g.item), agencies.stream().map(a -> a.item));
    if (named != null) {
      // a body as the text names it there: "the IAEA agreed", not the gazetteer's full name
      TokenSpan said = named.spans.stream().filter(sp -> sp.overlaps(head)).findFirst().orElse(null);
      boolean agency = agencies.stream().anyMatch(a -> a.item == named);
      return ctx.trace.actor(whole, agency && said != null ? Names.clean(said.text()) : named.name, "the body it names, as the text names it there");
    }
    if (entityAt(head, groups.stream().map(g -> g.item), agencies.stream().map(a -> a.item)) != null) {
      // "IEA Member governments", "the IMF mission": a body before the head noun says whose; as written
      return ctx.trace.actor(whole, whole.text(), "a body before its head noun says whose they are: as written");
    }
    if (run[1] - run[0] == 1 && Set.of("alliance", "organization", "organisation", "bloc").contains(headLemma)
        && Character.isUpperCase(tokens.get(run[0]).text().charAt(0))) {
      // "the Alliance will continue to support ...": the intergovernmental body the statement is about, as it names it
      AgencyStage.Found igo = agencies.stream().filter(a -> a.intergovernmental(ctx.gazetteers) && a.item.firstOffset() < whole.start())
          .max(Comparator.comparingInt((AgencyStage.Found a) -> a.item.mentions.size()).thenComparingInt(a -> -a.item.firstOffset()))
          .orElse(null);
      if (igo != null) {
        TokenSpan last = igo.item.spans.stream().filter(sp -> sp.start() < whole.start()).max(Comparator.comparingInt(TokenSpan::start)).orElse(null);
        return ctx.trace.actor(whole, last != null ? Names.clean(last.text()) : igo.item.name, "the intergovernmental body the statement names most before it");
      }
    }
    // "the human capital group will ...": words of its own before the head say which group; as written, no back-reference
    boolean modified = run[1] - run[0] > 1 && !tokens.get(run[0]).lemma().equalsIgnoreCase("working")
        && Character.isLowerCase(tokens.get(run[0]).text().charAt(0));
    if (!modified && (ctx.gazetteers.recordWords("group-references").contains(headLemma) || tokens.get(run[0]).lemma().equalsIgnoreCase("group"))) {
      GroupStage.Found g = referredGroup(groups, whole, tokens.get(run[0]).lemma().equalsIgnoreCase("working") ? "working" : headLemma);
      if (g != null) {
        return ctx.trace.actor(whole, g.item.name, "the group the noun refers back to: the most mentioned before, of its kind");
      }
    }
    Item body = referredAgency(agencies, whole, tokens.get(run[1] - 1).text());
    if (body != null && run[1] - run[0] == 1) {
      return ctx.trace.actor(whole, body.name, "the agency named before with that head word"); // "the Agency will contribute": the agency of that head named before
    }
    boolean pluralDelegation = headLemma.equals("delegation") && tokens.get(run[1] - 1).pos().equals("NNS");
    if (officialsByOffice(ctx, sentence, tokens, subject, run, headLemma)) {
      String officials = officials(ctx, sentence, whole, headLemma, people, docParties);
      if (officials != null) {
        return officials;
      }
    }
    if (run[1] - run[0] == 1 && headLemma.equals("they") && sentence > 0 && sameParagraph(ctx, sentence - 1, sentence)) {
      // "Mr Medvedev and Mr Brown discussed ... They agreed to": the two the sentence before names as its subject
      List<Token> previous = ctx.sentence(sentence - 1).tokens();
      Subject before = firstClauseSubject(previous, previous.size());
      if (before != null && namesSeveral(ctx, sentence - 1, before, people)) {
        return actor(ctx, sentence - 1, previous, before, groups, people, agencies, docParties);
      }
    }
    if ((ctx.gazetteers.recordWords("side-nouns").contains(headLemma) || headLemma.equals("government"))
        && tokens.get(run[1] - 1).pos().equals("NN")) {
      // "The Indian side will host", "the Ghanaian delegation will": one party's side, named by its adjective
      List<String> sides = ctx.parties(sentence).stream().filter(p -> p.demonym() && whole.contains(p.span()))
          .flatMap(p -> p.parties().stream()).distinct().toList();
      if (sides.size() == 1) {
        return ctx.trace.actor(whole, sides.get(0), "one party's side, named by its adjective");
      }
    }
    if ((ctx.gazetteers.recordWords("plural-parties").contains(headLemma) || pluralDelegation) && !docParties.isEmpty()) {
      return ctx.trace.actor(whole, Names.joinParties(docParties), "a plural party noun or pronoun: the statement's parties");
    }
    if (run[1] - run[0] == 1 && Set.of("they", "we").contains(headLemma.toLowerCase(java.util.Locale.ROOT))) {
      TokenSpan before = pluralSubjectBefore(ctx, sentence, subject.start());
      if (before != null) {
        return ctx.trace.actor(whole, Names.clean(before.text()), "\"" + tokens.get(run[0]).text() + "\": the plural subject of a sentence just before");
      }
    }
    Item sayer = headLemma.equals("it") ? sayer(ctx, sentence, tokens, run, groups, agencies) : null;
    if (sayer != null) {
      return ctx.trace.actor(whole, sayer.name, "\"it\" after \"" + tokens.get(run[0] - 1).text() + "\": the body that said it");
    }
    // "with the ministers pledging ...": the preposition before a subject is no part of it
    String written = whole.text().replaceFirst("^(?i)(with|by|for|from|as)\\s+", "");
    return ctx.trace.actor(whole, written, "as written: nothing in the statement resolves it further");
  }

  /** A subject naming two or more people or parties ("Mr Medvedev and Mr Brown", "Chile and Peru"). */
  private static boolean namesSeveral(DocumentContext ctx, int sentence, Subject subject, List<PersonStage.Found> people) {
    TokenSpan whole = ctx.span(sentence, subject.start(), subject.end());
    long persons = people.stream().filter(p -> p.item.spans.stream().anyMatch(whole::contains)).count();
    long parties = ctx.parties(sentence).stream().filter(p -> !p.demonym() && whole.contains(p.span()))
        .flatMap(p -> p.parties().stream()).distinct().count();
    return persons >= 2 || parties >= 2;
  }

  /** "It was agreed to", "Further it was decided to": an impersonal passive, whose parties are the statement's. */
  private static boolean isImpersonal(List<Token> tokens, Subject subject) {
    int[] run = headRun(tokens, subject);
    return run[1] - run[0] == 1 && tokens.get(run[0]).text().equalsIgnoreCase("it") && run[1] + 1 < tokens.size()
        && tokens.get(run[1]).lemma().equals("be") && tokens.get(run[1] + 1).pos().equals("VBN");
  }

  /** "4." opening a paragraph: a list number where a subject would be. */
  private static boolean isListNumber(List<Token> tokens, Subject subject) {
    if (subject.start() != 0) {
      return false;
    }
    for (int i = subject.start(); i < subject.end(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("CD") && !Set.of(".", ")", "LS").contains(t.text()) && !t.pos().equals("LS")) {
        return false;
      }
    }
    return true;
  }

  /** Who acts in a numbered paragraph: the statement's parties, else the plural subject of a sentence before that opens the list. */
  private static String numberedParagraphActor(DocumentContext ctx, int sentence, List<String> docParties) {
    if (!docParties.isEmpty()) {
      return Names.joinParties(docParties);
    }
    for (int s = 0; s < sentence; s++) {
      List<Token> tokens = ctx.sentence(s).tokens();
      Subject subject = firstClauseSubject(tokens, tokens.size());
      if (subject != null && !isListNumber(tokens, subject)) {
        int[] run = headRun(tokens, subject);
        if (run[1] > run[0] && Set.of("NNS", "NNPS").contains(tokens.get(run[1] - 1).pos())
            && ctx.gazetteers.isPartyNoun(nounLemma(tokens.get(run[1] - 1)))) {
          return Names.clean(ctx.span(s, subject.start(), subject.end()).text());
        }
      }
    }
    return null;
  }

  /** Officials named by their office alone, plural: "the ministers", "The Leaders", "the two foreign ministers". */
  private static boolean officialsByOffice(DocumentContext ctx, int sentence, List<Token> tokens, Subject subject, int[] run, String headLemma) {
    Token head = tokens.get(run[1] - 1);
    if (!ctx.gazetteers.recordWords("offices").contains(headLemma) || !head.pos().startsWith("NN") || !head.text().endsWith("s")) {
      return false;
    }
    for (int i = subject.start(); i < subject.end(); i++) {
      Token t = tokens.get(i);
      // "the foreign ministers", "The Prime Ministers", not "the Arab foreign ministers" (whose they are, as written)
      boolean plainModifier = t.pos().equals("DT") || t.pos().equals("CD") || t.pos().equals("JJ") && Character.isLowerCase(t.text().charAt(0))
          || i < run[1] - 1 && onlyOfficeWords(ctx, sentence, i, i + 1) && Character.isUpperCase(t.text().charAt(0)) && t.pos().startsWith("NNP");
      if (i != run[1] - 1 && !plainModifier) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whom "the ministers" or "the leaders" are, when the statement makes it plain: the parties or
   * the words of the nearest fuller mention before ("the foreign ministers of Egypt, Ethiopia and
   * Sudan", "EU and African leaders"); else the countries of the people it names with such a
   * title ("Minister of Foreign Affairs" Joly and "Minister for Foreign Affairs" Payne); else the
   * statement's parties. Null when none of these says.
   */
  private static String officials(DocumentContext ctx, int sentence, TokenSpan whole, String headLemma, List<PersonStage.Found> people,
      List<String> docParties) {
    for (int s = sentence; s >= 0; s--) {
      List<Token> tokens = ctx.sentence(s).tokens();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Token t = tokens.get(i);
        if (ctx.token(s, i).end() > whole.start() && s == sentence || !t.text().endsWith("s")
            || !t.text().regionMatches(true, 0, headLemma, 0, headLemma.length()) || !nounLemma(t).equals(headLemma)) {
          continue;
        }
        int from = i;
        while (from > 0 && (isModifier(tokens.get(from - 1))
            || tokens.get(from - 1).text().equals(",") && from > 1 && tokens.get(from - 2).pos().startsWith("NNP"))) {
          from--; // "Kenya, Uganda, Tanzania Ministers": a list of names before the noun
        }
        int to = i + 1;
        if (to + 1 < tokens.size() && tokens.get(to).text().equals("of")) {
          int k = to + 1;
          while (k < tokens.size() && (tokens.get(k).pos().startsWith("NNP") || Set.of(",", "and", "the").contains(tokens.get(k).text()))) {
            k++;
          }
          while (k > to + 1 && Set.of(",", "and", "the").contains(tokens.get(k - 1).text())) {
            k--;
          }
          if (k > to + 1) {
            to = k;
          }
        }
        if (from == i && to == i + 1) {
          continue; // "the ministers" again: no fuller mention
        }
        TokenSpan np = ctx.span(s, from, to);
        List<String> parties = new ArrayList<>();
        for (PartyMention p : ctx.parties(s)) {
          if (!p.demonym() && np.contains(p.span())) {
            p.parties().stream().filter(c -> !parties.contains(c)).forEach(parties::add);
          }
        }
        if (parties.size() >= 2) {
          return ctx.trace.actor(whole, Names.joinParties(parties), "the parties of the fuller mention before, \"" + np.text() + "\"");
        }
        if (from < i && !onlyOfficeWords(ctx, s, from, i)) {
          return ctx.trace.actor(whole, Names.clean(np.text()), "the fuller mention before, as written: \"" + np.text() + "\"");
        }
      }
    }
    List<String> countries = new ArrayList<>();
    for (PersonStage.Found p : people) {
      if (p.title != null && holdsOffice(ctx, p.title, headLemma)) {
        if (p.country == null) {
          countries.clear();
          break;
        }
        if (!countries.contains(p.country)) {
          countries.add(p.country);
        }
      }
    }
    if (countries.size() >= 2) {
      return ctx.trace.actor(whole, Names.joinParties(countries), "the countries of the people it names with that office");
    }
    if (!docParties.isEmpty()) {
      return ctx.trace.actor(whole, Names.joinParties(docParties), "officials named by their office: the statement's parties");
    }
    return null;
  }

  /** "Foreign Ministers", "Prime Ministers": words of the office alone, naming no party, body or group (no entity class or tag). */
  private static boolean onlyOfficeWords(DocumentContext ctx, int sentence, int from, int head) {
    for (int k = from; k < head; k++) {
      Token t = ctx.token(sentence, k);
      if (!t.ner().equals("O") || ctx.hasClass(sentence, k, org.communique.rules.Gazetteers.COUNTRY)
          || ctx.hasClass(sentence, k, org.communique.rules.Gazetteers.DEMONYM) || ctx.hasClass(sentence, k, org.communique.rules.Gazetteers.KNOWN_GROUP)
          || ctx.hasClass(sentence, k, org.communique.rules.Gazetteers.KNOWN_AGENCY) || ctx.hasClass(sentence, k, org.communique.rules.Gazetteers.IGO)) {
        return false;
      }
    }
    return true;
  }

  /** A word of a noun phrase before its head: "EU and African", "Arab foreign", "Forum". */
  private static boolean isModifier(Token t) {
    return t.pos().startsWith("NNP") || t.pos().equals("JJ") || t.text().equals("and") && t.pos().equals("CC");
  }

  /** Whether a title is an office of that noun: a "minister" has "Minister" in it; a "leader" heads a state or government. */
  private static boolean holdsOffice(DocumentContext ctx, String title, String headLemma) {
    return headLemma.equals("minister") ? title.matches(".*\\bMinister\\b.*") : ctx.gazetteers.isLeaderTitle(title);
  }

  /**
   * "The Ministers are convinced ... They express": the plural noun subject of the pronoun's own
   * sentence before it, or of one of the three sentences before, nearest first; null when none has one.
   */
  private static TokenSpan pluralSubjectBefore(DocumentContext ctx, int sentence, int pronoun) {
    for (int s = sentence; s >= Math.max(0, sentence - 3); s--) {
      List<Token> tokens = ctx.sentence(s).tokens();
      // "The Ministers express ..., and to this effect they will act": the sentence's own first subject first
      Subject subject = firstClauseSubject(tokens, s == sentence ? pronoun : tokens.size());
      if (subject == null || s == sentence && subject.start() >= pronoun) {
        continue;
      }
      int[] run = headRun(tokens, subject);
      if (run[1] > run[0]) {
        Token head = tokens.get(run[1] - 1);
        if (head.pos().equals("PRP")) {
          continue; // "they" again: look further back
        }
        if (head.pos().startsWith("NN") && head.text().endsWith("s") && run[0] == subject.start() + (tokens.get(subject.start()).pos().equals("DT") ? 1 : 0)) {
          return ctx.span(s, subject.start(), subject.end());
        }
      }
      return null;
    }
    return null;
  }

  /** "the Department of Health said it will ...": the body named right before the speech verb before "it", or null. */
  private static Item sayer(DocumentContext ctx, int sentence, List<Token> tokens, int[] run, List<GroupStage.Found> groups,
      List<AgencyStage.Found> agencies) {
    if (run[0] < 2 || !ctx.gazetteers.recordWords("speech-verbs").contains(tokens.get(run[0] - 1).text())) {
      return null;
    }
    TokenSpan before = ctx.span(sentence, run[0] - 2, run[0] - 1);
    return entityAt(before, agencies.stream().map(a -> a.item), groups.stream().map(g -> g.item));
  }

  /**
   * "I" in a quotation is its speaker: the person named next to "said" (or "says", "added", ...) in the
   * sentence itself or the ones around it ("..., said Strayer. “I look forward to ...").
   */
  private static Item speaker(DocumentContext ctx, int sentence, List<PersonStage.Found> people) {
    for (int distance = 0; distance <= 2; distance++) {
      for (int s : new int[] {sentence - distance, sentence + distance}) {
        if (s < 0 || s >= ctx.doc.sentences().size() || distance > 1 && s > sentence || !sameParagraph(ctx, s, sentence)) {
          continue;
        }
        List<Token> tokens = ctx.sentence(s).tokens();
        for (PersonStage.Found p : people) {
          for (TokenSpan span : p.item.spans) {
            if (span.sentence() == s && nextToSpeechVerb(ctx.gazetteers, tokens, span)) {
              return p.item;
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean sameParagraph(DocumentContext ctx, int a, int b) {
    int from = ctx.sentence(Math.min(a, b)).end();
    int to = ctx.sentence(Math.max(a, b)).start();
    return from >= to || ctx.doc.text().substring(from, to).indexOf('\n') < 0;
  }

  private static boolean nextToSpeechVerb(Gazetteers gaz, List<Token> tokens, TokenSpan name) {
    int before = name.firstToken() - 1;
    int after = name.endToken();
    return before >= 0 && gaz.recordWords("speech-verbs").contains(tokens.get(before).text())
        || after < tokens.size() && gaz.recordWords("speech-verbs").contains(tokens.get(after).text());
  }

  /** "the Agency", "the Ministry": the one agency named before whose name has that head word, most mentioned first. */
  private static Item referredAgency(List<AgencyStage.Found> agencies, TokenSpan at, String headWord) {
    if (!Character.isUpperCase(headWord.charAt(0))) {
      return null;
    }
    return agencies.stream().map(a -> a.item)
        .filter(item -> item.firstOffset() < at.start() && java.util.Arrays.asList(item.name.split("\\s+")).contains(headWord))
        .max(Comparator.comparingInt((Item item) -> item.mentions.size()).thenComparingInt(item -> -item.firstOffset()))
        .orElse(null);
  }

  /**
   * The group that "it" or "the working group" refers to: the most mentioned group introduced
   * before, of the kind the noun names when there is one.
   */
  private static GroupStage.Found referredGroup(List<GroupStage.Found> groups, TokenSpan at, String noun) {
    List<GroupStage.Found> before = groups.stream().filter(g -> g.item.firstOffset() < at.start()).toList();
    if (before.isEmpty()) {
      return null;
    }
    String kind = switch (noun) {
      case "group", "working" -> "working_group";
      case "dialogue" -> "dialogue";
      case "meeting" -> "meeting";
      case "forum" -> "forum";
      case "committee" -> "committee";
      case "council" -> "council";
      case "commission" -> "commission";
      case "partnership" -> "partnership";
      case "coalition", "alliance" -> "coalition";
      case "force" -> "task_force";
      case "summit" -> "meeting";
      default -> null;
    };
    List<GroupStage.Found> ofKind = before.stream().filter(g -> g.kind.equals(kind)).toList();
    List<GroupStage.Found> pool = ofKind.isEmpty() ? before : ofKind;
    return pool.stream().max(Comparator.comparingInt((GroupStage.Found g) -> g.item.mentions.size())
        .thenComparingInt(g -> -g.item.firstOffset())).orElse(null);
  }

  /**
   * "The EU and the African Union will ...": a subject that joins countries and bodies acts for all of them, in the
   * order written; empty unless the subject joins them with "and".
   */
  private static List<String> partiesAndBodies(DocumentContext ctx, int sentence, TokenSpan whole, List<AgencyStage.Found> agencies) {
    List<Token> tokens = ctx.sentence(sentence).tokens();
    java.util.TreeMap<Integer, java.util.Map.Entry<TokenSpan, List<String>>> byStart = new java.util.TreeMap<>();
    for (PartyMention p : ctx.parties(sentence)) {
      if (!p.demonym() && whole.contains(p.span())) {
        byStart.put(p.span().firstToken(), java.util.Map.entry(p.span(), p.parties()));
      }
    }
    for (AgencyStage.Found a : agencies) {
      for (TokenSpan sp : a.item.spans) {
        if (sp.sentence() != sentence || !whole.contains(sp)) {
          continue;
        }
        // a conjunct of its own ("the IAEA and"), not a word before another noun ("UN atomic energy agency")
        boolean conjunct = sp.endToken() == whole.endToken() || Set.of("and", "&", ",").contains(tokens.get(sp.endToken()).text());
        if (conjunct && byStart.keySet().stream().noneMatch(k -> k >= sp.firstToken() && k < sp.endToken())) {
          byStart.put(sp.firstToken(), java.util.Map.entry(sp, List.of(Names.clean(sp.text())))); // a body as the text names it there
        }
      }
    }
    List<java.util.Map.Entry<TokenSpan, List<String>>> conjuncts = List.copyOf(byStart.values());
    boolean joined = conjuncts.size() >= 2;
    for (int k = 0; joined && k + 1 < conjuncts.size(); k++) {
      boolean and = false;
      for (int i = conjuncts.get(k).getKey().endToken(); i < conjuncts.get(k + 1).getKey().firstToken(); i++) {
        String w = tokens.get(i).text();
        and |= w.equals("and") || w.equals("&");
        joined &= Set.of("and", "&", ",", "the", "The").contains(w);
      }
      joined &= and || k + 2 < conjuncts.size();
    }
    if (!joined) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    conjuncts.forEach(c -> out.addAll(c.getValue()));
    return List.copyOf(out);
  }

  /** The parties of the statement: members of its first multi-party group, else of its first two-party sentence. */
  private static List<String> documentParties(DocumentContext ctx, List<GroupStage.Found> groups) {
    List<String> parties = GroupStage.statementParties(ctx, groups, false);
    return parties.size() == 2 ? inWrittenOrder(ctx, parties) : parties;
  }

  /** Two parties in the order the statement joins them ("the UK and Australia will ..."), when it does. */
  private static List<String> inWrittenOrder(DocumentContext ctx, List<String> parties) {
    for (int s = 0; s < ctx.doc.sentences().size(); s++) {
      List<PartyMention> named = ctx.parties(s).stream().filter(p -> !p.demonym() && p.parties().size() == 1).toList();
      List<Token> tokens = ctx.sentence(s).tokens();
      for (int k = 0; k + 1 < named.size(); k++) {
        PartyMention a = named.get(k);
        PartyMention b = named.get(k + 1);
        int gap = b.span().firstToken() - a.span().endToken();
        boolean joined = gap >= 1 && gap <= 2 && tokens.get(a.span().endToken()).text().equals("and");
        String first = a.parties().get(0);
        String second = b.parties().get(0);
        // "... of India and H.E. India and Russia": one party twice is no pair (and Set.of refuses it)
        if (joined && !first.equals(second) && Set.of(first, second).equals(Set.copyOf(parties))) {
          return List.of(first, second);
        }
      }
    }
    return parties;
  }

  /** The verb and the verbs coordinated with it: "strengthen and advance", "share ..., and support". */
  private static List<Integer> coordinated(Gazetteers gaz, List<Token> tokens, int verb) {
    List<Integer> verbs = new ArrayList<>();
    verbs.add(verb);
    boolean base = tokens.get(verb).pos().equals("VB");
    // "committed to sharing information, engaging with ..., and working together": a list of gerunds
    boolean gerund = tokens.get(verb).pos().equals("VBG");
    boolean afterPurpose = false;
    for (int i = verb + 1; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (w.equals("(") && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")) {
        i += 2; // "achieving universal health coverage (UHC) and ensuring ...": an acronym in parentheses ends nothing
        continue;
      }
      if (CLAUSE_ENDS.contains(w) || Set.of("that", "which", "who", "will", "shall").contains(w)) {
        break;
      }
      if (w.equals("to") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("VB")
          && !Set.of("and", "or", ",").contains(tokens.get(i - 1).text())) {
        // "cooperation to prevent, disrupt, and respond to ...": verbs listed in a purpose clause
        // share its object; they are not actions of this commitment, nor are verbs listed after it ("support its efforts
        // to develop the economy, maintain stability and promote ..."), but for ", and V" and "and to V"
        i = endOfVerbList(tokens, i + 1) - 1;
        afterPurpose = true;
        continue;
      }
      boolean asWellAs = w.equals("as") && i + 2 < tokens.size() && tokens.get(i + 1).text().equals("well")
          && tokens.get(i + 2).text().equals("as");
      boolean conj = w.equals("and") || w.equals("or") || asWellAs;
      boolean comma = w.equals(",") && (base || gerund);
      if (afterPurpose && !(w.equals("and") && (tokens.get(i - 1).text().equals(",")
          || i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to")))) {
        continue;
      }
      if (!conj && !comma) {
        continue;
      }
      int j = asWellAs ? i + 3 : i + 1;
      while (j < tokens.size() && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).text().equals("to")
          || tokens.get(j).text().equals("and") && comma)) {
        j++;
      }
      if (j < tokens.size() && (tokens.get(j).pos().equals("VB") || tokens.get(j).pos().equals("VBP")
          || conj && tokens.get(j).pos().equals("VBG") && !base || base && looksLikeVerb(gaz, tokens, j)
          || comma && base && baseFormAsParticiple(tokens, j) || comma && gerund && tokens.get(j).pos().equals("VBG") && gerundListCloses(tokens, j))) {
        if (isTriggerVerb(gaz, tokens, j)) {
          break;
        }
        verbs.add(mainVerb(gaz, tokens, j));
        i = j;
      }
    }
    return verbs;
  }

  /**
   * "sharing information, engaging with industry, and working together": a gerund after a comma is
   * listed only when the list closes with "and" and a gerund; "..., looking into the future" is a participle phrase.
   */
  private static boolean gerundListCloses(List<Token> tokens, int j) {
    if (j > 0 && tokens.get(j - 1).text().equals("and")) {
      return true;
    }
    for (int k = j + 1; k + 1 < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(k).text()); k++) {
      if (Set.of("and", "or").contains(tokens.get(k).text()) && tokens.get(k + 1).pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }

  /** "agreed to work ..., put together joint initiatives": a verb whose past form is its base form, tagged past. */
  private static boolean baseFormAsParticiple(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    return (t.pos().equals("VBN") || t.pos().equals("VBD")) && t.lemma() != null && t.text().equals(t.lemma());
  }

  /** After "prevent, disrupt, and respond" starting at {@code first}: the index past the last listed verb. */
  private static int endOfVerbList(List<Token> tokens, int first) {
    int end = first + 1;
    int i = first + 1;
    while (i < tokens.size()) {
      int j = i;
      if (tokens.get(j).text().equals(",")) {
        j++;
      }
      if (j < tokens.size() && Set.of("and", "or").contains(tokens.get(j).text())) {
        j++;
      }
      if (j == i || j >= tokens.size() || !Set.of("VB", "VBP").contains(tokens.get(j).pos())) {
        return end;
      }
      end = j + 1;
      i = j + 1;
    }
    return end;
  }

  /** "... and plan to coordinate": a trigger of its own, handled by its own rule. */
  private static boolean isTriggerVerb(Gazetteers gaz, List<Token> tokens, int j) {
    return j + 1 < tokens.size() && tokens.get(j + 1).text().equals("to") && gaz.recordWords("trigger-verbs").contains(lemma(tokens.get(j)));
  }

  /** "and support active participation": a base-form word tagged as a noun but followed by an object. */
  private static boolean looksLikeVerb(Gazetteers gaz, List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (!t.pos().equals("NN") || !t.text().equals(t.lemma()) || j + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(j + 1).pos();
    // "and support Russia's pipeline development": a proper-noun object too
    return next.equals("JJ") || next.equals("DT") || next.equals("PRP$") || next.equals("NNP")
        || nounReadVerb(gaz, tokens, j);
  }

  /**
   * "..., exchange materials and continue ...", "and share information": a verb of noun-read-verbs before its object;
   * after "and" only before a mass noun ("and exchange programmes" is a noun phrase).
   */
  private static boolean nounReadVerb(Gazetteers gaz, List<Token> tokens, int j) {
    String next = tokens.get(j + 1).pos();
    boolean listed = tokens.get(j - 1).text().equals(",");
    return gaz.recordWords("noun-read-verbs").contains(tokens.get(j).lemma()) && (next.equals("NN") || listed && next.equals("NNS"));
  }

  /** Where the clause of the verb at {@code v} ends: a clause break, or the sentence's end. */
  private static int clauseEnd(List<Token> tokens, int v) {
    int i = v + 1;
    while (i < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(i).text()) && !startsNewClause(tokens, i)) {
      i++;
    }
    while (i > v + 1 && Set.of(".", ",", "!", "?").contains(tokens.get(i - 1).text())) {
      i--;
    }
    return i;
  }

  /** ", and the Secretary reaffirmed ...": a comma and a conjunction before a new subject. */
  private static boolean startsNewClause(List<Token> tokens, int i) {
    // a relative clause: ", which ...", "that will ..."
    if (i + 1 < tokens.size() && Set.of("which", "who", "that").contains(tokens.get(i).text())
        && (tokens.get(i + 1).pos().equals("MD") || i > 0 && tokens.get(i - 1).text().equals(","))) {
      return true;
    }
    if (i + 1 < tokens.size() && tokens.get(i).text().equals(",") && Set.of("which", "who").contains(tokens.get(i + 1).text())) {
      return true;
    }
    if (i + 2 >= tokens.size() || !tokens.get(i).text().equals(",") || !Set.of("and", "but", "while").contains(tokens.get(i + 1).text())) {
      return false;
    }
    Token next = tokens.get(i + 2);
    return !next.pos().startsWith("VB") && !next.pos().startsWith("RB") && !next.text().equals("to");
  }

  /** The spans no other of them contains ("Romanian Space Agency", not its "Space Agency"), by start. */
  private static List<TokenSpan> outermost(java.util.Collection<TokenSpan> spans) {
    return spans.stream().distinct().filter(sp -> spans.stream().noneMatch(o -> !o.equals(sp) && o.contains(sp)))
        .sorted(Comparator.comparingInt(TokenSpan::start)).toList();
  }

  /** "INTERPOL and GCCPOL", "between ROSA and the State Space Agency": the two agencies named together in {@code sentence} or the one before. */
  private static List<String> pairOfBodiesJustBefore(DocumentContext ctx, int sentence, List<AgencyStage.Found> agencies) {
    for (int s = sentence; s >= Math.max(0, sentence - 1); s--) { // the sentence or the one before: a pair further back may be others
      final int at = s;
      List<Token> tokens = ctx.sentence(s).tokens();
      java.util.Map<TokenSpan, AgencyStage.Found> bodyAt = new java.util.LinkedHashMap<>();
      for (AgencyStage.Found a : agencies) {
        a.item.spans.stream().filter(sp -> sp.sentence() == at).forEach(sp -> bodyAt.putIfAbsent(sp, a));
      }
      List<TokenSpan> named = outermost(bodyAt.keySet());
      for (int k = 0; k + 1 < named.size(); k++) {
        TokenSpan a = named.get(k);
        TokenSpan b = named.get(k + 1);
        if (bodyAt.get(a) == bodyAt.get(b) || b.firstToken() < a.endToken()) {
          continue;
        }
        List<String> between = tokens.subList(a.endToken(), b.firstToken()).stream().map(Token::text).toList();
        boolean joined = between.contains("and") && between.stream().allMatch(w -> Set.of("and", "the", "The").contains(w));
        if (joined) {
          return List.of(Names.clean(a.text()).replaceFirst("^(?i)the\\s+", ""), Names.clean(b.text()).replaceFirst("^(?i)the\\s+", ""));
        }
      }
    }
    return null;
  }

  /**
   * The bodies a subject lists ("A and the B", "A, B and C"): the outermost group or agency mentions inside it, with
   * only commas, "and" and articles between them and nothing else in the subject; else an empty list.
   */
  private static List<String> bodiesListed(List<Token> tokens, TokenSpan whole, List<GroupStage.Found> groups, List<AgencyStage.Found> agencies) {
    List<TokenSpan> inside = java.util.stream.Stream.concat(groups.stream().map(g -> g.item), agencies.stream().map(a -> a.item))
        .flatMap(item -> item.spans.stream()).filter(whole::contains).distinct().toList();
    List<TokenSpan> outer = outermost(inside);
    if (outer.size() < 2) {
      return List.of();
    }
    int at = whole.firstToken();
    List<String> names = new ArrayList<>();
    boolean and = false;
    for (TokenSpan sp : outer) {
      if (sp.firstToken() < at) {
        return List.of(); // overlapping mentions
      }
      for (int i = at; i < sp.firstToken(); i++) {
        String w = tokens.get(i).text();
        and |= w.equals("and") || w.equals("&");
        if (!Set.of(",", "and", "&", "the", "The").contains(w)) {
          return List.of();
        }
      }
      names.add(Names.clean(sp.text()).replaceFirst("^(?i)the\\s+", ""));
      at = sp.endToken();
    }
    return and && at == whole.endToken() ? names : List.of();
  }

  /** "affirm our commitment to": the trigger's possessive is the first person plural. */
  private static boolean ownedByUs(List<Token> tokens, TokenSpan trigger) {
    for (int i = trigger.firstToken(); i < trigger.endToken(); i++) {
      if (tokens.get(i).text().equalsIgnoreCase("our")) {
        return true;
      }
    }
    return false;
  }

  /** The start of ", and" / "and" / "," before a coordinated verb. */
  private static int conjunctionBefore(List<Token> tokens, int v) {
    int i = v - 1;
    while (i > 0 && (tokens.get(i).pos().startsWith("RB") || Set.of("to", "and", "or", ",", ";").contains(tokens.get(i).text()))) {
      i--;
    }
    return i + 1;
  }

  // tracing: decisions in words, built only when tracing is on

  /** A trigger whose subject is missing or no party: nothing is committed. */
  private static void traceNoParty(DocumentContext ctx, RuleMatch m, List<Token> tokens, Subject subject, String action) {
    TokenSpan trigger = m.slotOrSpan("trigger");
    if (subject == null) {
      ctx.trace.at(Decision.COMMITMENTS, Decision.Kind.DROPPED, action, m.ruleId(), m.span(), () -> "no subject found before \"" + trigger.text() + "\"");
      return;
    }
    TokenSpan said = ctx.span(trigger.sentence(), subject.start(), subject.end());
    int[] run = headRun(tokens, subject);
    String head = run[0] == run[1] ? null : tokens.get(run[1] - 1).text();
    TokenSpan where = ctx.span(trigger.sentence(), Math.min(subject.start(), m.span().firstToken()), Math.max(subject.end(), m.span().endToken()));
    ctx.trace.at(Decision.COMMITMENTS, Decision.Kind.DROPPED, action, m.ruleId(), where, () -> "its subject \"" + said.text() + "\" is no party: "
        + (head == null ? "it has no noun or pronoun"
            : head.equalsIgnoreCase("it") ? "\"it\" stands for no party here (none is the subject of the sentence before, no group was named before)"
            : "its head \"" + head + "\" is no party noun or title, no country, and no group, person or agency of the record"));
  }

  /** Why a verb of a commitment's clause makes no commitment (the conditions of {@link #run}, in order). */
  private static String verbDropped(DocumentContext ctx, int from, int to, String act) {
    if (to <= from) {
      return "no words for its clause";
    }
    if (ctx.gazetteers.isNonCommitmentVerb(act)) {
      return "\"" + act + "\" is a verb that states no commitment (non-commitment verbs)";
    }
    return "the same verb of the same sentence is already a commitment (of an earlier match)";
  }
}
