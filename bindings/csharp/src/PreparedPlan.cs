using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;

namespace Perspectief
{
    /// <summary>
    /// A plan prepared for many sharing questions (docs/sharing.md, "The fast path"): its parts,
    /// who it records as involved, its consents and birth dates are worked out once, by
    /// <see cref="Engine.Prepare"/>. It answers <see cref="Question"/>s (<see cref="Ask"/>,
    /// <see cref="AskBatch"/>) without reading any text, makes a <see cref="PreparedParty"/> for many
    /// questions of one party at one moment (<see cref="Party"/>), and answers requests
    /// (<see cref="Decide(SharingRequest)"/>, <see cref="View(SharingRequest)"/>) without indexing the plan again.
    /// </summary>
    /// <remarks>
    /// Immutable and safe to share between threads; it keeps what it needs, so the engine and the
    /// plan it was made from may be disposed first. A changed plan is a new plan: prepare that one.
    /// It owns native memory: dispose it when done (using).
    /// </remarks>
    public sealed class PreparedPlan : IDisposable
    {
        internal readonly PreparedPlanHandle Handle;

        internal PreparedPlan(PreparedPlanHandle handle)
        {
            Handle = handle;
        }

        /// <summary>How many parts the plan has; a part index runs from 0, in document order.</summary>
        public int PartCount
        {
            get { return (int)Run(() => PerspectiefNative.pp_prepared_plan_part_count(Handle)); }
        }

        /// <summary>The index of the part with exactly this address ("children/sem/results/r-sem-1");
        /// a level above parts ("children/sem") is no part: ask that with <see cref="Decide(SharingRequest)"/>.</summary>
        /// <exception cref="NotFoundException">the plan has no part at that address</exception>
        public int FindPart(string address)
        {
            var a = Utf8.Text(address, "address");
            return (int)Run(() => PerspectiefNative.pp_prepared_plan_find_part(Handle, a));
        }

        /// <summary>The address of a part.</summary>
        /// <exception cref="InvalidArgumentException">an index past the last part</exception>
        public string PartAddress(int part)
        {
            return Run(() => PerspectiefNative.pp_prepared_plan_part_address(Handle, part));
        }

        /// <summary>Answers one question; builds no text.</summary>
        /// <exception cref="InvalidArgumentException">a question that cannot be asked: the problems point at
        /// /part, /channel, /recipient, ... (code PP-D-QUESTION and those of a request)</exception>
        /// <exception cref="StateException">this plan or one of the question's parties is disposed</exception>
        public Answer Ask(Question question)
        {
            var answer = new long[2];
            Call(new[] { question }, false, (values, reasons) => PerspectiefNative.ppbind_ask(Handle, values, reasons, answer));
            return new Answer(answer[0], answer[1]);
        }

        /// <summary>
        /// Answers many questions in one native call; every question is checked before any is answered.
        /// Consecutive questions of the same party, action, purpose, channel and moment share the work
        /// of finding that party's standing.
        /// </summary>
        /// <exception cref="InvalidArgumentException">as <see cref="Ask"/>, each problem's pointer starting with
        /// its question's index (/3/part)</exception>
        public IReadOnlyList<Answer> AskBatch(IReadOnlyList<Question> questions)
        {
            if (questions == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "questions is null");
            var answers = new long[2 * questions.Count];
            Call(questions, true,
                (values, reasons) => PerspectiefNative.ppbind_ask_batch(Handle, values, questions.Count, reasons, answers));
            var list = new List<Answer>(questions.Count);
            for (int i = 0; i < questions.Count; i++) list.Add(new Answer(answers[2 * i], answers[2 * i + 1]));
            return new ReadOnlyCollection<Answer>(list);
        }

        /// <summary>
        /// This plan's party at one moment, checked and its standing in the plan worked out once: for a
        /// screen that asks many questions for one user (<see cref="PreparedParty.Ask"/>). Standing is
        /// dated: a new moment needs a new prepared party. It keeps what it needs, so this plan and the
        /// party may be disposed first. Dispose it when done.
        /// </summary>
        /// <exception cref="InvalidArgumentException">a party that cannot ask, at the pointers of a request's
        /// requester (/requester/person, ...), or a null party (/requester) or moment (/at)</exception>
        /// <exception cref="StateException">this plan or the party is disposed</exception>
        public PreparedParty Party(Party party, Moment at)
        {
            string missing = party == null ? "/requester" : at == null ? "/at" : null;
            if (missing != null)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a prepared party needs " + missing.Substring(1), missing);
            }
            if (party.Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "this Party is disposed");
            return new PreparedParty(Run(() => PerspectiefNative.ppbind_party_prepare(Handle, party.Handle, at.UtcSeconds, at.OffsetMinutes)));
        }

