using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;

namespace Perspectief
{
    /// <summary>
    /// Limits an <see cref="Engine"/> applies to every JSON input: the deepest nesting and the
    /// largest document accepted (library defaults: 128 levels, 64 MiB). Immutable.
    /// </summary>
    public sealed class EngineOptions
    {
        /// <summary>The library's defaults.</summary>
        public static readonly EngineOptions Defaults = new EngineOptions(0, 0);

        private EngineOptions(long maxDepth, long maxDocumentBytes)
        {
            MaxDepth = maxDepth;
            MaxDocumentBytes = maxDocumentBytes;
        }

        /// <summary>The configured depth, or 0 for the library's default.</summary>
        public long MaxDepth { get; private set; }

        /// <summary>The configured size in bytes, or 0 for the library's default.</summary>
        public long MaxDocumentBytes { get; private set; }

        /// <summary>A copy with the deepest JSON nesting accepted (1 to 2^32-1; the library caps it further).</summary>
        public EngineOptions WithMaxDepth(long depth)
        {
            if (depth < 1 || depth > uint.MaxValue)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, "MaxDepth must be between 1 and 4294967295, not " + depth);
            }
            return new EngineOptions(depth, MaxDocumentBytes);
        }

        /// <summary>A copy with the largest JSON document accepted, in bytes (at least 1).</summary>
        public EngineOptions WithMaxDocumentBytes(long bytes)
        {
            if (bytes < 1)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, "MaxDocumentBytes must be at least 1, not " + bytes);
            }
            return new EngineOptions(MaxDepth, bytes);
        }

        /// <summary>The form the glue takes (bindings/swig/csharp.i): {max_depth, max_document_bytes}, 0 = default.</summary>
        internal static long[] ToNative(EngineOptions options)
        {
            return options == null ? null : new[] { options.MaxDepth, options.MaxDocumentBytes };
        }

        /// <summary>Used by the generated layer: C reads exactly two elements.</summary>
        internal static long[] CheckArray(long[] array)
        {
            if (array != null && array.Length != 2) throw new ArgumentException("internal: options array must have two elements");
            return array;
        }
    }

    /// <summary>
    /// A loaded region profile with optional municipal settings, and the workflow and sharing
    /// policy compiled from them, with every operation on plans. Load one per region/municipality
    /// and share it: an Engine is immutable and safe to use from many threads at once.
    /// </summary>
    /// <remarks>
    /// Every operation takes the plan it works on, as in the C ABI and every other language:
    /// <c>engine.Validate(plan)</c>, <c>engine.Apply(plan, ev)</c>, <c>engine.Decide(plan, request)</c>.
    /// A <see cref="Plan"/> is a value that holds no engine, so one plan can be checked against
    /// several engines. Answers are typed (<see cref="EventOption"/>, <see cref="Deadline"/>,
    /// <see cref="RecordRow"/>, <see cref="Decision"/>, <see cref="PlanView"/>, <see cref="Perspectief.RegieAdvice"/>),
    /// each with ToJson() for a host that forwards JSON; events and requests are built with
    /// <see cref="Event"/> and <see cref="SharingRequest"/>, or passed as JSON text (formats:
    /// docs/workflow.md, docs/sharing.md).
    /// An Engine owns native memory: dispose it (<c>using</c>). Disposing is safe at any moment:
    /// calls running on other threads finish first (the SafeHandle keeps the native engine
    /// alive until they return), later calls throw <see cref="StateException"/>; plans it made
    /// stay usable. Disposing twice is fine.
    /// </remarks>
    public sealed class Engine : IDisposable
    {
        internal readonly EngineHandle Handle;

        private Engine(EngineHandle handle)
        {
            Handle = handle;
        }

        /// <summary>A built-in region profile by id (see <see cref="ProfileIds"/>), with optional municipal settings (JSON).</summary>
        /// <exception cref="NotFoundException">an unknown profile id</exception>
        /// <exception cref="MinimumConditionException">settings that would switch off a minimum condition</exception>
        public static Engine Builtin(string profileId, string settingsJson = null, EngineOptions options = null)
        {
            return new Engine(PerspectiefNative.pp_engine_create_builtin(Utf8.Text(profileId, "profileId"),
                Utf8.Json(settingsJson, "settingsJson"), EngineOptions.ToNative(options)));
        }

        /// <summary>A region profile document and optional municipal settings, as JSON text.</summary>
        public static Engine FromJson(string profileJson, string settingsJson = null, EngineOptions options = null)
        {
            return new Engine(PerspectiefNative.pp_engine_create(Utf8.Json(profileJson, "profileJson"),
                Utf8.Json(settingsJson, "settingsJson"), EngineOptions.ToNative(options)));
        }

        /// <summary>A region profile and optional municipal settings read from files.</summary>
        /// <exception cref="NotFoundException">a file that does not exist</exception>
        /// <exception cref="IoException">a file that cannot be read</exception>
        public static Engine FromFile(string profilePath, string settingsPath = null, EngineOptions options = null)
        {
            return new Engine(PerspectiefNative.pp_engine_create_from_file(Utf8.Text(profilePath, "profilePath"),
                Utf8.Text(settingsPath, "settingsPath"), EngineOptions.ToNative(options)));
        }

        /// <summary>The built-in region profiles, in the library's order.</summary>
        public static IReadOnlyList<ProfileInfo> Profiles()
        {
            return ProfileInfo.ListOf(ProfilesJson());
        }

        /// <summary>The built-in region profiles as the library lists them: [{"id","name":{"nl","en"},"seeds":[...]}].</summary>
        public static string ProfilesJson()
        {
            return PerspectiefNative.pp_profile_list();
        }

        /// <summary>The ids of the built-in region profiles, in the library's order.</summary>
        public static IReadOnlyList<string> ProfileIds()
        {
            var ids = new List<string>();
            foreach (var p in Profiles()) ids.Add(p.Id);
            return new ReadOnlyCollection<string>(ids);
        }

        /// <summary>The built-in profile document with this id (canonical JSON).</summary>
        public static string Profile(string profileId)
        {
            return PerspectiefNative.pp_profile_get(Utf8.Text(profileId, "profileId"));
        }

        /// <summary>What this engine was loaded with: profile id, municipality, local choices.</summary>
        public EngineInfo Info()
        {
            return new EngineInfo(Guard.Run(this, null, () => PerspectiefNative.pp_engine_info(Handle)));
        }

        /// <summary>
        /// Starts a new plan with the workflow's genesis event plan_aanmaken, whose payload is the plan's
        /// initial content: a new family's plan, or an imported one's <see cref="InitialContent"/>.
        /// The new plan's history starts with this event, so <see cref="Replay"/> rebuilds it.
        /// </summary>
        /// <exception cref="RejectedException">the guards refuse it (e.g. workflow bookkeeping in the content)</exception>
        public Plan Create(Event genesis)
        {
            return Create(genesis == null ? null : genesis.ToJson());
        }

        /// <summary>As <see cref="Create(Event)"/>, for the event given as JSON text.</summary>
        public Plan Create(string genesisJson)
        {
            var e = Utf8.Json(genesisJson, "genesisJson");
            return new Plan(Guard.Run(this, null, () => PerspectiefNative.pp_workflow_create(Handle, e)));
        }

        /// <summary>Parses a plan document.</summary>
        /// <exception cref="SchemaException">listing every structural problem with its pointer</exception>
        public Plan Parse(string json)
        {
            return ParseBytes(Utf8.Json(json, "plan JSON"));
        }

        /// <summary>Parses a plan document given as UTF-8 bytes (as read from a file or a socket).</summary>
        public Plan Parse(byte[] utf8)
        {
            return ParseBytes(Utf8.Json(utf8, "plan JSON"));
        }

        /// <summary>Reads and parses a plan file.</summary>
        public Plan ParseFile(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                throw PerspectiefException.Create(ErrorCode.Io, "cannot read " + path + ": " + e.Message);
            }
            return Parse(bytes);
        }

        private Plan ParseBytes(byte[] json)
        {
            return new Plan(Guard.Run(this, null, () => PerspectiefNative.pp_plan_parse(Handle, json)));
        }

        /// <summary>The region's workflow as a diagram: "mermaid" or "dot".</summary>
        public string Diagram(string format)
        {
            var f = Utf8.Text(format, "format");
            return Guard.Run(this, null, () => PerspectiefNative.pp_workflow_diagram(Handle, f));
        }

        /// <summary>Every semantic problem of the plan against this engine's profile and settings, errors and warnings; empty when there are none.</summary>
        public IReadOnlyList<Problem> Validate(Plan plan)
        {
            return Problem.ListOf(JsonText.Parse(Both(plan, () => PerspectiefNative.pp_plan_validate(Handle, plan.Handle))));
        }

        /// <summary>
        /// The plan itself when it has no error against this engine (warnings do not block), else a
        /// <see cref="ValidationException"/> listing every error: for code that must not go on with an invalid plan.
        /// </summary>
        /// <exception cref="ValidationException">with every error in Problems, its Pointer the first error's</exception>
        public Plan Check(Plan plan)
        {
            var all = JsonText.Parse(Both(plan, () => PerspectiefNative.pp_plan_validate(Handle, plan.Handle)));
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
            if (first == null) return plan;
            string message = "the plan has " + errors.Count + " problem(s); the first: " + first.Code + " at " + first.Pointer +
                             ": " + first.MessageEn;
            // The detail in the C ABI's shape, so that this reads like any error of the library.
            string detail = "{\"code\":" + (int)ErrorCode.Validation + ",\"message\":" + JsonWriter.Quote(message) +
                            ",\"name\":\"validation\",\"pointer\":" + JsonWriter.Quote(first.Pointer) + ",\"problems\":[" +
                            string.Join(",", errors) + "],\"rules\":[" + string.Join(",", rules) + "]}";
            throw PerspectiefException.Create(ErrorCode.Validation, message, first.Pointer, detail);
        }

        /// <summary>
        /// Works on every plan of a JSONL file with this engine, whatever region a plan names (a plan
        /// of another region gets this region's verdict: a PP-V-PROFILE problem, a refused replay), as
        /// <c>perspectief --profile</c> does. For each plan's own region: <see cref="JsonlStream.Open"/>.
        /// The stream keeps what it needs of the engine. Dispose it.
        /// </summary>
        /// <exception cref="NotFoundException">the file does not exist</exception>
        /// <exception cref="InvalidArgumentException">options the operation does not take</exception>
        public JsonlStream Jsonl(string path, JsonlOptions options)
        {
            var p = JsonlStream.Path(path);
            var o = JsonlStream.Options(options);
            return new JsonlStream(Guard.Run(this, null, () => PerspectiefNative.pp_jsonl_open(Handle, p, o)));
        }

        /// <summary>Flat records for tables, each row with exactly the kind's columns.</summary>
        public IReadOnlyList<RecordRow> Records(Plan plan, RecordKind kind)
        {
            if (kind == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "kind is null");
            var k = Utf8.Text(kind.Label, "kind");
            return RecordRow.ListOf(kind, Both(plan, () => PerspectiefNative.pp_plan_records(Handle, plan.Handle, k)));
        }

        /// <summary>As <see cref="Records(Plan, RecordKind)"/>, by the kind's name: "results", "evaluations", "transitions" or "jeugdigen".</summary>
        /// <exception cref="InvalidArgumentException">for any other name</exception>
        public IReadOnlyList<RecordRow> Records(Plan plan, string kind)
        {
            return Records(plan, RecordKind.Of(kind));
        }

        /// <summary>
        /// The plan's content as the payload of the genesis event plan_aanmaken: the plan without the
        /// workflow's bookkeeping (status, version, history, versions, akkoorden, regie) and without the
        /// members later events set. For bringing a plan made elsewhere into the workflow:
        /// <c>engine.Create(Event.PlanAanmaken(actor, at, engine.InitialContent(imported)))</c>. JSON object text.
        /// </summary>
        public string InitialContent(Plan plan)
        {
            return Both(plan, () => PerspectiefNative.pp_workflow_initial_content(plan.Handle));
        }

        /// <summary>The events <paramref name="actor"/> could fire at <paramref name="at"/> (RFC 3339), with every failed guard.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(Plan plan, Actor actor, string at)
        {
            return AvailableEvents(plan, actor == null ? null : actor.ToJson(), at);
        }

        /// <summary>The events <paramref name="actor"/> could fire at <paramref name="at"/>, with every failed guard.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(Plan plan, Actor actor, DateTimeOffset at)
        {
            return AvailableEvents(plan, actor, Moments.Format(at));
        }

        /// <summary>As <see cref="AvailableEvents(Plan, Actor, string)"/>, for an actor given as JSON text ({"role","person",...}) by a host that forwards it.</summary>
        public IReadOnlyList<EventOption> AvailableEvents(Plan plan, string actorJson, string at)
        {
            var a = Utf8.Json(actorJson, "actorJson");
            var t = Utf8.Text(at, "at");
            return EventOption.ListOf(Both(plan, () => PerspectiefNative.pp_workflow_available_events(Handle, plan.Handle, a, t)));
        }

        /// <summary>Applies one event; returns the new plan (history appended), <paramref name="plan"/> unchanged.</summary>
        /// <exception cref="RejectedException">listing every failed guard with its rule id</exception>
        public Plan Apply(Plan plan, Event ev)
        {
            return Apply(plan, ev == null ? null : ev.ToJson());
        }

        /// <summary>Applies one event given as JSON text {"event","actor","at","reason"?,"payload"?}; returns the new plan.</summary>
        /// <exception cref="RejectedException">listing every failed guard with its rule id</exception>
        public Plan Apply(Plan plan, string eventJson)
        {
            var e = Utf8.Json(eventJson, "eventJson");
            return Derive(plan, () => PerspectiefNative.pp_workflow_apply(Handle, plan.Handle, e));
        }

        /// <summary>Applies events in order; a refusal's pointer names the event's index.</summary>
        public Plan ApplyAll(Plan plan, IEnumerable<Event> events)
        {
            return ApplyAll(plan, events == null ? null : JoinArray(events, "event"));
        }

        /// <summary>Applies events given as a JSON array ([event, ...]) in order; a refusal's pointer names the event's index.</summary>
        public Plan ApplyAll(Plan plan, string eventsJson)
        {
            var e = Utf8.Json(eventsJson, "eventsJson");
            return Derive(plan, () => PerspectiefNative.pp_workflow_apply_all(Handle, plan.Handle, e));
        }

        /// <summary>The plan rebuilt from its history alone (for an accountant or a judge: R-LOG).</summary>
        public Plan Replay(Plan plan)
        {
            return Derive(plan, () => PerspectiefNative.pp_workflow_replay(Handle, plan.Handle));
        }

        /// <summary>What is due or overdue at <paramref name="at"/> (RFC 3339; its date at that offset is "today"), sorted by due date.</summary>
        public IReadOnlyList<Deadline> Deadlines(Plan plan, string at)
        {
            var t = Utf8.Text(at, "at");
            return Deadline.ListOf(Both(plan, () => PerspectiefNative.pp_workflow_deadlines(Handle, plan.Handle, t)));
        }

        /// <summary>What is due or overdue at <paramref name="at"/>, sorted by due date.</summary>
        public IReadOnlyList<Deadline> Deadlines(Plan plan, DateTimeOffset at)
        {
            return Deadlines(plan, Moments.Format(at));
        }

        /// <summary>
        /// Where perspectiefregie lies for <paramref name="jeugdige"/> by the region's regie matrix
        /// (docs/workflow.md, "Perspectiefregie"); <paramref name="situatie"/> refines the Veilig Thuis,
        /// GI and Raad routes, <paramref name="fase"/> is the phase of a Veilig Thuis trajectory (both optional).
        /// </summary>
        /// <exception cref="NotFoundException">a jeugdige the plan does not have</exception>
        public RegieAdvice RegieAdvice(Plan plan, string jeugdige, string situatie = null, string fase = null)
        {
            var j = Utf8.Text(jeugdige, "jeugdige");
            var s = Utf8.Text(situatie, "situatie");
            var f = Utf8.Text(fase, "fase");
            return new RegieAdvice(Both(plan, () => PerspectiefNative.pp_workflow_regie_advice(Handle, plan.Handle, j, s, f)));
        }

        /// <summary>Decides one request. A denial is a result, not an exception.</summary>
        public Decision Decide(Plan plan, SharingRequest request)
        {
            return Decide(plan, request == null ? null : request.ToJson());
        }

        /// <summary>Decides one request given as JSON text. A denial is a result, not an exception.</summary>
        public Decision Decide(Plan plan, string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return Decision.Of(JsonText.Parse(Both(plan, () => PerspectiefNative.pp_sharing_decide(Handle, plan.Handle, r))));
        }

        /// <summary>Decides several requests against the plan in one native call; one decision per request, in order.</summary>
        public IReadOnlyList<Decision> DecideBatch(Plan plan, IEnumerable<SharingRequest> requests)
        {
            return DecideBatch(plan, requests == null ? null : JoinArray(requests, "request"));
        }

        /// <summary>Decides a JSON array of requests against the plan in one native call.</summary>
        public IReadOnlyList<Decision> DecideBatch(Plan plan, string requestsJson)
        {
            var r = Utf8.Json(requestsJson, "requestsJson");
            var list = new List<Decision>();
            foreach (var d in JsonText.Parse(Both(plan, () => PerspectiefNative.pp_sharing_decide_batch(Handle, plan.Handle, r))).Elements)
            {
                list.Add(Decision.Of(d));
            }
            return new ReadOnlyCollection<Decision>(list);
        }

        /// <summary>The redacted view for a request, with its decision and disclosure record.</summary>
        public PlanView View(Plan plan, SharingRequest request)
        {
            return View(plan, request == null ? null : request.ToJson());
        }

        /// <summary>The redacted view for a request given as JSON text, with its decision and disclosure record.</summary>
        public PlanView View(Plan plan, string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return PlanView.Of(JsonText.Parse(Both(plan, () => PerspectiefNative.pp_sharing_view(Handle, plan.Handle, r))));
        }

        /// <summary>
        /// The plan prepared for many sharing questions (<see cref="PreparedPlan.Ask"/>): its parts,
        /// involvement, consents and birth dates worked out once. It keeps what it needs, so this engine
        /// and the plan may be disposed first. Dispose it when done.
        /// </summary>
        public PreparedPlan Prepare(Plan plan)
        {
            return new PreparedPlan(Both(plan, () => PerspectiefNative.pp_plan_prepare(Handle, plan.Handle)));
        }

        /// <summary>The index of a channel of the region's policy ("beveiligde_email"), for
        /// <see cref="Question.QuestionBuilder.Channel"/>.</summary>
        /// <exception cref="NotFoundException">the region knows no such channel</exception>
        public int FindChannel(string code)
        {
            var c = Utf8.Text(code, "code");
            return (int)Guard.Run(this, null, () => PerspectiefNative.pp_engine_find_channel(Handle, c));
        }

        /// <summary>A JSON array of the items' own JSON; a null item is refused at its index.</summary>
        internal static string JoinArray<T>(IEnumerable<T> items, string what) where T : class
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

        /// <summary>Releases the native engine once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }

        /// <summary>
        /// The verblijf report over many plans: jeugdigen in residential youth care per half-year by the
        /// other help they get, and the residential trajectories that ended by duration and JZ588 reason,
        /// with small numbers suppressed (docs/analysis.md). Each plan may occur once.
        /// </summary>
        /// <param name="plans">the plans; they stay in use (not freed) for the whole call</param>
        /// <param name="options">the threshold and the half-years; null: <see cref="Perspectief.VerblijfReport.Options.Defaults"/></param>
        /// <exception cref="ValidationException">a plan given twice, or a toewijzing that ends before it starts
        /// (the pointer starts with the plan's index)</exception>
        /// <exception cref="InvalidArgumentException">options out of range, or a null plan</exception>
        public VerblijfReport VerblijfReport(IReadOnlyList<Plan> plans, VerblijfReport.Options options = null)
        {
            if (plans == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "plans is null");
            var o = Utf8.Text((options ?? Perspectief.VerblijfReport.Options.Defaults).ToJson(), "options");
            var addresses = new IntPtr[plans.Count];
            var referenced = new List<PlanHandle>(plans.Count);
            try
            {
                // A reference on every plan's handle for the whole call, so that none is freed meanwhile
                // (the marshaller does this for a single SafeHandle argument; for an array, this code must).
                for (int i = 0; i < plans.Count; i++)
                {
                    var plan = plans[i];
                    if (plan == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "plan " + i + " is null", "/" + i);
                    if (plan.Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "plan " + i + " is disposed");
                    bool added = false;
                    try
                    {
                        plan.Handle.DangerousAddRef(ref added);
                    }
                    catch (ObjectDisposedException)
                    {
                        throw PerspectiefException.Create(ErrorCode.State, "plan " + i + " is disposed");
                    }
                    if (added) referenced.Add(plan.Handle);
                    addresses[i] = plan.Handle.DangerousGetHandle();
                }
                return new VerblijfReport(Guard.Run(this, null,
                    () => PerspectiefNative.pp_analysis_verblijf_report(Handle, addresses, addresses.Length, o)));
            }
            finally
            {
                foreach (var handle in referenced) handle.DangerousRelease();
            }
        }

        private T Both<T>(Plan plan, Func<T> call)
        {
            if (plan == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "plan is null");
            return Guard.Run(this, plan, call);
        }

        private Plan Derive(Plan plan, Func<PlanHandle> call)
        {
            return new Plan(Both(plan, call));
        }
    }

    /// <summary>Turns use of a disposed handle into <see cref="StateException"/>.</summary>
    internal static class Guard
    {
        internal static T Run<T>(Engine engine, Plan plan, Func<T> call)
        {
            Check(engine, plan);
            try
            {
                return call();
            }
            catch (ObjectDisposedException)
            {
                // Disposed by another thread between the check and the call: the marshaller
                // refused to use the handle. Same meaning, same exception.
                Check(engine, plan);
                throw;
            }
        }

        private static void Check(Engine engine, Plan plan)
        {
            if (plan != null && plan.Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "this Plan is disposed");
            if (engine != null && engine.Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "this Engine is disposed");
        }
    }
}
