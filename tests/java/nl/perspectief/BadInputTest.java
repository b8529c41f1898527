package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever comes in, the answer is a clear exception: never a crash, never a silent accept. */
class BadInputTest {
  static Engine engine;

  @BeforeAll
  static void load() {
    engine = Engine.builtin("amsterdam-zaanstreek");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void malformedJson() {
    for (String text : new String[] {"", "{", "{\"a\":}", "[1,2", "{'a':1}", "nul", "{\"a\":1} {\"b\":2}"}) {
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> engine.parse(text), text);
      assertFalse(e.getMessage().isEmpty());
    }
  }

  @Test
  void invalidUtf8Bytes() {
    byte[] plan = Fixtures.read(Fixtures.SEGMENT_C).getBytes(StandardCharsets.UTF_8);
    // Replace the first letter of the status value with a lone continuation byte.
    String s = new String(plan, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("hulpvraag");
    plan[at] = (byte) 0x80;
    assertThrows(InvalidUtf8Exception.class, () -> engine.parse(plan));
    assertThrows(InvalidUtf8Exception.class, () -> engine.parse(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
  }

  @Test
  void hugeAndDeeplyNestedInput() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThrows(LimitExceededException.class, () -> engine.parse(deep));
    assertThrows(LimitExceededException.class, () -> Json.canonicalize("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)));
    // Just over the default 64 MiB document limit.
    byte[] huge = new byte[64 * 1024 * 1024 + 16];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '"';
    huge[huge.length - 1] = '"';
    assertThrows(LimitExceededException.class, () -> engine.parse(huge));
  }

  @Test
  void nullsAreInvalidArguments() {
    assertThrows(InvalidArgumentException.class, () -> engine.parse((String) null));
    assertThrows(InvalidArgumentException.class, () -> engine.parse((byte[]) null));
    assertThrows(InvalidArgumentException.class, () -> engine.diagram(null));
    try (Plan plan = engine.parse(Fixtures.SEGMENT_C)) {
      assertThrows(InvalidArgumentException.class, () -> engine.apply(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.applyAll(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.decide(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.decideBatch(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.view(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.deadlines(plan, (String) null));
      assertThrows(InvalidArgumentException.class, () -> engine.availableEvents(plan, (String) null, Fixtures.AT));
      assertThrows(InvalidArgumentException.class, () -> engine.availableEvents(plan, "{\"role\":\"ouder\",\"person\":\"x\"}", null));
      assertThrows(InvalidArgumentException.class, () -> engine.records(plan, (String) null));
      // The typed forms refuse null the same way.
      assertThrows(InvalidArgumentException.class, () -> engine.apply(plan, (Event) null));
      assertThrows(InvalidArgumentException.class, () -> engine.applyAll(plan, (java.util.List<Event>) null));
      assertThrows(InvalidArgumentException.class, () -> engine.decide(plan, (SharingRequest) null));
      assertThrows(InvalidArgumentException.class, () -> engine.decideBatch(plan, (java.util.List<SharingRequest>) null));
      assertThrows(InvalidArgumentException.class, () -> engine.view(plan, (SharingRequest) null));
      assertThrows(InvalidArgumentException.class, () -> engine.records(plan, (RecordKind) null));
      assertThrows(InvalidArgumentException.class, () -> engine.availableEvents(plan, (Actor) null, Fixtures.AT));
      assertThrows(InvalidArgumentException.class, () -> engine.create((Event) null));
    }
  }

  @Test
  void nulCharactersAreRefusedNotTruncated() {
    // Without the check the library would see only "{}" and might accept it.
    assertThrows(JsonSyntaxException.class, () -> engine.parse("{}\u0000{\"x\":1}"));
    assertThrows(JsonSyntaxException.class, () -> engine.parse(new byte[] {'{', '}', 0}));
    assertThrows(InvalidArgumentException.class, () -> Engine.builtin("amsterdam-zaanstreek\u0000x"));
  }

  @Test
  void wrongShapesAreSchemaErrors() {
    assertThrows(SchemaException.class, () -> engine.parse("[]"));
    assertThrows(SchemaException.class, () -> engine.parse("42"));
    assertThrows(SchemaException.class, () -> engine.parse("null"));
    String text = Fixtures.read(Fixtures.SEGMENT_C);
    SchemaException e = assertThrows(SchemaException.class,
        () -> engine.parse(text.replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": \"one\"")));
    assertEquals("/version", e.pointer());
  }
}
