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
    /// policy compiled from them. Load one per region/municipality and share it: an Engine is
    /// immutable and safe to use from many threads at once.
    /// </summary>
    /// <remarks>
    /// An Engine owns native memory: dispose it (<c>using</c>). Disposing is safe at any moment:
    /// calls running on other threads finish first (the SafeHandle keeps the native engine
    /// alive until they return), later calls, also through the engine's plans, throw
    /// <see cref="StateException"/>. Disposing twice is fine.
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
        /// initial content: a new family's plan, or an imported one's <see cref="Plan.InitialContent"/>.
        /// The new plan's history starts with this event, so <see cref="Plan.Replay"/> rebuilds it.
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
            return new Plan(this, Guard.Run(this, null, () => PerspectiefNative.pp_workflow_create(Handle, e)));
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
            return new Plan(this, Guard.Run(this, null, () => PerspectiefNative.pp_plan_parse(Handle, json)));
        }

        /// <summary>The region's workflow as a diagram: "mermaid" or "dot".</summary>
        public string Diagram(string format)
        {
            var f = Utf8.Text(format, "format");
            return Guard.Run(this, null, () => PerspectiefNative.pp_workflow_diagram(Handle, f));
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Releases the native engine once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
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
            if (engine != null && engine.Handle.IsClosed)
            {
                throw PerspectiefException.Create(ErrorCode.State,
                    plan == null ? "this Engine is disposed" : "the Engine of this Plan is disposed");
            }
        }
    }
}
