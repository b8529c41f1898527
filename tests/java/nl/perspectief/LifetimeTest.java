package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Closing in any order, using after close, closing twice: always a clean StateException. */
class LifetimeTest {
  @Test
  void engineUsedAfterCloseFailsCleanly() {
    Engine engine = Engine.builtin("amsterdam-zaanstreek");
    engine.close();
    assertTrue(engine.isClosed());
    StateException e = assertThrows(StateException.class, engine::info);
    assertEquals(ErrorCode.STATE, e.code());
    assertNull(e.detailJson());
    assertThrows(StateException.class, () -> engine.parse(Fixtures.SEGMENT_C));
    assertThrows(StateException.class, () -> engine.diagram("dot"));
    engine.close(); // twice is fine
  }

  @Test
  void planOutlivingItsEngine() {
    Engine engine = Engine.builtin("amsterdam-zaanstreek");
    Plan plan = engine.parse(Fixtures.SEGMENT_C);
    String json = plan.toJson();
    engine.close();
    // A plan is a value: it does not reference the engine that parsed it (C ABI), so it stays
    // readable, and any other engine works on it.
    assertEquals(json, plan.toJson());
    assertEquals("hulpvraag", plan.status());
    try (Engine other = Engine.builtin("amsterdam-zaanstreek")) {
      assertEquals(java.util.List.of(), other.validate(plan));
      assertTrue(other.initialContent(plan).startsWith("{"));
    }
    // Only the closed engine's operations fail, cleanly, naming the engine.
    StateException e = assertThrows(StateException.class, () -> engine.validate(plan));
    assertEquals("this Engine is closed", e.getMessage());
    assertThrows(StateException.class, () -> engine.decide(plan, SharingTest.OUDER));
    assertThrows(StateException.class, () -> engine.apply(plan, "{}"));
    assertThrows(StateException.class, () -> engine.replay(plan));
    assertThrows(StateException.class, () -> engine.records(plan, "results"));
    assertThrows(StateException.class, () -> engine.initialContent(plan));
    plan.close();
    plan.close();
  }

  @Test
  void planClosedBeforeItsEngine() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      Plan plan = engine.parse(Fixtures.SEGMENT_C);
      Plan copy = engine.applyAll(plan, "[]"); // a derived plan: a new object
      plan.close();
      assertTrue(plan.isClosed());
      assertThrows(StateException.class, plan::toJson);
      assertThrows(StateException.class, () -> plan.get(""));
      StateException e = assertThrows(StateException.class, () -> engine.validate(plan));
      assertEquals("this Plan is closed", e.getMessage());
      // A derived plan is its own object.
      assertFalse(copy.isClosed());
      assertEquals(java.util.List.of(), engine.validate(copy));
      copy.close();
      assertFalse(engine.isClosed(), "closing plans leaves the engine alone");
    }
  }

  @Test
  void aNullPlanIsAnInvalidArgument() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> engine.validate(null));
      assertEquals("plan is null", e.getMessage());
      assertThrows(InvalidArgumentException.class, () -> engine.apply(null, "{}"));
      assertThrows(InvalidArgumentException.class, () -> engine.initialContent(null));
    }
  }

  @Test
  void unclosedObjectsAreReclaimedWithoutHarm() throws Exception {
    // Nothing relies on this, but abandoned objects must not crash the Cleaner or leak handles
    // that later calls trip over.
    for (int i = 0; i < 200; i++) {
      Engine engine = Engine.builtin("foodvalley");
      engine.info();
    }
    System.gc();
    Thread.sleep(50);
    try (Engine engine = Engine.builtin("foodvalley")) {
      assertNotNull(engine.info());
    }
  }
}
