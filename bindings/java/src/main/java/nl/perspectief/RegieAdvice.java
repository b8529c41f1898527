package nl.perspectief;

/**
 * Where perspectiefregie lies for a jeugdige by the region's regie matrix
 * ({@link Engine#regieAdvice(Plan, String, String, String)}; docs/workflow.md, "Perspectiefregie").
 * Immutable.
 */
public final class RegieAdvice {
  private final String placedAt;
  private final String zichtOpVeiligheid;
  private final String rule;
  private final String localChoice;
  private final String basisNl;
  private final String basisEn;
  private final String json;

  RegieAdvice(String json) {
    JsonText.Value v = JsonText.parse(json);
    JsonText.Value basis = v.get("basis");
    placedAt = v.string("placed_at");
    zichtOpVeiligheid = v.string("zicht_op_veiligheid");
    String r = v.string("rule");
    rule = r == null || r.isEmpty() ? null : r;
    localChoice = v.string("local_choice");
    basisNl = basis == null ? null : basis.string("nl");
    basisEn = basis == null ? null : basis.string("en");
    this.json = json;
  }

  /**
   * {@return who holds perspectiefregie ({@code lokale_toegang}, {@code verblijfsinstelling},
   * {@code gemeente}, {@code gi}, {@code veilig_thuis}), or null when the matrix has no cell or the
   * cell defers to a local choice that is not set}
   */
  public String placedAt() {
    return placedAt;
  }

  /** {@return who watches safety meanwhile, or null} */
  public String zichtOpVeiligheid() {
    return zichtOpVeiligheid;
  }

  /** {@return the binding rule (e.g. {@code R-REGIE-LOKAAL}), or null when this is advice only} */
  public String rule() {
    return rule;
  }

  /** {@return the local choice the cell defers to, or null} */
  public String localChoice() {
    return localChoice;
  }

  /** {@return the cell or rule in words, in Dutch} */
  public String basisNl() {
    return basisNl;
  }

  /** {@return the cell or rule in words, in English} */
  public String basisEn() {
    return basisEn;
  }

  /** {@return the advice as canonical JSON, as the library wrote it} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
