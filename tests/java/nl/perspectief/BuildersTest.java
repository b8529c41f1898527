package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event and sharing-request builders (#16): what they write, what they refuse, and what the library then says. */
class BuildersTest extends SegmentCPlanTest {
  static final Actor WORKER = Actor.of("lokaal_team", "lt-0042");

  /** The family's plan after plan_aanmaken, so that events apply (the example file has no history). */
  Plan started;

  @BeforeAll
  void start() {
    started = Fixtures.startPlan(engine, Fixtures.read(Fixtures.SEGMENT_C));
  }

  @AfterAll
  void stop() {
    started.close();
  }

  @Test
  void anActorWritesOnlyWhatItHas() {
    assertEquals("{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}", WORKER.toJson());
    Actor full = WORKER.withName("Anouk \"Noek\" de Wit").withOrganisation("Buurtteam Oost").withOnBehalfOf("lt-3");
    assertEquals("{\"role\":\"lokaal_team\",\"person\":\"lt-0042\",\"name\":\"Anouk \\\"Noek\\\" de Wit\","
        + "\"organisation\":\"Buurtteam Oost\",\"on_behalf_of\":\"lt-3\"}", full.toJson());
    assertEquals("lt-0042", WORKER.person(), "with... returns a copy");
    assertNull(WORKER.name());
    assertEquals(full, WORKER.withName("Anouk \"Noek\" de Wit").withOrganisation("Buurtteam Oost").withOnBehalfOf("lt-3"));
  }

  @Test
  void anActorNeedsARoleAndAPerson() {
    assertEquals("/role", assertThrows(InvalidArgumentException.class, () -> Actor.of(null, "x")).pointer());
    assertEquals("/person", assertThrows(InvalidArgumentException.class, () -> Actor.of("ouder", "")).pointer());
  }

  @Test
  void anEventIsTheDocumentTheLibraryTakes() {
    Event e = Event.builder("vraagverheldering_starten").actor(WORKER).at("2026-03-02T09:30:00+01:00")
        .reason("gesprek\nmet \\ gezin").build();
    assertEquals("{\"event\":\"vraagverheldering_starten\",\"actor\":{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"},"
        + "\"at\":\"2026-03-02T09:30:00+01:00\",\"reason\":\"gesprek\\nmet \\\\ gezin\"}", e.toJson());
    try (Plan viaBuilder = engine.apply(started, e); Plan viaJson = engine.apply(started, e.toJson())) {
      assertEquals(viaJson.toJson(), viaBuilder.toJson());
      assertEquals("gesprek\nmet \\ gezin", viaBuilder.getString("/history/1/reason"));
    }
  }

  @Test
  void momentsAreWrittenWithSecondsAndOffset() {
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    assertEquals("2026-03-02T09:30+01:00", at.toString(), "what toString would have sent (not RFC 3339)");
    assertEquals("2026-03-02T09:30:00+01:00", Event.builder("x").actor(WORKER).at(at).build().at());
    assertEquals("2026-03-02T08:30:00.5Z",
        Event.builder("x").actor(WORKER).at(OffsetDateTime.of(2026, 3, 2, 8, 30, 0, 500_000_000, ZoneOffset.UTC)).build().at());
    try (Plan moved = engine.apply(started, Event.builder("vraagverheldering_starten").actor(WORKER).at(at).build())) {
      assertEquals("vraagverheldering", moved.status());
    }
  }

  @Test
  void theBuilderRefusesAMissingActorOrMoment() {
    InvalidArgumentException noActor = assertThrows(InvalidArgumentException.class,
        () -> Event.builder("vraagverheldering_starten").at("2026-03-02T09:30:00+01:00").build());
    assertEquals("/actor", noActor.pointer());
    assertEquals("/at", assertThrows(InvalidArgumentException.class,
        () -> Event.builder("vraagverheldering_starten").actor(WORKER).build()).pointer());
    assertEquals("/event", assertThrows(InvalidArgumentException.class,
        () -> Event.builder(null).actor(WORKER).at("2026-03-02T09:30:00+01:00").build()).pointer());
  }

  @Test
  void aBadTimestampIsTheLibrarysErrorWithItsPointer() {
    Event yesterday = Event.builder("vraagverheldering_starten").actor(WORKER).at("gisteren").build();
    PerspectiefException e = assertThrows(PerspectiefException.class, () -> engine.apply(started, yesterday));
    assertEquals("/at", e.pointer(), e.toString());
    assertNotNull(e.detailJson(), "raised by the library, not the binding");
    PerspectiefException batch = assertThrows(PerspectiefException.class,
        () -> engine.applyAll(started, List.of(Event.builder("vraagverheldering_starten").actor(WORKER)
            .at("2026-03-02T09:30:00+01:00").build(), yesterday)));
    assertEquals("/1/at", batch.pointer());
  }

  @Test
  void aPayloadIsOneJsonValueOrNothing() {
    Event.Builder b = Event.builder("plan_wijzigen").actor(WORKER).at("2026-03-02T09:30:00+01:00");
    // Text that would add an actor of its own to the event is refused before anything is sent.
    JsonSyntaxException smuggled = assertThrows(JsonSyntaxException.class,
        () -> b.payload("{}, \"actor\": {\"role\": \"gi\", \"person\": \"x\"}"));
    assertEquals("/payload", smuggled.pointer());
    assertThrows(JsonSyntaxException.class, () -> b.payload("{\"merge_patch\":"));
    assertEquals("{\"merge_patch\":{}}", b.payload("  {\"merge_patch\":{}}\n").build().payloadJson());
    // What the payload means is the library's to judge, with its own pointers.
    RejectedException e = assertThrows(RejectedException.class, () -> engine.apply(started, b.payload("[1]").build()));
    assertTrue(e.problems().stream().anyMatch(p -> p.pointer().startsWith("/payload")), e.problems().toString());
  }

  @Test
  void aPayloadBuilderWritesJsonWithoutStrings() {
    Payload p = Payload.object().put("jeugdige", "sa\"m").put("intensiteit", 3).put("crisis", true)
        .put("ondersteuningsprofiel", Payload.object().put("code", "11")).put("door", WORKER)
        .putArray("assignments", WORKER, "x", 2L, false, null).putJson("raw", " [1, {\"a\": null}] ")
        .put("none", (String) null);
    assertEquals("{\"jeugdige\":\"sa\\\"m\",\"intensiteit\":3,\"crisis\":true,\"ondersteuningsprofiel\":{\"code\":\"11\"},"
        + "\"door\":" + WORKER.toJson() + ",\"assignments\":[" + WORKER.toJson() + ",\"x\",2,false,null],"
        + "\"raw\":[1, {\"a\": null}],\"none\":null}", p.toJson());
    assertEquals(Json.canonicalize(p.toJson()), Json.canonicalize(Payload.parse(p.toJson()).toJson()));
    // Putting a name again replaces it in place; parse keeps members' text exactly.
    assertEquals("{\"a\":{\"b\": 1},\"c\":2}", Payload.parse("{\"a\": 1, \"c\": 2}").putJson("a", "{\"b\": 1}").toJson());
    assertEquals("{}", Payload.parse("{\"a\":1}").remove("a").toJson());
    assertThrows(JsonSyntaxException.class, () -> Payload.parse("[1]"));
    assertThrows(JsonSyntaxException.class, () -> Payload.parse("{"));
    assertEquals("/x/0", assertThrows(InvalidArgumentException.class,
        () -> Payload.object().putArray("x", new Object())).pointer());
    assertEquals("/raw", assertThrows(JsonSyntaxException.class, () -> Payload.object().putJson("raw", "1 2")).pointer());
  }

  @Test
  void aPayloadBuiltReachesThePlan() {
    Payload change = Payload.object().put("merge_patch", Payload.object().put("x-vendor-note", "na gesprek"));
    try (Plan moved = engine.apply(started, Event.builder("plan_wijzigen").actor(WORKER).at("2026-03-02T10:00:00+01:00")
        .payload(change).build())) {
      assertEquals("na gesprek", moved.getString("/x-vendor-note"));
    }
  }

  @Test
  void aRequestIsTheDocumentTheLibraryTakes() {
    SharingRequest gemeente = SharingRequest.builder()
        .requester(Actor.of("gemeente", "amb-1").withOrganisation("Gemeente Amsterdam"))
        .action("read").purpose("beleid").channel("portaal").at(Fixtures.AT).build();
    assertEquals(Json.canonicalize(SharingTest.GEMEENTE), Json.canonicalize(gemeente.toJson()));
    SharingRequest ouder = SharingRequest.builder()
        .requester(Actor.of("ouder", "p-lotte").withMember("lotte"))
        .action("read").purpose("uitvoering").channel("portaal").parts("family_part/analysis")
        .at(OffsetDateTime.parse(Fixtures.AT)).build();
    assertEquals(Json.canonicalize(SharingTest.OUDER), Json.canonicalize(ouder.toJson()));

    Decision denied = engine.decide(plan, gemeente);
    assertFalse(denied.isAllowed());
    assertEquals(engine.decide(plan, SharingTest.GEMEENTE).toJson(), denied.toJson());
    assertTrue(engine.decide(plan, ouder).isAllowed());
    List<Decision> both = engine.decideBatch(plan, List.of(gemeente, ouder));
    assertEquals(List.of(false, true), both.stream().map(Decision::isAllowed).toList());
    assertTrue(engine.view(plan, ouder).decision().isAllowed());
    assertNotNull(engine.view(plan, gemeente).refusalJson());
  }

  @Test
  void aRequestNeedsItsRequiredFields() {
    SharingRequest.Builder noRequester = SharingRequest.builder().action("read").purpose("beleid").channel("portaal")
        .at(Fixtures.AT);
    assertEquals("/requester", assertThrows(InvalidArgumentException.class, noRequester::build).pointer());
    SharingRequest.Builder noChannel = SharingRequest.builder().requester(WORKER).action("read").purpose("beleid")
        .at(Fixtures.AT);
    assertEquals("/channel", assertThrows(InvalidArgumentException.class, noChannel::build).pointer());
    assertEquals("/parts/1", assertThrows(InvalidArgumentException.class,
        () -> noChannel.channel("portaal").parts("family_part", null).build()).pointer());
  }

  @Test
  void aRequestTheLibraryRefusesNamesThePlace() {
    SharingRequest badChannel = SharingRequest.builder().requester(WORKER).action("read").purpose("uitvoering")
        .channel("postduif").at(Fixtures.AT).build();
    SchemaException e = assertThrows(SchemaException.class, () -> engine.decide(plan, badChannel));
    assertEquals("/channel", e.pointer());
    SchemaException inBatch = assertThrows(SchemaException.class,
        () -> engine.decideBatch(plan, List.of(badChannel)));
    assertEquals("/0/channel", inBatch.pointer());
  }
}
