package nl.perspectief;

import java.util.Map;

/**
 * What an {@link Engine} was loaded with ({@link Engine#info()}): the region profile's id, the
 * municipality of its settings, and the value of every local choice (the municipality's, else the
 * profile's default). Immutable.
 */
public final class EngineInfo {
  private final String profileId;
  private final String municipality;
  private final Map<String, JsonValue> localChoices;
  private final String json;

  EngineInfo(String json) {
    JsonValue v = JsonValue.parse(json, "");
    JsonValue m = v.member("municipality");
    JsonValue choices = v.member("local_choices");
    this.profileId = v.member("profile").asString();
    this.municipality = m == null || m.isNull() ? null : m.asString();
    this.localChoices = choices == null ? Map.of() : choices.asMap();
    this.json = json;
  }

  /** {@return the region profile's id, e.g. {@code "flevoland"}} */
  public String profileId() {
    return profileId;
  }

  /** {@return the municipality of the settings, or null for an engine without settings} */
  public String municipality() {
    return municipality;
  }

  /**
   * {@return every local choice by name, in name order; values are JSON (mostly strings:
   * {@code localChoices().get("regie_langdurig_verblijf").asString()})}
   */
  public Map<String, JsonValue> localChoices() {
    return localChoices;
  }

  /** {@return the info document as canonical JSON, as the library wrote it} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }
}
