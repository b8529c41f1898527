package nl.perspectief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verblijf report ({@link Engine#verblijfReport(List, VerblijfReport.Options)}; docs/analysis.md):
 * jeugdigen in residential youth care per half-year by the other help they get, and the residential
 * trajectories that ended by duration and by JZ588 reason. Counts below {@link #minCount()} are
 * suppressed, and so are as many more of the same half-year as keep the total from giving them back:
 * a suppressed cell's {@link Cell#count()} is null. Immutable.
 */
public final class VerblijfReport {
  /** The report's tables by name, in the order the regions' overviews print them. */
  public static final List<String> TABLES = List.of("kind_of_help", "duration", "end_reason");

  /** What the report covers and how small a published number may be. Immutable; build with the methods. */
  public static final class Options {
    private final Long minCount;
    private final LocalDate from;
    private final LocalDate to;

    private Options(Long minCount, LocalDate from, LocalDate to) {
      this.minCount = minCount;
      this.from = from;
      this.to = to;
    }

    /** {@return the defaults: counts below 7 suppressed, the half-years the data spans} */
    public static Options defaults() {
      return new Options(null, null, null);
    }

    /**
     * @param minCount counts of 1 up to {@code minCount - 1} are suppressed (1: nothing is)
     * @return these options with that threshold
     */
    public Options minCount(long minCount) {
      return new Options(minCount, from, to);
    }

    /**
     * @param from the first half-year is the one containing this day
     * @return these options starting there
     */
    public Options from(LocalDate from) {
      return new Options(minCount, from, to);
    }

    /**
     * @param to the last half-year is the one containing this day
     * @return these options ending there
     */
    public Options to(LocalDate to) {
      return new Options(minCount, from, to);
    }

    String toJson() {
      StringBuilder json = new StringBuilder("{");
      if (minCount != null) json.append("\"min_count\":").append(minCount);
      if (from != null) json.append(json.length() > 1 ? "," : "").append("\"from\":\"").append(from).append('"');
      if (to != null) json.append(json.length() > 1 ? "," : "").append("\"to\":\"").append(to).append('"');
      return json.append('}').toString();
    }
  }

  /** A calendar half-year: {@code 2016-H1} is January to June. */
  public static final class Period {
    private final String id;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    Period(JsonText.Value v) {
      id = v.string("id");
      firstDay = LocalDate.parse(v.string("first_day"));
      lastDay = LocalDate.parse(v.string("last_day"));
    }

    /** {@return the half-year's id, e.g. {@code 2016-H1}} */
    public String id() {
      return id;
    }

    /** {@return its first day} */
    public LocalDate firstDay() {
      return firstDay;
    }

    /** {@return its last day} */
    public LocalDate lastDay() {
      return lastDay;
    }
  }

  /** A row of a table: a stable id ({@code met_jeugdbescherming}, the JZ588 code {@code 31}) and labels. */
  public static final class Row {
    private final String id;
    private final String nl;
    private final String en;

    Row(JsonText.Value v) {
      id = v.string("id");
      nl = v.string("nl");
      en = v.string("en");
    }

    /** {@return the row's id} */
    public String id() {
      return id;
    }

    /** {@return the label in Dutch, as the overviews print it} */
    public String nl() {
      return nl;
    }

    /** {@return the label in English} */
    public String en() {
      return en;
    }
  }

  /** One number of a table, or a half-year's total. */
  public static final class Cell {
    private final Long count;
    private final Double percentage;
    private final boolean suppressed;

    Cell(JsonText.Value v) {
      JsonText.Value c = v.get("count");
      count = c == null || c.value == null ? null : ((BigDecimal) c.value).longValueExact();
      JsonText.Value p = v.get("percentage");
      percentage = p == null || p.value == null ? null : ((BigDecimal) p.value).doubleValue();
      suppressed = Boolean.TRUE.equals(v.get("suppressed").value);
    }

    /** {@return the count, or null when suppressed} */
    public Long count() {
      return count;
    }

    /** {@return the share of the half-year's total in percent (one decimal), or null when suppressed or for a total} */
    public Double percentage() {
      return percentage;
    }

    /** {@return whether the number is withheld} */
    public boolean suppressed() {
      return suppressed;
    }
  }

  /** A table: rows by half-years, with each half-year's total. */
  public static final class Table {
    private final String unit;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Cell> totals = new LinkedHashMap<>();

    Table(JsonText.Value v) {
      unit = v.string("unit");
      for (JsonText.Value r : v.get("rows").elements()) rows.add(new Row(r));
      for (JsonText.Value c : v.get("cells").elements()) cells.put(c.string("row") + "\n" + c.string("period"), new Cell(c));
      for (JsonText.Value t : v.get("totals").elements()) totals.put(t.string("period"), new Cell(t));
    }

    /** {@return what one count is: {@code jeugdigen} or {@code trajecten}} */
    public String unit() {
      return unit;
    }

    /** {@return the rows, in order} */
    public List<Row> rows() {
      return Collections.unmodifiableList(rows);
    }

    /**
     * @param row a row's id
     * @param period a half-year's id
     * @return that cell
     * @throws NotFoundException when the table has no such cell
     */
    public Cell cell(String row, String period) {
      Cell cell = cells.get(row + "\n" + period);
      if (cell == null) throw PerspectiefException.create(ErrorCode.NOT_FOUND, "no cell " + row + " in " + period, "", null);
      return cell;
    }

    /**
     * @param period a half-year's id
     * @return the half-year's total
     * @throws NotFoundException for a half-year the report does not cover
     */
    public Cell total(String period) {
      Cell cell = totals.get(period);
      if (cell == null) throw PerspectiefException.create(ErrorCode.NOT_FOUND, "no half-year " + period, "", null);
      return cell;
    }
  }

  private final long minCount;
  private final long plans;
  private final List<Period> periods = new ArrayList<>();
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Cell undatedVerblijf;
  private final String json;

  VerblijfReport(String json) {
    JsonText.Value v = JsonText.parse(json);
    minCount = ((BigDecimal) v.get("min_count").value).longValueExact();
    plans = ((BigDecimal) v.get("plans").value).longValueExact();
    for (JsonText.Value p : v.get("periods").elements()) periods.add(new Period(p));
    for (String name : TABLES) tables.put(name, new Table(v.get("tables").get(name)));
    undatedVerblijf = new Cell(v.get("undated_verblijf"));
    this.json = json;
  }

  /** {@return counts of 1 up to {@code minCount - 1} are suppressed} */
  public long minCount() {
    return minCount;
  }

  /** {@return how many plans were counted} */
  public long plans() {
    return plans;
  }

  /** {@return the half-years, in order} */
  public List<Period> periods() {
    return Collections.unmodifiableList(periods);
  }

  /** {@return jeugdigen with a residential trajectory in the half-year, by the other help they had then} */
  public Table kindOfHelp() {
    return tables.get("kind_of_help");
  }

  /** {@return residential trajectories that ended in the half-year, by how long they ran} */
  public Table duration() {
    return tables.get("duration");
  }

  /** {@return the same trajectories by their JZ588 reason} */
  public Table endReason() {
    return tables.get("end_reason");
  }

  /** {@return jeugdigen whose plan names residential stay without a residential toewijzing (no dates)} */
  public Cell undatedVerblijf() {
    return undatedVerblijf;
  }

  /** {@return the report document {@code perspectief/verblijf-report@1} as canonical JSON} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
