package nl.perspectief;

/**
 * The redacted view of a plan for one request: exactly the parts the decision allows, the
 * decision itself, optionally the withheld parts (a profile setting: for some recipients even
 * that list is information), the disclosure record (NEN 7513) that the host must store
 * whenever content is released, and the refusal record it stores when nothing is (R-LOG).
 */
public final class View {
  private final String json;
  private final String viewJson;
  private final Decision decision;
  private final String withheldJson;
  private final String disclosureJson;
  private final String refusalJson;

  private View(String json, String viewJson, Decision decision, String withheldJson, String disclosureJson,
      String refusalJson) {
    this.json = json;
    this.viewJson = viewJson;
    this.decision = decision;
    this.withheldJson = withheldJson;
    this.disclosureJson = disclosureJson;
    this.refusalJson = refusalJson;
  }

  static View of(JsonText.Value v) {
    JsonText.Value view = v.get("view");
    JsonText.Value decision = v.get("decision");
    return new View(v.raw, view == null ? null : view.raw, decision == null ? null : Decision.of(decision),
        rawOrNull(v.get("withheld")), rawOrNull(v.get("disclosure")), rawOrNull(v.get("refusal")));
  }

  private static String rawOrNull(JsonText.Value v) {
    return v == null || v.kind == JsonText.Value.Kind.NULL ? null : v.raw;
  }

  /** {@return the plan parts allowed, as canonical JSON} */
  public String viewJson() {
    return viewJson;
  }

  /** {@return the decision behind the view} */
  public Decision decision() {
    return decision;
  }

  /** {@return the withheld parts with their rule ids, or null when the profile does not disclose them} */
  public String withheldJson() {
    return withheldJson;
  }

  /** {@return the disclosure record to store, or null when nothing was released} */
  public String disclosureJson() {
    return disclosureJson;
  }

  /**
   * The record of a refused attempt ({@code "outcome": "denied"}) to store with the disclosure
   * records, or null when something was released.
   *
   * @return the refusal record, or null
   */
  public String refusalJson() {
    return refusalJson;
  }

  /** {@return the whole view document as canonical JSON} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
