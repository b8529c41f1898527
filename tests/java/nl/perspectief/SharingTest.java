package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sharing through the binding: decisions, batches, views and the disclosure record. */
class SharingTest extends SegmentCPlanTest {
  /** The municipality (outside the lokale team) asking to read the whole plan for policy: denied (R-GEMEENTE). */
  static final String GEMEENTE = "{\"requester\":{\"role\":\"gemeente\",\"person\":\"amb-1\","
      + "\"organisation\":\"Gemeente Amsterdam\"},\"action\":\"read\",\"purpose\":\"beleid\","
      + "\"channel\":\"portaal\",\"at\":\"" + Fixtures.AT + "\"}";

  /** A parent of the family reading the family part's analysis: the family owns the plan (R-OWNER). */
  static final String OUDER = "{\"requester\":{\"role\":\"ouder\",\"person\":\"p-lotte\",\"member\":\"lotte\"},"
      + "\"action\":\"read\",\"purpose\":\"uitvoering\",\"channel\":\"portaal\","
      + "\"parts\":[\"family_part/analysis\"],\"at\":\"" + Fixtures.AT + "\"}";

  @Test
  void aDenialIsAResultWithReasons() {
    Decision d = engine.decide(plan, GEMEENTE);
    assertFalse(d.isAllowed());
    assertFalse(d.rules().isEmpty(), d.toJson());
    assertFalse(d.explanationNl().isEmpty());
    assertFalse(d.explanationEn().isEmpty());
    assertEquals(Json.canonicalize(d.toJson()), d.toJson());
  }

  @Test
  void batchDecidesEachRequestAsDecideDoes() {
    List<Decision> all = engine.decideBatch(plan, "[" + GEMEENTE + "," + OUDER + "," + GEMEENTE + "]");
    assertEquals(3, all.size());
    assertEquals(engine.decide(plan, GEMEENTE).toJson(), all.get(0).toJson());
    assertEquals(engine.decide(plan, OUDER).toJson(), all.get(1).toJson());
    assertEquals(all.get(0).toJson(), all.get(2).toJson());
    assertTrue(engine.decideBatch(plan, "[]").isEmpty());
  }

  @Test
  void viewHoldsOnlyWhatTheDecisionAllows() {
    View denied = engine.view(plan, GEMEENTE);
    assertFalse(denied.decision().isAllowed());
    assertNull(denied.disclosureJson(), "nothing released, no disclosure");
    assertEquals(engine.decide(plan, GEMEENTE).toJson(), denied.decision().toJson());
    // R-DEFAULT-DENY: why, not the plan's layout; R-LOG: the refused attempt is logged.
    assertEquals(List.of("R-GEMEENTE"), denied.decision().rules());
    assertNull(denied.withheldJson());
    assertNotNull(denied.refusalJson(), denied.toJson());
    assertTrue(denied.refusalJson().contains("\"outcome\":\"denied\""), denied.refusalJson());
    assertFalse(denied.refusalJson().contains("children/"), "no part ids of the plan: " + denied.refusalJson());

    View own = engine.view(plan, OUDER);
    assertTrue(own.decision().isAllowed(), own.toJson());
    assertTrue(own.decision().rules().contains("R-OWNER"), own.decision().toJson());
    // Content released: the host gets a NEN 7513 disclosure record to store (R-LOG).
    assertNotNull(own.disclosureJson(), own.toJson());
    assertNull(own.refusalJson(), own.toJson());
    assertNotEquals("{}", own.viewJson());
    assertEquals(engine.decide(plan, OUDER).toJson(), own.decision().toJson());
  }

  @Test
  void badRequestsAreErrorsNotDecisions() {
    assertThrows(JsonSyntaxException.class, () -> engine.decide(plan, "{\"requester\":"));
    assertThrows(JsonSyntaxException.class, () -> engine.decideBatch(plan, "[{]"));
  }
}
