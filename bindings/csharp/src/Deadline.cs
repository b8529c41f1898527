using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>Where a <see cref="Deadline"/> stands at the moment asked about.</summary>
    public enum DeadlineStatus
    {
        /// <summary>The last day is later.</summary>
        Open,
        /// <summary>The last day is today (at the offset of the moment asked about).</summary>
        Due,
        /// <summary>The last day has passed.</summary>
        Overdue,
    }

    /// <summary>
    /// An unmet obligation with its last day, counted in Dutch working days where the rules say so
    /// (<see cref="Engine.Deadlines(Plan, string)"/>; docs/workflow.md, "Deadlines"). Immutable.
    /// </summary>
    public sealed class Deadline
    {
        private readonly string json;

        private Deadline(JsonText.Value v)
        {
            PlanId = v.String("plan");
            Kind = v.String("kind");
            string rule = v.String("rule");
            Rule = string.IsNullOrEmpty(rule) ? null : rule;
            Jeugdige = v.String("jeugdige");
            Since = Moments.Timestamp(v.String("since"), "since");
            Due = Moments.Date(v.String("due"), "due").Value;
            switch (v.String("status"))
            {
                case "due": Status = DeadlineStatus.Due; break;
                case "overdue": Status = DeadlineStatus.Overdue; break;
                default: Status = DeadlineStatus.Open; break;
            }
            var label = v.Get("label");
            LabelNl = label == null ? null : label.String("nl");
            LabelEn = label == null ? null : label.String("en");
            json = v.Raw;
        }

        internal static IReadOnlyList<Deadline> ListOf(string json)
        {
            var list = new List<Deadline>();
            foreach (var e in JsonText.Parse(json).Elements) list.Add(new Deadline(e));
            return new ReadOnlyCollection<Deadline>(list);
        }

        /// <summary>The plan's id for <see cref="Store.DeadlinesDue"/>, which spans plans; null from <see cref="Engine.Deadlines(Plan, string)"/>.</summary>
        public string PlanId { get; private set; }
        /// <summary>What is due, e.g. crisis_startafspraken, evaluatie, overdracht_18.</summary>
        public string Kind { get; private set; }
        /// <summary>The rule id the obligation comes from, or null when no rule id names it.</summary>
        public string Rule { get; private set; }
        /// <summary>The member id of the jeugdige it is about, or null.</summary>
        public string Jeugdige { get; private set; }
        /// <summary>The moment that started it (e.g. the crisis start), or null.</summary>
        public DateTimeOffset? Since { get; private set; }
        /// <summary>The last day (inclusive): a date, at midnight, of kind Unspecified.</summary>
        public DateTime Due { get; private set; }
        /// <summary>Open, due today, or overdue.</summary>
        public DeadlineStatus Status { get; private set; }
        /// <summary>What to do, in Dutch.</summary>
        public string LabelNl { get; private set; }
        /// <summary>What to do, in English.</summary>
        public string LabelEn { get; private set; }

        /// <summary>The deadline as canonical JSON, as the library wrote it.</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }
    }
}
