package org.communique.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.TestModels;
import org.communique.pipeline.ExtractJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review pages of entities: a group seen in two statements has one page with both meetings, linked both ways. */
class EntityPagesTest {
  @TempDir Path dir;

  @Test
  void aGroupInTwoStatementsHasOnePageWithBothMeetingsLinkedFromBothDocuments() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "The 3rd U.S.-Japan Cyber Dialogue was held in Tokyo on May 10, 2015. "
        + "Christopher Painter, Coordinator for Cyber Issues, led the U.S. delegation.");
    Files.writeString(corpus.resolve("b.txt"), "The 4th Japan-U.S. Cyber Dialogue was held in Washington on July 21, 2016. "
        + "The <b>United States</b> and Japan will share information on cyber threats.");
    Path out = dir.resolve("out");
    new ExtractJob(TestModels.extractor(), 1, "test").run(corpus, out, p -> { });
    Path index = new ReviewWriter(corpus, null).write(out);
    Path page = index.resolveSibling("entities/group_cyber-dialogue@japan+united-states.html");
    assertTrue(Files.isRegularFile(page), "no page for the dialogue");
    String html = Files.readString(page);
    assertTrue(html.contains("<td>Tokyo</td>"), html);
    assertTrue(html.contains("<td>Washington</td>"), html);
    assertTrue(html.contains("href=\"person_christopher-painter.html\""), "the U.S. lead links to his page: " + html);
    assertTrue(html.contains("href=\"../a.html\"") && html.contains("href=\"../b.html\""), html);
    assertFalse(html.contains("<b>United States</b>"), "statement text is escaped");
    for (String doc : new String[] {"a.html", "b.html"}) {
      assertTrue(Files.readString(index.resolveSibling(doc)).contains("href=\"entities/group_cyber-dialogue@japan+united-states.html\""), doc);
    }
    assertTrue(Files.readString(index).contains("entities/index.html"));
  }
}
