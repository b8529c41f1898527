package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Workflow through the binding (the same cases as tests/python/test_workflow.py): available
 * events, apply, applyAll, replay, refusals with every failed guard, deadlines, diagrams.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowTest {
  static final String LOKAAL_TEAM = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\",\"name\":\"Anouk de Wit\"}";

  Engine engine;
  Plan plan; // the segment-C family after plan_aanmaken: status hulpvraag, one history entry

  @BeforeAll
  void start() {
    engine = Engine.builtin("amsterdam-zaanstreek");
    plan = Fixtures.startPlan(engine, Fixtures.read(Fixtures.SEGMENT_C));
  }

  @AfterAll
  void close() {
    plan.close();
    engine.close();
  }

  static String event(String name, String at) {
    return "{\"event\":" + Fixtures.quote(name) + ",\"actor\":" + LOKAAL_TEAM + ",\"at\":" + Fixtures.quote(at) + "}";
  }

  static Map<String, JsonText.Value> byEvent(String options) {
    return JsonText.parse(options).elements().stream()
        .collect(Collectors.toMap(o -> o.string("event"), o -> o, (a, b) -> a));
  }

  @Test
  void availableEventsSayWhatIsAllowedAndWhyNot() {
    Map<String, JsonText.Value> options = byEvent(plan.availableEvents(LOKAAL_TEAM, "2026-03-02T09:30:00+01:00"));
    assertEquals(Boolean.TRUE, options.get("vraagverheldering_starten").get("allowed").value);
    List<JsonText.Value> refused = options.values().stream()
        .filter(o -> Boolean.FALSE.equals(o.get("allowed").value)).collect(Collectors.toList());
    assertFalse(refused.isEmpty());
    for (JsonText.Value o : refused) assertFalse(o.get("problems").elements().isEmpty(), o.raw);
  }

  @Test
  void applyReturnsANewPlanAndKeepsTheOld() {
    try (Plan moved = plan.apply(event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"))) {
      assertEquals("\"vraagverheldering\"", moved.get("/status"));
      assertEquals("\"hulpvraag\"", plan.get("/status"));
      assertEquals("\"plan_aanmaken\"", moved.get("/history/0/event"));
      assertEquals("\"vraagverheldering_starten\"", moved.get("/history/1/event"));
      assertEquals(2, JsonText.parse(moved.get("/history")).elements().size());
    }
  }

  @Test
  void applyAllAndReplay() {
    String events = "[" + event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00") + ","
        + event("vraag_duiden", "2026-03-09T14:00:00+01:00") + "]";
    try (Plan fin = plan.applyAll(events);
         Plan replayed = fin.replay();
         Plan first = plan.apply(event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"));
         Plan stepByStep = first.apply(event("vraag_duiden", "2026-03-09T14:00:00+01:00"))) {
      assertEquals("\"vraagduiding\"", fin.get("/status"));
      assertEquals(fin.toJson(), replayed.toJson(), "replay rebuilds the same plan");
      assertEquals(fin.toJson(), stepByStep.toJson());
      List<String> transitions = JsonText.parse(fin.records("transitions")).elements().stream()
          .map(r -> r.string("event")).collect(Collectors.toList());
      assertEquals(List.of("plan_aanmaken", "vraagverheldering_starten", "vraag_duiden"), transitions);
    }
  }

  @Test
  void aPlanWithoutHistoryMustStartWithPlanAanmaken() {
    try (Plan bare = engine.parse(Fixtures.SEGMENT_C)) {
      JsonText.Value option = byEvent(bare.availableEvents(LOKAAL_TEAM, "2026-03-02T09:30:00+01:00"))
          .get("vraagverheldering_starten");
      assertEquals(Boolean.FALSE, option.get("allowed").value);
      assertFalse(option.get("problems").elements().isEmpty());
      assertThrows(ValidationException.class, bare::replay, "no history to rebuild from");
    }
  }

  @Test
  void aRefusedEventListsEveryFailedGuard() {
    RejectedException e = assertThrows(RejectedException.class,
        () -> plan.apply(event("hulp_starten", "2026-03-02T09:30:00+01:00")));
    assertEquals(10, e.codeNumber());
    assertFalse(e.problems().isEmpty());
    for (Problem p : e.problems()) assertTrue(p.code().startsWith("PP-W-"), p.toString());
    assertFalse(e.detailJson().isEmpty());
  }

  @Test
  void applyAllPointsAtTheRefusedEvent() {
    RejectedException e = assertThrows(RejectedException.class, () -> plan.applyAll("["
        + event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00") + ","
        + event("hulp_starten", "2026-03-03T09:30:00+01:00") + "]"));
    assertTrue(e.pointer().startsWith("/1"), e.pointer());
  }

  @Test
  void unknownAndMalformedEvents() {
    assertThrows(NotFoundException.class, () -> plan.apply(event("toveren", "2026-03-02T09:30:00+01:00")));
    assertThrows(SchemaException.class,
        () -> plan.apply("{\"event\":\"vraag_duiden\",\"actor\":{\"role\":\"lokaal_team\"},\"at\":\"gisteren\"}"));
    assertThrows(SchemaException.class, () -> plan.apply("{\"event\":42}"));
    assertThrows(JsonSyntaxException.class, () -> plan.apply("{\"event\":"));
  }

  @Test
  void deadlinesAreDatedAndNamed() {
    try (Plan crisis = engine.parse(Fixtures.ROOT.resolve("examples/families/zaanstad-crisisplaatsing.json"))) {
      for (Plan p : List.of(crisis, plan)) {
        for (JsonText.Value d : JsonText.parse(p.deadlines("2026-03-02T09:30:00+01:00")).elements()) {
          assertTrue(d.string("rule").startsWith("R-"), d.raw);
          assertTrue(List.of("open", "due", "overdue").contains(d.string("status")), d.raw);
          assertEquals(10, d.string("due").length(), d.raw);
        }
      }
    }
    assertThrows(InvalidArgumentException.class, () -> plan.deadlines("yesterday"));
  }

  @Test
  void diagramsInBothFormats() {
    assertTrue(engine.diagram("mermaid").startsWith("stateDiagram"), "mermaid state diagram");
    assertTrue(engine.diagram("dot").contains("digraph"), "graphviz");
    assertTrue(engine.diagram("mermaid").contains("vraagverheldering"));
    assertThrows(InvalidArgumentException.class, () -> engine.diagram("png"));
  }
}
