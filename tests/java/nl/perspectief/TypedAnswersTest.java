package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import nl.perspectief.Problem.Severity;
import org.junit.jupiter.api.Test;

/**
 * The typed answers (#16): values at a pointer, engine info, profiles, records of every kind,
 * deadlines and problems with their severity, each against the JSON the library wrote.
 */
class TypedAnswersTest {
  static final Path LELYSTAD = Fixtures.ROOT.resolve("examples/plans/lelystad-zelfstandig-wonen-verblijf.json");
  static final Path ZAANSTAD = Fixtures.ROOT.resolve("examples/plans/zaanstad-crisisplaatsing.json");

  @Test
  void valuesAtAPointerAreTyped() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      assertEquals("hulpvraag", plan.status());
      assertEquals("hulpvraag", plan.getString("/status"));
      assertEquals("\"hulpvraag\"", plan.get("/status").toJson(), "the JSON form stays available");
      assertEquals(plan.getLong("/version"), plan.version());
      assertEquals(JsonText.parse(Fixtures.read(Fixtures.SEGMENT_C)).string("id"), plan.id());

      JsonValue children = plan.get("/children");
      assertEquals(JsonValue.Kind.ARRAY, children.kind());
      assertEquals(2, children.asList().size());
      assertEquals("C", children.asList().get(0).member("segment").asString());
      assertEquals(plan.get("/children/0"), children.asList().get(0));
      assertEquals(plan.toJson(), plan.get("").toJson());
      assertTrue(plan.get("").asMap().containsKey("family"));
    }
  }

  @Test
  void thePlansOwnFieldsAreTyped() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      JsonText.Value doc = JsonText.parse(Fixtures.read(Fixtures.SEGMENT_C));
      assertEquals(doc.string("profile"), plan.profile());
      assertEquals(doc.string("plan_type"), plan.planType());
      assertEquals(doc.string("municipality"), plan.municipality());
      try (Plan without = engine.parse(plan.toJson().replaceFirst("\"municipality\":\"[^\"]*\",", ""))) {
        assertNull(without.municipality(), "a plan may name no municipality");
      }
    }
  }

  @Test
  void checkPassesAValidPlanAndRefusesAnInvalidOne() {
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    String child = JsonText.parse(text).get("children").elements().get(0).string("jeugdige");
    String broken = text.replaceFirst("\"jeugdige\"\\s*:\\s*\"" + child + "\"", "\"jeugdige\": \"nobody\"");
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan valid = engine.parse(text);
         Plan invalid = engine.parse(broken)) {
      assertSame(valid, engine.check(valid));
      ValidationException e = assertThrows(ValidationException.class, () -> engine.check(invalid));
      assertEquals(engine.validate(invalid), e.problems(), "every problem, as validate() lists them");
      assertEquals(e.problems().get(0).pointer(), e.pointer());
      assertEquals(6, e.codeNumber());
      assertEquals(e.problems().stream().map(Problem::rule).filter(java.util.Objects::nonNull).distinct().toList(), e.rules());
      assertEquals(Json.canonicalize(e.detailJson()), e.detailJson(), "a detail in the library's canonical shape");
    }
  }

  @Test
  void aValueOfAnotherKindIsRefusedAtItsPointer() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      InvalidArgumentException notLong = assertThrows(InvalidArgumentException.class, () -> plan.getLong("/status"));
      assertEquals("/status", notLong.pointer());
      assertTrue(notLong.getMessage().contains("a string"), notLong.getMessage());
      assertEquals("/version", assertThrows(InvalidArgumentException.class, () -> plan.getString("/version")).pointer());
      assertThrows(InvalidArgumentException.class, () -> plan.getBoolean("/children"));
      InvalidArgumentException inList = assertThrows(InvalidArgumentException.class,
          () -> plan.get("/children").asList().get(1).member("jeugdige").asLong());
      assertEquals("/children/1/jeugdige", inList.pointer());
      // Missing stays NotFoundException, as before.
      assertEquals("/no/such", assertThrows(NotFoundException.class, () -> plan.getString("/no/such")).pointer());
    }
  }

  @Test
  void numbersAndBooleansFromJson() {
    JsonValue v = JsonValue.parse("{\"a\":12,\"b\":2.5,\"c\":true,\"d\":null,\"e~/f\":1e400}", "");
    assertEquals(12L, v.member("a").asLong());
    assertEquals(new BigDecimal("2.5"), v.member("b").asDecimal());
    assertThrows(InvalidArgumentException.class, () -> v.member("b").asLong(), "no silent rounding");
    assertTrue(v.member("c").asBoolean());
    assertTrue(v.member("d").isNull());
    assertNull(v.member("absent"));
    assertEquals("/e~0~1f", assertThrows(InvalidArgumentException.class, () -> v.member("e~/f").asLong()).pointer());
  }

  @Test
  void engineInfoIsTyped() {
    String almere = "{\"format\":\"perspectief/settings@1\",\"profile\":\"flevoland\",\"municipality\":\"Almere\","
        + "\"local_choices\":{\"regie_langdurig_verblijf\":\"verblijfsinstelling\"}}";
    try (Engine plain = Engine.builtin("flevoland"); Engine inAlmere = Engine.builtin("flevoland", almere)) {
      EngineInfo none = plain.info();
      assertEquals("flevoland", none.profileId());
      assertNull(none.municipality());
      EngineInfo info = inAlmere.info();
      assertEquals("Almere", info.municipality());
      assertEquals("verblijfsinstelling", info.localChoices().get("regie_langdurig_verblijf").asString());
      assertEquals(none.localChoices().keySet(), info.localChoices().keySet(), "every choice has a value");
      assertEquals(Json.canonicalize(info.toJson()), info.toJson());
    }
  }

  @Test
  void profilesAreTyped() {
    List<ProfileInfo> profiles = Engine.profiles();
    assertEquals(Engine.profileIds(), profiles.stream().map(ProfileInfo::id).toList());
    for (ProfileInfo p : profiles) {
      assertFalse(p.nameNl().isEmpty(), p.id());
      assertFalse(p.nameEn().isEmpty(), p.id());
      assertFalse(p.seeds().isEmpty(), p.id());
    }
  }

  /** Every row of every example plan has exactly its kind's columns, and each cell reads with its column's type. */
  @Test
  void recordsHaveTheKindsColumnsAndTypes() {
    for (Path file : Fixtures.examplePlans()) {
      String text = Fixtures.read(file);
      try (Engine engine = Engine.builtin(Fixtures.profileOf(text)); Plan plan = engine.parse(text)) {
        for (RecordKind kind : RecordKind.values()) {
          for (RecordRow row : engine.records(plan, kind)) {
            assertEquals(new TreeSet<>(kind.columns()), JsonText.parse(row.toJson()).memberNames(), file + " " + kind);
            for (String column : kind.columns()) {
              Object cell = row.get(column);
              assertEquals(row.isNull(column), cell == null, column);
              if (cell == null) continue;
              Class<?> expected = switch (kind.columnType(column)) {
                case STRING -> String.class;
                case LONG -> Long.class;
                case BOOLEAN -> Boolean.class;
                case TIMESTAMP -> OffsetDateTime.class;
                case DATE -> LocalDate.class;
                case LIST -> List.class;
              };
              assertTrue(expected.isInstance(cell), file + " " + kind + "." + column + ": " + cell);
            }
          }
        }
      }
    }
  }

  @Test
  void recordCellsReadAsJavaTypes() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(ZAANSTAD)) {
      RecordRow milan = engine.records(plan, RecordKind.JEUGDIGEN).get(0);
      assertEquals("milan", milan.getString("jeugdige"));
      assertEquals(15L, milan.getLong("age"));
      assertEquals(3L, milan.getLong("intensiteit"));
      assertEquals(Boolean.FALSE, milan.getBoolean("verblijf"));
      assertEquals(List.of("thuisplus"), milan.getList("additions"));
      assertEquals(List.of("46"), milan.getList("product_categories"));
      // Written 14:00 at +01:00 in the plan; a record moment is in UTC, the same instant.
      assertEquals(OffsetDateTime.parse("2026-03-24T13:00:00Z"), milan.getTimestamp("latest_evaluation_at"));
      assertTrue(OffsetDateTime.parse("2026-03-24T14:00:00+01:00").isEqual(milan.getTimestamp("latest_evaluation_at")));
      assertEquals(1L, milan.getLong("evaluations"));

      RecordRow evaluated = engine.records(plan, "evaluations").get(0);
      assertEquals(RecordKind.EVALUATIONS, evaluated.kind());
      assertEquals(milan.getTimestamp("latest_evaluation_at"), evaluated.getTimestamp("at"));

      // The wrong getter, or a column the kind lacks, fails where the mistake is made.
      assertThrows(InvalidArgumentException.class, () -> milan.getString("age"));
      assertThrows(InvalidArgumentException.class, () -> milan.getLong("jeugdige"));
      InvalidArgumentException typo = assertThrows(InvalidArgumentException.class, () -> milan.getString("jeugdigen"));
      assertTrue(typo.getMessage().contains("latest_evaluation_at"), "names the columns: " + typo.getMessage());
      assertThrows(InvalidArgumentException.class, () -> engine.records(plan, "tables"));
    }
  }

  /** The columns and their types are the library's (pp_record_columns), read once per kind. */
  @Test
  void recordKindsTakeTheirColumnsFromTheLibrary() {
    assertEquals(List.of("plan", "municipality", "jeugdige", "evaluation", "at", "kind", "result", "outcome"),
        RecordKind.EVALUATIONS.columns());
    assertEquals(RecordKind.Column.LONG, RecordKind.RESULTS.columnType("age"));
    assertEquals(RecordKind.Column.LIST, RecordKind.JEUGDIGEN.columnType("product_categories"));
    assertEquals(RecordKind.Column.TIMESTAMP, RecordKind.TRANSITIONS.columnType("at"));
    assertEquals(RecordKind.Column.BOOLEAN, RecordKind.JEUGDIGEN.columnType("youth_care_closed"));
    assertEquals("list-of-string", RecordKind.Column.LIST.libraryName());
    assertNull(RecordKind.RESULTS.columnType("product_category"));
    assertNull(RecordKind.RESULTS.columnType(null));
    assertSame(RecordKind.RESULTS.columns().get(0), RecordKind.RESULTS.columns().get(0), "read once, kept");
    assertSame(RecordKind.JEUGDIGEN, RecordKind.of("jeugdigen"));
    InvalidArgumentException unknown = assertThrows(InvalidArgumentException.class, () -> RecordKind.of("tables"));
    assertTrue(unknown.getMessage().contains("unknown record kind 'tables'"), unknown.getMessage());
    assertEquals(ErrorCode.INVALID_ARGUMENT, unknown.code());
  }

  /**
   * Ede's plan: Jesse has no ondersteuningsprofiel (his additions are unknown: null) and no
   * toewijzingen (his product categories are known to be none: an empty list).
   */
  @Test
  void recordValuesAreTidy() {
    String text = Fixtures.read(Fixtures.ROOT.resolve("examples/plans/ede-familiegroepsplan.json"));
    try (Engine engine = Engine.builtin(Fixtures.profileOf(text)); Plan plan = engine.parse(text)) {
      List<RecordRow> jeugdigen = engine.records(plan, RecordKind.JEUGDIGEN);
      RecordRow jesse = jeugdigen.get(1);
      assertEquals("jesse", jesse.getString("jeugdige"));
      assertNull(jesse.getList("additions"));
      assertEquals(List.of(), jesse.getList("product_categories"));
      RecordRow femke = jeugdigen.get(0);
      assertEquals(1, femke.getList("product_categories").size());
      assertThrows(UnsupportedOperationException.class, () -> femke.getList("product_categories").add("43"));
      List<RecordRow> transitions = engine.records(plan, RecordKind.TRANSITIONS);
      assertFalse(transitions.isEmpty());
      for (RecordRow row : transitions) {
        assertEquals(java.time.ZoneOffset.UTC, row.getTimestamp("at").getOffset(), row.toJson());
        assertTrue(row.toJson().contains("Z\""), "one form in the JSON too: " + row.toJson());
      }
    }
  }

  @Test
  void familyResultsHaveNullJeugdigeColumns() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      List<RecordRow> results = engine.records(plan, RecordKind.RESULTS);
      RecordRow family = results.stream().filter(r -> r.isNull("jeugdige")).findFirst().orElseThrow();
      assertNull(family.getLong("age"));
      assertNull(family.getList("additions"));
      assertNull(family.getBoolean("crisis"));
      assertNotNull(family.getString("result"));
    }
  }

  @Test
  void deadlinesAreTyped() {
    try (Engine engine = Engine.builtin("flevoland"); Plan plan = engine.parse(LELYSTAD)) {
      List<Deadline> due = engine.deadlines(plan, OffsetDateTime.parse("2026-12-01T09:00:00+01:00"));
      assertEquals(1, due.size());
      Deadline d = due.get(0);
      assertEquals("overdracht_18", d.kind());
      assertEquals("sem", d.jeugdige());
      assertEquals(LocalDate.of(2026, 11, 12), d.due());
      assertEquals(Deadline.Status.OVERDUE, d.status());
      assertNull(d.rule(), "no rule id names this obligation");
      assertNull(d.since());
      assertTrue(d.labelNl().startsWith("Overdracht"));
      assertEquals(d.toJson(), engine.deadlines(plan, "2026-12-01T09:00:00+01:00").get(0).toJson());
      assertEquals(Deadline.Status.OPEN, engine.deadlines(plan, "2026-11-01T09:00:00+01:00").get(0).status());
      assertEquals(Deadline.Status.DUE, engine.deadlines(plan, "2026-11-12T23:00:00+01:00").get(0).status());
    }
  }

  @Test
  void crisisDeadlinesSayWhenTheyStarted() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan plan = Fixtures.startPlan(engine,
             Fixtures.read(Fixtures.ROOT.resolve("examples/families/zaanstad-crisisplaatsing.json")))) {
      Actor worker = Actor.of("lokaal_team", "lt-0042");
      String crisisJeugdige = plan.getString("/children/0/jeugdige");
      Event crisis = Event.builder("crisis_starten").actor(worker).at("2026-03-02T22:15:00+01:00")
          .payload("{\"jeugdige\":\"" + crisisJeugdige + "\",\"ondersteuningsprofiel\":{\"code\":\"11\"}}").build();
      try (Plan inCrisis = engine.apply(plan, crisis)) {
        List<Deadline> due = engine.deadlines(inCrisis, "2026-03-03T09:00:00+01:00");
        Deadline first = due.stream().filter(d -> d.kind().equals("crisis_startafspraken")).findFirst().orElseThrow();
        assertEquals(OffsetDateTime.parse("2026-03-02T22:15:00+01:00"), first.since());
        assertEquals("R-CRISIS", first.rule());
      } catch (RejectedException e) {
        fail("crisis_starten refused: " + e.problems());
      }
    }
  }

  @Test
  void regieAdviceFollowsTheRegionsMatrix() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan plan = engine.parse(Fixtures.ROOT.resolve("examples/plans/amsterdam-twee-kinderen-segment-c.json"))) {
      String jeugdige = plan.getString("/children/0/jeugdige");
      RegieAdvice advice = engine.regieAdvice(plan, jeugdige);
      assertFalse(advice.basisEn().isEmpty());
      assertFalse(advice.basisNl().isEmpty());
      assertTrue(advice.rule() == null || advice.rule().equals("R-REGIE-LOKAAL"), advice.toJson());
      assertEquals(advice.toJson(), engine.regieAdvice(plan, jeugdige, null, null).toJson());
      assertEquals(Json.canonicalize(advice.toJson()), advice.toJson());
      assertThrows(NotFoundException.class, () -> engine.regieAdvice(plan, "niemand"), "a jeugdige the plan does not have");
      assertThrows(InvalidArgumentException.class, () -> engine.regieAdvice(plan, null));
    }
  }

  @Test
  void problemsCarryTheirSeverity() {
    Problem withWarning = Problem.fromJson("{\"code\":\"PP-V-X\",\"message_en\":\"e\",\"message_nl\":\"n\","
        + "\"pointer\":\"/a\",\"rule\":\"R-Y\",\"severity\":\"warning\"}");
    assertEquals(Severity.WARNING, withWarning.severity());
    assertFalse(withWarning.isError());
    assertEquals("R-Y", withWarning.rule());
    Problem withError = Problem.fromJson("{\"code\":\"PP-V-X\",\"pointer\":\"\",\"rule\":\"\",\"severity\":\"error\"}");
    assertEquals(Severity.ERROR, withError.severity());
    assertNull(withError.rule());
    // A library without severities: every problem was an error.
    Problem older = Problem.fromJson("{\"code\":\"PP-V-X\",\"message_en\":\"e\",\"message_nl\":\"n\",\"pointer\":\"/a\",\"rule\":\"\"}");
    assertEquals(Severity.ERROR, older.severity());
    assertTrue(older.isError());
    assertEquals(new Problem("PP-V-X", "/a", "n", "e", null), older);
    assertThrows(JsonSyntaxException.class, () -> Problem.fromJson("{\"code\":"));
    // Problems inside an error detail are read the same way.
    PerspectiefException e = PerspectiefException.create(ErrorCode.VALIDATION, "x", "/a",
        "{\"code\":6,\"problems\":[{\"code\":\"PP-V-X\",\"pointer\":\"/a\",\"rule\":\"\",\"severity\":\"warning\"},"
            + "{\"code\":\"PP-V-Y\",\"pointer\":\"/b\",\"rule\":\"\"}],\"rules\":[]}");
    assertEquals(List.of(Severity.WARNING, Severity.ERROR), e.problems().stream().map(Problem::severity).toList());
  }

  @Test
  void validationProblemsHaveASeverity() {
    String text = Fixtures.read(Fixtures.SEGMENT_C).replaceFirst("\"leefgebied\": \"[a-z_]+\"", "\"leefgebied\": \"toverij\"");
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek"); Plan plan = engine.parse(text)) {
      List<Problem> problems = engine.validate(plan);
      assertFalse(problems.isEmpty());
      for (Problem p : problems) assertNotNull(p.severity(), p.toString());
    }
  }
}
