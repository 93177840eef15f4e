package org.communique.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
  private static final LocalDate DOC = LocalDate.of(2022, 8, 15);

  @Test
  void textAloneFixesTheValue() {
    assertEquals("2016-07-27", DateNormalizer.normalize("July 27, 2016", null));
    assertEquals("2013-06-10/2013-06-11", DateNormalizer.normalize("June 10-11, 2013", null));
    assertEquals("2023-12-06/2023-12-07", DateNormalizer.normalize("December 6-7, 2023", null));
    assertEquals("2022-12-15", DateNormalizer.normalize("12/15/2022", null));
    assertEquals("2016-09", DateNormalizer.normalize("September of 2016", null));
    assertEquals("2023-12", DateNormalizer.normalize("December 2023", null));
    assertEquals("2022", DateNormalizer.normalize("2022", null));
    assertEquals("2010-05-04/2010-05-05", DateNormalizer.normalize("4-5 May, 2010", null));
    assertEquals("2008-06-27", DateNormalizer.normalize("27 June, 2008", null));
    assertEquals("2023-03-03", DateNormalizer.normalize("Friday, March 3, 2023", null));
    assertEquals("2019-11-08", DateNormalizer.normalize("Friday 8 November 2019", null));
    assertEquals("2000-08-31", DateNormalizer.normalize("31/08/00", null));
    assertEquals("2010-09", DateNormalizer.normalize("September, 2010", null));
  }

  /**
   * Found by the properties (randomUnicodeText seed -383195811603433165, "December 17-2, 2008";
   * corruptedStatements seed -5891083631967066260, "21-16 June 2021"): a range ending before it
   * starts gave an interval that ends before it starts ("2008-12-17/2008-12-02").
   */
  @Test
  void aRangeEndingBeforeItStartsFixesNoValue() {
    assertNull(DateNormalizer.normalize("December 17-2, 2008", null));
    assertNull(DateNormalizer.normalize("21-16 June 2021", null));
    assertNull(DateNormalizer.normalize("March 9 and 1, 1991", null));
    assertEquals("2008-12-17/2008-12-17", DateNormalizer.normalize("December 17-17, 2008", null));
  }

  @Test
  void partialAndRelativeNeedTheDocumentDate() {
    assertNull(DateNormalizer.normalize("Aug. 10", null));
    assertNull(DateNormalizer.normalize("last week", null));
    assertEquals("2022-08-10", DateNormalizer.normalize("Aug. 10", DOC));
    assertEquals("2022-08-11", DateNormalizer.normalize("Thursday", DOC));
    assertEquals("2022-W32", DateNormalizer.normalize("last week", DOC));
    assertEquals("2022-07", DateNormalizer.normalize("Last month", DOC));
    assertEquals("2022-02-07/2022-02-08", DateNormalizer.normalize("February 7th and 8th", DOC));
    assertEquals("2021-12-06", DateNormalizer.normalize("December 6", DOC));
    assertNull(DateNormalizer.normalize("Friday, March 3", null));
    assertEquals("2022-03-03", DateNormalizer.normalize("Thursday, March 3", DOC));
    assertEquals("2022-05-12/2022-05-13", DateNormalizer.normalize("12 and 13 May", DOC));
    assertEquals("2021-11", DateNormalizer.normalize("last November", DOC));
    assertEquals("2022-07", DateNormalizer.normalize("last July", DOC));
    assertEquals("2023-02", DateNormalizer.normalize("next February", DOC));
  }

  @Test
  void aDateSaidOfWhatIsToComeIsTheNextOne() {
    // DOC is Monday, August 15, 2022
    assertEquals("2021-12-06", DateNormalizer.normalize("December 6", DOC, false));
    assertEquals("2022-12-06", DateNormalizer.normalize("December 6", DOC, true));
    assertEquals("2023-06", DateNormalizer.normalize("June", DOC, true));
    assertEquals("2022-08-18", DateNormalizer.normalize("Thursday", DOC, true));
    assertEquals("2022-08-11", DateNormalizer.normalize("Thursday", DOC, false));
    assertEquals("2022-08-16", DateNormalizer.normalize("Tuesday", DOC, true));
  }

  @Test
  void impossibleDatesHaveNoValue() {
    assertNull(DateNormalizer.normalize("February 30, 2023", null));
    assertNull(DateNormalizer.normalize("13/45/2022", null));
  }

  @Test
  void halvesOfYearsMonthsOfRelativeYearsAndPairsOfDays() {
    java.time.LocalDate statement = java.time.LocalDate.of(2019, 5, 14);
    assertEquals("2016-07/2016-12", DateNormalizer.normalize("the second half of 2016", null));
    assertEquals("2019-01/2019-06", DateNormalizer.normalize("the first half of the year", statement));
    assertEquals("2020-07/2020-12", DateNormalizer.normalize("the second half of next year", statement));
    assertNull(DateNormalizer.normalize("the first half of the year", null));
    assertEquals("2018-04", DateNormalizer.normalize("April last year", statement));
    assertEquals("2020-03", DateNormalizer.normalize("March next year", statement));
    assertNull(DateNormalizer.normalize("Wednesday and Thursday", statement));
    assertEquals("2011-09-06", DateNormalizer.normalize("Tue, 06 Sep 2011", null));
  }

  @Test
  void weekendsAndWithinTheStatementsOwnWeekMonthOrYear() {
    java.time.LocalDate monday = java.time.LocalDate.of(2018, 6, 4);
    assertEquals("2018-06-02/2018-06-03", DateNormalizer.normalize("over the weekend", monday));
    assertEquals("2018-06-02/2018-06-03", DateNormalizer.normalize("this weekend", monday, false)); // a report of the weekend gone
    assertEquals("2018-06-09/2018-06-10", DateNormalizer.normalize("this weekend", monday, true)); // "will meet this weekend"
    assertEquals("2018-06-09/2018-06-10", DateNormalizer.normalize("next weekend", java.time.LocalDate.of(2018, 6, 3)));
    assertEquals("2018-W23", DateNormalizer.normalize("later in the week", monday));
    assertEquals("2018-06", DateNormalizer.normalize("earlier this month", monday));
  }

  @Test
  void partsOfAYear() {
    assertEquals("2012-07/2012-09", DateNormalizer.normalize("the third quarter of 2012", null));
    assertEquals("2023-01/2023-04", DateNormalizer.normalize("first four months of 2023", null));
    assertEquals("2003-09/2003-12", DateNormalizer.normalize("the last four months of 2003", null));
    assertEquals("2019-05-05", DateNormalizer.normalize("5th of May 2019", null));
  }
}
