package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting plans (#16, #13): importing an existing dossier plan (its initial content as the
 * payload of plan_aanmaken) and creating a new one, through the Engine as Python's Engine.create.
 */
class CreateTest {
  static final Actor WORKER = Actor.of("lokaal_team", "lt-0042");
  static final String AT = "2026-03-01T09:00:00+01:00";

  /** The content of a new family's plan, as a host's intake form would produce it. */
  static final String NEW_FAMILY = """
      {"id": "pp-2026-nieuw-0001", "plan_type": "perspectiefplan", "municipality": "amsterdam",
       "family": {"members": [{"id": "noor", "role": "jeugdige", "name": "Noor", "birth_date": "2014-05-01"},
                              {"id": "sanne", "role": "ouder", "name": "Sanne"}]},
       "family_part": {},
       "children": [{"jeugdige": "noor"}],
       "assignments": [{"role": "lokaal_team", "person": "lt-0042"}]}""";

  @Test
  void importingAnExistingPlanStartsItsHistory() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan imported = engine.parse(Fixtures.SEGMENT_C)) {
      String content = engine.initialContent(imported);
      JsonValue c = JsonValue.parse(content, "");
      for (String bookkeeping : Fixtures.NOT_IN_GENESIS) assertNull(c.member(bookkeeping), bookkeeping);
      assertEquals(imported.id(), c.member("id").asString());

      Payload assigned = Payload.parse(content).putArray("assignments", WORKER);
      try (Plan started = engine.create(Event.planAanmaken(WORKER, AT, assigned))) {
        assertEquals("hulpvraag", started.status());
        assertEquals(1, started.version());
        assertEquals(imported.id(), started.id());
        assertEquals("plan_aanmaken", started.getString("/history/0/event"));
        assertEquals("lt-0042", started.getString("/history/0/actor/person"));
        try (Plan replayed = engine.replay(started)) {
          assertEquals(started.toJson(), replayed.toJson());
        }
        // The worker assigned at creation may now act (R-STANDING).
        try (Plan next = engine.apply(started, Event.builder("vraagverheldering_starten").actor(WORKER)
            .at("2026-03-02T09:30:00+01:00").build())) {
          assertEquals("vraagverheldering", next.status());
        }
      }
    }
  }

  @Test
  void aNewPlanFromItsContent() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan plan = engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY))) {
      assertEquals("pp-2026-nieuw-0001", plan.id());
      assertEquals("amsterdam-zaanstreek", plan.getString("/profile"), "the engine's profile by default");
      assertEquals("hulpvraag", plan.status());
      assertEquals(1L, plan.version());
      assertEquals(2, plan.get("/family/members").asList().size());
      assertEquals(plan.toJson(), engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY).toJson()).toJson());
    }
  }

  @Test
  void bookkeepingInTheContentIsRefusedAtItsPointer() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      String withStatus = NEW_FAMILY.replaceFirst("\\{", "{\"status\": \"hulp_gestart\",");
      RejectedException e = assertThrows(RejectedException.class,
          () -> engine.create(Event.planAanmaken(WORKER, AT, withStatus)));
      assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/payload/status")), e.problems().toString());
    }
  }

  @Test
  void onlyPlanAanmakenCreatesAndAnExistingPlanIsNotRecreated() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      RejectedException notGenesis = assertThrows(RejectedException.class, () -> engine.create(
          Event.builder("vraagverheldering_starten").actor(WORKER).at(AT).build()));
      assertEquals("PP-W-NO-HISTORY", notGenesis.problems().get(0).code());
      try (Plan plan = engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY))) {
        RejectedException again = assertThrows(RejectedException.class,
            () -> engine.apply(plan, Event.planAanmaken(WORKER, AT, NEW_FAMILY)));
        assertTrue(again.problems().stream().anyMatch(p -> p.code().equals("PP-W-PLAN-EXISTS")));
      }
      assertThrows(JsonSyntaxException.class, () -> Event.planAanmaken(WORKER, AT, "{\"id\":"));
    }
  }

  @Test
  void aClosedEngineCreatesNothing() {
    Engine engine = Engine.builtin("amsterdam-zaanstreek");
    engine.close();
    assertThrows(StateException.class, () -> engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY)));
  }

  @Test
  void theStoreCreatesFromTheSameEvent(@TempDir Path dir) {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Store store = Store.open(dir.resolve("dossiers.db"));
         Plan stored = store.createPlan(engine, Event.planAanmaken(WORKER, AT, NEW_FAMILY));
         Plan inMemory = engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY))) {
      assertEquals(inMemory.toJson(), stored.toJson());
      try (Plan moved = store.apply(engine, stored.id(),
          Event.builder("vraagverheldering_starten").actor(WORKER).at("2026-03-02T09:30:00+01:00").build())) {
        assertEquals("vraagverheldering", moved.status());
      }
      // A crisis start puts deadlines on the team's work list, each naming its plan.
      Event crisis = Event.builder("crisis_starten").actor(WORKER).at("2026-03-02T22:15:00+01:00")
          .payload(Payload.object().put("jeugdige", "noor").put("ondersteuningsprofiel", Payload.object().put("code", "11")))
          .build();
      store.apply(engine, stored.id(), crisis).close();
      List<Deadline> due = store.deadlinesDue(engine, "2026-03-03T09:00:00+01:00");
      assertFalse(due.isEmpty());
      for (Deadline d : due) assertEquals("pp-2026-nieuw-0001", d.planId());
      assertEquals(List.of("pp-2026-nieuw-0001"), store.plans());
      try (Plan unstored = engine.create(Event.planAanmaken(WORKER, AT, NEW_FAMILY))) {
        assertNull(engine.deadlines(unstored, "2026-03-03T09:00:00+01:00").stream().map(Deadline::planId).filter(p -> p != null)
            .findFirst().orElse(null));
      }
    }
  }
}
