package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier store through the binding (docs/store.md; the same cases as
 * tests/python/test_store.py): a plan's life in a store file, a refused event that stores nothing,
 * a logged refusal, a signed fixed version, verify, the package moved and a tampered one refused,
 * destruction, a store in memory, a plan's consents, bad files and a closed store.
 */
class StoreTest {
  static final String LT = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}";
  static final String SEED = "0202020202020202020202020202020202020202020202020202020202020202";

  static String event(String name, String at) {
    return "{\"event\":" + Fixtures.quote(name) + ",\"actor\":" + LT + ",\"at\":" + Fixtures.quote(at) + "}";
  }

  static String genesis() {
    return "{\"event\":\"plan_aanmaken\",\"actor\":" + LT + ",\"at\":\"2026-03-01T09:00:00+01:00\",\"payload\":"
        + Fixtures.withTestWorkerAssigned(Fixtures.genesisPayload(Fixtures.read(Fixtures.SEGMENT_C))) + "}";
  }

  @Test
  void aPlansLifeIsStoredLoggedSignedVerifiedAndMoved(@TempDir Path dir) {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
        Store store = Store.open(dir.resolve("dossiers.db"))) {
      String id;
      try (Plan created = store.createPlan(engine, genesis())) {
        id = created.id();
      }
      store.apply(engine, id, event("vraagverheldering_starten", "2026-03-01T09:30:00+01:00")).close();
      long before = JsonText.parse(store.rows(id, "history")).elements().size();
      assertThrows(RejectedException.class,
          () -> store.apply(engine, id, event("hulp_starten", "2026-03-01T10:00:00+01:00")));
      assertEquals(before, JsonText.parse(store.rows(id, "history")).elements().size());
      store.apply(engine, id, event("versie_vaststellen", "2026-03-01T11:00:00+01:00")).close();
      try (Plan stored = store.get(engine, id)) {
        assertEquals("vraagverheldering", stored.status());
      }
      assertTrue(store.fixedVersion(id, 1).contains("\"versions\":[{"));
      for (Deadline d : store.deadlinesDue(engine, "2027-06-01T09:00:00+02:00")) assertEquals(id, d.planId());
      assertEquals(List.of(id), store.plans());
      assertThrows(InvalidArgumentException.class, () -> store.deadlinesDue(engine, "tomorrow"));
      assertThrows(NotFoundException.class, () -> store.fixedVersion(id, 9));

      String key = Store.signingKeyFromSeed(SEED);
      String publicKey = JsonText.parse(key).string("public_key");
      store.signVersion(id, 1, JsonText.parse(key).string("secret_key"), "lt-0042", "2026-03-01T11:05:00+01:00");
      ValidationException noAkkoord = assertThrows(ValidationException.class, () -> store.recordAkkoord(id,
          "{\"person\":\"lotte\",\"version\":1,\"method\":\"digid_midden\",\"at\":\"2026-03-01T12:00:00+01:00\"}"));
      assertEquals("/person", noAkkoord.pointer());

      View refused = store.view(engine, id, "{\"requester\":{\"role\":\"gemeente\",\"person\":\"gem-01\"},"
          + "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\",\"at\":\"" + Fixtures.AT + "\"}");
      assertFalse(refused.decision().isAllowed());
      assertNull(refused.disclosureJson());
      assertTrue(store.rows(id, "log").contains("\"kind\":\"refusal\""));

      String report = store.verify("{\"trusted_keys\":[\"" + publicKey + "\"]}");
      assertTrue(report.contains("\"ok\":true"), report);
      assertTrue(store.verify("{\"trusted_keys\":[\"00\"]}").contains("\"problem\":\"signature_key\""));

      String pkg = store.export(id);
      assertTrue(Store.verifyPackage(pkg, null).contains("\"ok\":true"));
      String tampered = pkg.replaceFirst("vraagverheldering_starten", "vraagverheldering_gestart");
      assertTrue(Store.verifyPackage(tampered, null).contains("\"ok\":false"));
      try (Store elsewhere = Store.open(dir.resolve("elsewhere.db"))) {
        assertThrows(ValidationException.class, () -> elsewhere.importPackage(tampered));
        assertEquals(List.of(), elsewhere.plans());
        assertEquals(id, elsewhere.importPackage(pkg));
        assertThrows(StateException.class, () -> elsewhere.importPackage(pkg));
      }

      assertThrows(StateException.class, () -> store.destroy(id, "{\"requested_by\":" + LT
          + ",\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"bewaartermijn\"}"));
      assertTrue(store.destroy(id, "{\"requested_by\":{\"person\":\"lotte\"},\"at\":\"2030-01-01T10:00:00+01:00\","
          + "\"basis\":\"verzoek\"}").contains("\"history_rows\""));
      assertThrows(StateException.class, () -> store.get(engine, id));
      assertTrue(store.verify(null).contains("\"ok\":true"));
    }
  }

  @Test
  void aStoreInMemoryAndAPlansConsents() {
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
        Store store = Store.inMemory();
        Store other = Store.inMemory()) {
      String id;
      try (Plan created = store.createPlan(engine, genesis())) {
        id = created.id();
        String consents = store.consents(id);
        assertTrue(consents.contains("\"id\":\"c-noor-aanbieder\""), consents);
        assertEquals(created.get("/consents").toJson(), consents, "the plan's own consents");
      }
      assertEquals(List.of(id), store.plans());
      assertEquals(List.of(), other.plans(), "each store in memory is its own");
      NotFoundException unknown = assertThrows(NotFoundException.class, () -> store.consents("pp-onbekend"));
      assertTrue(unknown.getMessage().contains("pp-onbekend"), unknown.getMessage());
      assertThrows(InvalidArgumentException.class, () -> store.consents(null));
      store.destroy(id, "{\"requested_by\":{\"person\":\"lotte\"},\"at\":\"2030-01-01T10:00:00+01:00\","
          + "\"basis\":\"verzoek\"}");
      assertThrows(StateException.class, () -> store.consents(id));
    }
    Store closed = Store.inMemory();
    closed.close();
    assertThrows(StateException.class, () -> closed.consents("pp-onbekend"));
  }

  @Test
  void badFilesAndAClosedStore(@TempDir Path dir) throws Exception {
    Path random = dir.resolve("random.db");
    byte[] bytes = new byte[3000];
    new java.util.Random(15).nextBytes(bytes);
    Files.write(random, bytes);
    assertThrows(IoException.class, () -> Store.open(random));
    assertThrows(NotFoundException.class, () -> Store.open(dir.resolve("missing.db"), false));
    Store store = Store.open(dir.resolve("ok.db"));
    assertEquals(List.of(), store.plans());
    store.close();
    store.close();
    assertTrue(store.isClosed());
    assertThrows(StateException.class, store::plans);
    assertThrows(InvalidArgumentException.class, () -> Store.signingKeyFromSeed("xyz"));
    assertTrue(Store.generateSigningKey().contains("\"secret_key\""));
  }
}
