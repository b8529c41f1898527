package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading engines: built-in, from text, from files, refused settings and limits. */
class EngineTest {
  static String settings(String municipality, String extra) {
    return "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\",\"municipality\":"
        + Fixtures.quote(municipality) + extra + "}";
  }

  @Test
  void builtinEngineReportsItsProfile() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      JsonText.Value info = JsonText.parse(engine.info().toJson());
      assertEquals("amsterdam-zaanstreek", info.string("profile"));
      assertEquals(JsonText.Value.Kind.NULL, info.get("municipality").kind);
    }
  }

  @Test
  void municipalSettingsAreApplied() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek", settings("amsterdam", ""))) {
      assertEquals("amsterdam", engine.info().municipality());
    }
  }

  @Test
  void engineFromProfileTextAndFromFile(@TempDir Path dir) throws Exception {
    String profile = Engine.profile("flevoland");
    try (Engine fromText = Engine.fromJson(profile)) {
      assertEquals("flevoland", fromText.info().profileId());
    }
    Path file = dir.resolve("flevoland.json");
    Files.writeString(file, profile);
    try (Engine fromFile = Engine.fromFile(file)) {
      assertEquals("flevoland", fromFile.info().profileId());
    }
    // The header: NOT_FOUND for a file that is not there, IO for one that cannot be read.
    NotFoundException missing = assertThrows(NotFoundException.class, () -> Engine.fromFile(dir.resolve("missing.json")));
    assertTrue(missing.getMessage().contains("missing.json"), missing.getMessage());
    assertThrows(IoException.class, () -> Engine.fromFile(dir));
  }

  @Test
  void badProfilesAreRefused() {
    assertThrows(NotFoundException.class, () -> Engine.builtin("atlantis"));
    PerspectiefException notAProfile = assertThrows(PerspectiefException.class, () -> Engine.fromJson("{\"id\":42}"));
    assertTrue(notAProfile instanceof ProfileException || notAProfile instanceof SchemaException, notAProfile.toString());
    assertFalse(notAProfile.problems().isEmpty());
    assertThrows(JsonSyntaxException.class, () -> Engine.fromJson("{"));
    assertThrows(InvalidArgumentException.class, () -> Engine.fromJson(null));
    assertThrows(InvalidArgumentException.class, () -> Engine.builtin(null));
  }

  @Test
  void settingsCannotSwitchOffAMinimumCondition() {
    MinimumConditionException e = assertThrows(MinimumConditionException.class,
        () -> Engine.builtin("amsterdam-zaanstreek", settings("amsterdam", ",\"disabled_rules\":[\"R-SEG-C-PLAN\"]")));
    assertEquals(ErrorCode.MINIMUM_CONDITION, e.code());
    assertEquals("/disabled_rules/0", e.pointer());
    assertTrue(e.rules().contains("R-MINIMUM"), e.rules().toString());
    assertEquals("PP-P-MINIMUM", e.problems().get(0).code());
    assertEquals("R-MINIMUM", e.problems().get(0).rule());
    assertFalse(e.problems().get(0).messageNl().isEmpty());
    assertTrue(e.toString().contains("(at /disabled_rules/0)"));
  }

  @Test
  void settingsForAnotherProfileAreAProfileError() {
    ProfileException e = assertThrows(ProfileException.class, () -> Engine.builtin("flevoland", settings("amsterdam", "")));
    assertFalse(e.problems().isEmpty());
  }

  @Test
  void limitsComeFromTheOptions() {
    EngineOptions tight = EngineOptions.defaults().withMaxDepth(4).withMaxDocumentBytes(64 * 1024);
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek", null, tight)) {
      assertThrows(LimitExceededException.class, () -> engine.parse("[[[[[[[[[[1]]]]]]]]]]"));
      String big = "{\"x\":\"" + "a".repeat(70 * 1024) + "\"}";
      assertThrows(LimitExceededException.class, () -> engine.parse(big));
    }
    assertThrows(InvalidArgumentException.class, () -> EngineOptions.defaults().withMaxDepth(0));
    assertThrows(InvalidArgumentException.class, () -> EngineOptions.defaults().withMaxDocumentBytes(-1));
    // Past the library's ceiling (PP_MAX_DEPTH_CEILING): refused by the library, not wrapped around.
    assertThrows(InvalidArgumentException.class,
        () -> Engine.builtin("amsterdam-zaanstreek", null, EngineOptions.defaults().withMaxDepth(1_000_000)));
  }
}
