package nl.perspectief;

import java.util.List;

/**
 * A sharing decision: allow or deny, the rule ids that decided, an explanation in Dutch and
 * English, and the full decision document ({@link #toJson()}) with its obligations and parts
 * (docs/sharing.md).
 */
public final class Decision {
  private final String json;
  private final boolean allowed;
  private final List<String> rules;
  private final String explanationNl;
  private final String explanationEn;

  private Decision(String json, boolean allowed, List<String> rules, String explanationNl, String explanationEn) {
    this.json = json;
    this.allowed = allowed;
    this.rules = rules;
    this.explanationNl = explanationNl;
    this.explanationEn = explanationEn;
  }

  static Decision of(JsonText.Value v) {
    return new Decision(v.raw, "allow".equals(v.string("decision")), v.strings("rules"),
        v.string("explanation_nl"), v.string("explanation_en"));
  }

  /**
   * Whether the request is allowed ({@code "decision":"allow"}).
   *
   * @return whether the request is allowed
   */
  public boolean isAllowed() {
    return allowed;
  }

  /**
   * The rule ids that decided, e.g. {@code ["R-GEMEENTE"]}.
   *
   * @return the rule ids
   */
  public List<String> rules() {
    return rules;
  }

  /**
   * Why, in Dutch (for professionals and families).
   *
   * @return the explanation in Dutch
   */
  public String explanationNl() {
    return explanationNl;
  }

  /**
   * Why, in English.
   *
   * @return the explanation in English
   */
  public String explanationEn() {
    return explanationEn;
  }

  /** {@return the decision document as canonical JSON} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
