using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// How much a <see cref="Problem"/> weighs: an error makes a plan invalid; a warning is a gap to
    /// close that the rules already handle safely (gezag not yet recorded, R-GEZAG).
    /// </summary>
    public enum Severity
    {
        /// <summary>The document is unusable for what was asked.</summary>
        Error,
        /// <summary>Reported by validation only; never a reason to refuse.</summary>
        Warning,
    }

    /// <summary>
    /// One finding about a document: a stable code (PP-S-* structure, PP-P-* profile, PP-V-*
    /// validation, PP-W-* workflow, PP-D-* sharing), the JSON pointer of the place ("" for the
    /// whole document), the text in Dutch and English, the domain rule id (R-...) where one
    /// applies, else null, and its <see cref="Severity"/>.
    /// </summary>
    public sealed class Problem : IEquatable<Problem>
    {
        /// <summary>A problem; without a severity it is an error (as every problem was before the library wrote severities).</summary>
        public Problem(string code, string pointer, string messageNl, string messageEn, string rule,
                       Severity severity = Severity.Error)
        {
            Code = code;
            Pointer = pointer ?? "";
            MessageNl = messageNl;
            MessageEn = messageEn;
            Rule = string.IsNullOrEmpty(rule) ? null : rule;
            Severity = severity;
        }

        /// <summary>The stable problem code, e.g. PP-V-LEEFGEBIED.</summary>
        public string Code { get; private set; }
        /// <summary>The RFC 6901 pointer of the place, "" for the whole document.</summary>
        public string Pointer { get; private set; }
        /// <summary>The text in Dutch.</summary>
        public string MessageNl { get; private set; }
        /// <summary>The text in English.</summary>
        public string MessageEn { get; private set; }
        /// <summary>The domain rule id, or null when none applies.</summary>
        public string Rule { get; private set; }
        /// <summary>Error or warning (<see cref="Perspectief.Severity.Error"/> when the library wrote none).</summary>
        public Severity Severity { get; private set; }
        /// <summary>Whether the problem is an error (a warning leaves a plan valid).</summary>
        public bool IsError { get { return Severity == Severity.Error; } }

        /// <summary>The severity as the JSON form names it: "error" or "warning".</summary>
        public string SeverityName { get { return Severity == Severity.Warning ? "warning" : "error"; } }

        /// <summary>
        /// Reads one problem object as the C ABI writes it:
        /// {"code","pointer","message_nl","message_en","rule","severity"?}.
        /// </summary>
        /// <exception cref="JsonSyntaxException">the text is not JSON</exception>
        public static Problem FromJson(string json)
        {
            try
            {
                return Of(JsonText.Parse(json ?? ""));
            }
            catch (FormatException e)
            {
                throw PerspectiefException.Create(ErrorCode.JsonSyntax, "not a problem object: " + e.Message);
            }
        }

        internal static Problem Of(JsonText.Value v)
        {
            return new Problem(v.String("code"), v.String("pointer"), v.String("message_nl"), v.String("message_en"), v.String("rule"),
                SeverityOf(v.String("severity")));
        }

        /// <summary>
        /// A library that predates severities writes none, and every problem then was an error, so an
        /// absent member reads as Error; so does a name this binding does not know yet (the safe side:
        /// it blocks rather than being ignored).
        /// </summary>
        private static Severity SeverityOf(string name)
        {
            return name == "warning" ? Severity.Warning : Severity.Error;
        }

        internal static IReadOnlyList<Problem> ListOf(JsonText.Value array)
        {
            var list = new List<Problem>();
            if (array != null)
            {
                foreach (var e in array.Elements) list.Add(Of(e));
            }
            return new ReadOnlyCollection<Problem>(list);
        }

        /// <summary>Equal when every field is.</summary>
        public bool Equals(Problem other)
        {
            return other != null && Code == other.Code && Pointer == other.Pointer && MessageNl == other.MessageNl &&
                   MessageEn == other.MessageEn && Rule == other.Rule && Severity == other.Severity;
        }

        /// <summary>Equal when every field is.</summary>
        public override bool Equals(object obj) { return Equals(obj as Problem); }

        /// <summary>A hash of every field.</summary>
        public override int GetHashCode()
        {
            unchecked
            {
                int h = 17 + (int)Severity;
                foreach (var s in new[] { Code, Pointer, MessageNl, MessageEn, Rule }) h = h * 31 + (s == null ? 0 : s.GetHashCode());
                return h;
            }
        }

        /// <summary>Severity (when a warning), code, place, rule and English text, for logs.</summary>
        public override string ToString()
        {
            return (Severity == Severity.Warning ? "warning: " : "") + Code + " at '" + Pointer + "'" +
                   (Rule == null ? "" : " (" + Rule + ")") + ": " + MessageEn;
        }
    }

    /// <summary>
    /// A sharing decision: allow or deny, the rule ids that decided, an explanation in Dutch and
    /// English, and the full decision document (<see cref="ToJson"/>) with obligations and parts.
    /// </summary>
    public sealed class Decision
    {
        private readonly string json;

        private Decision(JsonText.Value v)
        {
            json = v.Raw;
            IsAllowed = v.String("decision") == "allow";
            Rules = v.Strings("rules");
            ExplanationNl = v.String("explanation_nl");
            ExplanationEn = v.String("explanation_en");
        }

        internal static Decision Of(JsonText.Value v) { return new Decision(v); }

        /// <summary>Whether the request is allowed ("decision":"allow").</summary>
        public bool IsAllowed { get; private set; }
        /// <summary>The rule ids that decided.</summary>
        public IReadOnlyList<string> Rules { get; private set; }
        /// <summary>Why, in Dutch.</summary>
        public string ExplanationNl { get; private set; }
        /// <summary>Why, in English.</summary>
        public string ExplanationEn { get; private set; }

        /// <summary>The decision document as canonical JSON.</summary>
        public string ToJson() { return json; }

        /// <summary>The canonical JSON, as <c>ToJson()</c>.</summary>
        public override string ToString() { return json; }
    }

    /// <summary>
    /// The redacted view of a plan for one request: exactly the parts the decision allows, the
    /// decision, optionally the withheld parts, the disclosure record (NEN 7513) that the
    /// host must store whenever content is released, and the refusal record it stores when
    /// nothing is (R-LOG).
    /// </summary>
    public sealed class PlanView
    {
        private readonly string json;

        private PlanView(JsonText.Value v)
        {
            json = v.Raw;
            var view = v.Get("view");
            var decision = v.Get("decision");
            ViewJson = view == null ? null : view.Raw;
            Decision = decision == null ? null : Decision.Of(decision);
            WithheldJson = RawOrNull(v.Get("withheld"));
            DisclosureJson = RawOrNull(v.Get("disclosure"));
            RefusalJson = RawOrNull(v.Get("refusal"));
        }

        internal static PlanView Of(JsonText.Value v) { return new PlanView(v); }

        private static string RawOrNull(JsonText.Value v)
        {
            return v == null || v.Kind == JsonText.Kind.Null ? null : v.Raw;
        }

        /// <summary>The plan parts allowed, as canonical JSON.</summary>
        public string ViewJson { get; private set; }
        /// <summary>The decision behind the view.</summary>
        public Decision Decision { get; private set; }
        /// <summary>The withheld parts with their rule ids, or null when the profile does not disclose them.</summary>
        public string WithheldJson { get; private set; }
        /// <summary>The disclosure record to store, or null when nothing was released.</summary>
        public string DisclosureJson { get; private set; }
        /// <summary>The record of a refused attempt ("outcome": "denied") to store with the disclosure records, or null when something was released.</summary>
        public string RefusalJson { get; private set; }

        /// <summary>The whole view document as canonical JSON.</summary>
        public string ToJson() { return json; }

        /// <summary>The canonical JSON, as <c>ToJson()</c>.</summary>
        public override string ToString() { return json; }
    }
}
