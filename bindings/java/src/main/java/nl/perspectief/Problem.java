package nl.perspectief;

/**
 * One finding about a document: a stable code ({@code PP-S-*} structure, {@code PP-P-*} profile,
 * {@code PP-V-*} validation, {@code PP-W-*} workflow, {@code PP-D-*} sharing), the JSON pointer
 * of the place ({@code ""} for the whole document), the text in Dutch and English, and the
 * domain rule id ({@code R-...}) where one applies, else {@code null}, and its severity.
 */
public record Problem(String code, String pointer, String messageNl, String messageEn, String rule,
    Severity severity) {

  /**
   * How much a problem weighs: an {@link #ERROR} makes a plan invalid; a {@link #WARNING} is a gap
   * to close that the rules already handle safely (gezag not yet recorded, R-GEZAG).
   */
  public enum Severity {
    /** The document is unusable for what was asked. */
    ERROR,
    /** Reported by validation only; never a reason to refuse. */
    WARNING;

    /** The JSON form's name: {@code "error"} or {@code "warning"}. */
    public String jsonName() {
      return this == WARNING ? "warning" : "error";
    }
  }

  /** Whether this problem is an error (a warning leaves a plan valid). */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  static Problem of(JsonText.Value v) {
    String rule = v.string("rule");
    // A problem without "severity" (an older library's JSON) is an error.
    Severity severity = "warning".equals(v.string("severity")) ? Severity.WARNING : Severity.ERROR;
    return new Problem(v.string("code"), nonNull(v.string("pointer")), v.string("message_nl"),
        v.string("message_en"), rule == null || rule.isEmpty() ? null : rule, severity);
  }

  static java.util.List<Problem> listOf(JsonText.Value array) {
    java.util.List<Problem> out = new java.util.ArrayList<>();
    if (array != null) {
      for (JsonText.Value e : array.elements()) out.add(of(e));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
