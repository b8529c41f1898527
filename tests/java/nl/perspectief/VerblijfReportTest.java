package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verblijf report from Java (#16): plan handles leased for the call, suppression on both
 * sides of the threshold, typed cells, and errors with a pointer.
 */
class VerblijfReportTest {
  /** A plan whose jeugdige has a residential toewijzing (43) in 2026, with jeugdbescherming (48) when asked. */
  static String residential(int number, boolean protection) {
    String other = protection
        ? ",{\"number\":\"j\",\"aanbieder\":\"90000002\",\"product\":{\"category\":\"48\"},\"start\":\"2026-01-05\"}"
        : "";
    return "{\"format\":\"perspectief/plan@2\",\"id\":\"pp-java-" + number + "\",\"profile\":\"amsterdam-zaanstreek\","
        + "\"plan_type\":\"perspectiefplan\",\"version\":0,\"status\":\"hulp_gestart\","
        + "\"family\":{\"members\":[{\"id\":\"sam\",\"role\":\"jeugdige\",\"birth_date\":\"2012-02-29\"}]},"
        + "\"family_part\":{\"results\":[]},\"children\":[{\"jeugdige\":\"sam\",\"results\":[],\"toewijzingen\":["
        + "{\"number\":\"t\",\"aanbieder\":\"90000001\",\"product\":{\"category\":\"43\"},\"start\":\"2026-01-05\"}"
        + other + "]}]}";
  }

  static List<Plan> population(Engine engine) {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 9; i++) plans.add(engine.parse(residential(i, i < 2)));
    return plans;
  }

  @Test
  void smallNumbersAreSuppressedAndSoIsTheCellThatWouldGiveThemBack() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      List<Plan> plans = population(engine);
      VerblijfReport report = engine.verblijfReport(plans);
      assertEquals(7, report.minCount());
      assertEquals(9, report.plans());
      assertEquals("2026-H1", report.periods().get(0).id());
      assertEquals(LocalDate.of(2026, 6, 30), report.periods().get(0).lastDay());
      VerblijfReport.Cell two = report.kindOfHelp().cell("met_jeugdbescherming", "2026-H1");
      assertTrue(two.suppressed());
      assertNull(two.count());
      assertNull(two.percentage());
      assertTrue(report.kindOfHelp().cell("alleen_verblijf", "2026-H1").suppressed(), "9 - 7 would give the 2 back");
      assertEquals(9L, report.kindOfHelp().total("2026-H1").count());
      assertEquals(0L, report.kindOfHelp().cell("met_jeugdreclassering", "2026-H1").count());
      assertTrue(report.toJson().startsWith("{\"format\":\"perspectief/verblijf-report@1\""));
      plans.forEach(Plan::close);
    }
  }

  @Test
  void atTheThresholdEveryNumberIsShown() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      List<Plan> plans = population(engine);
      VerblijfReport report = engine.verblijfReport(plans, VerblijfReport.Options.defaults().minCount(2)
          .from(LocalDate.of(2025, 7, 1)).to(LocalDate.of(2026, 6, 30)));
      assertEquals(List.of("2025-H2", "2026-H1"), report.periods().stream().map(VerblijfReport.Period::id).toList());
      VerblijfReport.Cell two = report.kindOfHelp().cell("met_jeugdbescherming", "2026-H1");
      assertFalse(two.suppressed());
      assertEquals(2L, two.count());
      assertEquals(22.2, two.percentage());
      assertEquals("Volgens plan", report.endReason().rows().get(0).nl());
      assertEquals("trajecten", report.duration().unit());
      plans.forEach(Plan::close);
    }
  }

  @Test
  void badInputIsAnExceptionWithAPointer() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      List<Plan> plans = population(engine);
      InvalidArgumentException zero = assertThrows(InvalidArgumentException.class,
          () -> engine.verblijfReport(plans, VerblijfReport.Options.defaults().minCount(0)));
      assertEquals("/min_count", zero.pointer());
      List<Plan> twice = new ArrayList<>(plans);
      twice.add(plans.get(3));
      ValidationException counted = assertThrows(ValidationException.class, () -> engine.verblijfReport(twice));
      assertEquals("/9/id", counted.pointer());
      InvalidArgumentException missing = assertThrows(InvalidArgumentException.class,
          () -> engine.verblijfReport(Arrays.asList(plans.get(0), null)));
      assertEquals("/1", missing.pointer());
      Plan closed = engine.parse(residential(99, false));
      closed.close();
      assertThrows(StateException.class, () -> engine.verblijfReport(List.of(plans.get(0), closed)));
      assertEquals(9, engine.verblijfReport(plans).plans(), "a failed call released every lease it took");
      plans.forEach(Plan::close);
    }
  }
}
