package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Prepared parties (docs/java.md, "The fast path"): every answer is the one {@link
 * PreparedPlan#ask(Question)} gives for the party and moment it was made with, never another's;
 * every refusal names its code and place; it outlives the plan and party it was made from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreparedPartyTest {
  /** After the provider's toewijzing ended: only the part the family consented to still reaches it. */
  static final String LATER = "2026-08-03T10:00:00+02:00";
  static final Map<String, Actor> PARTIES = new LinkedHashMap<>();

  static {
    PARTIES.put("worker", PreparedPlanTest.WORKER);
    PARTIES.put("gemeente", PreparedPlanTest.GEMEENTE);
    PARTIES.put("provider", PreparedPlanTest.PROVIDER);
    PARTIES.put("jeugdige", PreparedPlanTest.NOOR);
  }

  Engine engine;
  PreparedPlan prepared;
  int[] channels;

  @BeforeAll
  void load() {
    engine = Engine.builtin("amsterdam-zaanstreek");
    try (Plan plan = engine.parse(Fixtures.ROOT.resolve("examples/plans/amsterdam-twee-kinderen-segment-c.json"))) {
      prepared = engine.prepare(plan);
    }
    channels = new int[] {engine.findChannel("portaal"), engine.findChannel("beveiligde_email")};
  }

  @AfterAll
  void close() {
    prepared.close();
    engine.close();
  }

  /** Every action but forward, three purposes, every part, both channels: the prepared party's answers. */
  List<Answer> answers(PreparedParty asking, int parts) {
    List<Answer> out = new ArrayList<>();
    for (SharingAction action : new SharingAction[] {SharingAction.READ, SharingAction.STORE, SharingAction.AMEND}) {
      for (SharingPurpose purpose : new SharingPurpose[] {SharingPurpose.UITVOERING, SharingPurpose.BELEID,
          SharingPurpose.VEILIGHEID}) {
        for (int part = 0; part < parts; part++) {
          for (int channel : channels) out.add(asking.ask(action, purpose, part, channel));
        }
      }
    }
    return out;
  }

  /** The same questions asked of the prepared plan with the party and the moment. */
  List<Answer> questions(Party party, Moment at) {
    List<Answer> out = new ArrayList<>();
    for (SharingAction action : new SharingAction[] {SharingAction.READ, SharingAction.STORE, SharingAction.AMEND}) {
      for (SharingPurpose purpose : new SharingPurpose[] {SharingPurpose.UITVOERING, SharingPurpose.BELEID,
          SharingPurpose.VEILIGHEID}) {
        for (int part = 0; part < prepared.partCount(); part++) {
          for (int channel : channels) {
            out.add(prepared.ask(Question.builder().party(party).action(action).purpose(purpose).part(part)
                .channel(channel).at(at).build()));
          }
        }
      }
    }
    return out;
  }

  @Test
  void eachAnswersAsItsOwnPartyAtItsOwnMomentOnly() {
    // Prepared parties side by side: answering for another one (a shared state, the first moment
    // kept) fails here, as the parties and moments give different answers.
    Map<String, List<Answer>> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Actor> entry : PARTIES.entrySet()) {
      for (String at : new String[] {PreparedPlanTest.AT, LATER}) {
        try (Party party = Party.of(entry.getValue()); PreparedParty asking = prepared.party(party, Moment.parse(at))) {
          List<Answer> got = answers(asking, prepared.partCount());
          assertIterableEquals(questions(party, Moment.parse(at)), got, entry.getKey() + " at " + at);
          answers.put(entry.getKey() + " " + at, got);
        }
      }
    }
    assertNotEquals(answers.get("provider " + PreparedPlanTest.AT), answers.get("provider " + LATER),
        "standing is dated");
    assertTrue(answers.values().stream().distinct().count() > PARTIES.size(), "the cases differ");
  }

  @Test
  void theAllowAndTheDenySide() {
    try (Party provider = Party.of(PreparedPlanTest.PROVIDER);
         PreparedParty asking = prepared.party(provider, Moment.parse(PreparedPlanTest.AT))) {
      Answer allowed = asking.ask(SharingAction.READ, SharingPurpose.UITVOERING,
          prepared.findPart("children/noor/results/r-noor-angst"), channels[1]);
      assertTrue(allowed.isAllowed());
      assertEquals(List.of("R-SHARE-HOOFDAANNEMER"), allowed.rules());
      assertEquals("toewijzing_linked", allowed.reason());
      Answer denied = asking.ask(SharingAction.READ, SharingPurpose.UITVOERING,
          prepared.findPart("family_part/personal/emre"), channels[1]);
      assertEquals(Verdict.DENY, denied.verdict());
      assertEquals("member_privacy", denied.reason());
    }
  }

  void refused(PreparedParty asking, SharingAction action, SharingPurpose purpose, int part, int channel,
      String pointer) {
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> asking.ask(action, purpose, part, channel));
    assertEquals(pointer, e.pointer());
    assertEquals(1, e.problems().size());
    assertEquals("PP-D-QUESTION", e.problems().get(0).code());
    assertEquals(pointer, e.problems().get(0).pointer());
  }

  @Test
  void everyRefusalNamesItsCodeAndPlace() {
    try (Party worker = Party.of(PreparedPlanTest.WORKER);
         PreparedParty asking = prepared.party(worker, Moment.parse(PreparedPlanTest.AT))) {
      refused(asking, SharingAction.FORWARD, SharingPurpose.UITVOERING, 0, channels[0], "/action");
      refused(asking, SharingAction.READ, SharingPurpose.UITVOERING, prepared.partCount(), channels[0], "/part");
      refused(asking, SharingAction.READ, SharingPurpose.UITVOERING, -1, channels[0], "/part");
      refused(asking, SharingAction.READ, SharingPurpose.UITVOERING, 0, -1, "/channel");
      refused(asking, SharingAction.READ, SharingPurpose.UITVOERING, 0, 9999, "/channel");
      assertEquals("/action", assertThrows(InvalidArgumentException.class,
          () -> asking.ask(null, SharingPurpose.UITVOERING, 0, channels[0])).pointer());
      assertEquals("/purpose", assertThrows(InvalidArgumentException.class,
          () -> asking.ask(SharingAction.READ, null, 0, channels[0])).pointer());
    }
    try (Party nobody = Party.of(Actor.of("lokaal_team", "\u00a0").withOrganisation("Buurtteam"))) {
      PerspectiefException e = assertThrows(PerspectiefException.class,
          () -> prepared.party(nobody, Moment.parse(PreparedPlanTest.AT)));
      assertEquals("/requester/person", e.pointer());
      assertEquals("PP-D-PERSON", e.problems().get(0).code());
    }
    assertEquals("/requester", assertThrows(InvalidArgumentException.class,
        () -> prepared.party(null, Moment.parse(PreparedPlanTest.AT))).pointer());
    try (Party worker = Party.of(PreparedPlanTest.WORKER)) {
      assertEquals("/at", assertThrows(InvalidArgumentException.class, () -> prepared.party(worker, null)).pointer());
    }
  }

  @Test
  void itOutlivesThePlanAndThePartyItWasMadeFrom() {
    Engine own = Engine.builtin("amsterdam-zaanstreek");
    Plan plan = own.parse(Fixtures.ROOT.resolve("examples/plans/amsterdam-twee-kinderen-segment-c.json"));
    PreparedPlan ownPrepared = own.prepare(plan);
    Party provider = Party.of(PreparedPlanTest.PROVIDER);
    Moment at = Moment.parse(PreparedPlanTest.AT);
    int parts = ownPrepared.partCount();
    List<Answer> expected = questions(provider, at);
    PreparedParty asking = ownPrepared.party(provider, at);
    provider.close();
    ownPrepared.close();
    plan.close();
    own.close();
    assertThrows(StateException.class, () -> ownPrepared.party(provider, at));
    assertIterableEquals(expected, answers(asking, parts), "the prepared party keeps what it needs");
    asking.close();
    asking.close();
    assertTrue(asking.isClosed());
    assertThrows(StateException.class, () -> asking.ask(SharingAction.READ, SharingPurpose.UITVOERING, 0, 0));
  }

  @Test
  void threadsShareOnePreparedPartyAndItClosesUnderThemCleanly() throws Exception {
    Party provider = Party.of(PreparedPlanTest.PROVIDER);
    PreparedParty asking = prepared.party(provider, Moment.parse(PreparedPlanTest.AT));
    provider.close();
    List<Answer> expected = answers(asking, prepared.partCount());
    AtomicInteger same = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 40; i++) {
            try {
              if (answers(asking, prepared.partCount()).equals(expected)) same.incrementAndGet();
            } catch (StateException closed) {
              refused.incrementAndGet(); // closed under us: a clean refusal, never freed memory
            }
          }
          return null;
        }));
      }
      Thread.sleep(20);
      asking.close();
      for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(160, same.get() + refused.get());
  }

  @Test
  void aClosedPartyIsNotPrepared() {
    Party worker = Party.of(PreparedPlanTest.WORKER);
    worker.close();
    assertThrows(StateException.class, () -> prepared.party(worker, Moment.parse(PreparedPlanTest.AT)));
  }
}
