package nl.perspectief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A loaded region profile with optional municipal settings, and the workflow and sharing
 * policy compiled from them. Load one per region/municipality at start-up and share it: an
 * Engine is immutable and safe to use from many threads at once.
 *
 * <p>An Engine owns native memory: close it (try-with-resources) when done. Closing is safe at
 * any moment: calls already running on other threads finish first, later calls (also through
 * the engine's plans) throw {@link StateException}. Closing twice is fine.
 *
 * <pre>{@code
 * try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
 *      Plan plan = engine.parse(json)) {
 *   List<Problem> problems = plan.validate();
 * }
 * }</pre>
 */
public final class Engine implements AutoCloseable {
  final NativeHandle handle;

  private Engine(long address) {
    this.handle = new NativeHandle(this, "Engine", address, PerspectiefNative::ppbind_engine_destroy);
  }

  // ---- loading -----------------------------------------------------------------------

  /**
   * A built-in region profile by id (see {@link #profileIds()}), without municipal settings.
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @return the engine
   */
  public static Engine builtin(String profileId) {
    return builtin(profileId, null, EngineOptions.defaults());
  }

  /**
   * A built-in region profile with municipal settings (JSON text, or null for none).
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @param settingsJson municipal settings as JSON text, or null for none
   * @return the engine
   */
  public static Engine builtin(String profileId, String settingsJson) {
    return builtin(profileId, settingsJson, EngineOptions.defaults());
  }

