using System;

namespace Perspectief
{
    /// <summary>
    /// One party of a prepared plan at one moment (docs/sharing.md, "The fast path"): the party is
    /// checked and its standing in the plan worked out once, by <see cref="PreparedPlan.Party"/>; each
    /// of its questions is then only the grant tests. For a screen that asks many questions for one
    /// user at one moment. Its answers are those of <see cref="PreparedPlan.Ask"/> for the same
    /// questions with this party at this moment. Standing is dated: a new moment needs a new prepared party.
    /// </summary>
    /// <remarks>
    /// Immutable and safe to share between threads; it keeps what it needs, so the prepared plan and
    /// the party it was made from may be disposed first. It owns native memory: dispose it when done (using).
    /// </remarks>
    /// <example><code>using (var me = prepared.Party(provider, at))
    /// {
    ///     var answer = me.Ask(SharingAction.Read, SharingPurpose.Uitvoering, part, email);
    /// }</code></example>
    public sealed class PreparedParty : IDisposable
    {
        internal readonly PreparedPartyHandle Handle;

        internal PreparedParty(PreparedPartyHandle handle)
        {
            Handle = handle;
        }

        /// <summary>Answers one question of this party at its moment; builds no text. A forward names
        /// its recipient: ask it as a <see cref="Question"/>.</summary>
        /// <exception cref="InvalidArgumentException">at /action for a forward (code PP-D-QUESTION); at
        /// /purpose, /part or /channel (PP-D-QUESTION) for a value outside its list</exception>
        /// <exception cref="StateException">this prepared party is disposed</exception>
        public Answer Ask(SharingAction action, SharingPurpose purpose, int part, int channel)
        {
            var answer = new long[2];
            try
            {
                if (Handle.IsClosed) throw new ObjectDisposedException("PreparedParty");
                PerspectiefNative.ppbind_prepared_party_ask(Handle, (int)action, (int)purpose, part, channel, answer);
            }
            catch (ObjectDisposedException)
            {
                throw PerspectiefException.Create(ErrorCode.State, "this PreparedParty is disposed");
            }
            return new Answer(answer[0], answer[1]);
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native prepared party once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }
    }
}
