package org.communique.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Positions whose name says whose they are ({@code models/knowledge/office-titles.tsv}): "Assistant
 * Secretary of Defense for ..." is a U.S. position, "Secretary of State for Defence" a British one.
 */
public final class OfficeTitles {
  public static final String FILE = "office-titles.tsv";

  private record Entry(Pattern title, String country) {}

  private final List<Entry> entries;

  private OfficeTitles(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static OfficeTitles empty() {
    return new OfficeTitles(List.of());
  }

  /** The titles of a knowledge folder; empty when the folder has no such file. */
  public static OfficeTitles load(Path knowledgeDir) throws IOException {
    Path file = knowledgeDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    List<Entry> entries = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
        throw new DataFileException(file, i + 1, "expected 2 tab-separated columns (pattern, country)");
      }
      try {
        entries.add(new Entry(Pattern.compile(cells[0].strip()), cells[1].strip()));
      } catch (PatternSyntaxException e) {
        throw new DataFileException(file, i + 1, "bad pattern: " + e.getDescription());
      }
    }
    return new OfficeTitles(entries);
  }

  /** The country whose position {@code title} is, or null. */
  public String country(String title) {
    if (title == null) {
      return null;
    }
    for (Entry e : entries) {
      if (e.title().matcher(title.strip()).matches()) {
        return e.country();
      }
    }
    return null;
  }
}
