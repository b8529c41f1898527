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
    // The plan's own data does not depend on the engine (C ABI): still readable.
    assertEquals(json, plan.toJson());
    assertEquals("hulpvraag", plan.status());
    assertTrue(plan.initialContent().startsWith("{"), "the content to import needs no engine");
    // Everything that needs the region's rules fails cleanly.
    StateException e = assertThrows(StateException.class, plan::validate);
    assertTrue(e.getMessage().contains("Engine"), e.getMessage());
    assertThrows(StateException.class, () -> plan.decide(SharingTest.OUDER));
    assertThrows(StateException.class, () -> plan.apply("{}"));
    assertThrows(StateException.class, plan::replay);
    assertThrows(StateException.class, () -> plan.records("results"));
    plan.close();
    plan.close();
  }

  @Test
  void planClosedBeforeItsEngine() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      Plan plan = engine.parse(Fixtures.SEGMENT_C);
      Plan copy = plan.applyAll("[]"); // a derived plan: a new object
      plan.close();
      assertTrue(plan.isClosed());
      assertThrows(StateException.class, plan::toJson);
      assertThrows(StateException.class, () -> plan.get(""));
      assertThrows(StateException.class, plan::validate);
      // A derived plan is its own object.
      assertFalse(copy.isClosed());
      assertEquals(java.util.List.of(), copy.validate());
      copy.close();
      assertSame(engine, copy.engine());
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
