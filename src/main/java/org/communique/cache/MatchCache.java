package org.communique.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communique.ingest.CorpusReader;
import org.communique.ingest.SourceDocument;
import org.communique.output.JsonFiles;
import org.communique.rules.RuleMatch;
import org.communique.rules.TokenSpan;

/**
 * Each rule's matches in a document, keyed by the rule's own fingerprint: after an edit of one
 * rule only that rule runs again. Entries are keyed like the annotation cache (text and NLP
 * settings) and framed the same way: Smile written with the streaming API, per rule fingerprint
 * its matches as rule id, family, span and named slots, a span being five numbers (its text is the
 * document's). A damaged entry is reported and ignored.
 */
public final class MatchCache {
  private final Path dir;
  private final String nlpFingerprint;
  private final AnnotationCache.Listener listener;

  public MatchCache(Path dir, String nlpFingerprint, AnnotationCache.Listener listener) {
    this.dir = dir;
    this.nlpFingerprint = nlpFingerprint;
    this.listener = listener;
  }

  private Path file(SourceDocument doc) {
    return dir.resolve(CorpusReader.sha256((doc.sha256() + "|" + nlpFingerprint + "|matches-v2").getBytes(StandardCharsets.UTF_8)) + ".bin");
  }

  /** Matches by rule fingerprint; empty when there are none. */
  public Map<String, List<RuleMatch>> get(SourceDocument doc) {
    Path f = file(doc);
    try {
      return FramedSmile.read(Files.readAllBytes(f), in -> read(in, doc.text()));
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      listener.corrupt(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return Map.of();
    }
  }

  public void put(SourceDocument doc, Map<String, List<RuleMatch>> matches) throws IOException {
    byte[] bytes = FramedSmile.write(out -> {
      out.writeStartObject();
      for (Map.Entry<String, List<RuleMatch>> rule : matches.entrySet()) {
        out.writeFieldName(rule.getKey());
        out.writeStartArray();
        for (RuleMatch m : rule.getValue()) {
          out.writeString(m.ruleId());
          out.writeString(m.family());
          write(out, m.span());
          out.writeNumber(m.slots().size());
          for (Map.Entry<String, TokenSpan> slot : m.slots().entrySet()) {
            out.writeString(slot.getKey());
            write(out, slot.getValue());
          }
        }
        out.writeEndArray();
      }
      out.writeEndObject();
    });
    Files.createDirectories(dir);
    JsonFiles.writeAtomically(file(doc), bytes);
  }

  // a span is five numbers; its text is the document's own substring
  private static void write(JsonGenerator out, TokenSpan s) throws IOException {
    out.writeNumber(s.sentence());
    out.writeNumber(s.firstToken());
    out.writeNumber(s.endToken());
    out.writeNumber(s.start());
    out.writeNumber(s.end());
  }

  private static Map<String, List<RuleMatch>> read(JsonParser in, String text) throws IOException {
    FramedSmile.expect(in.nextToken() == JsonToken.START_OBJECT);
    Map<String, List<RuleMatch>> out = new LinkedHashMap<>();
    for (String key = in.nextFieldName(); key != null; key = in.nextFieldName()) {
      FramedSmile.expect(in.nextToken() == JsonToken.START_ARRAY);
      List<RuleMatch> matches = new ArrayList<>();
      for (String ruleId = in.nextTextValue(); ruleId != null; ruleId = in.nextTextValue()) {
        String family = in.nextTextValue();
        FramedSmile.expect(family != null);
        TokenSpan span = span(in, text);
        int slots = FramedSmile.nextInt(in);
        Map<String, TokenSpan> named = new HashMap<>();
        for (int i = 0; i < slots; i++) {
          String name = in.nextTextValue();
          FramedSmile.expect(name != null);
          named.put(name, span(in, text));
        }
        matches.add(new RuleMatch(ruleId, family, span, named));
      }
      FramedSmile.expect(in.currentToken() == JsonToken.END_ARRAY);
      out.put(key, matches);
    }
    FramedSmile.expect(in.currentToken() == JsonToken.END_OBJECT);
    return out;
  }

  private static TokenSpan span(JsonParser in, String text) throws IOException {
    int sentence = FramedSmile.nextInt(in);
    int first = FramedSmile.nextInt(in);
    int end = FramedSmile.nextInt(in);
    int start = FramedSmile.nextInt(in);
    int stop = FramedSmile.nextInt(in);
    FramedSmile.expect(0 <= start && start <= stop && stop <= text.length());
    return new TokenSpan(sentence, first, end, start, stop, text.substring(start, stop));
  }
}
