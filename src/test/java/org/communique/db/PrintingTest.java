package org.communique.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aligned text table and the CSV of a query's rows. */
class PrintingTest {
  private static final QueryResult ROWS = new QueryResult(List.of("actor", "action", "start", "text"), List.of(
      Arrays.asList("Japan", "host", 600L, "Japan will host the next round in Tokyo, \"as agreed\", in 2018"),
      Arrays.asList("Department of State", "share", 1300L, "share best practices\nwith the SRE"),
      Arrays.asList("Mexico", null, 0L, "")));

  @Test
  void textTableAlignsColumnsRightAlignsNumbersAndShowsNullAndLineBreaks() {
    assertEquals("""
        actor               | action | start | text
        --------------------+--------+-------+--------------------------------------------------------------
        Japan               | host   |   600 | Japan will host the next round in Tokyo, "as agreed", in 2018
        Department of State | share  |  1300 | share best practices\\nwith the SRE
        Mexico              | NULL   |     0 |
        (3 rows)
        """, TextTable.render(ROWS));
  }

  @Test
  void textTableOfNoRowsStillHasItsHeader() {
    assertEquals("""
        doc_id | statement_date
        -------+---------------
        (0 rows)
        """, TextTable.render(new QueryResult(List.of("doc_id", "statement_date"), List.of())));
    assertEquals("n\n-\n1\n(1 row)\n", TextTable.render(new QueryResult(List.of("n"), List.of(List.of(1L)))));
  }

  @Test
  void widthsCountCodePointsNotUtf16Units() {
    QueryResult r = new QueryResult(List.of("name", "x"), List.of(List.of("Türkiye \uD83C\uDDF9\uD83C\uDDF7", "a"), List.of("Japan", "b")));
    assertEquals("""
        name       | x
        -----------+--
        Türkiye \uD83C\uDDF9\uD83C\uDDF7 | a
        Japan      | b
        (2 rows)
        """, TextTable.render(r));
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAsRfc4180() {
    assertEquals("actor,action,start,text\r\n"
        + "Japan,host,600,\"Japan will host the next round in Tokyo, \"\"as agreed\"\", in 2018\"\r\n"
        + "Department of State,share,1300,\"share best practices\nwith the SRE\"\r\n"
        + "Mexico,,0,\"\"\r\n", Csv.render(ROWS));
    assertEquals("\"a\rb\"", Csv.field("a\rb"));
    assertEquals("plain text", Csv.field("plain text"));
  }
}
