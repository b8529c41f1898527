using System;
using System.Collections;
using System.Collections.Generic;

namespace Perspectief
{
    /// <summary>
    /// What a <see cref="JsonlStream"/> does with every line of a JSONL file of plans: one operation
    /// with its own settings, and how many worker threads (docs/csharp.md, "JSONL files"). The lines
    /// are the ones <c>perspectief &lt;operation&gt; --jsonl</c> writes for the same file. Made with
    /// one of the static methods, refined with the <c>With...</c> methods; the library checks the
    /// combination when the stream opens (<see cref="InvalidArgumentException"/> with the option's
    /// pointer, e.g. <c>/verify</c> for a validate stream).
    /// </summary>
    public sealed class JsonlOptions
    {
        private readonly string operation;
        private int workers = 1;
        private bool validate, replay, verify;
        private string requests, kind, settings;
        private List<string> records;

        private JsonlOptions(string operation)
        {
            this.operation = operation;
        }

        /// <summary>Lines <c>{"line":N,"parsed":PLAN,"plan":ID}</c>: each plan in canonical form.</summary>
        public static JsonlOptions Parse() { return new JsonlOptions("parse"); }

        /// <summary>Lines <c>{"line":N,"plan":ID,"problems":[...]}</c>.</summary>
        public static JsonlOptions Validate() { return new JsonlOptions("validate"); }

        /// <summary>Lines <c>{"line":N,"plan":ID,"replayed":PLAN}</c>; with <see cref="WithVerify"/> also "verified".</summary>
        public static JsonlOptions Replay() { return new JsonlOptions("replay"); }

        /// <summary>The same requests against every plan: a line <c>{"decision":{...},"line":N,"plan":ID,"request":I}</c> per request.</summary>
        public static JsonlOptions Decide(IEnumerable<SharingRequest> requests)
        {
            if (requests == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "requests is null");
            return Decide(Engine.JoinArray(requests, "request"));
        }

        /// <summary>As <see cref="Decide(IEnumerable{SharingRequest})"/>, with the requests as a JSON array.</summary>
        public static JsonlOptions Decide(string requestsJson)
        {
            if (requestsJson == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "requests is null");
            return new JsonlOptions("decide") { requests = JsonWriter.CheckedJson(requestsJson, "/requests") };
        }

        /// <summary>The records of one kind: a line per row, the row with its plan's "line" added (none for a plan without rows).</summary>
        public static JsonlOptions Records(RecordKind kind)
        {
            if (kind == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "kind is null");
            return new JsonlOptions("records") { kind = kind.Label };
        }

        /// <summary>
        /// Several passes over each plan, parsed once (as <c>perspectief bulk</c>): add them with
        /// <see cref="WithValidate"/>, <see cref="WithReplay"/>, <see cref="WithVerify"/> and
        /// <see cref="WithRecords"/>. A line per plan; a pass that fails is in its "errors".
        /// </summary>
        public static JsonlOptions Bulk() { return new JsonlOptions("bulk"); }

        /// <summary>Runs the lines on this many threads (1 to 256; default 1); the results keep the file's order.</summary>
        public JsonlOptions WithWorkers(int count)
        {
            workers = count;
            return this;
        }

        /// <summary>With the problems of each plan (bulk).</summary>
        public JsonlOptions WithValidate()
        {
            validate = true;
            return this;
        }

        /// <summary>With each plan rebuilt from its history (bulk).</summary>
        public JsonlOptions WithReplay()
        {
            replay = true;
            return this;
        }

        /// <summary>With whether the history rebuilds the stored plan (replay, bulk).</summary>
        public JsonlOptions WithVerify()
        {
            verify = true;
            return this;
        }

