using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Perspectief
{
    /// <summary>
    /// The verblijf report (<see cref="Engine.VerblijfReport"/>; docs/analysis.md): jeugdigen in residential
    /// youth care per half-year by the other help they get, and the residential trajectories that ended by
    /// duration and by JZ588 reason. Counts below <see cref="MinCount"/> are suppressed, and so are as many
    /// more of the same half-year as keep the total from giving them back: a suppressed cell's
    /// <see cref="Cell.Count"/> is null. Immutable.
    /// </summary>
    public sealed class VerblijfReport
    {
        /// <summary>The report's tables by name, in the order the regions' overviews print them.</summary>
        public static readonly IReadOnlyList<string> Tables = new ReadOnlyCollection<string>(
            new[] { "kind_of_help", "duration", "end_reason" });

        /// <summary>What the report covers and how small a published number may be. Immutable.</summary>
        public sealed class Options
        {
            private Options(long? minCount, DateTime? from, DateTime? to)
            {
                MinCount = minCount;
                From = from;
                To = to;
            }

            /// <summary>The defaults: counts below 7 suppressed, the half-years the data spans.</summary>
            public static Options Defaults { get { return new Options(null, null, null); } }

            /// <summary>Counts of 1 up to <c>MinCount - 1</c> are suppressed (1: nothing is); null: 7.</summary>
            public long? MinCount { get; private set; }
            /// <summary>The first half-year is the one containing this day (its date part); null: from the data.</summary>
            public DateTime? From { get; private set; }
            /// <summary>The last half-year is the one containing this day (its date part); null: from the data.</summary>
            public DateTime? To { get; private set; }

            /// <summary>These options with another threshold.</summary>
            public Options WithMinCount(long minCount) { return new Options(minCount, From, To); }
            /// <summary>These options starting at the half-year containing <paramref name="from"/>.</summary>
            public Options WithFrom(DateTime from) { return new Options(MinCount, from, To); }
            /// <summary>These options ending at the half-year containing <paramref name="to"/>.</summary>
            public Options WithTo(DateTime to) { return new Options(MinCount, From, to); }

            internal string ToJson()
            {
                var members = new List<string>();
                if (MinCount.HasValue) members.Add("\"min_count\":" + MinCount.Value.ToString(CultureInfo.InvariantCulture));
                if (From.HasValue) members.Add("\"from\":\"" + From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"");
                if (To.HasValue) members.Add("\"to\":\"" + To.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"");
                return "{" + string.Join(",", members) + "}";
            }
        }

        /// <summary>A calendar half-year: 2016-H1 is January to June.</summary>
        public sealed class Period
        {
            internal Period(JsonText.Value v)
            {
                Id = v.String("id");
                FirstDay = DateTime.ParseExact(v.String("first_day"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                LastDay = DateTime.ParseExact(v.String("last_day"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            /// <summary>The half-year's id, e.g. 2016-H1.</summary>
            public string Id { get; private set; }
            /// <summary>Its first day.</summary>
            public DateTime FirstDay { get; private set; }
            /// <summary>Its last day.</summary>
            public DateTime LastDay { get; private set; }
        }

        /// <summary>A row of a table: a stable id (met_jeugdbescherming, the JZ588 code 31) and labels.</summary>
        public sealed class Row
        {
            internal Row(JsonText.Value v)
            {
                Id = v.String("id");
                Nl = v.String("nl");
                En = v.String("en");
            }

            /// <summary>The row's id.</summary>
            public string Id { get; private set; }
            /// <summary>The label in Dutch, as the overviews print it.</summary>
            public string Nl { get; private set; }
            /// <summary>The label in English.</summary>
            public string En { get; private set; }
        }

        /// <summary>One number of a table, or a half-year's total.</summary>
        public sealed class Cell
        {
            internal Cell(JsonText.Value v)
            {
                var count = v.Get("count");
                Count = count == null || count.Kind == JsonText.Kind.Null
                    ? (long?)null : long.Parse(count.Raw, CultureInfo.InvariantCulture);
                var percentage = v.Get("percentage");
                Percentage = percentage == null || percentage.Kind == JsonText.Kind.Null
                    ? (double?)null : double.Parse(percentage.Raw, NumberStyles.Float, CultureInfo.InvariantCulture);
                Suppressed = (bool)v.Get("suppressed").Content;
            }

            /// <summary>The count, or null when suppressed.</summary>
            public long? Count { get; private set; }
            /// <summary>The share of the half-year's total in percent (one decimal); null when suppressed or for a total.</summary>
            public double? Percentage { get; private set; }
            /// <summary>Whether the number is withheld.</summary>
            public bool Suppressed { get; private set; }
        }

        /// <summary>A table: rows by half-years, with each half-year's total.</summary>
        public sealed class Table
        {
            private readonly Dictionary<string, Cell> cells = new Dictionary<string, Cell>();
            private readonly Dictionary<string, Cell> totals = new Dictionary<string, Cell>();

            internal Table(JsonText.Value v)
            {
                Unit = v.String("unit");
                var rows = new List<Row>();
                foreach (var r in v.Get("rows").Elements) rows.Add(new Row(r));
                Rows = new ReadOnlyCollection<Row>(rows);
                foreach (var c in v.Get("cells").Elements) cells[c.String("row") + "\n" + c.String("period")] = new Cell(c);
                foreach (var t in v.Get("totals").Elements) totals[t.String("period")] = new Cell(t);
            }

            /// <summary>What one count is: jeugdigen or trajecten.</summary>
            public string Unit { get; private set; }
            /// <summary>The rows, in order.</summary>
            public IReadOnlyList<Row> Rows { get; private set; }

            /// <summary>The cell of a row (its id) in a half-year (its id).</summary>
            /// <exception cref="NotFoundException">the table has no such cell</exception>
            public Cell this[string row, string period]
            {
                get
                {
                    Cell cell;
                    if (!cells.TryGetValue(row + "\n" + period, out cell))
                        throw PerspectiefException.Create(ErrorCode.NotFound, "no cell " + row + " in " + period);
                    return cell;
                }
            }

            /// <summary>The half-year's total.</summary>
            /// <exception cref="NotFoundException">a half-year the report does not cover</exception>
            public Cell Total(string period)
            {
                Cell cell;
                if (!totals.TryGetValue(period, out cell))
                    throw PerspectiefException.Create(ErrorCode.NotFound, "no half-year " + period);
                return cell;
            }
        }

        private readonly string json;

        internal VerblijfReport(string json)
        {
            var v = JsonText.Parse(json);
            MinCount = long.Parse(v.Get("min_count").Raw, CultureInfo.InvariantCulture);
            Plans = long.Parse(v.Get("plans").Raw, CultureInfo.InvariantCulture);
            var periods = new List<Period>();
            foreach (var p in v.Get("periods").Elements) periods.Add(new Period(p));
            Periods = new ReadOnlyCollection<Period>(periods);
            var tables = v.Get("tables");
            KindOfHelp = new Table(tables.Get("kind_of_help"));
            Duration = new Table(tables.Get("duration"));
            EndReason = new Table(tables.Get("end_reason"));
            UndatedVerblijf = new Cell(v.Get("undated_verblijf"));
            this.json = json;
        }

        /// <summary>Counts of 1 up to <c>MinCount - 1</c> are suppressed.</summary>
        public long MinCount { get; private set; }
        /// <summary>How many plans were counted.</summary>
        public long Plans { get; private set; }
        /// <summary>The half-years, in order.</summary>
        public IReadOnlyList<Period> Periods { get; private set; }
        /// <summary>Jeugdigen with a residential trajectory in the half-year, by the other help they had then.</summary>
        public Table KindOfHelp { get; private set; }
        /// <summary>Residential trajectories that ended in the half-year, by how long they ran.</summary>
        public Table Duration { get; private set; }
        /// <summary>The same trajectories by their JZ588 reason.</summary>
        public Table EndReason { get; private set; }
        /// <summary>Jeugdigen whose plan names residential stay without a residential toewijzing (no dates).</summary>
        public Cell UndatedVerblijf { get; private set; }

        /// <summary>The report document perspectief/verblijf-report@1 as canonical JSON.</summary>
        public string ToJson() { return json; }

        /// <summary>The report as canonical JSON.</summary>
        public override string ToString() { return json; }
    }
}
