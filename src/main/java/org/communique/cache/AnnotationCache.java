package org.communique.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communique.ingest.SourceDocument;
import org.communique.nlp.AnnotatedDocument;
import org.communique.nlp.Sentence;
import org.communique.nlp.Token;
import org.communique.output.JsonFiles;

/**
 * NLP annotations on disk, keyed by the text's sha256 and the NLP fingerprint, so that a rule
 * edit never runs OpenNLP or CoreNLP again. An entry is Jackson Smile of a column-wise token
 * model behind a header with a CRC32 of the payload ({@link FramedSmile}); token texts are not stored (they are the
 * document's own substrings). A corrupt or truncated entry is reported once and treated as absent.
 */
public final class AnnotationCache {

  /** One sentence, column-wise: token offsets, tags, lemmas and entity classes. */
  record CachedSentence(int start, int end, int[] tokenStart, int[] tokenEnd, String[] pos, String[] lemma, String[] ner) {}

  /** A document's cached annotations. */
  record Entry(String textSha256, String nlpFingerprint, List<CachedSentence> sentences) {}

  /** What the cache did in one run. */
  public interface Listener {
    void corrupt(Path file, String reason);
  }

  private final Path dir;
  private final String nlpFingerprint;
  private final Listener listener;

  public AnnotationCache(Path dir, String nlpFingerprint, Listener listener) {
    this.dir = dir;
    this.nlpFingerprint = nlpFingerprint;
    this.listener = listener;
  }

  Path file(SourceDocument doc) {
    String key = org.communique.ingest.CorpusReader.sha256((doc.sha256() + "|" + nlpFingerprint).getBytes(StandardCharsets.UTF_8));
    return dir.resolve(key + ".bin");
  }

  /** The cached annotations of {@code doc}, or null when there are none (or they were damaged). */
  public AnnotatedDocument get(SourceDocument doc) {
    Path f = file(doc);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      listener.corrupt(f, "unreadable: " + e.getMessage());
      return null;
    }
    try {
      Entry entry = decode(bytes);
      if (!entry.textSha256().equals(doc.sha256()) || !entry.nlpFingerprint().equals(nlpFingerprint)) {
        listener.corrupt(f, "entry is for other text or settings");
        return null;
      }
      return toDocument(doc, entry);
    } catch (IOException | RuntimeException e) {
      listener.corrupt(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return null;
    }
  }

  public void put(AnnotatedDocument doc) throws IOException {
    List<CachedSentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int n = s.tokens().size();
      int[] ts = new int[n];
      int[] te = new int[n];
      String[] pos = new String[n];
      String[] lemma = new String[n];
      String[] ner = new String[n];
      for (Token t : s.tokens()) {
        ts[t.index()] = t.start();
        te[t.index()] = t.end();
        pos[t.index()] = t.pos();
        lemma[t.index()] = t.lemma();
        ner[t.index()] = t.ner();
      }
      sentences.add(new CachedSentence(s.start(), s.end(), ts, te, pos, lemma, ner));
    }
    byte[] bytes = FramedSmile.encode(new Entry(doc.source().sha256(), nlpFingerprint, sentences));
    Files.createDirectories(dir);
    JsonFiles.writeAtomically(file(doc.source()), bytes);
  }

  static Entry decode(byte[] bytes) throws IOException {
    return FramedSmile.decode(bytes, new com.fasterxml.jackson.core.type.TypeReference<Entry>() { });
  }

  private static AnnotatedDocument toDocument(SourceDocument doc, Entry entry) {
    String text = doc.text();
    List<Sentence> sentences = new ArrayList<>();
    for (CachedSentence cs : entry.sentences()) {
      List<Token> tokens = new ArrayList<>(cs.tokenStart().length);
      for (int i = 0; i < cs.tokenStart().length; i++) {
        tokens.add(new Token(i, text.substring(cs.tokenStart()[i], cs.tokenEnd()[i]), cs.tokenStart()[i], cs.tokenEnd()[i],
            cs.pos()[i], cs.lemma()[i], cs.ner()[i]));
      }
      sentences.add(new Sentence(sentences.size(), cs.start(), cs.end(), tokens));
    }
    return new AnnotatedDocument(doc, sentences);
  }
}
