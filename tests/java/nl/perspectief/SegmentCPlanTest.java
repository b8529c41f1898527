package nl.perspectief;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Base of the suites that work on the segment-C example family with the Amsterdam engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SegmentCPlanTest {
  Engine engine;
  Plan plan;

  @BeforeAll
  void load() {
    engine = Engine.builtin("amsterdam-zaanstreek");
    plan = engine.parse(Fixtures.SEGMENT_C);
  }

  @AfterAll
  void close() {
    plan.close();
    engine.close();
  }
}
