using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// A request to read, store, forward or amend plan content (docs/sharing.md, "Request"), made
    /// with <see cref="Builder"/>: what <see cref="Engine.Decide(Plan, SharingRequest)"/> and
    /// <see cref="Engine.View(Plan, SharingRequest)"/> take.
    /// </summary>
    /// <remarks>
    /// <code>
    /// var request = SharingRequest.Builder()
    ///     .Requester(Actor.Of("hoofdaannemer", "hb-7").WithOrganisation("90000612").WithToewijzing("26002051"))
    ///     .Action("read").Purpose("uitvoering").Channel("beveiligde_email")
    ///     .At("2026-06-02T09:30:00+02:00")
    ///     .Parts("children/sem")
    ///     .Build();
    /// </code>
    /// The builder checks only what it must to write the document (a requester, and the fields
    /// every request has); the vocabularies (actions, purposes, the region's channels, part
    /// addresses) are the library's to judge, so a malformed request is a
    /// <see cref="SchemaException"/> with every problem and its pointer, as for JSON text. Immutable.
    /// </remarks>
    public sealed class SharingRequest
    {
        private readonly string json;

        private SharingRequest(SharingRequestBuilder b)
        {
            Requester = b.RequestRequester;
            Recipient = b.RequestRecipient;
            Action = b.RequestAction;
            Purpose = b.RequestPurpose;
            Channel = b.RequestChannel;
            At = b.RequestAt;
            Parts = b.RequestParts == null ? null : new ReadOnlyCollection<string>(new List<string>(b.RequestParts));
            BreakGlassReason = b.RequestBreakGlass;
            string breakGlass = BreakGlassReason == null ? null : new JsonWriter().String("reason", BreakGlassReason).Finish();
            json = new JsonWriter().Raw("requester", Requester.ToJson())
                .Raw("recipient", Recipient == null ? null : Recipient.ToJson())
                .String("action", Action).String("purpose", Purpose).Strings("parts", Parts).String("channel", Channel)
                .String("at", At).Raw("break_glass", breakGlass).Finish();
        }

        /// <summary>A new, empty builder.</summary>
        public static SharingRequestBuilder Builder()
        {
            return new SharingRequestBuilder();
        }

        /// <summary>Who asks.</summary>
        public Actor Requester { get; private set; }
        /// <summary>Who receives (forward only), or null.</summary>
        public Actor Recipient { get; private set; }
        /// <summary>read, store, forward or amend.</summary>
        public string Action { get; private set; }
        /// <summary>The purpose, e.g. uitvoering.</summary>
        public string Purpose { get; private set; }
        /// <summary>The channel code, e.g. beveiligde_email.</summary>
        public string Channel { get; private set; }
        /// <summary>The moment, RFC 3339 text.</summary>
        public string At { get; private set; }
        /// <summary>The part addresses, or null for the whole plan.</summary>
        public IReadOnlyList<string> Parts { get; private set; }
        /// <summary>The break-glass reason (R-SAFETY-OVERRIDE), or null.</summary>
        public string BreakGlassReason { get; private set; }

        /// <summary>The request as JSON text (what <see cref="Engine.Decide(Plan, string)"/> takes).</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }

        /// <summary>Collects a request's fields; <see cref="Build"/> checks the required ones. Not thread-safe.</summary>
        public sealed class SharingRequestBuilder
        {
            internal Actor RequestRequester;
            internal Actor RequestRecipient;
            internal string RequestAction;
            internal string RequestPurpose;
            internal string RequestChannel;
            internal string RequestAt;
            internal List<string> RequestParts;
            internal string RequestBreakGlass;

            internal SharingRequestBuilder() { }

            /// <summary>Who acts (required).</summary>
            public SharingRequestBuilder Requester(Actor requester) { RequestRequester = requester; return this; }

            /// <summary>Who receives; for forward only, and required there.</summary>
            public SharingRequestBuilder Recipient(Actor recipient) { RequestRecipient = recipient; return this; }

            /// <summary>read, store, forward or amend (required).</summary>
            public SharingRequestBuilder Action(string action) { RequestAction = action; return this; }

            /// <summary>uitvoering, toewijzing, verantwoording, bezwaar_beroep, veiligheid or beleid (required).</summary>
            public SharingRequestBuilder Purpose(string purpose) { RequestPurpose = purpose; return this; }

            /// <summary>A channel code of the region's policy, e.g. portaal (required).</summary>
            public SharingRequestBuilder Channel(string channel) { RequestChannel = channel; return this; }

            /// <summary>The moment, RFC 3339 with offset (required).</summary>
            public SharingRequestBuilder At(string at) { RequestAt = at; return this; }

            /// <summary>The moment (required), written as RFC 3339 with its offset.</summary>
            public SharingRequestBuilder At(DateTimeOffset at) { RequestAt = Moments.Format(at); return this; }

            /// <summary>The parts asked for (docs/sharing.md, "Addressing parts"); none = the whole plan.</summary>
            public SharingRequestBuilder Parts(params string[] addresses)
            {
                RequestParts = addresses == null ? null : new List<string>(addresses);
                return this;
            }

            /// <summary>The parts asked for; empty = the whole plan.</summary>
            public SharingRequestBuilder Parts(IEnumerable<string> addresses)
            {
                RequestParts = addresses == null ? null : new List<string>(addresses);
                return this;
            }

            /// <summary>R-SAFETY-OVERRIDE's mandatory reason (with forward only).</summary>
            public SharingRequestBuilder BreakGlass(string reason) { RequestBreakGlass = reason; return this; }

            /// <summary>The request.</summary>
            /// <exception cref="InvalidArgumentException">at /requester, /action, /purpose, /channel or /at when one is missing, or at /parts/i for a null address</exception>
            public SharingRequest Build()
            {
                if (RequestRequester == null)
                {
                    throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a request needs a requester", "/requester");
                }
                Perspectief.Actor.Required(RequestAction, "/action");
                Perspectief.Actor.Required(RequestPurpose, "/purpose");
                Perspectief.Actor.Required(RequestChannel, "/channel");
                Perspectief.Actor.Required(RequestAt, "/at");
                if (RequestParts != null)
                {
                    for (int i = 0; i < RequestParts.Count; i++)
                    {
                        if (RequestParts[i] == null)
                        {
                            throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a part address is null", "/parts/" + i);
                        }
                    }
                }
                return new SharingRequest(this);
            }
        }
    }
}
