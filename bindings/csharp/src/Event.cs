using System;

namespace Perspectief
{
    /// <summary>
    /// A workflow event (docs/workflow.md): {"event","actor","at","reason"?,"payload"?}, made with
    /// <see cref="Builder"/> so that no host glues JSON together from strings.
    /// </summary>
    /// <remarks>
    /// <code>
    /// var assign = Event.Builder("betrokkene_toewijzen")
    ///     .Actor(Actor.Of("lokaal_team", "jgt-lls-077"))
    ///     .At("2026-09-08T09:30:00+02:00")
    ///     .Reason("collega neemt het over tijdens verlof")
    ///     .Payload(Payload.Object().Put("assignment", Actor.Of("lokaal_team", "jgt-lls-081")))
    ///     .Build();
    /// </code>
    /// The payload's shape depends on the event (a plan's whole content for plan_aanmaken, a merge
    /// patch for plan_wijzigen, ...). Give it as a <see cref="Perspectief.Payload"/> (a small object
    /// builder) or as JSON text from the host's own JSON library; text is checked to be exactly one
    /// JSON value, so a payload cannot add members to the event. Everything else about it is the
    /// library's to judge, with the library's pointers (/payload/...). Immutable.
    /// </remarks>
    public sealed class Event
    {
        private readonly string json;

        private Event(EventBuilder b)
        {
            Name = b.EventName;
            Actor = b.EventActor;
            At = b.EventAt;
            Reason = b.EventReason;
            PayloadJson = b.EventPayload;
            json = new JsonWriter().String("event", Name).Raw("actor", Actor.ToJson()).String("at", At)
                .String("reason", Reason).Raw("payload", PayloadJson).Finish();
        }

        /// <summary>Starts an event of the region's workflow, e.g. "vraagverheldering_starten"; Actor and At are required.</summary>
        public static EventBuilder Builder(string eventName)
        {
            return new EventBuilder(eventName);
        }

        /// <summary>
        /// The genesis event plan_aanmaken with a plan's initial content as its payload: what
        /// <see cref="Engine.Create(Event)"/> takes. The content is a plan document without the
        /// workflow's bookkeeping, e.g. <see cref="Engine.InitialContent"/> of an imported plan.
        /// </summary>
        public static Event PlanAanmaken(Actor actor, string at, string contentJson)
        {
            return Builder("plan_aanmaken").Actor(actor).At(at).Payload(contentJson).Build();
        }

        /// <summary>As <see cref="PlanAanmaken(Actor, string, string)"/>, with the content built or changed as a <see cref="Perspectief.Payload"/>.</summary>
        public static Event PlanAanmaken(Actor actor, string at, Payload content)
        {
            return Builder("plan_aanmaken").Actor(actor).At(at).Payload(content).Build();
        }

        /// <summary>The event id (the document's "event").</summary>
        public string Name { get; private set; }
        /// <summary>Who fires it.</summary>
        public Actor Actor { get; private set; }
        /// <summary>When, as RFC 3339 text.</summary>
        public string At { get; private set; }
        /// <summary>Why (required by some events), or null.</summary>
        public string Reason { get; private set; }
        /// <summary>The payload as JSON text, or null.</summary>
        public string PayloadJson { get; private set; }

        /// <summary>The event document as JSON text (what <see cref="Engine.Apply(Plan, string)"/> takes).</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }

        /// <summary>Collects an event's fields; <see cref="Build"/> checks the required ones. Not thread-safe.</summary>
        public sealed class EventBuilder
        {
            internal string EventName;
            internal Actor EventActor;
            internal string EventAt;
            internal string EventReason;
            internal string EventPayload;

            internal EventBuilder(string eventName)
            {
                EventName = eventName;
            }

            /// <summary>Who fires the event (required).</summary>
            public EventBuilder Actor(Actor actor)
            {
                EventActor = actor;
                return this;
            }

            /// <summary>When: RFC 3339 with an offset (required); the library checks it and refuses a bad one at /at.</summary>
            public EventBuilder At(string at)
            {
                EventAt = at;
                return this;
            }

            /// <summary>When (required), written as RFC 3339 with its offset and seconds.</summary>
            public EventBuilder At(DateTimeOffset at)
            {
                EventAt = Moments.Format(at);
                return this;
            }

            /// <summary>Why, for the history (some events require one).</summary>
            public EventBuilder Reason(string reason)
            {
                EventReason = reason;
                return this;
            }

            /// <summary>The payload as JSON text, or null for none.</summary>
            /// <exception cref="JsonSyntaxException">at /payload when the text is not exactly one JSON value</exception>
            public EventBuilder Payload(string payloadJson)
            {
                EventPayload = JsonWriter.CheckedJson(payloadJson, "/payload");
                return this;
            }

            /// <summary>The payload built with <see cref="Perspectief.Payload"/>, or null for none.</summary>
            public EventBuilder Payload(Payload payload)
            {
                EventPayload = payload == null ? null : payload.ToJson();
                return this;
            }

            /// <summary>The event.</summary>
            /// <exception cref="InvalidArgumentException">at /event, /actor or /at when one is missing</exception>
            public Event Build()
            {
                Perspectief.Actor.Required(EventName, "/event");
                if (EventActor == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "an event needs an actor", "/actor");
                Perspectief.Actor.Required(EventAt, "/at");
                return new Event(this);
            }
        }
    }
}
