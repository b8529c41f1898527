using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Perspectief
{
    /// <summary>The type of a record column's values (each may also be null), from the library's type name.</summary>
    public enum RecordColumn
    {
        /// <summary>Text, never empty ("string"): <see cref="RecordRow.GetString"/>.</summary>
        String,
        /// <summary>A whole number ("integer"): <see cref="RecordRow.GetLong"/>.</summary>
        Long,
        /// <summary>True or false ("boolean"): <see cref="RecordRow.GetBoolean"/>.</summary>
        Boolean,
        /// <summary>A moment, in UTC ("timestamp"): <see cref="RecordRow.GetTimestamp"/>.</summary>
        Timestamp,
        /// <summary>A calendar day ("date"): <see cref="RecordRow.GetDate"/>.</summary>
        Date,
        /// <summary>Codes, a JSON array of strings ("list-of-string"): <see cref="RecordRow.GetList"/>.</summary>
        List,
    }

    /// <summary>
    /// The kinds of flat records (<see cref="Engine.Records(Plan, RecordKind)"/>), each with its columns in
    /// the library's order and the type of each (docs/python.md, "Records"; docs/analysis.md, "Record
    /// values"). Every row of a kind has exactly these columns, null where unknown, so rows of many
    /// plans make one table.
    /// </summary>
    /// <remarks>
    /// The columns and their types are the library's: read from <c>pp_record_columns</c> the first
    /// time a kind's columns are needed, once per kind, so a column added to the core needs no change
    /// here.
    /// </remarks>
    public sealed class RecordKind
    {
        /// <summary>One row per result (the family part first, then each jeugdige's).</summary>
        public static readonly RecordKind Results = new RecordKind("results");

        /// <summary>One row per evaluated result.</summary>
        public static readonly RecordKind Evaluations = new RecordKind("evaluations");

        /// <summary>One row per history entry.</summary>
        public static readonly RecordKind Transitions = new RecordKind("transitions");

        /// <summary>One row per jeugdige's part.</summary>
        public static readonly RecordKind Jeugdigen = new RecordKind("jeugdigen");

        /// <summary>Every kind, in the library's order.</summary>
        public static readonly IReadOnlyList<RecordKind> All =
            new ReadOnlyCollection<RecordKind>(new[] { Results, Evaluations, Transitions, Jeugdigen });

        // The library's type names, as pp_record_columns writes them.
        private static readonly Dictionary<string, RecordColumn> LibraryTypes = new Dictionary<string, RecordColumn>
        {
            { "string", RecordColumn.String }, { "integer", RecordColumn.Long }, { "boolean", RecordColumn.Boolean },
            { "timestamp", RecordColumn.Timestamp }, { "date", RecordColumn.Date }, { "list-of-string", RecordColumn.List },
        };

        // The columns, read on first use; a race reads them twice, harmlessly.
        private readonly Lazy<Table> table;

        private sealed class Table
        {
            internal readonly List<string> Names = new List<string>();
            internal readonly Dictionary<string, RecordColumn> Types = new Dictionary<string, RecordColumn>();
            internal IReadOnlyList<string> ReadOnlyNames;
        }

        private RecordKind(string label)
        {
            Label = label;
            table = new Lazy<Table>(() => Read(label), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        /// <summary>The library's name for the kind, e.g. "results".</summary>
        public string Label { get; private set; }

        /// <summary>The column names, in the library's order.</summary>
        public IReadOnlyList<string> Columns
        {
            get { return table.Value.ReadOnlyNames; }
        }

        /// <summary>The type of a column, or null when the kind has no such column.</summary>
        public RecordColumn? ColumnType(string column)
        {
            RecordColumn type;
            return column != null && table.Value.Types.TryGetValue(column, out type) ? type : (RecordColumn?)null;
        }

        /// <summary>The kind by its name: "results", "evaluations", "transitions" or "jeugdigen".</summary>
        /// <exception cref="InvalidArgumentException">for any other name (the library's error)</exception>
        public static RecordKind Of(string label)
        {
            foreach (var k in All)
            {
                if (k.Label == label) return k;
            }
            Read(label);  // the library's error for a kind it does not know
            throw PerspectiefException.Create(ErrorCode.Internal, "the library has a record kind '" + label +
                "' that this binding does not know");
        }

        /// <summary>The label.</summary>
        public override string ToString() { return Label; }

        // The kind's columns as pp_record_columns lists them: [{"name":..,"type":..},...].
        private static Table Read(string label)
        {
            var read = new Table();
            foreach (var column in JsonText.Parse(PerspectiefNative.pp_record_columns(Utf8.Text(label, "kind"))).Elements)
            {
                string name = column.String("name"), typeName = column.String("type");
                RecordColumn type;
                if (!LibraryTypes.TryGetValue(typeName, out type))
                {
                    throw PerspectiefException.Create(ErrorCode.Internal, "column '" + name + "' has type '" + typeName +
                        "', which this binding does not know");
                }
                read.Names.Add(name);
                read.Types[name] = type;
            }
            read.ReadOnlyNames = new ReadOnlyCollection<string>(read.Names);
            return read;
        }
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

        /// <summary>A <see cref="RecordColumn.Timestamp"/> column's moment, at offset zero (the library writes record moments in UTC), or null.</summary>
        public DateTimeOffset? GetTimestamp(string column)
        {
            var v = Cell(column, RecordColumn.Timestamp);
            return v == null ? null : Moments.Timestamp((string)v.Content, column);
        }

        /// <summary>A <see cref="RecordColumn.Date"/> column's day (a DateTime at midnight, kind Unspecified), or null.</summary>
        public DateTime? GetDate(string column)
        {
            var v = Cell(column, RecordColumn.Date);
            return v == null ? null : Moments.Date((string)v.Content, column);
        }

        /// <summary>A <see cref="RecordColumn.List"/> column's codes in order (empty for none), or null.</summary>
        public IReadOnlyList<string> GetList(string column)
        {
            var v = Cell(column, RecordColumn.List);
            if (v == null) return null;
            var codes = new List<string>();
            foreach (var code in v.Elements) codes.Add((string)code.Content);
            return new ReadOnlyCollection<string>(codes);
        }

        /// <summary>Any cell in its natural type: string, long, bool, DateTimeOffset, DateTime or IReadOnlyList&lt;string&gt;, or null.</summary>
        public object Get(string column)
        {
            switch (TypeOf(column))
            {
                case RecordColumn.Long: return GetLong(column);
                case RecordColumn.Boolean: return GetBoolean(column);
                case RecordColumn.Timestamp: return GetTimestamp(column);
                case RecordColumn.Date: return GetDate(column);
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
