using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// One family's perspectiefplan, parsed by an <see cref="Engine"/>. Immutable: workflow
    /// operations return a new Plan. It may be read from many threads at once.
    /// </summary>
    /// <remarks>
    /// A Plan uses the Engine that parsed it for everything that needs the region's rules
    /// (validation, workflow, sharing). Once that Engine is disposed those operations throw
    /// <see cref="StateException"/>; <see cref="ToJson"/> and <see cref="Get"/> keep working,
    /// since the plan's own data does not depend on the engine. Dispose plans when done;
    /// disposing in any order relative to the Engine is safe. Answers are typed (<see cref="EventOption"/>,
    /// <see cref="Deadline"/>, <see cref="RecordRow"/>, <see cref="JsonValue"/>, <see cref="Decision"/>,
    /// <see cref="PlanView"/>), each with ToJson() for a host that forwards JSON; events and requests are
    /// built with <see cref="Event"/> and <see cref="SharingRequest"/>, or passed as JSON text (formats:
    /// docs/workflow.md, docs/sharing.md).
    /// </remarks>
    public sealed class Plan : IDisposable
    {
        internal readonly PlanHandle Handle;

        internal Plan(Engine engine, PlanHandle handle)
        {
            Engine = engine;
            Handle = handle;
        }

        /// <summary>The Engine that parsed or created this plan (or the plan it was derived from).</summary>
        public Engine Engine { get; private set; }

        /// <summary>The plan as canonical JSON; unknown and local fields are kept.</summary>
        public string ToJson()
        {
            return Guard.Run(null, this, () => PerspectiefNative.pp_plan_to_json(Handle));
        }

        /// <summary>The plan's id.</summary>
        public string Id { get { return GetString("/id"); } }

        /// <summary>The id of the region profile the plan was written for, e.g. "amsterdam-zaanstreek".</summary>
        public string Profile { get { return GetString("/profile"); } }

        /// <summary>The plan type, e.g. "perspectiefplan" or "gezinsplan".</summary>
        public string PlanType { get { return GetString("/plan_type"); } }

        /// <summary>The municipality the plan names, or null when it names none.</summary>
        public string Municipality
        {
            get
            {
                try
                {
                    var m = Get("/municipality");
                    return m.IsNull ? null : m.AsString();
                }
                catch (NotFoundException)
                {
                    return null;
                }
            }
        }

        /// <summary>The workflow state id, e.g. "hulp_gestart" (docs/workflow.md).</summary>
        public string Status { get { return GetString("/status"); } }

        /// <summary>The plan's version: 1 at creation, raised by every event that changes its content.</summary>
        public long Version { get { return GetLong("/version"); } }

        /// <summary>
        /// The value at a JSON pointer (RFC 6901) in the plan's canonical JSON, "" for the whole plan;
        /// <see cref="JsonValue.ToJson"/> is its JSON text.
        /// </summary>
        /// <exception cref="NotFoundException">nothing is there</exception>
        public JsonValue Get(string jsonPointer)
        {
            var p = Utf8.Text(jsonPointer, "jsonPointer");
            return JsonValue.Parse(Guard.Run(null, this, () => PerspectiefNative.pp_plan_get(Handle, p)), jsonPointer);
        }

        /// <summary>The string at a JSON pointer.</summary>
        /// <exception cref="NotFoundException">nothing is there</exception>
        /// <exception cref="InvalidArgumentException">the value there is no string (at that pointer)</exception>
        public string GetString(string jsonPointer) { return Get(jsonPointer).AsString(); }

        /// <summary>The integer at a JSON pointer.</summary>
        /// <exception cref="NotFoundException">nothing is there</exception>
        /// <exception cref="InvalidArgumentException">the value there is no integer (at that pointer)</exception>
        public long GetLong(string jsonPointer) { return Get(jsonPointer).AsLong(); }

        /// <summary>The boolean at a JSON pointer.</summary>
        /// <exception cref="NotFoundException">nothing is there</exception>
        /// <exception cref="InvalidArgumentException">the value there is no boolean (at that pointer)</exception>
        public bool GetBoolean(string jsonPointer) { return Get(jsonPointer).AsBoolean(); }

        /// <summary>Every semantic problem against the engine's profile; empty when valid.</summary>
        public IReadOnlyList<Problem> Validate()
        {
            return Problem.ListOf(JsonText.Parse(Both(() => PerspectiefNative.pp_plan_validate(Engine.Handle, Handle))));
        }

        /// <summary>
        /// This plan when it has no error (warnings do not block), else a <see cref="ValidationException"/>
        /// listing every error, as Python's Engine.check: for code that must not go on with an invalid plan.
        /// </summary>
        /// <exception cref="ValidationException">with every error in Problems, its Pointer the first error's</exception>
        public Plan Check()
        {
            var all = JsonText.Parse(Both(() => PerspectiefNative.pp_plan_validate(Engine.Handle, Handle)));
            var errors = new List<string>();
            var rules = new List<string>();
            Problem first = null;
            foreach (var v in all.Elements)
            {
                var problem = Problem.Of(v);
                if (!problem.IsError) continue;
                if (first == null) first = problem;
                errors.Add(v.Raw);
                if (problem.Rule != null && !rules.Contains(JsonWriter.Quote(problem.Rule))) rules.Add(JsonWriter.Quote(problem.Rule));
            }
            if (first == null) return this;
            string message = "the plan has " + errors.Count + " problem(s); the first: " + first.Code + " at " + first.Pointer +
                             ": " + first.MessageEn;
            // The detail in the C ABI's shape, so that this reads like any error of the library.
            string detail = "{\"code\":" + (int)ErrorCode.Validation + ",\"message\":" + JsonWriter.Quote(message) +
                            ",\"name\":\"validation\",\"pointer\":" + JsonWriter.Quote(first.Pointer) + ",\"problems\":[" +
                            string.Join(",", errors) + "],\"rules\":[" + string.Join(",", rules) + "]}";
            throw PerspectiefException.Create(ErrorCode.Validation, message, first.Pointer, detail);
        }

        /// <summary>Flat records for tables, each row with exactly the kind's columns.</summary>
        public IReadOnlyList<RecordRow> Records(RecordKind kind)
        {
            if (kind == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "kind is null");
            var k = Utf8.Text(kind.Label, "kind");
            return RecordRow.ListOf(kind, Both(() => PerspectiefNative.pp_plan_records(Engine.Handle, Handle, k)));
        }

        /// <summary>As <see cref="Records(RecordKind)"/>, by the kind's name: "results", "evaluations", "transitions" or "jeugdigen".</summary>
        /// <exception cref="InvalidArgumentException">for any other name</exception>
        public IReadOnlyList<RecordRow> Records(string kind)
        {
            return Records(RecordKind.Of(kind));
        }

        /// <summary>
        /// The plan's content as the payload of the genesis event plan_aanmaken: the plan without the
        /// workflow's bookkeeping (status, version, history, versions, akkoorden, regie) and without the
        /// members later events set. For bringing a plan made elsewhere into the workflow:
        /// <c>engine.Create(Event.PlanAanmaken(actor, at, imported.InitialContent()))</c>. JSON object text.
        /// </summary>
        public string InitialContent()
        {
            return Guard.Run(null, this, () => PerspectiefNative.pp_workflow_initial_content(Handle));
        }

        /// <summary>The events <paramref name="actor"/> could fire at <paramref name="at"/> (RFC 3339), with every failed guard.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(Actor actor, string at)
        {
            return AvailableEvents(actor == null ? null : actor.ToJson(), at);
        }

        /// <summary>The events <paramref name="actor"/> could fire at <paramref name="at"/>, with every failed guard.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(Actor actor, DateTimeOffset at)
        {
            return AvailableEvents(actor, Moments.Format(at));
        }

        /// <summary>As <see cref="AvailableEvents(Actor, string)"/>, for an actor given as JSON text ({"role","person",...}) by a host that forwards it.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(string actorJson, string at)
        {
            var a = Utf8.Json(actorJson, "actorJson");
            var t = Utf8.Text(at, "at");
            return EventOption.ListOf(Both(() => PerspectiefNative.pp_workflow_available_events(Engine.Handle, Handle, a, t)));
        }

        /// <summary>Applies one event; returns the new plan (history appended), this one unchanged.</summary>
        /// <exception cref="RejectedException">listing every failed guard with its rule id</exception>
        public Plan Apply(Event ev)
        {
            return Apply(ev == null ? null : ev.ToJson());
        }

        /// <summary>Applies one event given as JSON text {"event","actor","at","reason"?,"payload"?}; returns the new plan.</summary>
        /// <exception cref="RejectedException">listing every failed guard with its rule id</exception>
        public Plan Apply(string eventJson)
        {
            var e = Utf8.Json(eventJson, "eventJson");
            return Derive(() => PerspectiefNative.pp_workflow_apply(Engine.Handle, Handle, e));
        }

        /// <summary>Applies events in order; a refusal's pointer names the event's index.</summary>
        public Plan ApplyAll(IEnumerable<Event> events)
        {
            return ApplyAll(events == null ? null : JoinArray(events, "event"));
        }

        /// <summary>Applies events given as a JSON array ([event, ...]) in order; a refusal's pointer names the event's index.</summary>
        public Plan ApplyAll(string eventsJson)
        {
            var e = Utf8.Json(eventsJson, "eventsJson");
            return Derive(() => PerspectiefNative.pp_workflow_apply_all(Engine.Handle, Handle, e));
        }

        /// <summary>The plan rebuilt from its history alone.</summary>
        public Plan Replay()
        {
            return Derive(() => PerspectiefNative.pp_workflow_replay(Engine.Handle, Handle));
        }

        /// <summary>What is due or overdue at <paramref name="at"/> (RFC 3339; its date at that offset is "today"), sorted by due date.</summary>
        public IReadOnlyList<Deadline> Deadlines(string at)
        {
            var t = Utf8.Text(at, "at");
            return Deadline.ListOf(Both(() => PerspectiefNative.pp_workflow_deadlines(Engine.Handle, Handle, t)));
        }

        /// <summary>What is due or overdue at <paramref name="at"/>, sorted by due date.</summary>
        public IReadOnlyList<Deadline> Deadlines(DateTimeOffset at)
        {
            return Deadlines(Moments.Format(at));
        }

        /// <summary>
        /// Where perspectiefregie lies for <paramref name="jeugdige"/> by the region's regie matrix
        /// (docs/workflow.md, "Perspectiefregie"); <paramref name="situatie"/> refines the Veilig Thuis,
        /// GI and Raad routes, <paramref name="fase"/> is the phase of a Veilig Thuis trajectory (both optional).
        /// </summary>
        /// <exception cref="NotFoundException">a jeugdige the plan does not have</exception>
        public RegieAdvice RegieAdvice(string jeugdige, string situatie = null, string fase = null)
        {
            var j = Utf8.Text(jeugdige, "jeugdige");
            var s = Utf8.Text(situatie, "situatie");
            var f = Utf8.Text(fase, "fase");
            return new RegieAdvice(Both(() => PerspectiefNative.pp_workflow_regie_advice(Engine.Handle, Handle, j, s, f)));
        }

        /// <summary>Decides one request. A denial is a result, not an exception.</summary>
        public Decision Decide(SharingRequest request)
        {
            return Decide(request == null ? null : request.ToJson());
        }

        /// <summary>Decides one request given as JSON text. A denial is a result, not an exception.</summary>
        public Decision Decide(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return Decision.Of(JsonText.Parse(Both(() => PerspectiefNative.pp_sharing_decide(Engine.Handle, Handle, r))));
        }

        /// <summary>Decides several requests against this plan in one native call; one decision per request, in order.</summary>
        public IReadOnlyList<Decision> DecideBatch(IEnumerable<SharingRequest> requests)
        {
            return DecideBatch(requests == null ? null : JoinArray(requests, "request"));
        }

        /// <summary>Decides a JSON array of requests against this plan in one native call.</summary>
        public IReadOnlyList<Decision> DecideBatch(string requestsJson)
        {
            var r = Utf8.Json(requestsJson, "requestsJson");
            var list = new List<Decision>();
            foreach (var d in JsonText.Parse(Both(() => PerspectiefNative.pp_sharing_decide_batch(Engine.Handle, Handle, r))).Elements)
            {
                list.Add(Decision.Of(d));
            }
            return new ReadOnlyCollection<Decision>(list);
        }

        /// <summary>The redacted view for a request, with its decision and disclosure record.</summary>
        public PlanView View(SharingRequest request)
        {
            return View(request == null ? null : request.ToJson());
        }

        /// <summary>The redacted view for a request given as JSON text, with its decision and disclosure record.</summary>
        public PlanView View(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return PlanView.Of(JsonText.Parse(Both(() => PerspectiefNative.pp_sharing_view(Engine.Handle, Handle, r))));
        }

        /// <summary>A JSON array of the items' own JSON; a null item is refused at its index.</summary>
        private static string JoinArray<T>(IEnumerable<T> items, string what) where T : class
        {
            var b = new System.Text.StringBuilder("[");
            int i = 0;
            foreach (var item in items)
            {
                if (item == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, what + " " + i + " is null", "/" + i);
                if (i++ > 0) b.Append(',');
                b.Append(item.ToString());
            }
            return b.Append(']').ToString();
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native plan once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }

        private T Both<T>(Func<T> call)
        {
            return Guard.Run(Engine, this, call);
        }

        private Plan Derive(Func<PlanHandle> call)
        {
            return new Plan(Engine, Guard.Run(Engine, this, call));
        }
    }

    /// <summary>The canonical JSON form every language emits: sorted keys, no insignificant whitespace, UTF-8.</summary>
    public static class Json
    {
        /// <summary>Rewrites any JSON text in canonical form.</summary>
        public static string Canonicalize(string json)
        {
            return PerspectiefNative.pp_json_canonicalize(Utf8.Json(json, "json"));
        }

        /// <summary>As <see cref="Canonicalize(string)"/>, for UTF-8 bytes (invalid UTF-8 is reported by the library).</summary>
        public static string Canonicalize(byte[] utf8)
        {
            return PerspectiefNative.pp_json_canonicalize(Utf8.Json(utf8, "json"));
        }
    }

    /// <summary>The loaded native library.</summary>
    public static class Library
    {
        /// <summary>The version of the native library this binding runs with.</summary>
        public static Version Version
        {
            get
            {
                return new Version(PerspectiefNative.pp_version_major(), PerspectiefNative.pp_version_minor(),
                    PerspectiefNative.pp_version_patch());
            }
        }

        /// <summary>The library's own version string, e.g. "0.1.0".</summary>
        public static string VersionString { get { return PerspectiefNative.pp_version_string(); } }
    }
}
