using System;
using System.Collections.Generic;
using System.Linq;

namespace Perspectief
{
    /// <summary>
    /// A dossier store on a SQLite file (docs/store.md): every plan with all of its events, its
    /// fixed versions byte for byte, akkoord evidence, signatures and the disclosure log (R-LOG),
    /// append-only and hash-chained, so that <see cref="Verify"/> names any row that was changed,
    /// removed, inserted or reordered.
    /// </summary>
    /// <remarks>
    /// Every operation is one transaction; two processes may share a file, and one Store may be
    /// used from many threads. Dispose it when done; disposing while another thread's call runs is
    /// safe (the file closes when that call returns). Events and requests go in as builders
    /// (<see cref="Event"/>, <see cref="SharingRequest"/>) or JSON text; plans, views, <see cref="Plans"/> and
    /// <see cref="DeadlinesDue"/> come out typed, the audit documents (consents, rows, reports, packages) as
    /// JSON text to keep and pass on as they are. The operations and their names are the C ABI's
    /// (pp_store_*), as in Python and Java (tests/conformance/operations.json).
    /// </remarks>
    public sealed class Store : IDisposable
    {
        internal readonly StoreHandle Handle;

        private Store(StoreHandle handle)
        {
            Handle = handle;
        }

        /// <summary>Opens a store file, creating it when <paramref name="create"/> is true and it is missing.</summary>
        /// <exception cref="NotFoundException">the file is missing and create is false</exception>
        /// <exception cref="IoException">the file is not a database or cannot be read</exception>
        /// <exception cref="StateException">a SQLite database that is no perspectief store, or a newer schema</exception>
        public static Store Open(string path, bool create = true)
        {
            return new Store(PerspectiefNative.pp_store_open(Utf8.Text(path, "path"), create ? 1u : 0u));
        }

        /// <summary>
        /// A new, empty store in memory, gone when it is disposed: the C ABI's path ":memory:"
        /// (PP_STORE_IN_MEMORY), as in SQLite.
        /// </summary>
        public static Store InMemory()
        {
            return Open(":memory:");
        }

        /// <summary>Creates a plan with its genesis event plan_aanmaken (<see cref="Event.PlanAanmaken(Actor, string, Payload)"/>); returns the new plan.</summary>
        public Plan CreatePlan(Engine engine, Event genesis)
        {
            return CreatePlan(engine, genesis == null ? null : genesis.ToJson());
        }

        /// <summary>Creates a plan with its genesis event given as JSON text; returns the new plan.</summary>
        public Plan CreatePlan(Engine engine, string eventJson)
        {
            Need(engine);
            var e = Utf8.Json(eventJson, "eventJson");
            return new Plan(Run(engine, () => PerspectiefNative.pp_store_create_plan(Handle, engine.Handle, e)));
        }

        /// <summary>Applies one event to the stored plan and stores the result.</summary>
        /// <exception cref="RejectedException">when the guards refuse it; nothing is stored then</exception>
        public Plan Apply(Engine engine, string planId, Event ev)
        {
            return Apply(engine, planId, ev == null ? null : ev.ToJson());
        }

        /// <summary>Applies one event given as JSON text to the stored plan and stores the result.</summary>
        /// <exception cref="RejectedException">the guards refuse it; nothing is stored</exception>
        public Plan Apply(Engine engine, string planId, string eventJson)
        {
            Need(engine);
            var id = Utf8.Text(planId, "planId");
            var e = Utf8.Json(eventJson, "eventJson");
            return new Plan(Run(engine, () => PerspectiefNative.pp_store_apply(Handle, engine.Handle, id, e)));
        }

        /// <summary>The stored plan.</summary>
        /// <exception cref="NotFoundException">no such plan</exception>
        /// <exception cref="StateException">the plan was destroyed</exception>
        public Plan Get(Engine engine, string planId)
        {
            Need(engine);
            var id = Utf8.Text(planId, "planId");
            return new Plan(Run(engine, () => PerspectiefNative.pp_store_get(Handle, engine.Handle, id)));
        }

