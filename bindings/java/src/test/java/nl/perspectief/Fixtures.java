package nl.perspectief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared inputs: the repository's example families and their profiles. */
final class Fixtures {
  private Fixtures() {}

  /** The repository root (set by Surefire from the pom; the fallback is for IDE runs). */
  static final Path ROOT = Paths.get(System.getProperty("perspectief.root", "../..")).toAbsolutePath().normalize();

  static final String AT = "2026-03-02T09:30:00+01:00";

  /** A family known to be in segment C with two children (examples/families). */
  static final Path SEGMENT_C = ROOT.resolve("examples/families/amsterdam-twee-kinderen-segment-c.json");

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every example plan document (examples/families and examples/plans), sorted. */
  static List<Path> examplePlans() {
    try (Stream<Path> a = list(ROOT.resolve("examples/families")); Stream<Path> b = list(ROOT.resolve("examples/plans"))) {
      return Stream.concat(a, b).filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  private static Stream<Path> list(Path dir) {
    try {
      return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The "profile" member of a plan document. */
  static String profileOf(String planJson) {
    return JsonText.parse(planJson).string("profile");
  }

  /** JSON string literal for a Java string (test documents only). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
