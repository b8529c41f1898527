package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The fast path (docs/java.md, "The fast path"): a prepared plan, parties and moments read once,
 * questions and typed answers that equal the part's entry in a decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreparedPlanTest {
  static final String AT = "2026-04-01T10:00:00+02:00";
  static final Actor WORKER = Actor.of("lokaal_team", "btn-0412").withOrganisation("Buurtteam Amsterdam Noord (fictief)");
  static final Actor GEMEENTE = Actor.of("gemeente", "gem-77").withOrganisation("Gemeente Amsterdam");
  static final Actor PROVIDER = Actor.of("hoofdaannemer", "ajk-0931").withOrganisation("90000101");
  static final Actor NOOR = Actor.of("jeugdige", "noor").withMember("noor");

  Engine engine;
  Plan plan;
  PreparedPlan prepared;
  Party worker;
  Party gemeente;
  Party provider;
  Party noor;
  Moment at;

  @BeforeAll
  void load() {
    engine = Engine.builtin("amsterdam-zaanstreek");
    plan = engine.parse(Fixtures.ROOT.resolve("examples/plans/amsterdam-twee-kinderen-segment-c.json"));
    prepared = engine.prepare(plan);
    worker = Party.of(WORKER);
    gemeente = Party.of(GEMEENTE);
    provider = Party.of(PROVIDER);
    noor = Party.of(NOOR);
    at = Moment.parse(AT);
  }

  @AfterAll
  void close() {
    for (AutoCloseable c : new AutoCloseable[] {worker, gemeente, provider, noor, prepared, plan, engine}) {
      try {
        c.close();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  Question.Builder question(Party party, SharingPurpose purpose, String channel) {
    return Question.builder().party(party).action(SharingAction.READ).purpose(purpose)
        .channel(engine.findChannel(channel)).at(at);
  }

  /**
   * The part's entry of the decision for a request for that part alone, as an answer's JSON. A
   * decision that denies the whole request lists no parts and gives no reason: then the answer's
   * reason is taken as it is, and its verdict and rules must be the decision's.
   */
  String decided(Actor actor, SharingPurpose purpose, String channel, String part, Answer answer) {
    Decision d = engine.decide(plan, SharingRequest.builder().requester(actor).action("read")
        .purpose(purpose.name().toLowerCase(java.util.Locale.ROOT)).channel(channel).at(AT).parts(part).build());
    JsonText.Value document = JsonText.parse(d.toJson());
    List<JsonText.Value> parts = document.get("parts") == null ? List.of() : document.get("parts").elements();
    if (parts.isEmpty()) {
      return "{\"reason\":" + Fixtures.quote(answer.reason()) + ",\"rules\":" + document.get("rules").raw
          + ",\"verdict\":" + document.get("decision").raw + "}";
    }
    JsonText.Value entry = parts.get(0);
    return "{\"reason\":" + entry.get("reason").raw + ",\"rules\":" + entry.get("rules").raw
        + ",\"verdict\":" + entry.get("decision").raw + "}";
  }

  @Test
  void everyAnswerIsTheDecisionsEntryForThatPart() {
    Object[][] askers = {{worker, WORKER, SharingPurpose.UITVOERING, "portaal"},
        {gemeente, GEMEENTE, SharingPurpose.BELEID, "portaal"},
        {provider, PROVIDER, SharingPurpose.UITVOERING, "beveiligde_email"},
        {noor, NOOR, SharingPurpose.UITVOERING, "portaal"}};
    for (Object[] a : askers) {
      Question.Builder q = question((Party) a[0], (SharingPurpose) a[2], (String) a[3]);
      List<Question> all = new ArrayList<>();
      for (int part = 0; part < prepared.partCount(); part++) all.add(q.part(part).build());
      List<Answer> batch = prepared.askBatch(all);
      for (int part = 0; part < prepared.partCount(); part++) {
        Answer one = prepared.ask(all.get(part));
        assertEquals(one, batch.get(part));
        assertEquals(decided((Actor) a[1], (SharingPurpose) a[2], (String) a[3], prepared.partAddress(part), one),
            Json.canonicalize(one.toJson()), prepared.partAddress(part));
      }
    }
  }

  @Test
  void theAllowAndTheDenySide() {
    int angst = prepared.findPart("children/noor/results/r-noor-angst");
    int daan = prepared.findPart("children/daan/results/r-daan-klas");
    Answer w = prepared.ask(question(worker, SharingPurpose.UITVOERING, "portaal").part(angst).build());
    assertTrue(w.isAllowed());
    assertEquals(Verdict.ALLOW, w.verdict());
    assertEquals(List.of("R-LT-INVOLVED"), w.rules());
    Answer g = prepared.ask(question(gemeente, SharingPurpose.BELEID, "portaal").part(angst).build());
    assertEquals(Verdict.DENY, g.verdict());
    assertTrue(g.rules().contains("R-GEMEENTE"), g.toString());
    Answer p = prepared.ask(question(provider, SharingPurpose.UITVOERING, "beveiligde_email").part(angst).build());
    assertEquals("toewijzing_linked", p.reason());
    Answer sibling = prepared.ask(question(noor, SharingPurpose.UITVOERING, "portaal").part(daan).build());
    assertFalse(sibling.isAllowed());
    assertTrue(sibling.rules().contains("R-MEMBER-PRIVACY"), sibling.toString());
    assertNotEquals(0, sibling.ruleBits());
  }

  @Test
  void aBatchAlternatingPartiesAnswersEachAsOneQuestion() {
    Party[] parties = {worker, gemeente, noor, provider};
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      questions.add(question(parties[i % 4], i % 4 == 1 ? SharingPurpose.BELEID : SharingPurpose.UITVOERING,
          "beveiligde_email").part((5 * i) % prepared.partCount()).build());
    }
    List<Answer> batch = prepared.askBatch(questions);
    for (int i = 0; i < questions.size(); i++) assertEquals(prepared.ask(questions.get(i)), batch.get(i));
    assertTrue(batch.stream().anyMatch(Answer::isAllowed) && !batch.stream().allMatch(Answer::isAllowed));
    assertTrue(prepared.askBatch(List.of()).isEmpty());
  }

  @Test
  void momentsAndParties() {
    assertEquals(at, Moment.of(OffsetDateTime.parse(AT)));
    assertEquals(AT, at.toString());
    assertThrows(InvalidArgumentException.class, () -> Moment.parse("1 april"));
    SchemaException bad = assertThrows(SchemaException.class, () -> Party.of(Actor.of("koning", "w-1")));
    assertEquals("/role", bad.problems().get(0).pointer());
  }

  @Test
  void badQuestionsNameTheirPlace() {
    assertThrows(NotFoundException.class, () -> prepared.findPart("children/noor/results/r-nope"));
    assertThrows(NotFoundException.class, () -> engine.findChannel("duif"));
    assertThrows(InvalidArgumentException.class, () -> prepared.partAddress(prepared.partCount()));
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> prepared.ask(question(worker, SharingPurpose.UITVOERING, "portaal").part(prepared.partCount()).build()));
    assertEquals("PP-D-QUESTION", e.problems().get(0).code());
    assertEquals("/part", e.problems().get(0).pointer());
    e = assertThrows(InvalidArgumentException.class, () -> prepared.ask(
        question(worker, SharingPurpose.UITVOERING, "portaal").action(SharingAction.FORWARD).part(0).build()));
    assertEquals("/recipient", e.problems().get(0).pointer());
    Question good = question(worker, SharingPurpose.UITVOERING, "portaal").part(0).build();
    e = assertThrows(InvalidArgumentException.class,
        () -> prepared.askBatch(List.of(good, good.toBuilder().part(-1).build())));
    assertEquals("/1/part", e.problems().get(0).pointer());
    e = assertThrows(InvalidArgumentException.class, () -> Question.builder().party(worker).build());
    assertEquals("/action", e.pointer());
    List<Question> withNull = new ArrayList<>();
    withNull.add(good);
    withNull.add(null);
    assertEquals("/1", assertThrows(InvalidArgumentException.class, () -> prepared.askBatch(withNull)).pointer());
  }

  @Test
  void decideAndViewOnAPreparedPlanEqualThoseOnThePlan() {
    SharingRequest request = SharingRequest.builder().requester(PROVIDER).action("read").purpose("uitvoering")
        .channel("beveiligde_email").at(AT).parts("children/noor").build();
    assertEquals(engine.decide(plan, request).toJson(), prepared.decide(request).toJson());
    assertEquals(engine.view(plan, request).toJson(), prepared.view(request).toJson());
  }

  @Test
  void closedHandles() {
    Engine own = Engine.builtin("amsterdam-zaanstreek");
    Plan ownPlan = own.parse(Fixtures.ROOT.resolve("examples/plans/amsterdam-twee-kinderen-segment-c.json"));
    PreparedPlan p = own.prepare(ownPlan);
    Party party = Party.of(WORKER);
    own.close();
    ownPlan.close();
    Question q = Question.builder().party(party).action(SharingAction.READ).purpose(SharingPurpose.UITVOERING)
        .part(0).channel(0).at(at).build();
    assertNotNull(p.ask(q).verdict(), "the prepared plan keeps what it needs");
    party.close();
    assertTrue(party.isClosed());
    assertThrows(StateException.class, () -> p.ask(q));
    p.close();
    p.close();
    assertTrue(p.isClosed());
    assertThrows(StateException.class, p::partCount);
    assertThrows(StateException.class, () -> own.prepare(plan));
    assertThrows(StateException.class, () -> own.findChannel("portaal"));
  }
}
