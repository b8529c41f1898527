package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One Engine shared by many threads (the header: pp_engine may be used from many threads at once). */
class ConcurrencyTest {
  @Test
  void oneEngineManyThreadsSameAnswers() throws Exception {
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      String expectedJson;
      String expectedOptions;
      try (Plan plan = engine.parse(text)) {
        expectedJson = plan.toJson();
        expectedOptions = engine.availableEvents(plan, WorkflowTest.LOKAAL_TEAM, Fixtures.AT).toString();
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          futures.add(pool.submit(() -> {
            for (int i = 0; i < 50; i++) {
              try (Plan plan = engine.parse(text)) {
                assertEquals(expectedJson, plan.toJson());
                assertEquals(List.of(), engine.validate(plan));
                assertEquals(expectedOptions, engine.availableEvents(plan, WorkflowTest.LOKAAL_TEAM, Fixtures.AT).toString());
              }
              // Errors are per thread: each thread must see its own failure's detail.
              SchemaException e = assertThrows(SchemaException.class, () -> engine.parse("{\"a\":1}"));
              assertFalse(e.problems().isEmpty());
              assertThrows(JsonSyntaxException.class, () -> engine.parse("{"));
            }
            return null;
          }));
        }
        for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void closingWhileOtherThreadsAreCallingIsSafe() throws Exception {
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    for (int round = 0; round < 5; round++) {
      Engine engine = Engine.builtin("amsterdam-zaanstreek");
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            try (Plan plan = engine.parse(text)) {
              engine.validate(plan);
              ok.incrementAndGet();
            } catch (StateException expected) {
              refused.incrementAndGet(); // the engine was closed under us: a clean refusal
            }
          }
          return null;
        }));
      }
      Thread.sleep(5 + round * 5);
      engine.close(); // frees the native engine once the in-flight calls have returned
      for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
      pool.shutdown();
      assertEquals(800, ok.get() + refused.get());
      assertThrows(StateException.class, engine::info);
    }
  }
}
