using System;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// Starting plans (#16, #13): importing an existing dossier plan (its initial content as the
    /// payload of plan_aanmaken) and creating a new one, through the Engine as Python's Engine.create.
    /// </summary>
    [TestFixture]
    public class CreateTests
    {
        private static readonly Actor Worker = Actor.Of("lokaal_team", "lt-0042");
        private const string At = "2026-03-01T09:00:00+01:00";

        /// <summary>The content of a new family's plan, as a host's intake form would produce it.</summary>
        private static Payload NewFamily()
        {
            return Payload.Object()
                .Put("id", "pp-2026-nieuw-0001").Put("plan_type", "perspectiefplan").Put("municipality", "amsterdam")
                .Put("family", Payload.Object().PutArray("members",
                    Payload.Object().Put("id", "noor").Put("role", "jeugdige").Put("name", "Noor").Put("birth_date", "2014-05-01"),
                    Payload.Object().Put("id", "sanne").Put("role", "ouder").Put("name", "Sanne")))
                .Put("family_part", Payload.Object())
                .PutArray("children", Payload.Object().Put("jeugdige", "noor"))
                .PutArray("assignments", Worker);
        }

        [Test]
        public void ImportingAnExistingPlanStartsItsHistory()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var imported = engine.ParseFile(Fixtures.SegmentC))
            {
                var content = engine.InitialContent(imported);
                var c = JsonValue.Parse(content, "");
                foreach (var bookkeeping in new[] { "status", "version", "history", "versions", "akkoorden", "regie" })
                {
                    Assert.IsNull(c.Member(bookkeeping), bookkeeping);
                }
                Assert.AreEqual(imported.Id, c.Member("id").AsString());

                using (var started = engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, Payload.Parse(content).PutArray("assignments", Worker))))
                {
                    Assert.AreEqual("hulpvraag", started.Status);
                    Assert.AreEqual(1L, started.Version);
                    Assert.AreEqual(imported.Id, started.Id);
                    Assert.AreEqual("plan_aanmaken", started.GetString("/history/0/event"));
                    Assert.AreEqual("lt-0042", started.GetString("/history/0/actor/person"));
                    using (var replayed = engine.Replay(started)) Assert.AreEqual(started.ToJson(), replayed.ToJson());
                    // The worker assigned at creation may now act (R-STANDING).
                    using (var next = engine.Apply(started, Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker)
                               .At("2026-03-02T09:30:00+01:00").Build()))
                    {
                        Assert.AreEqual("vraagverheldering", next.Status);
                    }
                }
            }
        }

        [Test]
        public void ANewPlanFromItsContent()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())))
            using (var again = engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily()).ToJson()))
            {
                Assert.AreEqual("pp-2026-nieuw-0001", plan.Id);
                Assert.AreEqual("amsterdam-zaanstreek", plan.GetString("/profile"), "the engine's profile by default");
                Assert.AreEqual("hulpvraag", plan.Status);
                Assert.AreEqual(1L, plan.Version);
                Assert.AreEqual(2, plan.Get("/family/members").AsList().Count);
                Assert.AreEqual(plan.ToJson(), again.ToJson());
            }
        }

        [Test]
        public void BookkeepingInTheContentIsRefusedAtItsPointer()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var e = Assert.Throws<RejectedException>(() =>
                    engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily().Put("status", "hulp_gestart"))));
                Assert.IsTrue(e.Problems.Any(p => p.Pointer == "/payload/status"), e.Message);
            }
        }

        [Test]
        public void OnlyPlanAanmakenCreatesAndAnExistingPlanIsNotRecreated()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var notGenesis = Assert.Throws<RejectedException>(() =>
                    engine.Create(Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At(At).Build()));
                Assert.AreEqual("PP-W-NO-HISTORY", notGenesis.Problems[0].Code);
                using (var plan = engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())))
                {
                    var again = Assert.Throws<RejectedException>(() => engine.Apply(plan, Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())));
                    Assert.IsTrue(again.Problems.Any(p => p.Code == "PP-W-PLAN-EXISTS"));
                }
                Assert.Throws<JsonSyntaxException>(() => Perspectief.Event.PlanAanmaken(Worker, At, "{\"id\":"));
            }
        }

        [Test]
        public void ADisposedEngineCreatesNothing()
        {
            var engine = Engine.Builtin("amsterdam-zaanstreek");
            engine.Dispose();
            Assert.Throws<StateException>(() => engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())));
        }

        [Test]
        public void TheStoreCreatesFromTheSameEvent()
        {
            var dir = Path.Combine(Path.GetTempPath(), "pp-create-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
                using (var store = Store.Open(Path.Combine(dir, "dossiers.db")))
                using (var stored = store.CreatePlan(engine, Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())))
                using (var inMemory = engine.Create(Perspectief.Event.PlanAanmaken(Worker, At, NewFamily())))
                {
                    Assert.AreEqual(inMemory.ToJson(), stored.ToJson());
                    using (var moved = store.Apply(engine, stored.Id,
                               Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At("2026-03-02T09:30:00+01:00").Build()))
                    {
                        Assert.AreEqual("vraagverheldering", moved.Status);
                    }
                    // A crisis start puts deadlines on the team's work list, each naming its plan.
                    var crisis = Perspectief.Event.Builder("crisis_starten").Actor(Worker).At("2026-03-02T22:15:00+01:00")
                        .Payload(Payload.Object().Put("jeugdige", "noor").Put("ondersteuningsprofiel", Payload.Object().Put("code", "11")))
                        .Build();
                    store.Apply(engine, stored.Id, crisis).Dispose();
                    var due = store.DeadlinesDue(engine, "2026-03-03T09:00:00+01:00");
                    Assert.IsNotEmpty((System.Collections.ICollection)due);
                    foreach (var d in due) Assert.AreEqual("pp-2026-nieuw-0001", d.PlanId);
                    CollectionAssert.AreEqual(new[] { "pp-2026-nieuw-0001" }, store.Plans());
                    Assert.IsTrue(engine.Deadlines(inMemory, "2026-03-03T09:00:00+01:00").All(d => d.PlanId == null));
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
