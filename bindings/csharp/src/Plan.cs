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
    /// disposing in any order relative to the Engine is safe. Documents go in and come out as
    /// JSON text, so callers keep their own JSON library (formats: docs/workflow.md, docs/sharing.md).
    /// </remarks>
    public sealed class Plan : IDisposable
    {
        internal readonly PlanHandle Handle;

        internal Plan(Engine engine, PlanHandle handle)
        {
            Engine = engine;
            Handle = handle;
        }

        /// <summary>The Engine that parsed this plan (or the plan it was derived from).</summary>
        public Engine Engine { get; private set; }

        /// <summary>The plan as canonical JSON; unknown and local fields are kept.</summary>
        public string ToJson()
        {
            return Guard.Run(null, this, () => PerspectiefNative.pp_plan_to_json(Handle));
        }

        /// <summary>The value at a JSON pointer (RFC 6901) in the plan's canonical JSON, "" for the whole plan.</summary>
        /// <exception cref="NotFoundException">nothing is there</exception>
        public string Get(string jsonPointer)
        {
            var p = Utf8.Text(jsonPointer, "jsonPointer");
            return Guard.Run(null, this, () => PerspectiefNative.pp_plan_get(Handle, p));
        }

        /// <summary>Every semantic problem against the engine's profile; empty when valid.</summary>
        public IReadOnlyList<Problem> Validate()
        {
            return Problem.ListOf(JsonText.Parse(Both(() => PerspectiefNative.pp_plan_validate(Engine.Handle, Handle))));
        }

        /// <summary>Flat records for tables: kind is "results", "evaluations" or "transitions".</summary>
        public string Records(string kind)
        {
            var k = Utf8.Text(kind, "kind");
            return Both(() => PerspectiefNative.pp_plan_records(Engine.Handle, Handle, k));
        }

        /// <summary>The events an actor ({"role","person",...}) could fire at <paramref name="at"/>, with every failed guard.</summary>
        public string AvailableEvents(string actorJson, string at)
        {
            var a = Utf8.Json(actorJson, "actorJson");
            var t = Utf8.Text(at, "at");
            return Both(() => PerspectiefNative.pp_workflow_available_events(Engine.Handle, Handle, a, t));
        }

        /// <summary>Applies one event {"event","actor","at","reason"?,"payload"?}; returns the new plan.</summary>
        /// <exception cref="RejectedException">listing every failed guard with its rule id</exception>
        public Plan Apply(string eventJson)
        {
            var e = Utf8.Json(eventJson, "eventJson");
            return Derive(() => PerspectiefNative.pp_workflow_apply(Engine.Handle, Handle, e));
        }

        /// <summary>Applies events ([event, ...]) in order; a refusal's pointer names the event's index.</summary>
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

        /// <summary>What is due or overdue at <paramref name="at"/>, as a JSON array.</summary>
        public string Deadlines(string at)
        {
            var t = Utf8.Text(at, "at");
            return Both(() => PerspectiefNative.pp_workflow_deadlines(Engine.Handle, Handle, t));
        }

        /// <summary>Decides one request. A denial is a result, not an exception.</summary>
        public Decision Decide(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return Decision.Of(JsonText.Parse(Both(() => PerspectiefNative.pp_sharing_decide(Engine.Handle, Handle, r))));
        }

        /// <summary>Decides an array of requests against this plan in one native call.</summary>
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
        public PlanView View(string requestJson)
        {
            var r = Utf8.Json(requestJson, "requestJson");
            return PlanView.Of(JsonText.Parse(Both(() => PerspectiefNative.pp_sharing_view(Engine.Handle, Handle, r))));
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