        /// <summary>The ids of every stored plan, sorted.</summary>
        public IReadOnlyList<string> Plans()
        {
            var ids = Run(null, () => PerspectiefNative.pp_store_plans(Handle));
            return JsonValue.Parse(ids, "").AsList().Select(v => v.AsString()).ToList().AsReadOnly();
        }

        /// <summary>
        /// The consents the stored plan holds (R-CONSENT-VALID), as the JSON array of its "consents"
        /// ("[]" when it has none).
        /// </summary>
        /// <exception cref="NotFoundException">no such plan</exception>
        /// <exception cref="StateException">the plan was destroyed</exception>
        public string Consents(string planId)
        {
            var id = Utf8.Text(planId, "planId");
            return Run(null, () => PerspectiefNative.pp_store_consents(Handle, id));
        }

        /// <summary>The plan exactly as stored when <paramref name="version"/> was fixed (canonical JSON).</summary>
        public string FixedVersion(string planId, long version)
        {
            var id = Utf8.Text(planId, "planId");
            return Run(null, () => PerspectiefNative.pp_store_fixed_version(Handle, id, version));
        }

        /// <summary>Records how an akkoord the plan holds was given: {"person","version","method","at"}.</summary>
        public string RecordAkkoord(string planId, string evidenceJson)
        {
            var id = Utf8.Text(planId, "planId");
            var e = Utf8.Json(evidenceJson, "evidenceJson");
            return Run(null, () => PerspectiefNative.pp_store_record_akkoord(Handle, id, e));
        }

        /// <summary>Signs a fixed version with an Ed25519 secret key (hex) and keeps the signature.</summary>
        public string SignVersion(string planId, long version, string secretKeyHex, string signer, string at)
        {
            var id = Utf8.Text(planId, "planId");
            var key = Utf8.Text(secretKeyHex, "secretKeyHex");
            var who = Utf8.Text(signer, "signer");
            var when = Utf8.Text(at, "at");
            return Run(null, () => PerspectiefNative.pp_store_sign_version(Handle, id, version, key, who, when));
        }

        /// <summary>The redacted view of the stored plan, with its disclosure or refusal record logged.</summary>
        public PlanView View(Engine engine, string planId, SharingRequest request)
        {
            return View(engine, planId, request == null ? null : request.ToJson());
        }

        /// <summary>As <see cref="View(Engine, string, SharingRequest)"/>, for a request given as JSON text.</summary>
        public PlanView View(Engine engine, string planId, string requestJson)
        {
            Need(engine);
            var id = Utf8.Text(planId, "planId");
            var r = Utf8.Json(requestJson, "requestJson");
            return PlanView.Of(JsonText.Parse(Run(engine, () => PerspectiefNative.pp_store_view(Handle, engine.Handle, id, r))));
        }

        /// <summary>Appends a perspectief/disclosure@1 record made elsewhere to the plan's log.</summary>
        public void Log(string planId, string recordJson)
        {
            var id = Utf8.Text(planId, "planId");
            var r = Utf8.Json(recordJson, "recordJson");
            Run(null, () => { PerspectiefNative.pp_store_log(Handle, id, r); return 0; });
        }

        /// <summary>The rows of one chain, "history" or "log", as a JSON array.</summary>
        public string Rows(string planId, string chain)
        {
            var id = Utf8.Text(planId, "planId");
            var c = Utf8.Text(chain, "chain");
            return Run(null, () => PerspectiefNative.pp_store_rows(Handle, id, c));
        }

