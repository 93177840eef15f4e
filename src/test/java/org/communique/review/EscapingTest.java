package org.communique.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communique.TestModels;
import org.communique.diff.DiffFormats;
import org.communique.diff.RecordDiffer;
import org.communique.eval.Records;
import org.communique.pipeline.ExtractJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement text with markup in it shows as text in review pages and HTML diffs, never as markup. */
class EscapingTest {
  private static final String HOSTILE = "The Department of State (<script>alert(1)</script>) met the \"><img src=x onerror=alert(2)> "
      + "Cyber Working Group on Monday. The United States will host the Cyber Working Group \"><img src=x onerror=alert(3)>.";

  @TempDir Path dir;

  @Test
  void reviewAndHtmlDiffEscapeStatementText() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("x.txt"), HOSTILE);
    Path out = dir.resolve("out");
    new ExtractJob(TestModels.extractor(), 1, "test").run(corpus, out, p -> { });
    Path index = new ReviewWriter(corpus, null).write(out);
    String page = Files.readString(index.resolveSibling("x.html"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertFalse(page.contains("<script"), "a script element in the review page");
    assertFalse(page.contains("<img"), "an img element in the review page");
    assertTrue(Files.readString(index).contains("x.html"));

    Map<String, com.fasterxml.jackson.databind.JsonNode> empty = new TreeMap<>();
    String html = DiffFormats.html(new RecordDiffer(corpus, null).diff(empty, Records.load(out)));
    assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;") || html.contains("&quot;&gt;&lt;img"), html);
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<img"));
  }

  @Test
  void escapeCoversEveryMarkupCharacter() {
    for (String bad : List.of("<", ">", "\"", "'")) {
      assertFalse(Html.escape("a" + bad + "b").contains(bad));
    }
    assertTrue(Html.escape("&lt;").equals("&amp;lt;"));
  }
}
