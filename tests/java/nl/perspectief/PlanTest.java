package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Parsing, validation, the canonical round trip, pointers and records, on every example plan. */
class PlanTest {
  @TestFactory
  Stream<DynamicTest> everyExamplePlanParsesValidatesAndRoundTrips() {
    List<Path> plans = Fixtures.examplePlans();
    assertFalse(plans.isEmpty(), "no example plans under examples/");
    return plans.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String text = Fixtures.read(file);
      try (Engine engine = Engine.builtin(Fixtures.profileOf(text)); Plan plan = engine.parse(text)) {
        // Lossless: the canonical form of the file is exactly what the plan writes back.
        String canonical = plan.toJson();
        assertEquals(Json.canonicalize(text), canonical);
        try (Plan again = engine.parse(canonical)) {
          assertEquals(canonical, again.toJson());
        }
        List<Problem> problems = engine.validate(plan);
        assertEquals(List.of(), problems, "example plans are valid");
        assertEquals(canonical, plan.get("").toJson());
      }
    }));
  }

  @Test
  void getReadsByPointerAndKeepsUnknownFields() {
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(text)) {
      assertEquals("\"hulpvraag\"", plan.get("/status").toJson());
      assertEquals("\"C\"", plan.get("/children/0/segment").toJson());
      // A vendor's own field survives parsing untouched (R-LOCAL-FIELDS / lossless round trip).
      assertEquals(Json.canonicalize(JsonText.parse(text).get("x-vendor-dossiernummer").raw),
          plan.get("/x-vendor-dossiernummer").toJson());
      NotFoundException e = assertThrows(NotFoundException.class, () -> plan.get("/no/such/member"));
      assertEquals("/no/such/member", e.pointer());
      assertThrows(InvalidArgumentException.class, () -> plan.get(null));
    }
  }

  @Test
  void semanticProblemsAreListedWithPointersAndBothLanguages() {
    // The same plan with a member reference that does not exist: valid shape, invalid content.
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    String child = JsonText.parse(text).get("children").elements().get(0).string("jeugdige");
    assertNotNull(child, "the example's first child part names its jeugdige");
    String broken = text.replaceFirst("\"jeugdige\"\\s*:\\s*\"" + child + "\"", "\"jeugdige\": \"nobody\"");
    assertNotEquals(text, broken);
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(broken)) {
      List<Problem> problems = engine.validate(plan);
      assertFalse(problems.isEmpty());
      for (Problem p : problems) {
        assertTrue(p.code().startsWith("PP-"), p.toString());
        assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p.toString());
        assertFalse(p.messageNl().isEmpty());
        assertFalse(p.messageEn().isEmpty());
      }
      assertTrue(problems.stream().anyMatch(p -> p.pointer().startsWith("/children/0")), problems.toString());
    }
  }

  @Test
  void schemaErrorsListEveryProblem() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      SchemaException e = assertThrows(SchemaException.class, () -> engine.parse("{\"a\":1}"));
      assertTrue(e.problems().size() > 1, "all problems, not just the first: " + e.problems());
      assertEquals(e.problems().get(0).pointer(), e.pointer());
      assertTrue(e.problems().stream().allMatch(p -> p.code().startsWith("PP-S-")));
      assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/family")));
    }
  }

  @Test
  void recordsForTables() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      for (String kind : List.of("results", "evaluations", "transitions")) {
        for (RecordRow r : engine.records(plan, kind)) assertEquals(JsonText.Value.Kind.OBJECT, JsonText.parse(r.toJson()).kind);
      }
      assertFalse(engine.records(plan, "results").isEmpty(), "the example has results");
      assertThrows(InvalidArgumentException.class, () -> engine.records(plan, "nope"));
    }
  }
}
