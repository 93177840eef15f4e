package org.communique.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.communique.TestModels;
import org.junit.jupiter.api.Test;

/** The cutting of a rule's pattern into the elements whose prefixes why-not compiles. */
class PatternProgressTest {
  @Test
  void splitsAtWhiteSpaceAndBarsOutsideBracketsRegexesAndGroups() {
    assertEquals(List.of(List.of("(?$date $MONTH $DAYNUM ( /,/? $YEAR )? )")),
        PatternProgress.split("(?$date $MONTH $DAYNUM ( /,/? $YEAR )? )"));
    assertEquals(List.of(List.of("[{word:/a b|c/}]{0,3}", "/x|y/"), List.of("$Z", "[{tag:/NN.*/}]+")),
        PatternProgress.split("[{word:/a b|c/}]{0,3} /x|y/ | $Z [{tag:/NN.*/}]+"));
    assertEquals(List.of(List.of("/\\(/", "$X*")), PatternProgress.split("/\\(/ $X *"));
  }

  @Test
  void namedGroupsAndSequenceMacrosOpen() {
    RuleSet rules = TestModels.extractor().rules();
    PatternProgress progress = new PatternProgress(rules);
    Rule headed = rules.rules().stream().filter(r -> r.id().equals("agency.headed")).findFirst().orElseThrow();
    List<PatternProgress.Element> elements = progress.elements(headed).get(0);
    assertEquals("(?$prefix $COUNTRYW+ /’s|'s/? )?", elements.get(0).text());
    assertEquals(new PatternProgress.Element("$AHEAD", "$AGENCY"), elements.get(2));
    assertEquals("$AHEAD (in $AGENCY)", elements.get(2).described());
    Rule monthDayYear = rules.rules().stream().filter(r -> r.id().equals("date.month-day-year")).findFirst().orElseThrow();
    assertEquals(List.of("$MONTH", "$DAYNUM", "( /,/? $YEAR )?"),
        progress.elements(monthDayYear).get(0).stream().map(PatternProgress.Element::text).toList());
  }
}
