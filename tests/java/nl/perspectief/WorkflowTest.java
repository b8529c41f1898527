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
  static final Actor WORKER = Actor.of("lokaal_team", "lt-0042").withName("Anouk de Wit");
  /** The same worker as JSON text, for the forms a forwarding host uses. */
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

  static Event event(String name, String at) {
    return Event.builder(name).actor(WORKER).at(at).build();
  }

  static Map<String, EventOption> byEvent(List<EventOption> options) {
    return options.stream().collect(Collectors.toMap(EventOption::event, o -> o, (a, b) -> a));
  }

  @Test
  void availableEventsSayWhatIsAllowedAndWhyNot() {
    Map<String, EventOption> options = byEvent(engine.availableEvents(plan, WORKER, "2026-03-02T09:30:00+01:00"));
    EventOption start = options.get("vraagverheldering_starten");
    assertTrue(start.isAllowed());
    assertEquals("vraagverheldering", start.toState());
    assertEquals(List.of(), start.problems());
    assertFalse(start.labelNl().isEmpty());
    assertFalse(start.labelEn().isEmpty());
    List<EventOption> refused = options.values().stream().filter(o -> !o.isAllowed()).collect(Collectors.toList());
    assertFalse(refused.isEmpty());
    for (EventOption o : refused) assertFalse(o.problems().isEmpty(), o.toJson());
    // plan_wijzigen judges its payload only when applied.
    assertTrue(options.get("plan_wijzigen").needsPayload());
  }

  @Test
  void availableEventsTypedAndJsonFormsAgree() {
    List<EventOption> typed = engine.availableEvents(plan, WORKER, java.time.OffsetDateTime.parse("2026-03-02T09:30:00+01:00"));
    List<EventOption> forwarded = engine.availableEvents(plan, LOKAAL_TEAM, "2026-03-02T09:30:00+01:00");
    assertEquals(forwarded.stream().map(EventOption::toJson).collect(Collectors.toList()),
        typed.stream().map(EventOption::toJson).collect(Collectors.toList()));
    for (EventOption o : typed) assertEquals(Json.canonicalize(o.toJson()), o.toJson());
  }

  @Test
  void applyReturnsANewPlanAndKeepsTheOld() {
    try (Plan moved = engine.apply(plan, event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"))) {
      assertEquals("vraagverheldering", moved.status());
      assertEquals("hulpvraag", plan.status());
      assertEquals("plan_aanmaken", moved.getString("/history/0/event"));
      assertEquals("vraagverheldering_starten", moved.getString("/history/1/event"));
      assertEquals(2, moved.get("/history").asList().size());
      assertEquals(2L, moved.getLong("/history/1/seq"));
    }
  }

  @Test
  void theEventsReasonAndPayloadReachTheHistory() {
    Event changed = Event.builder("plan_wijzigen").actor(WORKER).at("2026-03-02T10:00:00+01:00")
        .reason("adres \"bijgewerkt\"")   // a quote in a value cannot break the event's JSON
        .payload("{\"merge_patch\": {\"x-vendor-note\": \"na gesprek\"}}")
        .build();
    try (Plan moved = engine.apply(plan, changed)) {
      assertEquals("adres \"bijgewerkt\"", moved.getString("/history/1/reason"));
      assertEquals("na gesprek", moved.getString("/x-vendor-note"));
      assertEquals(plan.version() + 1, moved.version());
    }
  }

  @Test
  void applyAllAndReplay() {
    List<Event> events = List.of(event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"),
        event("vraag_duiden", "2026-03-09T14:00:00+01:00"));
    try (Plan fin = engine.applyAll(plan, events);
         Plan replayed = engine.replay(fin);
         Plan first = engine.apply(plan, event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"));
         Plan stepByStep = engine.apply(first, event("vraag_duiden", "2026-03-09T14:00:00+01:00"))) {
      assertEquals("vraagduiding", fin.status());
      assertEquals(fin.toJson(), replayed.toJson(), "replay rebuilds the same plan");
      assertEquals(fin.toJson(), stepByStep.toJson());
      List<RecordRow> rows = engine.records(fin, RecordKind.TRANSITIONS);
      assertEquals(List.of("plan_aanmaken", "vraagverheldering_starten", "vraag_duiden"),
          rows.stream().map(r -> r.getString("event")).collect(Collectors.toList()));
      assertEquals(List.of(1L, 2L, 3L), rows.stream().map(r -> r.getLong("seq")).collect(Collectors.toList()));
      assertEquals(java.time.OffsetDateTime.parse("2026-03-09T13:00:00Z"), rows.get(2).getTimestamp("at"));  // in UTC
      assertEquals("lokaal_team", rows.get(2).getString("actor_role"));
    }
  }

  @Test
  void aPlanWithoutHistoryMustStartWithPlanAanmaken() {
    try (Plan bare = engine.parse(Fixtures.SEGMENT_C)) {
      EventOption option = byEvent(engine.availableEvents(bare, WORKER, "2026-03-02T09:30:00+01:00"))
          .get("vraagverheldering_starten");
      assertFalse(option.isAllowed());
      assertEquals("PP-W-NO-HISTORY", option.problems().get(0).code());
      assertThrows(ValidationException.class, () -> engine.replay(bare), "no history to rebuild from");
    }
  }

  @Test
  void aRefusedEventListsEveryFailedGuard() {
    RejectedException e = assertThrows(RejectedException.class,
        () -> engine.apply(plan, event("hulp_starten", "2026-03-02T09:30:00+01:00")));
    assertEquals(10, e.codeNumber());
    assertFalse(e.problems().isEmpty());
    for (Problem p : e.problems()) assertTrue(p.code().startsWith("PP-W-"), p.toString());
    assertFalse(e.detailJson().isEmpty());
  }

  @Test
  void applyAllPointsAtTheRefusedEvent() {
    RejectedException e = assertThrows(RejectedException.class, () -> engine.applyAll(plan, List.of(
        event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"),
        event("hulp_starten", "2026-03-03T09:30:00+01:00"))));
    assertTrue(e.pointer().startsWith("/1"), e.pointer());
  }

  @Test
  void unknownAndMalformedEvents() {
    assertThrows(NotFoundException.class, () -> engine.apply(plan, event("toveren", "2026-03-02T09:30:00+01:00")));
    assertThrows(SchemaException.class,
        () -> engine.apply(plan, "{\"event\":\"vraag_duiden\",\"actor\":{\"role\":\"lokaal_team\"},\"at\":\"gisteren\"}"));
    assertThrows(SchemaException.class, () -> engine.apply(plan, "{\"event\":42}"));
    assertThrows(JsonSyntaxException.class, () -> engine.apply(plan, "{\"event\":"));
  }

  @Test
  void deadlinesAreDatedAndNamed() {
    try (Plan crisis = engine.parse(Fixtures.ROOT.resolve("examples/families/zaanstad-crisisplaatsing.json"))) {
      for (Plan p : List.of(crisis, plan)) {
        for (Deadline d : engine.deadlines(p, "2026-03-02T09:30:00+01:00")) {
          assertTrue(d.rule() == null || d.rule().startsWith("R-"), d.toJson());
          assertNotNull(d.status(), d.toJson());
          assertEquals(d.due().toString(), JsonText.parse(d.toJson()).string("due"));
          assertFalse(d.labelNl().isEmpty());
        }
      }
    }
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> engine.deadlines(plan, "yesterday"));
    assertFalse(e.getMessage().isEmpty());
  }

  @Test
  void diagramsInBothFormats() {
    assertTrue(engine.diagram("mermaid").startsWith("stateDiagram"), "mermaid state diagram");
    assertTrue(engine.diagram("dot").contains("digraph"), "graphviz");
    assertTrue(engine.diagram("mermaid").contains("vraagverheldering"));
    assertThrows(InvalidArgumentException.class, () -> engine.diagram("png"));
  }
}
