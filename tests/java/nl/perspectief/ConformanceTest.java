package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared conformance cases (tests/conformance/cases/*.json, docs/conformance.md), run
 * through the public Java API. The result document is compared with the case's "expect" byte
 * for byte after canonicalisation by the library, as every other language does.
 */
class ConformanceTest {
  static final Path CASES = Fixtures.ROOT.resolve("tests/conformance/cases");

  static List<Path> caseFiles() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void caseFolderExistsAndEveryCaseHasItsFields() throws IOException {
    assertTrue(Files.isDirectory(CASES), "missing " + CASES);
    for (Path file : caseFiles()) {
      JsonText.Value c = JsonText.parse(Fixtures.read(file));
      assertNotNull(c.get("operation"), file.toString());
      assertNotNull(c.get("expect"), file.toString());
      String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
      assertEquals(stem, c.string("id"), "id must equal the file name");
    }
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    if (!Files.isDirectory(CASES)) return Stream.empty(); // reported by the test above
    return caseFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> check(JsonText.parse(Fixtures.read(file)))));
  }

  /**
   * A few cases written out here, so that the runner itself (its success and its error path)
   * is exercised even while the shared folder is young; the same ones as the Python runner's.
   */
  static final String[] SELF_CHECKS = {
    "{\"id\":\"self-canonicalize\",\"operation\":\"canonicalize\","
        + "\"input\":{\"text\":\"{ \\\"b\\\" : [1, 2.50, \\\"\u00e9\\\"], \\\"a\\\" : null }\"},"
        + "\"expect\":{\"output\":\"{\\\"a\\\":null,\\\"b\\\":[1,2.5,\\\"\u00e9\\\"]}\"}}",
    "{\"id\":\"self-unknown-profile\",\"engine\":{\"profile\":\"atlantis\",\"settings\":null},"
        + "\"operation\":\"load_engine\",\"expect\":{\"error\":{\"code\":\"not_found\",\"pointer\":\"\",\"problems\":[],\"rules\":[]}}}",
    "{\"id\":\"self-load-engine\",\"engine\":{\"profile\":\"flevoland\",\"settings\":null},"
        + "\"operation\":\"load_engine\",\"expect\":{\"output\":{\"profile\":\"flevoland\",\"municipality\":null}}}",
    "{\"id\":\"self-minimum-condition\",\"engine\":{\"profile\":\"amsterdam-zaanstreek\",\"settings\":"
        + "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\",\"municipality\":\"amsterdam\","
        + "\"disabled_rules\":[\"R-SEG-C-PLAN\"]}},\"operation\":\"load_engine\","
        + "\"expect\":{\"error\":{\"code\":\"minimum_condition\",\"pointer\":\"/disabled_rules/0\",\"problems\":"
        + "[{\"code\":\"PP-P-MINIMUM\",\"pointer\":\"/disabled_rules/0\",\"rule\":\"R-MINIMUM\"}],\"rules\":[\"R-MINIMUM\"]}}}",
    "{\"id\":\"self-decide-batch-empty\",\"engine\":{\"profile\":\"amsterdam-zaanstreek\",\"settings\":null},"
        + "\"plan\":{\"file\":\"examples/families/amsterdam-twee-kinderen-segment-c.json\"},"
        + "\"operation\":\"decide_batch\",\"input\":{\"requests\":[]},\"expect\":{\"output\":[]}}",
  };

  @TestFactory
  Stream<DynamicTest> selfChecks() {
    return Stream.of(SELF_CHECKS).map(JsonText::parse)
        .map(c -> DynamicTest.dynamicTest(c.string("id"), () -> check(c)));
  }

  @Test
  void aWrongExpectationFails() {
    JsonText.Value wrong = JsonText.parse(SELF_CHECKS[2].replace("\"municipality\":null", "\"municipality\":\"urk\""));
    assertThrows(org.opentest4j.AssertionFailedError.class, () -> check(wrong));
  }

  static void check(JsonText.Value c) {
    String expected = Json.canonicalize(c.get("expect").raw);
    String actual = Json.canonicalize(resultDocument(c));
    assertEquals(expected, actual, c.string("id") + ": " + c.string("description"));
  }

  /**
   * {"output": ...} or {"error": {"code", "pointer", "problems": [{"code", "pointer", "rule"}], "rules"}},
   * as docs/conformance.md says.
   */
  static String resultDocument(JsonText.Value c) {
    try {
      return "{\"output\":" + run(c) + "}";
    } catch (PerspectiefException e) {
      String problems = e.problems().stream()
          .map(p -> "{\"code\":" + Fixtures.quote(p.code()) + ",\"pointer\":" + Fixtures.quote(p.pointer())
              + ",\"rule\":" + Fixtures.quote(p.rule() == null ? "" : p.rule()) + "}")
          .collect(Collectors.joining(","));
      String rules = e.rules().stream().map(Fixtures::quote).collect(Collectors.joining(","));
      return "{\"error\":{\"code\":" + Fixtures.quote(e.code().label()) + ",\"pointer\":" + Fixtures.quote(e.pointer())
          + ",\"problems\":[" + problems + "],\"rules\":[" + rules + "]}}";
    }
  }

  static String planJson(JsonText.Value planSpec) {
    return planSpec.get("file") != null
        ? Fixtures.read(Fixtures.ROOT.resolve(planSpec.string("file")))
        : planSpec.get("inline").raw;
  }

  /** The report over the case's plans, with its options through the typed Options. */
  static String verblijfReport(Engine engine, JsonText.Value planSpecs, JsonText.Value input) {
    VerblijfReport.Options options = VerblijfReport.Options.defaults();
    JsonText.Value given = input == null ? null : input.get("options");
    if (given != null) {
      if (given.get("min_count") != null) {
        options = options.minCount(((java.math.BigDecimal) given.get("min_count").value).longValueExact());
      }
      if (given.string("from") != null) options = options.from(java.time.LocalDate.parse(given.string("from")));
      if (given.string("to") != null) options = options.to(java.time.LocalDate.parse(given.string("to")));
    }
    List<Plan> plans = new ArrayList<>();
    try {
      for (JsonText.Value planSpec : planSpecs.elements()) plans.add(engine.parse(planJson(planSpec)));
      return engine.verblijfReport(plans, options).toJson();
    } finally {
      for (Plan plan : plans) plan.close();
    }
  }

  /** The operation's output as JSON text. */
  static String run(JsonText.Value c) {
    String operation = c.string("operation");
    JsonText.Value input = c.get("input");
    if (operation.equals("canonicalize")) return Fixtures.quote(Json.canonicalize(input.string("text")));
    JsonText.Value spec = c.get("engine");
    JsonText.Value settings = spec.get("settings");
    String settingsJson = settings == null || settings.kind == JsonText.Value.Kind.NULL ? null : settings.raw;
    try (Engine engine = Engine.builtin(spec.string("profile"), settingsJson)) {
      if (operation.equals("load_engine")) {
        JsonText.Value info = JsonText.parse(engine.info().toJson());
        return "{\"municipality\":" + info.get("municipality").raw + ",\"profile\":" + info.get("profile").raw + "}";
      }
      if (operation.equals("diagram")) return Fixtures.quote(engine.diagram(input.string("format")));
      if (operation.equals("verblijf_report")) return verblijfReport(engine, c.get("plans"), input);
      String planJson = planJson(c.get("plan"));
      try (Plan plan = engine.parse(planJson)) {
        switch (operation) {
          case "parse": return plan.toJson();
          case "validate": return validateJson(engine, plan);
          case "available_events": return array(engine.availableEvents(plan, input.get("actor").raw, input.string("at")), EventOption::toJson);
          case "apply": return derived(engine.apply(plan, input.get("event").raw));
          case "apply_all": return derived(engine.applyAll(plan, input.get("events").raw));
          case "replay": return derived(engine.replay(plan));
          case "deadlines": return array(engine.deadlines(plan, input.string("at")), Deadline::toJson);
          case "regie_advice":
            return engine.regieAdvice(plan, input.string("jeugdige"), input.string("situatie"), input.string("fase")).toJson();
          case "decide": return engine.decide(plan, input.get("request").raw).toJson();
          case "decide_batch":
            return array(engine.decideBatch(plan, input.get("requests").raw), Decision::toJson);
          case "view": return engine.view(plan, input.get("request").raw).toJson();
          case "ask": return ask(engine, plan, input);
          case "ask_party": return askParty(engine, plan, input);
          case "records": return array(engine.records(plan, input.string("kind")), RecordRow::toJson);
          default: throw new IllegalArgumentException("unknown conformance operation '" + operation + "'");
        }
      }
    }
  }

  /**
   * {@code ask}: the values looked up in the order every runner uses (party, recipient, channel,
   * at, then each part), the questions asked in one askBatch.
   */
  private static String ask(Engine engine, Plan plan, JsonText.Value input) {
    try (PreparedPlan prepared = engine.prepare(plan);
         Party party = Party.parse(input.get("party").raw);
         Party recipient = input.get("recipient") == null ? null : Party.parse(input.get("recipient").raw)) {
      Question.Builder question = Question.builder().party(party).recipient(recipient)
          .action(SharingAction.valueOf(input.string("action").toUpperCase(java.util.Locale.ROOT)))
          .purpose(SharingPurpose.valueOf(input.string("purpose").toUpperCase(java.util.Locale.ROOT)))
          .channel(engine.findChannel(input.string("channel"))).at(Moment.parse(input.string("at")))
          .breakGlass(input.string("break_glass"));
      List<Question> questions = new java.util.ArrayList<>();
      for (JsonText.Value address : input.get("parts").elements()) {
        questions.add(question.part(prepared.findPart((String) address.value)).build());
      }
      return array(prepared.askBatch(questions), Answer::toJson);
    }
  }

  /**
   * {@code ask_party}: the values looked up as for {@code ask}, the questions asked one by one of
   * the party prepared at the moment, each answer checked to be the question's own.
   */
  private static String askParty(Engine engine, Plan plan, JsonText.Value input) {
    try (PreparedPlan prepared = engine.prepare(plan); Party party = Party.parse(input.get("party").raw)) {
      SharingAction action = SharingAction.valueOf(input.string("action").toUpperCase(java.util.Locale.ROOT));
      SharingPurpose purpose = SharingPurpose.valueOf(input.string("purpose").toUpperCase(java.util.Locale.ROOT));
      int channel = engine.findChannel(input.string("channel"));
      Moment at = Moment.parse(input.string("at"));
      List<Integer> parts = new java.util.ArrayList<>();
      for (JsonText.Value address : input.get("parts").elements()) parts.add(prepared.findPart((String) address.value));
      Question.Builder question = Question.builder().party(party).action(action).purpose(purpose).channel(channel).at(at);
      List<Answer> answers = new java.util.ArrayList<>();
      try (PreparedParty asking = prepared.party(party, at)) {
        for (int part : parts) {
          Answer answer = asking.ask(action, purpose, part, channel);
          assertEquals(prepared.ask(question.part(part).build()), answer, "part " + part);
          answers.add(answer);
        }
      }
      return array(answers, Answer::toJson);
    }
  }

  private static String validateJson(Engine engine, Plan plan) {
    return "[" + engine.validate(plan).stream().map(p -> "{\"code\":" + Fixtures.quote(p.code()) + ",\"message_en\":"
        + Fixtures.quote(p.messageEn()) + ",\"message_nl\":" + Fixtures.quote(p.messageNl()) + ",\"pointer\":"
        + Fixtures.quote(p.pointer()) + ",\"rule\":" + Fixtures.quote(p.rule() == null ? "" : p.rule())
        + ",\"severity\":" + Fixtures.quote(p.severity().jsonName()) + "}")
        .collect(Collectors.joining(",")) + "]";
  }

  /** A typed answer's elements back as one JSON array, from each element's own canonical text. */
  private static <T> String array(List<T> elements, java.util.function.Function<T, String> json) {
    return "[" + elements.stream().map(json).collect(Collectors.joining(",")) + "]";
  }

  private static String derived(Plan plan) {
    try (plan) {
      return plan.toJson();
    }
  }
}
