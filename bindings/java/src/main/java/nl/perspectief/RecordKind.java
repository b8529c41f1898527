package nl.perspectief;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of flat records ({@link Engine#records(Plan, RecordKind)}), each with its columns in the
 * library's order and the type of each column (docs/python.md, "Records"; docs/analysis.md, "Record
 * values"). Every row of a kind has exactly these columns, null where unknown, so rows of many
 * plans make one table.
 *
 * <p>The columns and their types are the library's: read from {@code pp_record_columns} the first
 * time a kind's columns are needed, once per kind, so a column added to the core needs no change
 * here.
 */
public enum RecordKind {
  /** One row per result (the family part first, then each jeugdige's). */
  RESULTS("results"),
  /** One row per evaluated result. */
  EVALUATIONS("evaluations"),
  /** One row per history entry. */
  TRANSITIONS("transitions"),
  /** One row per jeugdige's part. */
  JEUGDIGEN("jeugdigen");

  /** The type of a column's values (each may also be null), from the library's type name. */
  public enum Column {
    /** text ({@code "string"}), never empty: {@link RecordRow#getString} */
    STRING("string"),
    /** a whole number ({@code "integer"}): {@link RecordRow#getLong} */
    LONG("integer"),
    /** true or false ({@code "boolean"}): {@link RecordRow#getBoolean} */
    BOOLEAN("boolean"),
    /** a moment, in UTC ({@code "timestamp"}): {@link RecordRow#getTimestamp} */
    TIMESTAMP("timestamp"),
    /** a calendar day ({@code "date"}): {@link RecordRow#getDate} */
    DATE("date"),
    /** codes, a JSON array of strings ({@code "list-of-string"}): {@link RecordRow#getList} */
    LIST("list-of-string");

    private final String libraryName;

    Column(String libraryName) {
      this.libraryName = libraryName;
    }

    /** {@return the library's name for the type, as {@code pp_record_columns} writes it} */
    public String libraryName() {
      return libraryName;
    }

    static Column of(String libraryName, String column) {
      for (Column c : values()) {
        if (c.libraryName.equals(libraryName)) return c;
      }
      throw PerspectiefException.create(ErrorCode.INTERNAL, "column '" + column + "' has type '" + libraryName
          + "', which this binding does not know", "", null);
    }
  }

  private final String label;
  /** The library's columns of this kind, in order; read on first use (a race reads them twice, harmlessly). */
  private volatile Map<String, Column> columns;

  RecordKind(String label) {
    this.label = label;
  }

  /** {@return the library's name for the kind, e.g. {@code "results"}} */
  public String label() {
    return label;
  }

  /** {@return the column names, in the library's order} */
  public List<String> columns() {
    return List.copyOf(typed().keySet());
  }

  /**
   * @param column a column name
   * @return its type, or null when the kind has no such column
   */
  public Column columnType(String column) {
    return column == null ? null : typed().get(column);
  }

  /**
   * @param label {@code "results"}, {@code "evaluations"}, {@code "transitions"} or {@code "jeugdigen"}
   * @return the kind
   * @throws InvalidArgumentException for any other name (the library's error)
   */
  public static RecordKind of(String label) {
    for (RecordKind k : values()) {
      if (k.label.equals(label)) return k;
    }
    read(label);  // the library's error for a kind it does not know
    throw PerspectiefException.create(ErrorCode.INTERNAL, "the library has a record kind '" + label
        + "' that this binding does not know", "", null);
  }

  private Map<String, Column> typed() {
    Map<String, Column> known = columns;
    if (known == null) {
      known = read(label);
      columns = known;
    }
    return known;
  }

  /** The kind's columns as pp_record_columns lists them: [{"name":..,"type":..},...]. */
  private static Map<String, Column> read(String label) {
    String json = Utf8.decode(PerspectiefNative.pp_record_columns(Utf8.text(label, "kind")));
    Map<String, Column> out = new LinkedHashMap<>();
    for (JsonText.Value column : JsonText.parse(json).elements()) {
      String name = column.string("name");
      out.put(name, Column.of(column.string("type"), name));
    }
    return Collections.unmodifiableMap(out);
  }
}
