package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which file the loader takes from the jar for each platform the JVM may report (os.name,
 * os.arch). Only the name mapping is tested here: loading itself is BasicsTest's, on this machine.
 */
class NativeLoaderTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "Linux,               amd64,   /native/linux-x86_64/libperspectief_jni.so",
    "Linux,               x86_64,  /native/linux-x86_64/libperspectief_jni.so",
    "Linux,               aarch64, /native/linux-aarch64/libperspectief_jni.so",
    "Linux,               arm64,   /native/linux-aarch64/libperspectief_jni.so",
    "Windows 10,          amd64,   /native/windows-x86_64/perspectief_jni.dll",
    "Windows Server 2022, amd64,   /native/windows-x86_64/perspectief_jni.dll",
    "Windows 11,          x86_64,  /native/windows-x86_64/perspectief_jni.dll",
    "Mac OS X,            x86_64,  /native/osx-x86_64/libperspectief_jni.dylib",
    "Mac OS X,            aarch64, /native/osx-aarch64/libperspectief_jni.dylib",
    "Darwin,              arm64,   /native/osx-aarch64/libperspectief_jni.dylib",
    "Darwin,              amd64,   /native/osx-x86_64/libperspectief_jni.dylib",
  })
  void eachSupportedPlatformMapsToItsResource(String osName, String osArch, String resource) {
    assertEquals(resource, NativeLoader.resource(osName, osArch));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "FreeBSD,    amd64",
    "SunOS,      sparcv9",
    "Linux,      riscv64",
    "Linux,      x86",
    "Linux,      arm",
    "Windows 11, aarch64",
    "Windows 10, x86",
    "AIX,        ppc64",
    "'',         ''",
  })
  void anUnsupportedPlatformHasNoResourceAndAClearError(String osName, String osArch) {
    assertNull(NativeLoader.resource(osName, osArch));
    String message = NativeLoader.notCarried(osName, osArch, List.of("linux-x86_64", "osx-aarch64"));
    assertTrue(message.contains("no native library for " + osName + " on " + osArch), message);
    assertTrue(message.contains("supported: linux-x86_64, linux-aarch64, windows-x86_64, osx-x86_64, osx-aarch64"), message);
    assertTrue(message.endsWith("the jar carries linux-x86_64, osx-aarch64"), message);
  }

  @Test
  void aSupportedPlatformTheJarLacksIsNamedWithWhatItCarries() {
    String message = NativeLoader.notCarried("Windows 10", "amd64", List.of("linux-x86_64"));
    assertEquals("this perspectief jar has no native library for windows-x86_64 (Windows 10 on amd64);"
        + " the jar carries linux-x86_64", message);
    assertTrue(NativeLoader.notCarried("Linux", "aarch64", List.of()).endsWith("the jar carries none"));
  }

  @Test
  void theClassPathCarriesThisMachinesLibrary() {
    // The test command builds for the host only; a release jar carries all of PLATFORMS.
    String here = NativeLoader.platform();
    assertNotNull(here, "this machine is one of " + NativeLoader.PLATFORMS);
    assertTrue(NativeLoader.carried().contains(here), NativeLoader.carried().toString());
  }
}
