package nl.perspectief;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of flat records ({@link Engine#records(Plan, RecordKind)}), each with its columns in the
 * library's order and the type of each column (docs/python.md, "Records"; src/analysis). Every row
 * of a kind has exactly these columns, null where unknown, so rows of many plans make one table.
 *
 * <p>The columns are written out here because the C ABI does not list them; a test compares them
 * with the library's rows, so a column added in the core fails the build until it is added here.
 */
public enum RecordKind {
  /** One row per result (the family part first, then each jeugdige's). */
  RESULTS("results", jeugdigeColumns(
      "result", Column.STRING, "leefgebied", Column.STRING, "framework", Column.STRING, "performer", Column.STRING,
      "status", Column.STRING, "latest_outcome", Column.STRING, "outcome_at", Column.TIMESTAMP)),
  /** One row per evaluated result. */
  EVALUATIONS("evaluations", columns(
      "plan", Column.STRING, "municipality", Column.STRING, "jeugdige", Column.STRING, "evaluation", Column.STRING,
      "at", Column.TIMESTAMP, "kind", Column.STRING, "result", Column.STRING, "outcome", Column.STRING)),
  /** One row per history entry. */
  TRANSITIONS("transitions", columns(
      "plan", Column.STRING, "municipality", Column.STRING, "seq", Column.LONG, "event", Column.STRING,
      "at", Column.TIMESTAMP, "actor_role", Column.STRING, "from_state", Column.STRING, "to_state", Column.STRING,
      "version", Column.LONG)),
  /** One row per jeugdige's part. */
  JEUGDIGEN("jeugdigen", jeugdigeColumns(
      "status", Column.STRING, "help", Column.STRING, "segment", Column.STRING, "kader", Column.STRING,
      "entry_route", Column.STRING, "aanbieder", Column.STRING, "youth_care_closed", Column.BOOLEAN,
      "results", Column.LONG, "evaluations", Column.LONG, "latest_evaluation_at", Column.TIMESTAMP));

  /** The type of a column's values (each may also be null). */
  public enum Column {
    /** text: {@link RecordRow#getString} */
    STRING,
    /** a whole number: {@link RecordRow#getLong} */
    LONG,
    /** true or false: {@link RecordRow#getBoolean} */
    BOOLEAN,
    /** an RFC 3339 moment: {@link RecordRow#getTimestamp} */
    TIMESTAMP,
    /** codes the library joins with {@code ","} ({@code ""} for none): {@link RecordRow#getList} */
    LIST
  }

  private final String label;
  private final Map<String, Column> columns;

  RecordKind(String label, Map<String, Column> columns) {
    this.label = label;
    this.columns = Collections.unmodifiableMap(columns);
  }

  /** {@return the library's name for the kind, e.g. {@code "results"}} */
  public String label() {
    return label;
  }

  /** {@return the column names, in the library's order} */
  public List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  /**
   * @param column a column name
   * @return its type, or null when the kind has no such column
   */
  public Column columnType(String column) {
    return columns.get(column);
  }

  /**
   * @param label {@code "results"}, {@code "evaluations"}, {@code "transitions"} or {@code "jeugdigen"}
   * @return the kind
   * @throws InvalidArgumentException for any other name (the library's message)
   */
  public static RecordKind of(String label) {
    for (RecordKind k : values()) {
      if (k.label.equals(label)) return k;
    }
    throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "unknown record kind '" + label
        + "': expected \"results\", \"evaluations\", \"transitions\" or \"jeugdigen\"", "", null);
  }

  // The plan's columns, then those describing a jeugdige (src/analysis/jeugdige_columns.hpp), then the kind's own.
  private static Map<String, Column> jeugdigeColumns(Object... own) {
    Object[] all = {
      "plan", Column.STRING, "municipality", Column.STRING, "jeugdige", Column.STRING, "age", Column.LONG,
      "toekomstperspectief", Column.STRING, "ondersteuningsprofiel", Column.STRING, "intensiteit", Column.LONG,
      "crisis", Column.BOOLEAN, "additions", Column.LIST, "verblijf", Column.BOOLEAN,
      "product_categories", Column.LIST};
    Object[] joined = Arrays.copyOf(all, all.length + own.length);
    System.arraycopy(own, 0, joined, all.length, own.length);
    return columns(joined);
  }

  private static Map<String, Column> columns(Object... namesAndTypes) {
    Map<String, Column> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) out.put((String) namesAndTypes[i], (Column) namesAndTypes[i + 1]);
    return out;
  }
}