        /// <summary>
        /// What is due or overdue at <paramref name="at"/> in every stored plan of the engine's region:
        /// the work list of a team. Each <see cref="Deadline.PlanId"/> names its plan.
        /// </summary>
        public IReadOnlyList<Deadline> DeadlinesDue(Engine engine, string at)
        {
            Need(engine);
            var when = Utf8.Text(at, "at");
            return Deadline.ListOf(Run(engine, () => PerspectiefNative.pp_store_deadlines_due(Handle, engine.Handle, when)));
        }

        /// <summary>Every live plan's retention (Jeugdwet 7.3.8); with dueOnly only those due at <paramref name="at"/>.</summary>
        public string Retention(string at, bool dueOnly = false)
        {
            var when = Utf8.Text(at, "at");
            return Run(null, () => PerspectiefNative.pp_store_retention(Handle, when, dueOnly ? 1 : 0));
        }

        /// <summary>Destroys the plan's content on a recorded request (Jeugdwet 7.3.9); returns the log record.</summary>
        public string Destroy(string planId, string requestJson)
        {
            var id = Utf8.Text(planId, "planId");
            var r = Utf8.Json(requestJson, "requestJson");
            return Run(null, () => PerspectiefNative.pp_store_destroy(Handle, id, r));
        }

        /// <summary>
        /// Checks every plan (optionsJson null, or {"plan"?,"trusted_keys"?,"expected_heads"?}). What it
        /// finds is the report ({"ok":false,"problems":[...]}), not an exception.
        /// </summary>
        public string Verify(string optionsJson = null)
        {
            var o = Utf8.Json(optionsJson, "optionsJson");
            return Run(null, () => PerspectiefNative.pp_store_verify(Handle, o));
        }

        /// <summary>The plan's dossier package (canonical JSON).</summary>
        public string Export(string planId)
        {
            var id = Utf8.Text(planId, "planId");
            return Run(null, () => PerspectiefNative.pp_store_export(Handle, id));
        }

        /// <summary>Imports a package after verifying it; returns the plan's id.</summary>
        /// <exception cref="ValidationException">it does not verify; nothing is imported</exception>
        /// <exception cref="StateException">the plan is already stored</exception>
        public string ImportPackage(string packageJson)
        {
            var p = Utf8.Json(packageJson, "packageJson");
            return Run(null, () => PerspectiefNative.pp_store_import(Handle, p));
        }

        /// <summary>Verifies a dossier package without a store; options as for <see cref="Verify"/>.</summary>
        public static string VerifyPackage(string packageJson, string optionsJson = null)
        {
            return PerspectiefNative.pp_store_verify_package(Utf8.Json(packageJson, "packageJson"),
                Utf8.Json(optionsJson, "optionsJson"));
        }

        /// <summary>A new random Ed25519 key pair: {"public_key","secret_key"} in hex.</summary>
        public static string GenerateSigningKey()
        {
            return PerspectiefNative.pp_signing_key_generate();
        }

        /// <summary>The Ed25519 key pair of a 32-byte seed (64 hex digits).</summary>
        public static string SigningKeyFromSeed(string seedHex)
        {
            return PerspectiefNative.pp_signing_key_from_seed(Utf8.Text(seedHex, "seedHex"));
        }

        /// <summary>Whether <see cref="Dispose"/> was called.</summary>
        public bool IsClosed { get { return Handle.IsClosed; } }

        /// <summary>Closes the store once no call is using it. Idempotent.</summary>
        public void Dispose()
        {
            Handle.Dispose();
        }

        // Closed handles become StateException, as for engines and plans (Guard in Engine.cs).
        private T Run<T>(Engine engine, Func<T> call)
        {
            Check(engine);
            try
            {
                return call();
            }
            catch (ObjectDisposedException)
            {
                Check(engine);
                throw;
            }
        }

        private static void Need(Engine engine)
        {
            if (engine == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "engine is null");
        }

        private void Check(Engine engine)
        {
            if (Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "this Store is disposed");
            if (engine != null && engine.Handle.IsClosed) throw PerspectiefException.Create(ErrorCode.State, "the Engine is disposed");
        }
    }
}
