"""The verblijf report: jeugdigen in residential youth care per half-year, by
the other help they get, and the residential trajectories that ended, by how
long they ran and why (docs/analysis.md).

:meth:`Engine.verblijf_report <perspectief.Engine.verblijf_report>` makes one;
this module holds its typed form. Every number below the report's
``min_count`` is suppressed, and so are as many more of the same half-year as
it takes for the total not to give it back: a suppressed cell's ``count`` is
``None``. The report keeps the document the core returned
(:attr:`VerblijfReport.document`), the same in every language.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._optional import optional_module

#: The report's tables, in the order the regions' overviews print them.
TABLES = ("kind_of_help", "duration", "end_reason")


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """A calendar half-year: ``id`` is ``"2016-H1"`` (January to June) or ``"2016-H2"``."""

    id: str
    first_day: datetime.date
    last_day: datetime.date


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A row of a table: a stable ``id`` (``"met_jeugdbescherming"``, the JZ588 code ``"31"``) and its labels."""

    id: str
    nl: str
    en: str


@dataclass(frozen=True, slots=True)
class ReportCell:
    """One number: ``count`` and ``percentage`` (of the half-year's total, one
    decimal) are ``None`` when suppressed. ``row`` is ``None`` for a total."""

    row: str | None
    period: str
    count: int | None
    percentage: float | None
    suppressed: bool


@dataclass(frozen=True, slots=True)
class ReportTable:
    """Rows x half-years, with each half-year's total; the rows exclude each other."""

    name: str
    unit: str
    rows: tuple[ReportRow, ...]
    cells: tuple[ReportCell, ...]
    totals: tuple[ReportCell, ...]

    def cell(self, row: str, period: str) -> ReportCell:
        """The cell of ``row`` (its id) in ``period`` (its id); KeyError when there is none."""
        for cell in self.cells:
            if cell.row == row and cell.period == period:
                return cell
        raise KeyError((row, period))

    def total(self, period: str) -> ReportCell:
        for cell in self.totals:
            if cell.period == period:
                return cell
        raise KeyError(period)

    def to_pandas(self, value: str = "count", language: str = "nl") -> Any:
        """The table as the overviews print it: a row per kind (labelled in
        ``language``, ``"nl"`` or ``"en"``), a column per half-year, and a last
        row with the totals. ``value`` is ``"count"`` (a nullable ``Int64``
        column: suppressed cells are ``<NA>``) or ``"percentage"``. Needs pandas."""
        pd = _pandas()
        if value not in ("count", "percentage"):
            raise ValueError(f"value must be 'count' or 'percentage', not {value!r}")
        if language not in ("nl", "en"):
            raise ValueError(f"language must be 'nl' or 'en', not {language!r}")
        periods = list(dict.fromkeys(cell.period for cell in self.totals))
        labels = [getattr(row, language) for row in self.rows]
        data: dict[str, list[Any]] = {}
        for period in periods:
            column = [getattr(self.cell(row.id, period), value) for row in self.rows]
            column.append(getattr(self.total(period), value))
            data[period] = column
        dtype = "Int64" if value == "count" else "Float64"
        index = pd.Index(labels + ["Totaal" if language == "nl" else "Total"], name=self.name)
        return pd.DataFrame(data, index=index, columns=periods).astype(dtype)


class VerblijfReport:
    """The verblijf report (docs/analysis.md): three tables and the facts they rest on."""

    __slots__ = ("document", "min_count", "plans", "periods", "tables", "undated_verblijf")

    def __init__(self, document: Mapping[str, Any]) -> None:
        #: The report document ``perspectief/verblijf-report@1`` as the core returned it.
        self.document: dict[str, Any] = dict(document)
        #: Counts of 1 up to ``min_count - 1`` are suppressed.
        self.min_count: int = document["min_count"]
        #: How many plans were counted.
        self.plans: int = document["plans"]
        self.periods: tuple[ReportPeriod, ...] = tuple(
            ReportPeriod(
                p["id"], datetime.date.fromisoformat(p["first_day"]), datetime.date.fromisoformat(p["last_day"])
            )
            for p in document["periods"]
        )
        self.tables: dict[str, ReportTable] = {
            name: _table(name, document["tables"][name]) for name in TABLES
        }
        undated = document["undated_verblijf"]
        #: Jeugdigen whose plan names residential stay without a residential toewijzing: no dates, not in the tables.
        self.undated_verblijf: ReportCell = ReportCell(None, "", undated["count"], None, undated["suppressed"])

    @property
    def kind_of_help(self) -> ReportTable:
        """Jeugdigen with a residential trajectory in the half-year, by the other help they had then."""
        return self.tables["kind_of_help"]

    @property
    def duration(self) -> ReportTable:
        """Residential trajectories that ended in the half-year, by how long they ran."""
        return self.tables["duration"]

    @property
    def end_reason(self) -> ReportTable:
        """The same trajectories by their JZ588 reden beeindiging."""
        return self.tables["end_reason"]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.document)

    def to_pandas(self) -> Any:
        """Every cell and total of every table as one tidy DataFrame: a row per
        number, with columns table, row, label_nl, label_en, period, count
        (nullable ``Int64``), percentage and suppressed. Totals have row
        ``"totaal"``. Needs pandas."""
        pd = _pandas()
        records: list[dict[str, Any]] = []
        for table in self.tables.values():
            labels = {row.id: row for row in table.rows}
            for cell in table.cells:
                label = labels[cell.row or ""]
                records.append(_record(table.name, cell.row or "", label.nl, label.en, cell))
            for total in table.totals:
                records.append(_record(table.name, "totaal", "Totaal", "Total", total))
        columns = ["table", "row", "label_nl", "label_en", "period", "count", "percentage", "suppressed"]
        frame = pd.DataFrame.from_records(records, columns=columns)
        return frame.astype({"count": "Int64", "percentage": "Float64", "suppressed": "bool"})

    def __repr__(self) -> str:
        span = f"{self.periods[0].id}..{self.periods[-1].id}" if self.periods else "no half-years"
        return f"<VerblijfReport {self.plans} plans, {span}, min_count {self.min_count}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VerblijfReport) and other.document == self.document

    __hash__ = None  # type: ignore[assignment]


def _pandas() -> Any:
    """pandas, imported when a DataFrame is asked for: it is optional for the package."""
    return optional_module("pandas", "to_pandas()", "pandas")


def _table(name: str, document: Mapping[str, Any]) -> ReportTable:
    return ReportTable(
        name=name,
        unit=document["unit"],
        rows=tuple(ReportRow(r["id"], r["nl"], r["en"]) for r in document["rows"]),
        cells=tuple(
            ReportCell(c["row"], c["period"], c["count"], c["percentage"], c["suppressed"]) for c in document["cells"]
        ),
        totals=tuple(
            ReportCell(None, t["period"], t["count"], 100.0 if t["count"] else None, t["suppressed"])
            for t in document["totals"]
        ),
    )


def _record(table: str, row: str, nl: str, en: str, cell: ReportCell) -> dict[str, Any]:
    return {
        "table": table,
        "row": row,
        "label_nl": nl,
        "label_en": en,
        "period": cell.period,
        "count": cell.count,
        "percentage": cell.percentage,
        "suppressed": cell.suppressed,
    }


__all__ = ["ReportCell", "ReportPeriod", "ReportRow", "ReportTable", "TABLES", "VerblijfReport"]
