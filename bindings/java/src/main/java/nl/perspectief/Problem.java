package nl.perspectief;

/**
 * One finding about a document: a stable code ({@code PP-S-*} structure, {@code PP-P-*} profile,
 * {@code PP-V-*} validation, {@code PP-W-*} workflow, {@code PP-D-*} sharing), the JSON pointer
 * of the place ({@code ""} for the whole document), the text in Dutch and English, and the
 * domain rule id ({@code R-...}) where one applies, else {@code null}.
 */
public record Problem(String code, String pointer, String messageNl, String messageEn, String rule) {

  static Problem of(JsonText.Value v) {
    String rule = v.string("rule");
    return new Problem(v.string("code"), nonNull(v.string("pointer")), v.string("message_nl"),
        v.string("message_en"), rule == null || rule.isEmpty() ? null : rule);
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
