using System;

namespace Perspectief
{
    /// <summary>
    /// A party of a <see cref="Question"/>, read once by the library: who asks, or who receives a
    /// forward. It is made from an <see cref="Actor"/> (the same fields as a request's requester)
    /// or a party document, and then passed by reference to every question, so no question reads
    /// it again.
    /// </summary>
    /// <remarks>
    /// A Party owns native memory: dispose it when done (using). Immutable and safe to share
    /// between threads; disposing it while a question on another thread uses it is safe.
    /// </remarks>
    /// <example><code>using (var provider = Party.Of(Actor.Of("hoofdaannemer", "hb-7").WithOrganisation("90000612"))) { ... }</code></example>
    public sealed class Party : IDisposable
    {
        internal readonly PartyHandle Handle;

        private Party(PartyHandle handle)
        {
            Handle = handle;
        }

        /// <summary>The party with this actor's role, person and optional fields, read by the library.</summary>
        /// <exception cref="SchemaException">the library refuses a field (an unknown role at /role, ...)</exception>
        public static Party Of(Actor actor)
        {
            if (actor == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "actor is null");
            return Parse(actor.ToJson());
        }

        /// <summary>The party of a party document, as a request's "requester".</summary>
        /// <exception cref="SchemaException">with every problem of the document</exception>
        public static Party Parse(string partyJson)
        {
            return new Party(PerspectiefNative.pp_party_parse(Utf8.Json(partyJson, "partyJson")));
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native party once no question is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }
    }
}
