package nl.perspectief;

import java.nio.file.Path;
import java.util.List;

/**
 * A dossier store on a SQLite file (docs/store.md): every plan with all of its events, its fixed
 * versions byte for byte, akkoord evidence, signatures and the disclosure log (R-LOG),
 * append-only and hash-chained, so that {@link #verify} names any row that was changed, removed,
 * inserted or reordered.
 *
 * <p>Every operation is one transaction; two processes may share a file, and one Store may be
 * used from many threads. A Store owns a native handle and the open file: close it when done
 * (try-with-resources). Closing it while another thread's call runs is safe: the file closes when
 * that call returns. Events and requests go in as builders ({@link Event}, {@link SharingRequest}) or JSON text; plans,
 * views, {@link #plans()} and {@link #deadlinesDue} come out typed, the audit documents (consents, rows,
 * reports, packages) as JSON text to keep and pass on as they are.
 *
 * <p>The operations and their names are the C ABI's ({@code pp_store_*}), as in Python and C#
 * (tests/conformance/operations.json).
 */
public final class Store implements AutoCloseable {
  private final NativeHandle handle;

  private Store(long address) {
    this.handle = new NativeHandle(this, "Store", address, PerspectiefNative::ppbind_store_close);
  }

  /**
   * Opens a store file, creating it when {@code create} is true and it is missing.
   *
   * @param path the store file
   * @param create whether to create the file when it is missing
   * @return the open store
   * @throws NotFoundException when the file is missing and {@code create} is false
   * @throws IoException for a file that is not a database or cannot be read
   * @throws StateException for a SQLite database that is no perspectief store, or a newer schema
   */
  public static Store open(Path path, boolean create) {
    byte[] p = Utf8.text(path == null ? null : path.toString(), "path");
    return new Store(PerspectiefNative.pp_store_open(p, create ? 1L : 0L));
  }

  /**
   * Opens a store file, creating it when it is missing.
   *
   * @param path the store file
   * @return the open store
   */
  public static Store open(Path path) {
    return open(path, true);
  }

  /**
   * A new, empty store in memory, gone when it is closed: the C ABI's path {@code ":memory:"}
   * ({@code PP_STORE_IN_MEMORY}), as in SQLite.
   *
   * @return the open store
   */
  public static Store inMemory() {
    return new Store(PerspectiefNative.pp_store_open(Utf8.text(":memory:", "path"), 0L));
  }

  // ---- plans and the workflow -------------------------------------------------------------

  /**
   * Creates a plan with its genesis event {@code plan_aanmaken} ({@link Event#planAanmaken}).
   *
   * @param engine the plan's region
   * @param genesis the event
   * @return the new plan
   */
  public Plan createPlan(Engine engine, Event genesis) {
    return createPlan(engine, genesis == null ? null : genesis.toJson());
  }

  /**
   * Creates a plan with its genesis event given as JSON text.
   *
   * @param engine the plan's region
   * @param eventJson the {@code plan_aanmaken} event document
   * @return the new plan
   */
  public Plan createPlan(Engine engine, String eventJson) {
    byte[] ev = Utf8.json(eventJson, "eventJson");
    return new Plan(withEngine(engine, (s, e) -> PerspectiefNative.pp_store_create_plan(s, e, ev)));
  }

  /**
   * Applies one event to the stored plan and stores the result.
   *
   * @param engine the plan's region
   * @param planId the stored plan's id
   * @param event the event
   * @return the new plan
   * @throws RejectedException when the guards refuse it; nothing is stored then
   */
  public Plan apply(Engine engine, String planId, Event event) {
    return apply(engine, planId, event == null ? null : event.toJson());
  }

