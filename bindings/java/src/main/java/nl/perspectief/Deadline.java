package nl.perspectief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An unmet obligation with its last day, counted in Dutch working days where the rules say so
 * ({@link Engine#deadlines(Plan, String)}; docs/workflow.md, "Deadlines"). Immutable.
 */
public final class Deadline {
  /** Where a deadline stands at the moment asked about. */
  public enum Status {
    /** The last day is later. */
    OPEN,
    /** The last day is today (at the offset of the moment asked about). */
    DUE,
    /** The last day has passed. */
    OVERDUE;

    static Status of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }

  private final String planId;
  private final String kind;
  private final String rule;
  private final String jeugdige;
  private final OffsetDateTime since;
  private final LocalDate due;
  private final Status status;
  private final String labelNl;
  private final String labelEn;
  private final String json;

  private Deadline(JsonText.Value v) {
    planId = v.string("plan");
    kind = v.string("kind");
    String r = v.string("rule");
    rule = r == null || r.isEmpty() ? null : r;
    jeugdige = v.string("jeugdige");
    since = Moments.timestamp(v.string("since"), "since");
    due = Moments.date(v.string("due"), "due");
    status = Status.of(v.string("status"));
    JsonText.Value label = v.get("label");
    labelNl = label == null ? null : label.string("nl");
    labelEn = label == null ? null : label.string("en");
    json = v.raw;
  }

  static List<Deadline> listOf(String json) {
    List<Deadline> out = new ArrayList<>();
    for (JsonText.Value e : JsonText.parse(json).elements()) out.add(new Deadline(e));
    return Collections.unmodifiableList(out);
  }

  /** {@return the plan's id for {@link Store#deadlinesDue}, which spans plans; null from {@link Engine#deadlines(Plan, String)}} */
  public String planId() {
    return planId;
  }

  /** {@return what is due, e.g. {@code crisis_startafspraken}, {@code evaluatie}, {@code overdracht_18}} */
  public String kind() {
    return kind;
  }

  /** {@return the rule id the obligation comes from, or null when no rule id names it} */
  public String rule() {
    return rule;
  }

  /** {@return the member id of the jeugdige it is about, or null} */
  public String jeugdige() {
    return jeugdige;
  }

  /** {@return the moment that started it (e.g. the crisis start), or null} */
  public OffsetDateTime since() {
    return since;
  }

  /** {@return the last day (inclusive)} */
  public LocalDate due() {
    return due;
  }

  /** {@return open, due today, or overdue} */
  public Status status() {
    return status;
  }

  /** {@return what to do, in Dutch} */
  public String labelNl() {
    return labelNl;
  }

  /** {@return what to do, in English} */
  public String labelEn() {
    return labelEn;
  }

  /** {@return the deadline as canonical JSON, as the library wrote it} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
