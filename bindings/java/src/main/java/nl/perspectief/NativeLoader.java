package nl.perspectief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the native glue library ({@code libperspectief_jni.so}, {@code perspectief_jni.dll},
 * {@code libperspectief_jni.dylib}: the SWIG JNI wrappers with the C library linked in
 * statically), the way sqlite-jdbc does, so that a vendor adds one Maven dependency and nothing
 * else:
 *
 * <ol>
 *   <li>the system property {@code nl.perspectief.lib.path}, when set: a file, or a folder
 *       holding the library (for platforms the jar does not carry, or a patched build);</li>
 *   <li>the library inside the jar at {@code /native/<os>-<arch>/} for the running platform
 *       ({@link #PLATFORMS}; docs/platforms.md), copied to a fresh folder under
 *       {@code nl.perspectief.tmpdir} (default {@code java.io.tmpdir}) and loaded from there;</li>
 *   <li>{@code System.loadLibrary("perspectief_jni")}, i.e. {@code java.library.path}.</li>
 * </ol>
 * The first that works wins; if none does, the error names the platform, what the jar carries
 * and what was tried.
 */
final class NativeLoader {
  static final String LIBRARY = "perspectief_jni";

  /** The platform folders a release jar carries, as scripts/natives_layout.py names them. */
  static final List<String> PLATFORMS =
      List.of("linux-x86_64", "linux-aarch64", "windows-x86_64", "osx-x86_64", "osx-aarch64");

  private static volatile String loadedFrom;

  private NativeLoader() {}

  /** Where the library was loaded from (for diagnostics and tests); null before loading. */
  static String loadedFrom() {
    return loadedFrom;
  }

  static synchronized void load() {
    if (loadedFrom != null) return;
    String explicit = System.getProperty("nl.perspectief.lib.path");
    if (explicit != null && !explicit.isEmpty()) {
      Path p = Paths.get(explicit);
      if (Files.isDirectory(p)) p = p.resolve(System.mapLibraryName(LIBRARY));
      System.load(p.toAbsolutePath().toString());
      loadedFrom = p.toAbsolutePath().toString();
      return;
    }
    String osName = System.getProperty("os.name", "");
    String osArch = System.getProperty("os.arch", "");
    String resource = resource(osName, osArch);
    Throwable jarFailure = null;
    if (resource != null) {
      try (InputStream in = NativeLoader.class.getResourceAsStream(resource)) {
        if (in != null) {
          loadFromStream(in, resource.substring(resource.lastIndexOf('/') + 1));
          loadedFrom = "resource:" + resource;
          return;
        }
      } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
        jarFailure = e; // e.g. a tmpdir mounted noexec: try java.library.path next
      }
    }
    try {
      System.loadLibrary(LIBRARY);
      loadedFrom = "java.library.path";
    } catch (UnsatisfiedLinkError e) {
      String jar = jarFailure == null
          ? notCarried(osName, osArch, carried())
          : "loading " + resource + " from the jar failed";
      UnsatisfiedLinkError error = new UnsatisfiedLinkError(jar + ", and " + System.mapLibraryName(LIBRARY)
          + " is not on java.library.path (" + System.getProperty("java.library.path")
          + "); set nl.perspectief.lib.path to its location");
      if (jarFailure != null) error.addSuppressed(jarFailure);
      error.addSuppressed(e);
      throw error;
    }
  }

  private static void loadFromStream(InputStream in, String fileName) throws IOException {
    String tmp = System.getProperty("nl.perspectief.tmpdir", System.getProperty("java.io.tmpdir"));
    // A new private folder per process: no clash between JVMs or versions, no stale file reused.
    Path dir = Files.createTempDirectory(Paths.get(tmp), "perspectief-");
    Path file = dir.resolve(fileName);
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      System.load(file.toAbsolutePath().toString());
    } finally {
      // On Linux and macOS a loaded library stays mapped after its file is removed, so nothing
      // is left behind; where removing a loaded file fails (Windows) it goes at JVM exit.
      try {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
      }
    }
  }

  /** The running platform's folder, e.g. {@code linux-x86_64}; null where no build exists. */
  static String platform() {
    return platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
  }

  /**
   * The platform folder for the JVM's {@code os.name} and {@code os.arch}: {@code <os>-<arch>}
   * with os {@code linux}, {@code windows} or {@code osx} and arch {@code x86_64} or
   * {@code aarch64}; null for any other platform.
   */
  static String platform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      os = "linux";
    } else if (os.startsWith("windows")) {
      os = "windows";
    } else if (os.startsWith("mac os x") || os.startsWith("darwin")) {
      os = "osx";
    } else {
      return null;
    }
    String arch = osArch.toLowerCase(Locale.ROOT);
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      arch = "x86_64";
    } else if (arch.equals("aarch64") || arch.equals("arm64")) {
      arch = "aarch64";
    } else {
      return null;
    }
    String platform = os + "-" + arch;
    return PLATFORMS.contains(platform) ? platform : null;
  }

  /**
   * The jar resource holding the library for a platform, e.g.
   * {@code /native/windows-x86_64/perspectief_jni.dll}; null where no build exists.
   */
  static String resource(String osName, String osArch) {
    String platform = platform(osName, osArch);
    return platform == null ? null : "/native/" + platform + "/" + fileName(platform);
  }

  /** The library's file name on a platform: lib*.so, *.dll or lib*.dylib by its OS. */
  static String fileName(String platform) {
    if (platform.startsWith("windows-")) return LIBRARY + ".dll";
    if (platform.startsWith("osx-")) return "lib" + LIBRARY + ".dylib";
    return "lib" + LIBRARY + ".so";
  }

  /** The platforms whose library is in this jar (or on this class path). */
  static List<String> carried() {
    List<String> carried = new ArrayList<>();
    for (String p : PLATFORMS) {
      if (NativeLoader.class.getResource("/native/" + p + "/" + fileName(p)) != null) carried.add(p);
    }
    return carried;
  }

  /** Why the jar cannot serve this platform, naming it and what the jar does carry. */
  static String notCarried(String osName, String osArch, List<String> carried) {
    String platform = platform(osName, osArch);
    String what = platform == null
        ? "perspectief has no native library for " + osName + " on " + osArch
            + " (supported: " + String.join(", ", PLATFORMS) + ")"
        : "this perspectief jar has no native library for " + platform + " (" + osName + " on " + osArch + ")";
    return what + "; the jar carries " + (carried.isEmpty() ? "none" : String.join(", ", carried));
  }
}
