package nl.perspectief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Members the genesis event (plan_aanmaken) does not take (docs/workflow.md), as the Python tests. */
  static final Set<String> NOT_IN_GENESIS = Set.of("status", "version", "history", "versions", "akkoorden", "regie");
  /** Child members that dedicated events set, not the genesis event. */
  static final Set<String> SET_BY_EVENTS =
      Set.of("ondersteuningsprofiel", "aanbieder", "toewijzingen", "evaluations", "youth_care_closed");

  /**
   * The plan of {@code document} as the workflow creates it: one plan_aanmaken event whose payload
   * is the document's initial content, so that replay works. (The example files carry no history.)
   */
  static Plan startPlan(Engine engine, String document) {
    String event = "{\"event\":\"plan_aanmaken\",\"actor\":{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"},"
        + "\"at\":\"2026-03-01T09:00:00+01:00\",\"payload\":" + withTestWorkerAssigned(genesisPayload(document)) + "}";
    try (Plan parsed = engine.parse(document)) {
      return engine.apply(parsed, event);
    }
  }

  /** The lokale-team worker the tests act as (lt-0042), assigned at creation (R-STANDING). */
  static final String LT_0042_ASSIGNMENT = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}";

  /** A genesis payload with {@link #LT_0042_ASSIGNMENT} added to its assignments. */
  static String withTestWorkerAssigned(String payload) {
    String key = "\"assignments\":";
    int at = payload.indexOf(key);
    if (at < 0) return "{" + key + "[" + LT_0042_ASSIGNMENT + "]," + payload.substring(1);
    int open = payload.indexOf('[', at);
    return payload.substring(0, open + 1) + LT_0042_ASSIGNMENT + "," + payload.substring(open + 1);
  }

  static String genesisPayload(String document) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, JsonText.Value> m : members(JsonText.parse(document))) {
      if (NOT_IN_GENESIS.contains(m.getKey())) continue;
      String value = m.getValue().raw;
      if (m.getKey().equals("children")) {
        value = m.getValue().elements().stream().map(child -> {
          StringBuilder c = new StringBuilder("{");
          for (Map.Entry<String, JsonText.Value> cm : members(child)) {
            if (SET_BY_EVENTS.contains(cm.getKey())) continue;
            if (c.length() > 1) c.append(',');
            c.append(quote(cm.getKey())).append(':').append(cm.getValue().raw);
          }
          return c.append('}').toString();
        }).collect(Collectors.joining(",", "[", "]"));
      }
      if (sb.length() > 1) sb.append(',');
      sb.append(quote(m.getKey())).append(':').append(value);
    }
    return sb.append('}').toString();
  }

  @SuppressWarnings("unchecked")
  static Set<Map.Entry<String, JsonText.Value>> members(JsonText.Value object) {
    return ((Map<String, JsonText.Value>) object.value).entrySet();
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
