using System;

namespace Perspectief
{
    /// <summary>
    /// One question of the fast path (docs/sharing.md, "The fast path"): may this party do this
    /// with one part, for this purpose, over this channel, at this moment? Every value is looked up
    /// once and given as is: the part's index (<see cref="PreparedPlan.FindPart"/>), the channel's
    /// (<see cref="Engine.FindChannel"/>), a <see cref="Party"/> and a <see cref="Moment"/>. The
    /// question holds the parties, it does not own them. Immutable.
    /// </summary>
    /// <example><code>
    /// var q = Question.Builder().Party(provider).Action(SharingAction.Read)
    ///     .Purpose(SharingPurpose.Uitvoering).Part(part).Channel(email).At(at).Build();
    /// </code></example>
    public sealed class Question
    {
        /// <summary>The numbers of one question in the native layer (perspectief.i, ppbind_ask).</summary>
        internal const int Numbers = 9;

        private Question(QuestionBuilder b)
        {
            Party = b.party;
            Action = b.action.Value;
            Purpose = b.purpose.Value;
            Part = b.part;
            Channel = b.channel;
            At = b.at;
            Recipient = b.recipient;
            BreakGlassReason = b.breakGlassReason;
        }

        /// <summary>A new builder.</summary>
        public static QuestionBuilder Builder() { return new QuestionBuilder(); }

        /// <summary>A builder holding this question's values, to ask the same about another part or party.</summary>
        public QuestionBuilder ToBuilder()
        {
            return new QuestionBuilder().Party(Party).Action(Action).Purpose(Purpose).Part(Part).Channel(Channel).At(At)
                .Recipient(Recipient).BreakGlass(BreakGlassReason);
        }

        /// <summary>Who asks.</summary>
        public Party Party { get; private set; }
        /// <summary>The action.</summary>
        public SharingAction Action { get; private set; }
        /// <summary>The purpose.</summary>
        public SharingPurpose Purpose { get; private set; }
        /// <summary>The part's index in its prepared plan.</summary>
        public int Part { get; private set; }
        /// <summary>The channel's index in the region's policy.</summary>
        public int Channel { get; private set; }
        /// <summary>The moment.</summary>
        public Moment At { get; private set; }
        /// <summary>Who receives a forward, or null.</summary>
        public Party Recipient { get; private set; }
        /// <summary>The break-glass reason (R-SAFETY-OVERRIDE), or null.</summary>
        public string BreakGlassReason { get; private set; }

        /// <summary>Writes the question's numbers at offset, with the parties' addresses and the index
        /// of its break-glass reason (0 for none).</summary>
        internal void Write(long[] values, int offset, IntPtr requester, IntPtr receiver, int reason)
        {
            values[offset] = requester.ToInt64();
            values[offset + 1] = (long)Action;
            values[offset + 2] = (long)Purpose;
            values[offset + 3] = Part;
            values[offset + 4] = Channel;
            values[offset + 5] = At.UtcSeconds;
            values[offset + 6] = At.OffsetMinutes;
            values[offset + 7] = receiver.ToInt64();
            values[offset + 8] = reason;
        }

        /// <summary>Collects a question's values; <see cref="Build"/> checks the required ones. Not thread-safe.</summary>
        public sealed class QuestionBuilder
        {
            internal Party party;
            internal SharingAction? action;
            internal SharingPurpose? purpose;
            internal int part = -1;
            internal int channel = -1;
            internal Moment at;
            internal Party recipient;
            internal string breakGlassReason;

            internal QuestionBuilder() { }

            /// <summary>Who asks (required).</summary>
            public QuestionBuilder Party(Party value) { party = value; return this; }
            /// <summary>The action (required).</summary>
            public QuestionBuilder Action(SharingAction value) { action = value; return this; }
            /// <summary>The purpose (required).</summary>
            public QuestionBuilder Purpose(SharingPurpose value) { purpose = value; return this; }
            /// <summary>The part's index, from <see cref="PreparedPlan.FindPart"/> (required).</summary>
            public QuestionBuilder Part(int value) { part = value; return this; }
            /// <summary>The channel's index, from <see cref="Engine.FindChannel"/> (required).</summary>
            public QuestionBuilder Channel(int value) { channel = value; return this; }
            /// <summary>The moment, read once (required).</summary>
            public QuestionBuilder At(Moment value) { at = value; return this; }
            /// <summary>The moment (required), read now.</summary>
            /// <exception cref="InvalidArgumentException">it is no RFC 3339 moment</exception>
            public QuestionBuilder At(DateTimeOffset value) { at = Moment.Of(value); return this; }
            /// <summary>Who receives; for <see cref="SharingAction.Forward"/> only, and required there.</summary>
            public QuestionBuilder Recipient(Party value) { recipient = value; return this; }
            /// <summary>R-SAFETY-OVERRIDE's mandatory reason (with a forward only).</summary>
            public QuestionBuilder BreakGlass(string reason) { breakGlassReason = reason; return this; }

            /// <summary>The question.</summary>
            /// <exception cref="InvalidArgumentException">at /requester, /action, /purpose or /at when one is
            /// missing; a part or channel that was not set is out of range, which asking it reports (at
            /// /part, /channel)</exception>
            public Question Build()
            {
                string missing = party == null ? "/requester" : action == null ? "/action" : purpose == null ? "/purpose"
                    : at == null ? "/at" : null;
                if (missing != null)
                {
                    throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a question needs " + missing.Substring(1), missing);
                }
                if (breakGlassReason != null) Utf8.Text(breakGlassReason, "breakGlassReason");
                return new Question(this);
            }
        }
    }
}
