package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Workflow through the binding: available events, apply / reject with rule ids, replay, deadlines. */
class WorkflowTest extends SegmentCPlanTest {
  static final String LOKAAL_TEAM = "{\"role\":\"lokaal_team\",\"person\":\"lt-anna\"}";

  static final String OUDER = "{\"role\":\"ouder\",\"person\":\"lotte\"}";

  static String event(String name, String actor) {
    return "{\"event\":" + Fixtures.quote(name) + ",\"actor\":" + actor + ",\"at\":" + Fixtures.quote(Fixtures.AT) + "}";
  }

  @Test
  void availableEventsIsAnArrayOfOptions() {
    JsonText.Value events = JsonText.parse(plan.availableEvents(LOKAAL_TEAM, Fixtures.AT));
    assertEquals(JsonText.Value.Kind.ARRAY, events.kind);
    for (JsonText.Value e : events.elements()) {
      assertNotNull(e.string("event"), e.raw);
      assertEquals(JsonText.Value.Kind.BOOLEAN, e.get("allowed").kind, e.raw);
    }
  }

  @Test
  void everyAllowedEventAppliesAndLeavesTheOriginalUnchanged() {
    String before = plan.toJson();
    for (String actor : new String[] {LOKAAL_TEAM, OUDER}) {
      for (JsonText.Value option : JsonText.parse(plan.availableEvents(actor, Fixtures.AT)).elements()) {
        String name = option.string("event");
        if (Boolean.TRUE.equals(option.get("allowed").value)) {
          try (Plan next = plan.apply(event(name, actor))) {
            assertNotEquals(before, next.toJson(), "applying " + name + " records history");
            try (Plan replayed = next.replay()) {
              assertEquals(next.toJson(), replayed.toJson(), "replay of " + name);
            }
          }
        } else {
          RejectedException e = assertThrows(RejectedException.class, () -> plan.apply(event(name, actor)), name);
          assertFalse(e.problems().isEmpty(), "a rejection lists every failed guard: " + name);
        }
      }
    }
    assertEquals(before, plan.toJson(), "plans are immutable");
  }

  @Test
  void unknownEventsAreRefused() {
    PerspectiefException e = assertThrows(PerspectiefException.class,
        () -> plan.apply(event("teleporteren", LOKAAL_TEAM)));
    assertTrue(e instanceof NotFoundException || e instanceof RejectedException || e instanceof SchemaException,
        e.toString());
    assertThrows(PerspectiefException.class, () -> plan.applyAll("[" + event("teleporteren", OUDER) + "]"));
    assertThrows(SchemaException.class, () -> plan.apply("{\"event\":42}"));
  }

  @Test
  void applyAllOfNothingIsTheSamePlan() {
    try (Plan same = plan.applyAll("[]")) {
      assertEquals(plan.toJson(), same.toJson());
    }
  }

  @Test
  void replayRebuildsTheStoredState() {
    try (Plan replayed = plan.replay()) {
      assertEquals(plan.get("/status"), replayed.get("/status"));
    }
  }

  @Test
  void deadlinesIsAnArray() {
    assertEquals(JsonText.Value.Kind.ARRAY, JsonText.parse(plan.deadlines(Fixtures.AT)).kind);
    assertThrows(PerspectiefException.class, () -> plan.deadlines("yesterday"));
  }
}
