using System;
using System.IO;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The dossier store through the binding (docs/store.md; the same cases as
    /// tests/python/test_store.py and the Java StoreTest): a plan's life in a store file, a refused
    /// event that stores nothing, a logged refusal, a signed fixed version, verify, the package
    /// moved and a tampered one refused, destruction, a store in memory, a plan's consents, bad files
    /// and a disposed store.
    /// </summary>
    [TestFixture]
    public class StoreTests
    {
        private const string Lt = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}";
        private const string Seed = "0303030303030303030303030303030303030303030303030303030303030303";

        private static string Event(string name, string at)
        {
            return "{\"event\":" + Fixtures.Quote(name) + ",\"actor\":" + Lt + ",\"at\":" + Fixtures.Quote(at) + "}";
        }

        private static string Genesis()
        {
            return "{\"event\":\"plan_aanmaken\",\"actor\":" + Lt + ",\"at\":\"2026-03-01T09:00:00+01:00\",\"payload\":" +
                   Fixtures.WithTestWorkerAssigned(Fixtures.GenesisPayload(Fixtures.Read(Fixtures.SegmentC))) + "}";
        }

        private static string ScratchFolder()
        {
            var dir = Path.Combine(Path.GetTempPath(), "pp-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        [Test]
        public void APlansLifeIsStoredLoggedSignedVerifiedAndMoved()
        {
            var dir = ScratchFolder();
            try
            {
                using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
                using (var store = Store.Open(Path.Combine(dir, "dossiers.db")))
                {
                    string id;
                    using (var created = store.CreatePlan(engine, Genesis())) id = created.Id;
                    store.Apply(engine, id, Event("vraagverheldering_starten", "2026-03-01T09:30:00+01:00")).Dispose();
                    var before = JsonText.Parse(store.Rows(id, "history")).Elements.Count;
                    Assert.Throws<RejectedException>(() => store.Apply(engine, id, Event("hulp_starten", "2026-03-01T10:00:00+01:00")));
                    Assert.AreEqual(before, JsonText.Parse(store.Rows(id, "history")).Elements.Count);
                    store.Apply(engine, id, Event("versie_vaststellen", "2026-03-01T11:00:00+01:00")).Dispose();
                    using (var stored = store.Get(engine, id)) Assert.AreEqual("vraagverheldering", stored.Status);
                    StringAssert.Contains("\"versions\":[{", store.FixedVersion(id, 1));
                    foreach (var d in store.DeadlinesDue(engine, "2027-06-01T09:00:00+02:00")) Assert.AreEqual(id, d.PlanId);
                    CollectionAssert.AreEqual(new[] { id }, store.Plans());
                    Assert.Throws<InvalidArgumentException>(() => store.DeadlinesDue(engine, "tomorrow"));
                    Assert.Throws<NotFoundException>(() => store.FixedVersion(id, 9));

                    var key = JsonText.Parse(Store.SigningKeyFromSeed(Seed));
                    store.SignVersion(id, 1, key.String("secret_key"), "lt-0042", "2026-03-01T11:05:00+01:00");
                    var noAkkoord = Assert.Throws<ValidationException>(() => store.RecordAkkoord(id,
                        "{\"person\":\"lotte\",\"version\":1,\"method\":\"digid_midden\",\"at\":\"2026-03-01T12:00:00+01:00\"}"));
                    Assert.AreEqual("/person", noAkkoord.Pointer);

                    var refused = store.View(engine, id, "{\"requester\":{\"role\":\"gemeente\",\"person\":\"gem-01\"}," +
                        "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\",\"at\":\"" + Fixtures.At + "\"}");
                    Assert.IsFalse(refused.Decision.IsAllowed);
                    StringAssert.Contains("\"kind\":\"refusal\"", store.Rows(id, "log"));

                    StringAssert.Contains("\"ok\":true", store.Verify("{\"trusted_keys\":[\"" + key.String("public_key") + "\"]}"));
                    StringAssert.Contains("\"problem\":\"signature_key\"", store.Verify("{\"trusted_keys\":[\"00\"]}"));

                    var package = store.Export(id);
                    StringAssert.Contains("\"ok\":true", Store.VerifyPackage(package));
                    var at = package.IndexOf("vraagverheldering_starten", StringComparison.Ordinal);
                    var tampered = package.Substring(0, at) + "vraagverheldering_gestart" + package.Substring(at + 25);
                    StringAssert.Contains("\"ok\":false", Store.VerifyPackage(tampered));
                    using (var elsewhere = Store.Open(Path.Combine(dir, "elsewhere.db")))
                    {
                        Assert.Throws<ValidationException>(() => elsewhere.ImportPackage(tampered));
                        CollectionAssert.IsEmpty(elsewhere.Plans());
                        Assert.AreEqual(id, elsewhere.ImportPackage(package));
                        Assert.Throws<StateException>(() => elsewhere.ImportPackage(package));
                    }

                    Assert.Throws<StateException>(() => store.Destroy(id, "{\"requested_by\":" + Lt +
                        ",\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"bewaartermijn\"}"));
                    StringAssert.Contains("\"history_rows\"", store.Destroy(id,
                        "{\"requested_by\":{\"person\":\"lotte\"},\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"verzoek\"}"));
                    Assert.Throws<StateException>(() => store.Get(engine, id));
                    StringAssert.Contains("\"ok\":true", store.Verify());
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void AStoreInMemoryAndAPlansConsents()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var store = Store.InMemory())
            using (var other = Store.InMemory())
            {
                string id;
                using (var created = store.CreatePlan(engine, Genesis()))
                {
                    id = created.Id;
                    var consents = store.Consents(id);
                    StringAssert.Contains("\"id\":\"c-noor-aanbieder\"", consents);
                    Assert.AreEqual(created.Get("/consents").ToJson(), consents, "the plan's own consents");
                }
                CollectionAssert.AreEqual(new[] { id }, store.Plans());
                CollectionAssert.IsEmpty(other.Plans(), "each store in memory is its own");
                var unknown = Assert.Throws<NotFoundException>(() => store.Consents("pp-onbekend"));
                StringAssert.Contains("pp-onbekend", unknown.Message);
                Assert.Throws<InvalidArgumentException>(() => store.Consents(null));
                store.Destroy(id, "{\"requested_by\":{\"person\":\"lotte\"},\"at\":\"2030-01-01T10:00:00+01:00\",\"basis\":\"verzoek\"}");
                Assert.Throws<StateException>(() => store.Consents(id));
            }
            var closed = Store.InMemory();
            closed.Dispose();
            Assert.Throws<StateException>(() => closed.Consents("pp-onbekend"));
        }

        [Test]
        public void BadFilesAndADisposedStore()
        {
            var dir = ScratchFolder();
            try
            {
                var random = Path.Combine(dir, "random.db");
                var bytes = new byte[3000];
                new Random(15).NextBytes(bytes);
                File.WriteAllBytes(random, bytes);
                Assert.Throws<IoException>(() => Store.Open(random));
                Assert.Throws<NotFoundException>(() => Store.Open(Path.Combine(dir, "missing.db"), false));
                var store = Store.Open(Path.Combine(dir, "ok.db"));
                CollectionAssert.IsEmpty(store.Plans());
                store.Dispose();
                store.Dispose();
                Assert.IsTrue(store.IsClosed);
                Assert.Throws<StateException>(() => store.Plans());
                Assert.Throws<InvalidArgumentException>(() => Store.SigningKeyFromSeed("xyz"));
                StringAssert.Contains("\"secret_key\"", Store.GenerateSigningKey());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
