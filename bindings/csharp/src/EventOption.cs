using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// An event of the region's workflow, judged for one actor at one moment
    /// (<see cref="Engine.AvailableEvents(Plan, Actor, string)"/>): whether the actor could fire it now and,
    /// when not, every failed guard with its rule id. Guards that depend on a payload cannot be
    /// judged without one: <see cref="NeedsPayload"/> says so. Immutable.
    /// </summary>
    public sealed class EventOption
    {
        private readonly string json;

        private EventOption(JsonText.Value v)
        {
            var label = v.Get("label");
            Event = v.String("event");
            LabelNl = label == null ? null : label.String("nl");
            LabelEn = label == null ? null : label.String("en");
            string to = v.String("to");
            ToState = string.IsNullOrEmpty(to) ? null : to;
            var allowed = v.Get("allowed");
            IsAllowed = allowed != null && true.Equals(allowed.Content);
            var needs = v.Get("needs_payload");
            NeedsPayload = needs != null && true.Equals(needs.Content);
            Rules = v.Strings("rules");
            Problems = Problem.ListOf(v.Get("problems"));
            json = v.Raw;
        }

        internal static IReadOnlyList<EventOption> ListOf(string json)
        {
            var list = new List<EventOption>();
            foreach (var e in JsonText.Parse(json).Elements) list.Add(new EventOption(e));
            return new ReadOnlyCollection<EventOption>(list);
        }

        /// <summary>The event id, e.g. "vraagverheldering_starten".</summary>
        public string Event { get; private set; }
        /// <summary>The event's name in Dutch, for a button or menu.</summary>
        public string LabelNl { get; private set; }
        /// <summary>The event's name in English.</summary>
        public string LabelEn { get; private set; }
        /// <summary>The state the plan would be in afterwards, or null when the option does not say (the state stays, or the event cannot fire here).</summary>
        public string ToState { get; private set; }
        /// <summary>Whether the actor could fire it now.</summary>
        public bool IsAllowed { get; private set; }
        /// <summary>Whether the event takes a payload (whose guards are judged only when it is applied).</summary>
        public bool NeedsPayload { get; private set; }
        /// <summary>The rule ids of the failed guards (empty when allowed).</summary>
        public IReadOnlyList<string> Rules { get; private set; }
        /// <summary>Every failed guard (empty when allowed).</summary>
        public IReadOnlyList<Problem> Problems { get; private set; }

        /// <summary>The option as canonical JSON, as the library wrote it.</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }
    }
}
