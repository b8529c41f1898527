package nl.perspectief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One flat row of {@link Engine#records(Plan, RecordKind)}: the columns of its {@link #kind()}, read with
 * typed getters. Each getter returns null for a null cell (an unknown age, a family result's
 * jeugdige), so boxed types are returned where a column can be null.
 *
 * <p>A getter that does not match the column's type ({@link RecordKind#columnType}) throws
 * {@link InvalidArgumentException}, as does a column the kind does not have: a typo fails where
 * it is made instead of reading as null. {@link #get(String)} returns any cell in its natural Java
 * type; {@link #toJson()} is the row as the library wrote it. Immutable.
 *
 * <pre>{@code
 * for (RecordRow row : engine.records(plan, RecordKind.TRANSITIONS)) {
 *   long seq = row.getLong("seq");
 *   OffsetDateTime at = row.getTimestamp("at");
 *   String event = row.getString("event");
 * }
 * }</pre>
 */
public final class RecordRow {
  private final RecordKind kind;
  private final JsonText.Value row;

  private RecordRow(RecordKind kind, JsonText.Value row) {
    this.kind = kind;
    this.row = row;
  }

  static List<RecordRow> listOf(RecordKind kind, String json) {
    List<RecordRow> out = new ArrayList<>();
    for (JsonText.Value e : JsonText.parse(json).elements()) out.add(new RecordRow(kind, e));
    return Collections.unmodifiableList(out);
  }

  /** {@return the kind of row} */
  public RecordKind kind() {
    return kind;
  }

  /**
   * @param column a {@link RecordKind.Column#STRING} column
   * @return its text, or null
   */
  public String getString(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.STRING);
    return v == null ? null : (String) v.value;
  }

  /**
   * @param column a {@link RecordKind.Column#LONG} column
   * @return its number, or null
   */
  public Long getLong(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.LONG);
    return v == null ? null : ((java.math.BigDecimal) v.value).longValueExact();
  }

  /**
   * @param column a {@link RecordKind.Column#BOOLEAN} column
   * @return its value, or null
   */
  public Boolean getBoolean(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.BOOLEAN);
    return v == null ? null : (Boolean) v.value;
  }

  /**
   * @param column a {@link RecordKind.Column#TIMESTAMP} column
   * @return the moment, at offset UTC (the library writes record moments in UTC), or null
   */
  public OffsetDateTime getTimestamp(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.TIMESTAMP);
    return v == null ? null : Moments.timestamp((String) v.value, column);
  }

  /**
   * @param column a {@link RecordKind.Column#DATE} column
   * @return the calendar day, or null
   */
  public LocalDate getDate(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.DATE);
    return v == null ? null : Moments.date((String) v.value, column);
  }

  /**
   * @param column a {@link RecordKind.Column#LIST} column
   * @return the codes in order (empty for none), or null
   */
  public List<String> getList(String column) {
    JsonText.Value v = cell(column, RecordKind.Column.LIST);
    if (v == null) return null;
    List<String> codes = new ArrayList<>();
    for (JsonText.Value code : v.elements()) codes.add((String) code.value);
    return Collections.unmodifiableList(codes);
  }

  /**
   * @param column any column of the kind
   * @return the cell in its natural type: String, Long, Boolean, OffsetDateTime, LocalDate or
   *     List&lt;String&gt;, or null
   */
  public Object get(String column) {
    switch (type(column)) {
      case LONG: return getLong(column);
      case BOOLEAN: return getBoolean(column);
      case TIMESTAMP: return getTimestamp(column);
      case DATE: return getDate(column);
      case LIST: return getList(column);
      default: return getString(column);
    }
  }

  /**
   * @param column any column of the kind
   * @return whether the cell is null
   */
  public boolean isNull(String column) {
    type(column);
    JsonText.Value v = row.get(column);
    return v == null || v.kind == JsonText.Value.Kind.NULL;
  }

  /** {@return the row as canonical JSON, as the library wrote it} */
  public String toJson() {
    return row.raw;
  }

  @Override
  public String toString() {
    return row.raw;
  }

  private RecordKind.Column type(String column) {
    RecordKind.Column type = kind.columnType(column);
    if (type == null) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          "a " + kind.label() + " record has no column '" + column + "'; its columns: " + kind.columns(), "", null);
    }
    return type;
  }

  /** The cell, or null for a null cell; refuses a getter of the wrong type. */
  private JsonText.Value cell(String column, RecordKind.Column expected) {
    RecordKind.Column type = type(column);
    if (type != expected) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "column '" + column + "' of a " + kind.label()
          + " record is a " + type.name().toLowerCase(java.util.Locale.ROOT) + " column, not "
          + expected.name().toLowerCase(java.util.Locale.ROOT), "", null);
    }
    JsonText.Value v = row.get(column);
    return v == null || v.kind == JsonText.Value.Kind.NULL ? null : v;
  }
}
