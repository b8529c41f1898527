package nl.perspectief;

/** A library version; {@link #library()} is the version of the loaded native library. */
public record Version(int major, int minor, int patch) {

  /** {@return the version of the native library this binding runs with} */
  public static Version library() {
    return new Version(PerspectiefNative.pp_version_major(), PerspectiefNative.pp_version_minor(),
        PerspectiefNative.pp_version_patch());
  }

  /**
   * The library's own version string, e.g. {@code "0.1.0"}.
   *
   * @return the version string
   */
  public static String string() {
    return Utf8.decode(PerspectiefNative.pp_version_string());
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