  /**
   * As {@link #apply(Engine, String, Event)}, for the event given as JSON text.
   *
   * @param engine the plan's region
   * @param planId the stored plan's id
   * @param eventJson the event document
   * @return the new plan
   * @throws RejectedException when the guards refuse it; nothing is stored then
   */
  public Plan apply(Engine engine, String planId, String eventJson) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] ev = Utf8.json(eventJson, "eventJson");
    return new Plan(withEngine(engine, (s, e) -> PerspectiefNative.pp_store_apply(s, e, id, ev)));
  }

  /**
   * The stored plan.
   *
   * @param engine the engine of the plan's region
   * @param planId the stored plan's id
   * @return the plan
   * @throws NotFoundException for an unknown id
   * @throws StateException once the plan was destroyed
   */
  public Plan get(Engine engine, String planId) {
    byte[] id = Utf8.text(planId, "planId");
    return new Plan(withEngine(engine, (s, e) -> PerspectiefNative.pp_store_get(s, e, id)));
  }

  /** {@return the ids of every stored plan, sorted} */
  public List<String> plans() {
    String ids = Utf8.decode(handle.with(PerspectiefNative::pp_store_plans));
    return JsonValue.parse(ids, "").asList().stream().map(JsonValue::asString).toList();
  }

  /**
   * The consents the stored plan holds (R-CONSENT-VALID), as the JSON array of its {@code consents}.
   *
   * @param planId the stored plan's id
   * @return the consents as JSON text ({@code []} when it has none)
   * @throws NotFoundException for an unknown id
   * @throws StateException once the plan was destroyed
   */
  public String consents(String planId) {
    byte[] id = Utf8.text(planId, "planId");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_consents(s, id)));
  }

  /**
   * The plan exactly as stored when {@code version} was fixed (canonical JSON).
   *
   * @param planId the stored plan's id
   * @param version the fixed version's number
   * @return the plan document of that version
   */
  public String fixedVersion(String planId, long version) {
    byte[] id = Utf8.text(planId, "planId");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_fixed_version(s, id, version)));
  }

  /**
   * Records how an akkoord the plan holds was given: {@code {"person","version","method","at"}}.
   *
   * @param planId the stored plan's id
   * @param evidenceJson the evidence as JSON text
   * @return the stored evidence as JSON text
   */
  public String recordAkkoord(String planId, String evidenceJson) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] ev = Utf8.json(evidenceJson, "evidenceJson");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_record_akkoord(s, id, ev)));
  }

  /**
   * Signs a fixed version with an Ed25519 secret key (hex) and keeps the signature.
   *
   * @param planId the stored plan's id
   * @param version the fixed version's number
   * @param secretKeyHex the Ed25519 secret key, 128 hex digits
   * @param signer the person id of who signs
   * @param at the moment, RFC 3339 with offset
   * @return the signature record as JSON text
   */
  public String signVersion(String planId, long version, String secretKeyHex, String signer, String at) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] key = Utf8.text(secretKeyHex, "secretKeyHex");
    byte[] who = Utf8.text(signer, "signer");
    byte[] when = Utf8.text(at, "at");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_sign_version(s, id, version, key, who, when)));
  }

  // ---- the log (R-LOG) ----------------------------------------------------------------------

  /**
   * The redacted view of the stored plan, with its disclosure or refusal record logged.
   *
   * @param engine the plan's region
   * @param planId the stored plan's id
   * @param request the request
   * @return the view
   */
  public View view(Engine engine, String planId, SharingRequest request) {
    return view(engine, planId, request == null ? null : request.toJson());
  }

  /**
   * As {@link #view(Engine, String, SharingRequest)}, for the request given as JSON text.
   *
   * @param engine the plan's region
   * @param planId the stored plan's id
   * @param requestJson the request document
   * @return the view
   */
  public View view(Engine engine, String planId, String requestJson) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] r = Utf8.json(requestJson, "requestJson");
    return View.of(JsonText.parse(Utf8.decode(withEngine(engine, (s, e) -> PerspectiefNative.pp_store_view(s, e, id, r)))));
  }

  /**
   * Appends a {@code perspectief/disclosure@1} record made elsewhere to the plan's log.
   *
   * @param planId the stored plan's id
   * @param recordJson the disclosure record as JSON text
   */
  public void log(String planId, String recordJson) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] r = Utf8.json(recordJson, "recordJson");
    handle.with(s -> PerspectiefNative.pp_store_log(s, id, r));
  }

  /**
   * The rows of one chain, {@code "history"} or {@code "log"}, as a JSON array.
   *
   * @param planId the stored plan's id
   * @param chain {@code "history"} or {@code "log"}
   * @return the rows as a JSON array
   */
  public String rows(String planId, String chain) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] c = Utf8.text(chain, "chain");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_rows(s, id, c)));
  }

  /**
   * What is due or overdue at {@code at} in every stored plan of the engine's region: the work list
   * of a team. Each {@link Deadline#planId()} names its plan.
   *
   * @param engine the engine of the plans' region
   * @param at the moment, RFC 3339 with offset
   * @return the deadlines
   */
  public List<Deadline> deadlinesDue(Engine engine, String at) {
    byte[] when = Utf8.text(at, "at");
    return Deadline.listOf(Utf8.decode(withEngine(engine, (s, e) -> PerspectiefNative.pp_store_deadlines_due(s, e, when))));
  }

  /**
   * Every live plan's retention (Jeugdwet 7.3.8); with {@code dueOnly} only those due at {@code at}.
   *
   * @param at the moment, RFC 3339 with offset
   * @param dueOnly whether to list only the plans whose retention has passed at {@code at}
   * @return the retention of each plan as a JSON array
   */
  public String retention(String at, boolean dueOnly) {
    byte[] when = Utf8.text(at, "at");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_retention(s, when, dueOnly ? 1 : 0)));
  }

  /**
   * Destroys the plan's content on a recorded request (Jeugdwet 7.3.9); returns the log record.
   *
   * @param planId the stored plan's id
   * @param requestJson the request as JSON text
   * @return the destruction's log record as JSON text
   */
  public String destroy(String planId, String requestJson) {
    byte[] id = Utf8.text(planId, "planId");
    byte[] r = Utf8.json(requestJson, "requestJson");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_destroy(s, id, r)));
  }

  // ---- verify, export, import ---------------------------------------------------------------

  /**
   * Checks every plan ({@code optionsJson} null, or {@code {"plan"?,"trusted_keys"?,"expected_heads"?}}).
   * What it finds is the report ({@code {"ok":false,"problems":[...]}}), not an exception.
   *
   * @param optionsJson the options as JSON text, or null for none
   * @return the report as JSON text
   */
  public String verify(String optionsJson) {
    byte[] o = Utf8.json(optionsJson, "optionsJson");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_verify(s, o)));
  }

  /**
   * The plan's dossier package (canonical JSON).
   *
   * @param planId the stored plan's id
   * @return the package as JSON text
   */
  public String export(String planId) {
    byte[] id = Utf8.text(planId, "planId");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_export(s, id)));
  }

  /**
   * Imports a package after verifying it; returns the plan's id.
   *
   * @param packageJson the dossier package as JSON text
   * @return the imported plan's id
   * @throws ValidationException when it does not verify (nothing is imported)
   * @throws StateException when the plan is already stored
   */
  public String importPackage(String packageJson) {
    byte[] p = Utf8.json(packageJson, "packageJson");
    return Utf8.decode(handle.with(s -> PerspectiefNative.pp_store_import(s, p)));
  }

  /**
   * Verifies a dossier package without a store; {@code optionsJson} as for {@link #verify}.
   *
   * @param packageJson the dossier package as JSON text
   * @param optionsJson the options as JSON text, or null for none
   * @return the report as JSON text
   */
  public static String verifyPackage(String packageJson, String optionsJson) {
    return Utf8.decode(PerspectiefNative.pp_store_verify_package(
        Utf8.json(packageJson, "packageJson"), Utf8.json(optionsJson, "optionsJson")));
  }

  /**
   * A new random Ed25519 key pair: {@code {"public_key","secret_key"}} in hex.
   *
   * @return the key pair as JSON text
   */
  public static String generateSigningKey() {
    return Utf8.decode(PerspectiefNative.pp_signing_key_generate());
  }

  /**
   * The Ed25519 key pair of a 32-byte seed (64 hex digits).
   *
   * @param seedHex the seed, 64 hex digits
   * @return the key pair as JSON text
   */
  public static String signingKeyFromSeed(String seedHex) {
    return Utf8.decode(PerspectiefNative.pp_signing_key_from_seed(Utf8.text(seedHex, "seedHex")));
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Closes the store (idempotent); later calls throw {@link StateException}. */
  @Override
  public void close() {
    handle.close();
  }

  // ---- calls holding both leases ---------------------------------------------------------------

  private interface StoreAndEngine<T> {
    T apply(long store, long engine);
  }

  private <T> T withEngine(Engine engine, StoreAndEngine<T> call) {
    if (engine == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "engine is null", "", null);
    long e = engine.handle.acquire("the Engine is closed");
    try {
      long s = handle.acquire();
      try {
        return call.apply(s, e);
      } finally {
        handle.release();
      }
    } finally {
      engine.handle.release();
    }
  }
}
