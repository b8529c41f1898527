package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSONL files from Java (JsonlStream over pp_jsonl_*): every shared JSONL case
 * (tests/conformance/jsonl) gives the lines the CLI writes, byte for byte and in file order with
 * several workers; typed results; early close; errors as exceptions.
 */
class JsonlTest {
  static final Path CASES = Fixtures.ROOT.resolve("tests/conformance/jsonl");
  static final Path PLANS = CASES.resolve("plans.jsonl");

  /** The case's pp_jsonl_open options through the builder, so that the builder is checked too. */
  static JsonlOptions options(JsonText.Value o) {
    JsonlOptions options;
    switch (o.string("operation")) {
      case "parse": options = JsonlOptions.parse(); break;
      case "validate": options = JsonlOptions.validate(); break;
      case "replay": options = JsonlOptions.replay(); break;
      case "decide": options = JsonlOptions.decide(o.get("requests").raw); break;
      case "records": options = JsonlOptions.records(RecordKind.of(o.string("kind"))); break;
      case "bulk": options = JsonlOptions.bulk(); break;
      default: throw new AssertionError("unknown operation in cases.tsv: " + o.raw);
    }
    if (o.get("validate") != null) options.withValidate();
    if (o.get("replay") != null) options.withReplay();
    if (o.get("verify") != null) options.withVerify();
    for (String kind : o.strings("records")) options.withRecords(RecordKind.of(kind));
    if (o.get("workers") != null) options.withWorkers(Integer.parseInt(o.get("workers").raw));
    return options;
  }

  @Test
  void everyCaseGivesTheCliLines() throws Exception {
    int cases = 0;
    for (String row : Files.readAllLines(CASES.resolve("cases.tsv"))) {
      if (row.startsWith("#") || row.isBlank()) continue;
      String[] fields = row.split("\t");
      String expected = Fixtures.read(CASES.resolve("expected/" + fields[0] + ".jsonl"));
      JsonlOptions options = options(JsonText.parse(fields[2]));
      StringBuilder got = new StringBuilder();
      if (fields[1].equals("-")) {
        try (JsonlStream stream = JsonlStream.open(PLANS, options)) {
          for (JsonlResult result : stream) got.append(result.json()).append('\n');
        }
      } else {
        try (Engine engine = Engine.builtin(fields[1]); JsonlStream stream = engine.jsonl(PLANS, options)) {
          for (JsonlResult result : stream) got.append(result.json()).append('\n');
        }
      }
      assertEquals(expected, got.toString(), "case " + fields[0]);
      cases++;
    }
    assertTrue(cases >= 7);
  }

  @Test
  void typedResults() {
    List<JsonlResult> results = new ArrayList<>();
    try (JsonlStream stream = JsonlStream.open(PLANS, JsonlOptions.validate().withWorkers(3))) {
      stream.forEachRemaining(results::add);
      assertFalse(stream.hasNext());
    }
    assertEquals(7, results.size());
    assertEquals(1, results.get(0).line());
    assertEquals("pp-2026-dmn-0009", results.get(0).planId());
    assertTrue(results.get(0).ok());
    assertNull(results.get(0).error());
    assertEquals(0, results.get(0).value().member("problems").asList().size());
    JsonlResult bad = results.get(1);
    assertEquals(3, bad.line());
    assertNull(bad.planId());
    assertFalse(bad.ok());
    assertInstanceOf(JsonSyntaxException.class, bad.error());
    JsonlResult unknown = results.get(3);
    assertEquals(5, unknown.line());
    assertEquals("pp-atlantis-1", unknown.planId());
    assertInstanceOf(NotFoundException.class, unknown.error());
    assertTrue(unknown.error().getMessage().contains("atlantis"));
  }

  @Test
  void anotherRegionIsJudgedByTheEngine() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         JsonlStream stream = engine.jsonl(PLANS, JsonlOptions.validate())) {
      stream.next();
      stream.next();
      JsonlResult lelystad = stream.next();
      assertEquals("pp-2026-lls-0152", lelystad.planId());
      assertTrue(lelystad.json().contains("\"code\":\"PP-V-PROFILE\""), lelystad.json());
    }
  }

  @Test
  void closedEarlyAndAfterwards() {
    JsonlStream stream = JsonlStream.open(PLANS, JsonlOptions.bulk().withReplay().withWorkers(4));
    assertEquals(1, stream.next().line());
    stream.close();
    stream.close();
    assertThrows(StateException.class, stream::hasNext);
    try (JsonlStream untouched = JsonlStream.open(PLANS, JsonlOptions.parse().withWorkers(2))) {
      assertNotNull(untouched);
    }
  }

  @Test
  void errors() throws Exception {
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> JsonlStream.open(Fixtures.ROOT.resolve("no-such.jsonl"), JsonlOptions.parse()));
    assertTrue(missing.getMessage().contains("cannot open"));
    InvalidArgumentException workers = assertThrows(InvalidArgumentException.class,
        () -> JsonlStream.open(PLANS, JsonlOptions.parse().withWorkers(0)));
    assertEquals("/workers", workers.pointer());
    InvalidArgumentException verify = assertThrows(InvalidArgumentException.class,
        () -> JsonlStream.open(PLANS, JsonlOptions.validate().withVerify()));
    assertEquals("/verify", verify.pointer());
    assertThrows(InvalidArgumentException.class, () -> JsonlStream.open(PLANS, JsonlOptions.bulk()));
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      InvalidArgumentException settings = assertThrows(InvalidArgumentException.class,
          () -> engine.jsonl(PLANS, JsonlOptions.validate().withSettings("{}")));
      assertEquals("/settings", settings.pointer());
      Engine closed = Engine.builtin("amsterdam-zaanstreek");
      closed.close();
      assertThrows(StateException.class, () -> closed.jsonl(PLANS, JsonlOptions.validate()));
    }
    assertThrows(JsonSyntaxException.class, () -> JsonlOptions.decide("[{"));
    assertThrows(InvalidArgumentException.class, () -> JsonlStream.open(null, JsonlOptions.parse()));
    assertThrows(InvalidArgumentException.class, () -> JsonlStream.open(PLANS, null));
    try (JsonlStream stream = JsonlStream.open(PLANS, JsonlOptions.parse())) {
      while (stream.hasNext()) stream.next();
      assertThrows(java.util.NoSuchElementException.class, stream::next);
    }
  }
}
