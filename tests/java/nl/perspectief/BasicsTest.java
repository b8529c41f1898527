package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Version, profiles, canonical JSON and how the native library was found. */
class BasicsTest {
  @Test
  void versionOfTheLoadedLibraryMatchesTheProject() {
    Version v = Version.library();
    assertEquals(Version.string(), v.toString());
    // The pom's version and the library's are the same release (pom.xml says to keep them equal).
    String cmake = Fixtures.read(Fixtures.ROOT.resolve("CMakeLists.txt"));
    assertTrue(cmake.contains("VERSION " + v + "\n"), "top-level CMakeLists.txt declares " + v);
  }

  @Test
  void nativeLibraryComesFromTheEmbeddedResource() {
    Version.library(); // forces loading
    assertTrue(NativeLoader.loadedFrom().startsWith("resource:/native/" + NativeLoader.platform() + "/"),
        NativeLoader.loadedFrom());
  }

  @Test
  void builtinProfilesAreListedAndReadable() {
    List<String> ids = Engine.profileIds();
    assertTrue(ids.containsAll(List.of("amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp")), ids.toString());
    for (String id : ids) {
      JsonText.Value profile = JsonText.parse(Engine.profile(id));
      assertEquals(id, profile.string("id"));
    }
    assertTrue(Engine.profilesJson().startsWith("[{\"id\":"));
  }

  @Test
  void unknownProfileIsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> Engine.profile("atlantis"));
    assertEquals(ErrorCode.NOT_FOUND, e.code());
    assertEquals(9, e.codeNumber());
    assertNotNull(e.detailJson());
  }

  @Test
  void canonicalizeSortsKeysAndDropsWhitespace() {
    assertEquals("{\"a\":[1,2],\"b\":\"é\"}", Json.canonicalize("{ \"b\" : \"\\u00e9\",\n \"a\": [1, 2] }"));
    // Characters outside the BMP must survive the trip byte for byte (no JNI modified UTF-8).
    assertEquals("\"\uD83D\uDE00 gezin\"", Json.canonicalize("\"\uD83D\uDE00 gezin\""));
  }

  @Test
  void canonicalizeRejectsBadText() {
    assertThrows(JsonSyntaxException.class, () -> Json.canonicalize("{\"a\":"));
    InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class,
        () -> Json.canonicalize(new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'}));
    assertEquals("invalid_utf8", e.code().label());
    assertThrows(InvalidArgumentException.class, () -> Json.canonicalize((String) null));
    assertThrows(JsonSyntaxException.class, () -> Json.canonicalize("{\"a\":1}\u0000garbage"));
  }
}
