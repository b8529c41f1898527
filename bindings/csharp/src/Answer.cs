using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// The answer to a <see cref="Question"/>: the verdict, the rules that decided and the reason
    /// code (docs/sharing.md), exactly the part's entry in the decision for a request for that part
    /// alone. Nothing is built until asked for: the rule ids and the reason text are read on access.
    /// Immutable.
    /// </summary>
    public sealed class Answer : IEquatable<Answer>
    {
        /// <summary>The id of rule bit r (pp_rule_id); null for a bit no rule has.</summary>
        private static readonly string[] RuleIds = ReadRuleIds();

        private readonly int rules;
        private readonly IntPtr reason;

        /// <summary>From the native layer's two numbers: verdict | rules &lt;&lt; 1, and the reason's address.</summary>
        internal Answer(long verdictAndRules, long reasonAddress)
        {
            IsAllowed = (verdictAndRules & 1) != 0;
            rules = (int)(verdictAndRules >> 1);
            reason = new IntPtr(reasonAddress);
        }

        private static string[] ReadRuleIds()
        {
            var ids = new string[32];
            for (int r = 0; r < ids.Length; r++) ids[r] = PerspectiefNative.pp_rule_id(r);
            return ids;
        }

        /// <summary>Whether the party may do what it asked.</summary>
        public bool IsAllowed { get; private set; }

        /// <summary>The verdict.</summary>
        public Verdict Verdict { get { return IsAllowed ? Verdict.Allow : Verdict.Deny; } }

        /// <summary>The ids of the rules that decided, in the rule catalogue's order.</summary>
        public IReadOnlyList<string> Rules
        {
            get
            {
                var ids = new List<string>();
                for (int r = 0; r < RuleIds.Length; r++)
                {
                    if (((rules >> r) & 1) != 0) ids.Add(RuleIds[r]);
                }
                return new ReadOnlyCollection<string>(ids);
            }
        }

        /// <summary>The rules as bits: bit r is the rule pp_rule_id(r) names.</summary>
        public int RuleBits { get { return rules; } }

        /// <summary>The reason code, e.g. "toewijzing_linked" or "member_privacy".</summary>
        public string Reason { get { return PerspectiefNative.ppbind_static_text(reason); } }

        /// <summary>{"reason","rules","verdict"} as JSON, the shape every language gives.</summary>
        public string ToJson()
        {
            return new JsonWriter().String("reason", Reason).Strings("rules", Rules)
                .String("verdict", IsAllowed ? "allow" : "deny").Finish();
        }

        /// <summary>Whether both give the same verdict, rules and reason.</summary>
        public bool Equals(Answer other)
        {
            return other != null && other.IsAllowed == IsAllowed && other.rules == rules && other.reason == reason;
        }

        /// <inheritdoc/>
        public override bool Equals(object obj) { return Equals(obj as Answer); }

        /// <inheritdoc/>
        public override int GetHashCode() { return (rules * 31 + reason.GetHashCode()) * 2 + (IsAllowed ? 1 : 0); }

        /// <summary>"Answer(allow, [R-LT-INVOLVED], lt_involved)".</summary>
        public override string ToString()
        {
            return "Answer(" + (IsAllowed ? "allow" : "deny") + ", [" + string.Join(", ", Rules) + "], " + Reason + ")";
        }
    }
}
