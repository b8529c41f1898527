package nl.perspectief;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads the native glue library ({@code libperspectief_jni.so}: the SWIG JNI wrappers with the
 * C library linked in statically), the way sqlite-jdbc does, so that a vendor adds one Maven
 * dependency and nothing else:
 *
 * <ol>
 *   <li>the system property {@code nl.perspectief.lib.path}, when set: a file, or a folder
 *       holding the library (for platforms the jar does not carry, or a patched build);</li>
 *   <li>the library inside the jar at {@code /native/<os>-<arch>/}, copied to a fresh folder
 *       under {@code nl.perspectief.tmpdir} (default {@code java.io.tmpdir}) and loaded from
 *       there;</li>
 *   <li>{@code System.loadLibrary("perspectief_jni")}, i.e. {@code java.library.path}.</li>
 * </ol>
 * The first that works wins; if none does, the error lists what was tried.
 */
final class NativeLoader {
  static final String LIBRARY = "perspectief_jni";

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
    String resource = "/native/" + platform() + "/" + System.mapLibraryName(LIBRARY);
    Throwable jarFailure = null;
    try (InputStream in = NativeLoader.class.getResourceAsStream(resource)) {
      if (in != null) {
        loadFromStream(in);
        loadedFrom = "resource:" + resource;
        return;
      }
    } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
      jarFailure = e; // e.g. a tmpdir mounted noexec: try java.library.path next
    }
    try {
      System.loadLibrary(LIBRARY);
      loadedFrom = "java.library.path";
    } catch (UnsatisfiedLinkError e) {
      UnsatisfiedLinkError error = new UnsatisfiedLinkError(
          "perspectief: cannot load the native library for " + platform() + ": "
              + (jarFailure == null ? "the jar has no " + resource : "loading " + resource + " from the jar failed")
              + ", and " + System.mapLibraryName(LIBRARY) + " is not on java.library.path ("
              + System.getProperty("java.library.path") + "); set nl.perspectief.lib.path to its location");
      if (jarFailure != null) error.addSuppressed(jarFailure);
      error.addSuppressed(e);
      throw error;
    }
  }

  private static void loadFromStream(InputStream in) throws IOException {
    String tmp = System.getProperty("nl.perspectief.tmpdir", System.getProperty("java.io.tmpdir"));
    // A new private folder per process: no clash between JVMs or versions, no stale file reused.
    Path dir = Files.createTempDirectory(Paths.get(tmp), "perspectief-");
    Path file = dir.resolve(System.mapLibraryName(LIBRARY));
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

  /** The platform folder: {@code <os>-<arch>}, as bindings/swig/CMakeLists.txt names it. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      os = "linux";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      os = "osx";
    } else if (os.startsWith("windows")) {
      os = "windows";
    } else {
      os = os.replaceAll("[^a-z0-9]", "");
    }
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      arch = "x86_64";
    } else if (arch.equals("aarch64") || arch.equals("arm64")) {
      arch = "aarch64";
    }
    return os + "-" + arch;
  }
}
