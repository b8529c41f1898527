using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Perspectief
{
    /// <summary>The type of a record column's values (each may also be null).</summary>
    public enum RecordColumn
    {
        /// <summary>Text: <see cref="RecordRow.GetString"/>.</summary>
        String,
        /// <summary>A whole number: <see cref="RecordRow.GetLong"/>.</summary>
        Long,
        /// <summary>True or false: <see cref="RecordRow.GetBoolean"/>.</summary>
        Boolean,
        /// <summary>An RFC 3339 moment: <see cref="RecordRow.GetTimestamp"/>.</summary>
        Timestamp,
        /// <summary>Codes the library joins with "," ("" for none): <see cref="RecordRow.GetList"/>.</summary>
        List,
    }

    /// <summary>
    /// The kinds of flat records (<see cref="Engine.Records(Plan, RecordKind)"/>), each with its columns in
    /// the library's order and the type of each (docs/python.md, "Records"; src/analysis). Every row
    /// of a kind has exactly these columns, null where unknown, so rows of many plans make one table.
    /// </summary>
    /// <remarks>
    /// The columns are written out here because the C ABI does not list them; a test compares them
    /// with the library's rows, so a column added in the core fails the tests until it is added here.
    /// </remarks>
    public sealed class RecordKind
    {
        private static readonly object[] JeugdigeColumns =
        {
            "plan", RecordColumn.String, "municipality", RecordColumn.String, "jeugdige", RecordColumn.String,
            "age", RecordColumn.Long, "toekomstperspectief", RecordColumn.String, "ondersteuningsprofiel", RecordColumn.String,
            "intensiteit", RecordColumn.Long, "crisis", RecordColumn.Boolean, "additions", RecordColumn.List,
            "verblijf", RecordColumn.Boolean, "product_categories", RecordColumn.List,
        };

        /// <summary>One row per result (the family part first, then each jeugdige's).</summary>
        public static readonly RecordKind Results = new RecordKind("results", JeugdigeColumns, new object[]
        {
            "result", RecordColumn.String, "leefgebied", RecordColumn.String, "framework", RecordColumn.String,
            "performer", RecordColumn.String, "status", RecordColumn.String, "latest_outcome", RecordColumn.String,
            "outcome_at", RecordColumn.Timestamp,
        });

        /// <summary>One row per evaluated result.</summary>
        public static readonly RecordKind Evaluations = new RecordKind("evaluations", new object[]
        {
            "plan", RecordColumn.String, "municipality", RecordColumn.String, "jeugdige", RecordColumn.String,
            "evaluation", RecordColumn.String, "at", RecordColumn.Timestamp, "kind", RecordColumn.String,
            "result", RecordColumn.String, "outcome", RecordColumn.String,
        });

        /// <summary>One row per history entry.</summary>
        public static readonly RecordKind Transitions = new RecordKind("transitions", new object[]
        {
            "plan", RecordColumn.String, "municipality", RecordColumn.String, "seq", RecordColumn.Long,
            "event", RecordColumn.String, "at", RecordColumn.Timestamp, "actor_role", RecordColumn.String,
            "from_state", RecordColumn.String, "to_state", RecordColumn.String, "version", RecordColumn.Long,
        });

        /// <summary>One row per jeugdige's part.</summary>
        public static readonly RecordKind Jeugdigen = new RecordKind("jeugdigen", JeugdigeColumns, new object[]
        {
            "status", RecordColumn.String, "help", RecordColumn.String, "segment", RecordColumn.String,
            "kader", RecordColumn.String, "entry_route", RecordColumn.String, "aanbieder", RecordColumn.String,
            "youth_care_closed", RecordColumn.Boolean, "results", RecordColumn.Long, "evaluations", RecordColumn.Long,
            "latest_evaluation_at", RecordColumn.Timestamp,
        });

        /// <summary>Every kind, in the library's order.</summary>
        public static readonly IReadOnlyList<RecordKind> All =
            new ReadOnlyCollection<RecordKind>(new[] { Results, Evaluations, Transitions, Jeugdigen });

        private readonly List<string> columns = new List<string>();
        private readonly Dictionary<string, RecordColumn> types = new Dictionary<string, RecordColumn>();

        private RecordKind(string label, params object[][] namesAndTypes)
        {
            Label = label;
            foreach (var part in namesAndTypes)
            {
                for (int i = 0; i < part.Length; i += 2)
                {
                    columns.Add((string)part[i]);
                    types[(string)part[i]] = (RecordColumn)part[i + 1];
                }
            }
            Columns = new ReadOnlyCollection<string>(columns);
        }

        /// <summary>The library's name for the kind, e.g. "results".</summary>
        public string Label { get; private set; }

        /// <summary>The column names, in the library's order.</summary>
        public IReadOnlyList<string> Columns { get; private set; }

        /// <summary>The type of a column, or null when the kind has no such column.</summary>
        public RecordColumn? ColumnType(string column)
        {
            RecordColumn type;
            return column != null && types.TryGetValue(column, out type) ? type : (RecordColumn?)null;
        }

        /// <summary>The kind by its name: "results", "evaluations", "transitions" or "jeugdigen".</summary>
        /// <exception cref="InvalidArgumentException">for any other name (the library's message)</exception>
        public static RecordKind Of(string label)
        {
            foreach (var k in All)
            {
                if (k.Label == label) return k;
            }
            throw PerspectiefException.Create(ErrorCode.InvalidArgument, "unknown record kind '" + label +
                "': expected \"results\", \"evaluations\", \"transitions\" or \"jeugdigen\"");
        }

        /// <summary>The label.</summary>
        public override string ToString() { return Label; }
    }

    /// <summary>
    /// One flat row of <see cref="Engine.Records(Plan, RecordKind)"/>: the columns of its <see cref="Kind"/>,
    /// read with typed getters that return null for a null cell (an unknown age, a family result's
    /// jeugdige).
    /// </summary>
    /// <remarks>
    /// A getter that does not match the column's type (<see cref="RecordKind.ColumnType"/>) throws
    /// <see cref="InvalidArgumentException"/>, as does a column the kind does not have: a typo fails
    /// where it is made instead of reading as null. <see cref="Get"/> returns any cell in its natural
    /// .NET type; <see cref="ToJson"/> is the row as the library wrote it. Immutable.
    /// <code>
    /// foreach (var row in plan.Records(RecordKind.Transitions))
    /// {
    ///     long? seq = row.GetLong("seq");
    ///     DateTimeOffset? at = row.GetTimestamp("at");
    ///     string ev = row.GetString("event");
    /// }
    /// </code>
    /// </remarks>
    public sealed class RecordRow
    {
        private readonly JsonText.Value row;

        private RecordRow(RecordKind kind, JsonText.Value row)
        {
            Kind = kind;
            this.row = row;
        }

        internal static IReadOnlyList<RecordRow> ListOf(RecordKind kind, string json)
        {
            var list = new List<RecordRow>();
            foreach (var e in JsonText.Parse(json).Elements) list.Add(new RecordRow(kind, e));
            return new ReadOnlyCollection<RecordRow>(list);
        }

        /// <summary>The kind of row.</summary>
        public RecordKind Kind { get; private set; }

        /// <summary>A <see cref="RecordColumn.String"/> column's text, or null.</summary>
        public string GetString(string column)
        {
            var v = Cell(column, RecordColumn.String);
            return v == null ? null : (string)v.Content;
        }

        /// <summary>A <see cref="RecordColumn.Long"/> column's number, or null.</summary>
        public long? GetLong(string column)
        {
            var v = Cell(column, RecordColumn.Long);
            return v == null ? (long?)null : long.Parse((string)v.Content, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        /// <summary>A <see cref="RecordColumn.Boolean"/> column's value, or null.</summary>
        public bool? GetBoolean(string column)
        {
            var v = Cell(column, RecordColumn.Boolean);
            return v == null ? (bool?)null : (bool)v.Content;
        }

        /// <summary>A <see cref="RecordColumn.Timestamp"/> column's moment, with the offset it was recorded with, or null.</summary>
        public DateTimeOffset? GetTimestamp(string column)
        {
            var v = Cell(column, RecordColumn.Timestamp);
            return v == null ? null : Moments.Timestamp((string)v.Content, column);
        }

        /// <summary>A <see cref="RecordColumn.List"/> column's codes in order (empty for none), or null.</summary>
        public IReadOnlyList<string> GetList(string column)
        {
            var v = Cell(column, RecordColumn.List);
            if (v == null) return null;
            var joined = (string)v.Content;
            return new ReadOnlyCollection<string>(joined.Length == 0 ? new string[0] : joined.Split(','));
        }

        /// <summary>Any cell in its natural type: string, long, bool, DateTimeOffset or IReadOnlyList&lt;string&gt;, or null.</summary>
        public object Get(string column)
        {
            switch (TypeOf(column))
            {
                case RecordColumn.Long: return GetLong(column);
                case RecordColumn.Boolean: return GetBoolean(column);
                case RecordColumn.Timestamp: return GetTimestamp(column);
                case RecordColumn.List: return GetList(column);
                default: return GetString(column);
            }
        }

        /// <summary>Whether the cell is null.</summary>
        public bool IsNull(string column)
        {
            TypeOf(column);
            var v = row.Get(column);
            return v == null || v.Kind == JsonText.Kind.Null;
        }

        /// <summary>The row as canonical JSON, as the library wrote it.</summary>
        public string ToJson() { return row.Raw; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return row.Raw; }

        private RecordColumn TypeOf(string column)
        {
            var type = Kind.ColumnType(column);
            if (type == null)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a " + Kind.Label + " record has no column '" + column +
                    "'; its columns: " + string.Join(", ", Kind.Columns));
            }
            return type.Value;
        }

        /// <summary>The cell, or null for a null cell; refuses a getter of the wrong type.</summary>
        private JsonText.Value Cell(string column, RecordColumn expected)
        {
            var type = TypeOf(column);
            if (type != expected)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, "column '" + column + "' of a " + Kind.Label +
                    " record is a " + type.ToString().ToLowerInvariant() + " column, not " + expected.ToString().ToLowerInvariant());
            }
            var v = row.Get(column);
            return v == null || v.Kind == JsonText.Kind.Null ? null : v;
        }
    }
}