        /// <summary><see cref="Engine.Decide(Plan, SharingRequest)"/> on the prepared plan: the same decision.</summary>
        public Decision Decide(SharingRequest request)
        {
            return Decide(request == null ? null : request.ToJson());
        }

        /// <summary><see cref="Engine.Decide(Plan, string)"/> on the prepared plan: the same decision.</summary>
        public Decision Decide(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return Decision.Of(JsonText.Parse(Run(() => PerspectiefNative.pp_sharing_decide_prepared(Handle, r))));
        }

        /// <summary><see cref="Engine.View(Plan, SharingRequest)"/> on the prepared plan: the same view and record.</summary>
        public PlanView View(SharingRequest request)
        {
            return View(request == null ? null : request.ToJson());
        }

        /// <summary><see cref="Engine.View(Plan, string)"/> on the prepared plan: the same view and record.</summary>
        public PlanView View(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return PlanView.Of(JsonText.Parse(Run(() => PerspectiefNative.pp_sharing_view_prepared(Handle, r))));
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native prepared plan once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }

        // ---- one native call over questions ----------------------------------------------------

        /// <summary>Runs a call on this plan; a disposed one (even by another thread meanwhile) is a StateException.</summary>
        private T Run<T>(Func<T> call)
        {
            try
            {
                if (Handle.IsClosed) throw new ObjectDisposedException("PreparedPlan");
                return call();
            }
            catch (ObjectDisposedException)
            {
                throw PerspectiefException.Create(ErrorCode.State, "this PreparedPlan is disposed");
            }
        }

        /// <summary>
        /// Writes the questions' numbers and runs <paramref name="asking"/> with a reference on every
        /// party's handle, so that none is freed meanwhile (the marshaller holds this plan's).
        /// </summary>
        private void Call(IReadOnlyList<Question> questions, bool batch, Action<long[], byte[]> asking)
        {
            var values = new long[Question.Numbers * questions.Count];
            var reasons = new Dictionary<string, int>();
            var reasonText = new MemoryStream();
            var referenced = new List<PartyHandle>();
            try
            {
                for (int i = 0; i < questions.Count; i++)
                {
                    var q = questions[i];
                    string at = batch ? "/" + i : "";
                    if (q == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "question " + i + " is null", at);
                    var requester = Reference(q.Party, referenced);
                    var recipient = q.Recipient == null ? IntPtr.Zero : Reference(q.Recipient, referenced);
                    int reason = 0;
                    if (q.BreakGlassReason != null && !reasons.TryGetValue(q.BreakGlassReason, out reason))
                    {
                        var text = Utf8.Text(q.BreakGlassReason, "breakGlassReason"); // NUL-terminated
                        reasonText.Write(text, 0, text.Length);
                        reason = reasons.Count + 1;
                        reasons.Add(q.BreakGlassReason, reason);
                    }
                    q.Write(values, Question.Numbers * i, requester, recipient, reason);
                }
                var reasonBytes = reasons.Count == 0 ? null : reasonText.ToArray();
                Run(() =>
                {
                    asking(values, reasonBytes);
                    return true;
                });
            }
            finally
            {
                foreach (var handle in referenced) handle.DangerousRelease();
            }
        }

        private static IntPtr Reference(Party party, List<PartyHandle> referenced)
        {
            bool added = false;
            try
            {
                if (party.Handle.IsClosed) throw new ObjectDisposedException("Party");
                party.Handle.DangerousAddRef(ref added);
            }
            catch (ObjectDisposedException)
            {
                throw PerspectiefException.Create(ErrorCode.State, "a Party of the question is disposed");
            }
            if (added) referenced.Add(party.Handle);
            return party.Handle.DangerousGetHandle();
        }
    }
}
