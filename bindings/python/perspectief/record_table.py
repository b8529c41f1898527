"""Records as a typed table: the columns' types, and the rows of one kind with
``to_pandas()`` and ``to_arrow()`` (docs/python.md, "Records").

The core declares each record kind's columns with a type (``pp_record_columns``)
and writes every value in that type's one form (docs/analysis.md, "Record
values"): a timestamp in UTC (``"2026-03-24T13:00:00Z"``), a date as
``"YYYY-MM-DD"``, a list as a list of strings, and a missing value as ``None``,
never ``""``. The rows stay the plain dicts the core wrote, the same document as
in every language; the two conversions below give each column its typed form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, cast

from . import _core
from ._optional import optional_module

#: The type of a record column's values; any value may also be missing (``None``).
ColumnType = Literal["string", "integer", "boolean", "timestamp", "date", "list-of-string"]

# The form the core writes a timestamp in (record_values.hpp): always UTC, whole seconds.
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True, slots=True)
class RecordColumn:
    """A record column: its ``name`` and the ``type`` of its values."""

    name: str
    type: ColumnType


def record_schema(kind: str) -> tuple[RecordColumn, ...]:
    """The columns of a record kind, in order, each with its type, as the core
    declares them (``pp_record_columns``). InvalidArgumentError for an unknown kind."""
    return tuple(RecordColumn(name, cast(ColumnType, type_)) for name, type_ in _core.record_schema(kind))


class Records(list[dict[str, Any]]):
    """The rows of one record kind: a list of dicts (each with exactly the kind's
    columns, in order) that also knows its :attr:`schema`, so that it becomes a
    typed table even when it is empty.

    It stays a ``list``: indexing, iterating, ``==`` with a list and
    ``pandas.DataFrame(rows)`` work as before. Slicing or adding gives a plain list.
    """

    __slots__ = ("kind",)

    def __init__(self, kind: str, rows: Iterable[dict[str, Any]] = ()) -> None:
        record_schema(kind)  # an unknown kind fails here, not at to_pandas()
        super().__init__(rows)
        #: The record kind: ``"results"``, ``"evaluations"``, ``"transitions"`` or ``"jeugdigen"``.
        self.kind: str = kind

    @property
    def schema(self) -> tuple[RecordColumn, ...]:
        """The kind's columns with their types (:func:`perspectief.record_schema`)."""
        return record_schema(self.kind)

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` with a column per record column, in order, each
        of its type's dtype; every missing value is ``pd.NA`` (``NaT`` in a time
        column):

        ========================  ==========================================
        ``string``                ``string``
        ``integer``               ``Int64`` (nullable)
        ``boolean``               ``boolean`` (nullable)
        ``timestamp``             ``datetime64[ns, UTC]``
        ``date``                  ``datetime64[ns]`` (midnight)
        ``list-of-string``        ``object``: a Python list of str per cell
        ========================  ==========================================

        Needs pandas (``pip install pandas``); pyarrow is not needed."""
        pd = optional_module("pandas", "to_pandas()", "pandas")
        columns = {column.name: _pandas_column(pd, column.type, self._values(column.name)) for column in self.schema}
        return pd.DataFrame(columns, columns=list(columns), index=pd.RangeIndex(len(self)))

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` whose schema follows the column types: ``string``,
        ``int64``, ``bool``, ``timestamp[us, tz=UTC]``, ``date32`` and
        ``list<string>``, every column nullable. The columns are written by C++
        (nanoarrow) and handed to pyarrow through the Arrow PyCapsule interface,
        without a Python object per value. A value not of its column's type or
        form (a timestamp not ``"YYYY-MM-DDTHH:MM:SSZ"``) is
        :class:`~perspectief.InvalidArgumentError` naming its row and column.
        Needs pyarrow (``pip install pyarrow``, or ``perspectief[arrow]``)."""
        pa = optional_module("pyarrow", "to_arrow()", "arrow")
        columns = [(column.name, column.type) for column in self.schema]
        return pa.Table.from_batches([pa.record_batch(_core.arrow_records(columns, self))])

    def _values(self, column: str) -> list[Any]:
        return [row[column] for row in self]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Records, (self.kind, list(self)))

    def __repr__(self) -> str:
        return f"Records({self.kind!r}, {list.__repr__(self)})"


def _pandas_column(pd: Any, type_: str, values: list[Any]) -> Any:
    """One column's values as a pandas array of the type's dtype."""
    if type_ == "string":
        return pd.array(values, dtype="string")
    if type_ == "integer":
        return pd.array(values, dtype="Int64")
    if type_ == "boolean":
        return pd.array(values, dtype="boolean")
    if type_ == "timestamp":
        # The explicit format refuses anything but the core's one form instead of guessing.
        moments = pd.to_datetime(pd.Series(values, dtype=object), format=_TIMESTAMP_FORMAT, utc=True)
        return moments.astype("datetime64[ns, UTC]").array
    if type_ == "date":
        days = pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d")
        return days.astype("datetime64[ns]").array
    if type_ == "list-of-string":
        # A cell at a time: a list of lists handed over whole could become a 2-D array.
        numpy = optional_module("numpy", "to_pandas()", "pandas")  # installed with pandas
        cells = numpy.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            cells[i] = pd.NA if value is None else list(value)
        return pd.array(cells, dtype=object)
    raise TypeError(f"unknown record column type {type_!r}")


__all__ = ["ColumnType", "RecordColumn", "Records", "record_schema"]