  /**
   * A built-in region profile with municipal settings and limits.
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @param settingsJson municipal settings as JSON text, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   * @throws NotFoundException for an unknown profile id
   * @throws MinimumConditionException when the settings would switch off a minimum condition
   * @throws ProfileException when the settings are unusable
   */
  public static Engine builtin(String profileId, String settingsJson, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create_builtin(Utf8.text(profileId, "profileId"),
        Utf8.json(settingsJson, "settingsJson"), nativeOptions(options)));
  }

  /**
   * A region profile document given as JSON text.
   *
   * @param profileJson a region profile document as JSON text
   * @return the engine
   */
  public static Engine fromJson(String profileJson) {
    return fromJson(profileJson, null, EngineOptions.defaults());
  }

  /**
   * A region profile document and municipal settings (or null), as JSON text.
   *
   * @param profileJson a region profile document as JSON text
   * @param settingsJson municipal settings as JSON text, or null for none
   * @return the engine
   */
  public static Engine fromJson(String profileJson, String settingsJson) {
    return fromJson(profileJson, settingsJson, EngineOptions.defaults());
  }

  /**
   * A region profile document and municipal settings (or null), as JSON text, with limits.
   *
   * @param profileJson a region profile document as JSON text
   * @param settingsJson municipal settings as JSON text, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   */
  public static Engine fromJson(String profileJson, String settingsJson, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create(Utf8.json(profileJson, "profileJson"),
        Utf8.json(settingsJson, "settingsJson"), nativeOptions(options)));
  }

  /**
   * A region profile read from a file.
   *
   * @param profile the region profile file
   * @return the engine
   */
  public static Engine fromFile(Path profile) {
    return fromFile(profile, null, EngineOptions.defaults());
  }

  /**
   * A region profile and municipal settings (or null) read from files.
   *
   * @param profile the region profile file
   * @param settings the municipal settings file, or null for none
   * @return the engine
   */
  public static Engine fromFile(Path profile, Path settings) {
    return fromFile(profile, settings, EngineOptions.defaults());
  }

  /**
   * A region profile and municipal settings (or null) read from files, with limits.
   *
   * @param profile the region profile file
   * @param settings the municipal settings file, or null for none
   * @param options limits for every JSON input ({@link EngineOptions#defaults()} for the library's)
   * @return the engine
   * @throws IoException when a file cannot be read
   */
  public static Engine fromFile(Path profile, Path settings, EngineOptions options) {
    return new Engine(PerspectiefNative.pp_engine_create_from_file(
        Utf8.text(profile == null ? null : profile.toString(), "profile path"),
        Utf8.text(settings == null ? null : settings.toString(), "settings path"), nativeOptions(options)));
  }

  private static long[] nativeOptions(EngineOptions options) {
    return options == null ? null : options.toNative();
  }

  // ---- built-in profiles ---------------------------------------------------------------

  /** {@return the built-in region profiles, in the library's order} */
  public static List<ProfileInfo> profiles() {
    return ProfileInfo.listOf(profilesJson());
  }

  /** {@return the built-in region profiles as the library lists them: {@code [{"id","name":{"nl","en"},"seeds"}...]}} */
  public static String profilesJson() {
    return Utf8.decode(PerspectiefNative.pp_profile_list());
  }

  /** {@return the ids of the built-in region profiles, in the library's order} */
  public static List<String> profileIds() {
    List<String> ids = new ArrayList<>();
    for (ProfileInfo p : profiles()) ids.add(p.id());
    return Collections.unmodifiableList(ids);
  }

  /**
   * The built-in profile document with this id (canonical JSON).
   *
   * @param profileId a built-in profile id (see {@link #profileIds()})
   * @return the profile document as canonical JSON
   */
  public static String profile(String profileId) {
    return Utf8.decode(PerspectiefNative.pp_profile_get(Utf8.text(profileId, "profileId")));
  }

  // ---- this engine -----------------------------------------------------------------------

  /** {@return what this engine was loaded with: profile id, municipality, local choices} */
  public EngineInfo info() {
    return new EngineInfo(Utf8.decode(handle.with(PerspectiefNative::pp_engine_info)));
  }

  /**
   * Starts a new plan with the workflow's genesis event {@code plan_aanmaken}, whose payload is the
   * plan's initial content: a new family's plan, or an imported one's {@link Plan#initialContent()}.
   * The new plan's history starts with this event, so {@link Plan#replay()} rebuilds it.
   *
   * @param genesis the {@code plan_aanmaken} event ({@link Event#planAanmaken})
   * @return the new plan, status {@code hulpvraag}, version 1
   * @throws RejectedException when the guards refuse it (e.g. workflow bookkeeping in the content)
   */
  public Plan create(Event genesis) {
    return create(genesis == null ? null : genesis.toJson());
  }

  /**
   * As {@link #create(Event)}, for the event given as JSON text.
   *
   * @param genesisJson the {@code plan_aanmaken} event document
   * @return the new plan
   */
  public Plan create(String genesisJson) {
    byte[] event = Utf8.json(genesisJson, "genesisJson");
    return new Plan(this, handle.with(e -> PerspectiefNative.pp_workflow_create(e, event)));
  }

  /**
   * Parses a plan document.
   *
   * @param json the document as JSON text
   * @return the plan
   * @throws SchemaException listing every structural problem (with its pointer)
   * @throws JsonSyntaxException for text that is not JSON
   * @throws LimitExceededException for text larger or deeper than the limits
   */
  public Plan parse(String json) {
    return parseBytes(Utf8.json(json, "plan JSON"));
  }

  /**
   * Parses a plan document given as UTF-8 bytes (as read from a file or a socket).
   *
   * @param utf8 the document as UTF-8 bytes
   * @return the plan
   */
  public Plan parse(byte[] utf8) {
    return parseBytes(Utf8.json(utf8, "plan JSON"));
  }

  /**
   * Reads and parses a plan file.
   *
   * @param file the plan file
   * @return the plan
   */
  public Plan parse(Path file) {
    try {
      return parse(Files.readAllBytes(file));
    } catch (IOException ex) {
      throw PerspectiefException.create(ErrorCode.IO, "cannot read " + file + ": " + ex.getMessage(), "", null);
    }
  }

  private Plan parseBytes(byte[] json) {
    return new Plan(this, handle.with(e -> PerspectiefNative.pp_plan_parse(e, json)));
  }

  /**
   * The region's workflow as a diagram: {@code "mermaid"} or {@code "dot"}.
   *
   * @param format the diagram format, {@code "mermaid"} or {@code "dot"}
   * @return the diagram's text
   */
  public String diagram(String format) {
    byte[] f = Utf8.text(format, "format");
    return Utf8.decode(handle.with(e -> PerspectiefNative.pp_workflow_diagram(e, f)));
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return whether it is closed
   */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native engine once no call is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }
}
