package nl.perspectief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One finding about a document: a stable code ({@code PP-S-*} structure, {@code PP-P-*} profile,
 * {@code PP-V-*} validation, {@code PP-W-*} workflow, {@code PP-D-*} sharing), the JSON pointer
 * of the place ({@code ""} for the whole document), the text in Dutch and English, the domain
 * rule id ({@code R-...}) where one applies, else {@code null}, and its severity.
 *
 * @param code the stable problem code, e.g. {@code PP-V-LEEFGEBIED}
 * @param pointer the RFC 6901 pointer of the place, {@code ""} for the whole document
 * @param messageNl the text in Dutch
 * @param messageEn the text in English
 * @param rule the domain rule id, or null when none applies
 * @param severity error or warning ({@link Severity#ERROR} when the library wrote none)
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

    /** {@return the JSON form's name: {@code "error"} or {@code "warning"}} */
    public String jsonName() {
      return this == WARNING ? "warning" : "error";
    }

    /**
     * A library that predates severities writes none, and every problem then was an error, so an
     * absent member reads as {@link #ERROR}; so does a name this binding does not know yet (the
     * safe side: it blocks rather than being ignored).
     */
    static Severity of(String jsonName) {
      return "warning".equals(jsonName) ? WARNING : ERROR;
    }
  }

  /**
   * A problem without a severity, which makes it an error (as every problem was before the library
   * wrote severities).
   *
   * @param code the stable problem code
   * @param pointer the RFC 6901 pointer of the place
   * @param messageNl the text in Dutch
   * @param messageEn the text in English
   * @param rule the domain rule id, or null
   */
  public Problem(String code, String pointer, String messageNl, String messageEn, String rule) {
    this(code, pointer, messageNl, messageEn, rule, Severity.ERROR);
  }

  /** {@return whether this problem is an error (a warning leaves a plan valid)} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Reads one problem object as the C ABI writes it:
   * {@code {"code","pointer","message_nl","message_en","rule","severity"?}}.
   *
   * @param json one problem object
   * @return the problem
   * @throws JsonSyntaxException when the text is not JSON
   */
  public static Problem fromJson(String json) {
    try {
      return of(JsonText.parse(json));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PerspectiefException.create(ErrorCode.JSON_SYNTAX, "not a problem object: " + e.getMessage(), "", null);
    }
  }

  static Problem of(JsonText.Value v) {
    String rule = v.string("rule");
    return new Problem(v.string("code"), nonNull(v.string("pointer")), v.string("message_nl"),
        v.string("message_en"), rule == null || rule.isEmpty() ? null : rule, Severity.of(v.string("severity")));
  }

  static List<Problem> listOf(JsonText.Value array) {
    List<Problem> out = new ArrayList<>();
    if (array != null) {
      for (JsonText.Value e : array.elements()) out.add(of(e));
    }
    return Collections.unmodifiableList(out);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
