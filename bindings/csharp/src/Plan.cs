using System;

namespace Perspectief
{
    /// <summary>
    /// One family's perspectiefplan: a value. Immutable, and it may be read from many threads at
    /// once; it holds only its document (its canonical JSON, <see cref="Get"/> at any pointer, and
    /// typed accessors for the main members).
    /// </summary>
    /// <remarks>
    /// Everything that needs a region's rules (validation, records, the workflow, sharing) is an
    /// operation of an <see cref="Engine"/> that takes the plan: <c>engine.Apply(plan, ev)</c>,
    /// <c>engine.Decide(plan, request)</c>, as in the C ABI (<c>pp_workflow_apply(engine, plan, event)</c>)
    /// and in every other language. A Plan neither references nor keeps alive the engine that parsed
    /// it, so the same plan can be checked against different engines (a municipality's settings and
    /// the built-in profile), and disposing that engine leaves the plan usable. Dispose plans when
    /// done; disposing in any order relative to an Engine is safe.
    /// </remarks>
    public sealed class Plan : IDisposable
    {
        internal readonly PlanHandle Handle;

        internal Plan(PlanHandle handle)
        {
            Handle = handle;
        }

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

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native plan once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
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