        /// <summary>With the records of these kinds (bulk).</summary>
        public JsonlOptions WithRecords(params RecordKind[] kinds)
        {
            if (records == null) records = new List<string>();
            foreach (var k in kinds)
            {
                if (k == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a kind is null");
                records.Add(k.Label);
            }
            return this;
        }

        /// <summary>Municipal settings for the engine of every region, for a stream without engine (<see cref="JsonlStream.Open"/>).</summary>
        public JsonlOptions WithSettings(string settingsJson)
        {
            settings = JsonWriter.CheckedJson(settingsJson, "/settings");
            return this;
        }

        /// <summary>The options as pp_jsonl_open takes them.</summary>
        public string ToJson()
        {
            return new JsonWriter().String("operation", operation).Raw("workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Raw("requests", requests).String("kind", kind).Strings("records", records).Raw("settings", settings)
                .Raw("validate", validate ? "true" : null).Raw("replay", replay ? "true" : null).Raw("verify", verify ? "true" : null)
                .Finish();
        }

        /// <inheritdoc/>
        public override string ToString() { return ToJson(); }
    }

    /// <summary>
    /// One line a <see cref="JsonlStream"/> gave: exactly the line <c>perspectief</c> writes for the
    /// same file (<see cref="Json"/>), with what a caller branches on read from it. Immutable.
    /// </summary>
    public sealed class JsonlResult
    {
        private readonly JsonText.Value value;

        internal JsonlResult(string json)
        {
            Json = json;
            value = JsonText.Parse(json);
        }

        /// <summary>The line, canonical JSON without its line break.</summary>
        public string Json { get; private set; }

        /// <summary>The 1-based number of the input line this result is about (every line counts, blank ones too).</summary>
        public long Line
        {
            get { var line = value.Get("line"); return line == null ? 0 : long.Parse(line.Raw, System.Globalization.CultureInfo.InvariantCulture); }
        }

        /// <summary>The plan's id as its line says, or null when it names none (a line that is not JSON).</summary>
        public string PlanId { get { return value.String("plan"); } }

        /// <summary>Whether the line worked; a pass of a bulk line may still have failed (its "errors").</summary>
        public bool Ok { get { return value.Get("error") == null; } }

        /// <summary>
        /// The line's failure (not JSON, a schema problem, a refused replay, a line over the engine's
        /// limit, a region without engine) as the exception a call with that plan would have thrown;
        /// null when the line worked.
        /// </summary>
        public PerspectiefException Error
        {
            get
            {
                var error = value.Get("error");
                if (error == null) return null;
                int code = int.Parse(error.Get("code").Raw, System.Globalization.CultureInfo.InvariantCulture);
                return PerspectiefException.FromNative(code, error.String("message"), error.String("pointer"), error.Raw);
            }
        }

        /// <summary>The whole line as a JSON value.</summary>
        public JsonValue Value { get { return new JsonValue(value, ""); } }

        /// <inheritdoc/>
        public override string ToString() { return Json; }
    }

    /// <summary>
    /// A JSONL file of plans (one plan document a line) worked on by native worker threads, the
    /// results in file order, each the line <c>perspectief</c> writes for the same file and options
    /// (the C ABI's pp_jsonl_*; docs/csharp.md, "JSONL files"). The file is never loaded whole: at
    /// most 4 lines per worker are in flight. A line that fails is a <see cref="JsonlResult"/> with
    /// an <see cref="JsonlResult.Error"/>, and the stream goes on. Dispose it (<c>using</c>):
    /// disposing stops the workers, also before the last line. Enumerable once; one thread at a time.
    /// </summary>
    public sealed class JsonlStream : IDisposable, IEnumerable<JsonlResult>
    {
        private readonly JsonlStreamHandle handle;
        private bool enumerated;

        internal JsonlStream(JsonlStreamHandle handle)
        {
            this.handle = handle;
        }

        /// <summary>
        /// Opens a file whose plans each run with their own built-in region ("profile"), each region's
        /// engine loaded once (as <c>perspectief</c> without <c>--profile</c>). With one engine for
        /// every line: <see cref="Engine.Jsonl"/>.
        /// </summary>
        /// <exception cref="NotFoundException">the file does not exist</exception>
        /// <exception cref="InvalidArgumentException">options the operation does not take</exception>
        public static JsonlStream Open(string path, JsonlOptions options)
        {
            return new JsonlStream(PerspectiefNative.ppbind_jsonl_open_builtin(Path(path), Options(options)));
        }

        internal static byte[] Path(string path) { return Utf8.Text(path, "path"); }

        internal static byte[] Options(JsonlOptions options)
        {
            if (options == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "options is null");
            return Utf8.Json(options.ToJson(), "options");
        }

        /// <summary>The next result, or null after the last.</summary>
        /// <exception cref="IoException">the file cannot be read on (after every line before)</exception>
        /// <exception cref="StateException">once disposed</exception>
        public JsonlResult Next()
        {
            string line;
            try
            {
                if (handle.IsClosed) throw new ObjectDisposedException("JsonlStream");
                line = PerspectiefNative.pp_jsonl_next(handle);
            }
            catch (ObjectDisposedException)
            {
                throw PerspectiefException.Create(ErrorCode.State, "this JsonlStream is disposed");
            }
            if (line == null)
            {
                Dispose(); // the workers have ended: let the stream go now
                return null;
            }
            return new JsonlResult(line);
        }

        /// <summary>The results in file order; a stream can be enumerated once.</summary>
        public IEnumerator<JsonlResult> GetEnumerator()
        {
            if (enumerated) throw PerspectiefException.Create(ErrorCode.State, "a JsonlStream can be enumerated once");
            enumerated = true;
            return Results();
        }

        private IEnumerator<JsonlResult> Results()
        {
            if (handle.IsClosed) yield break;
            JsonlResult result;
            while ((result = Next()) != null) yield return result;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        /// <summary>Whether <see cref="Dispose"/> was called (or the last line was taken).</summary>
        public bool IsClosed { get { return handle.IsClosed; } }

        /// <summary>Stops the workers and frees the stream. Idempotent.</summary>
        public void Dispose()
        {
            handle.Dispose();
        }
    }
}
