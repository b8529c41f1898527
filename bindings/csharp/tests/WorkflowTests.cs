using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// Workflow through the binding (the same cases as tests/python/test_workflow.py): available
    /// events, apply, ApplyAll, Replay, refusals with every failed guard, deadlines, diagrams.
    /// </summary>
    [TestFixture]
    public class WorkflowTests
    {
        private const string LokaalTeam = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\",\"name\":\"Anouk de Wit\"}";

        private static string Event(string name, string at)
        {
            return "{\"event\":" + Fixtures.Quote(name) + ",\"actor\":" + LokaalTeam + ",\"at\":" + Fixtures.Quote(at) + "}";
        }

        private static Dictionary<string, JsonText.Value> ByEvent(string options)
        {
            var d = new Dictionary<string, JsonText.Value>();
            foreach (var o in JsonText.Parse(options).Elements) if (!d.ContainsKey(o.String("event"))) d[o.String("event")] = o;
            return d;
        }

        /// <summary>Runs <paramref name="test"/> on the segment-C family after plan_aanmaken (status hulpvraag).</summary>
        private static void WithStartedPlan(Action<Engine, Plan> test)
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = Fixtures.StartPlan(engine, Fixtures.Read(Fixtures.SegmentC)))
            {
                test(engine, plan);
            }
        }

        [Test]
        public void AvailableEventsSayWhatIsAllowedAndWhyNot()
        {
            WithStartedPlan((engine, plan) =>
            {
                var options = ByEvent(plan.AvailableEvents(LokaalTeam, "2026-03-02T09:30:00+01:00"));
                Assert.AreEqual(true, options["vraagverheldering_starten"].Get("allowed").Content);
                var refused = options.Values.Where(o => false.Equals(o.Get("allowed").Content)).ToList();
                Assert.IsNotEmpty(refused);
                foreach (var o in refused) Assert.IsNotEmpty((System.Collections.ICollection)o.Get("problems").Elements, o.Raw);
            });
        }

        [Test]
        public void ApplyReturnsANewPlanAndKeepsTheOld()
        {
            WithStartedPlan((engine, plan) =>
            {
                using (var moved = plan.Apply(Event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00")))
                {
                    Assert.AreEqual("\"vraagverheldering\"", moved.Get("/status"));
                    Assert.AreEqual("\"hulpvraag\"", plan.Get("/status"));
                    Assert.AreEqual("\"plan_aanmaken\"", moved.Get("/history/0/event"));
                    Assert.AreEqual("\"vraagverheldering_starten\"", moved.Get("/history/1/event"));
                    Assert.AreEqual(2, JsonText.Parse(moved.Get("/history")).Elements.Count);
                }
            });
        }

        [Test]
        public void ApplyAllAndReplay()
        {
            WithStartedPlan((engine, plan) =>
            {
                string events = "[" + Event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00") + "," +
                                Event("vraag_duiden", "2026-03-09T14:00:00+01:00") + "]";
                using (var fin = plan.ApplyAll(events))
                using (var replayed = fin.Replay())
                using (var first = plan.Apply(Event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00")))
                using (var stepByStep = first.Apply(Event("vraag_duiden", "2026-03-09T14:00:00+01:00")))
                {
                    Assert.AreEqual("\"vraagduiding\"", fin.Get("/status"));
                    Assert.AreEqual(fin.ToJson(), replayed.ToJson(), "replay rebuilds the same plan");
                    Assert.AreEqual(fin.ToJson(), stepByStep.ToJson());
                    CollectionAssert.AreEqual(new[] { "plan_aanmaken", "vraagverheldering_starten", "vraag_duiden" },
                        JsonText.Parse(fin.Records("transitions")).Elements.Select(r => r.String("event")).ToList());
                }
            });
        }

        [Test]
        public void APlanWithoutHistoryMustStartWithPlanAanmaken()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var bare = engine.ParseFile(Fixtures.SegmentC))
            {
                var option = ByEvent(bare.AvailableEvents(LokaalTeam, "2026-03-02T09:30:00+01:00"))["vraagverheldering_starten"];
                Assert.AreEqual(false, option.Get("allowed").Content);
                Assert.IsNotEmpty((System.Collections.ICollection)option.Get("problems").Elements);
                Assert.Throws<ValidationException>(() => bare.Replay(), "no history to rebuild from");
            }
        }

        [Test]
        public void ARefusedEventListsEveryFailedGuard()
        {
            WithStartedPlan((engine, plan) =>
            {
                var e = Assert.Throws<RejectedException>(() => plan.Apply(Event("hulp_starten", "2026-03-02T09:30:00+01:00")));
                Assert.AreEqual(10, e.CodeNumber);
                Assert.IsNotEmpty((System.Collections.ICollection)e.Problems);
                foreach (var p in e.Problems) StringAssert.StartsWith("PP-W-", p.Code);
                Assert.IsNotEmpty(e.DetailJson);
            });
        }

        [Test]
        public void ApplyAllPointsAtTheRefusedEvent()
        {
            WithStartedPlan((engine, plan) =>
            {
                var e = Assert.Throws<RejectedException>(() => plan.ApplyAll("[" +
                    Event("vraagverheldering_starten", "2026-03-02T09:30:00+01:00") + "," +
                    Event("hulp_starten", "2026-03-03T09:30:00+01:00") + "]"));
                StringAssert.StartsWith("/1", e.Pointer);
            });
        }

        [Test]
        public void UnknownAndMalformedEvents()
        {
            WithStartedPlan((engine, plan) =>
            {
                Assert.Throws<NotFoundException>(() => plan.Apply(Event("toveren", "2026-03-02T09:30:00+01:00")));
                Assert.Throws<SchemaException>(() =>
                    plan.Apply("{\"event\":\"vraag_duiden\",\"actor\":{\"role\":\"lokaal_team\"},\"at\":\"gisteren\"}"));
                Assert.Throws<SchemaException>(() => plan.Apply("{\"event\":42}"));
                Assert.Throws<JsonSyntaxException>(() => plan.Apply("{\"event\":"));
            });
        }

        [Test]
        public void DeadlinesAreDatedAndNamed()
        {
            WithStartedPlan((engine, plan) =>
            {
                using (var crisis = engine.ParseFile(Path.Combine(Fixtures.Root, "examples", "families", "zaanstad-crisisplaatsing.json")))
                {
                    foreach (var p in new[] { crisis, plan })
                    {
                        foreach (var d in JsonText.Parse(p.Deadlines("2026-03-02T09:30:00+01:00")).Elements)
                        {
                            StringAssert.StartsWith("R-", d.String("rule"), d.Raw);
                            CollectionAssert.Contains(new[] { "open", "due", "overdue" }, d.String("status"), d.Raw);
                            Assert.AreEqual(10, d.String("due").Length, d.Raw);
                        }
                    }
                }
                Assert.Throws<InvalidArgumentException>(() => plan.Deadlines("yesterday"));
            });
        }

        [Test]
        public void DiagramsInBothFormats()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                StringAssert.StartsWith("stateDiagram", engine.Diagram("mermaid"));
                StringAssert.Contains("digraph", engine.Diagram("dot"));
                StringAssert.Contains("vraagverheldering", engine.Diagram("mermaid"));
                Assert.Throws<InvalidArgumentException>(() => engine.Diagram("png"));
            }
        }
    }

    /// <summary>Sharing through the binding: decisions, batches, views and the disclosure record.</summary>
    [TestFixture]
    public class SharingTests
    {
        [Test]
        public void ADenialIsAResultWithReasons()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var d = plan.Decide(Fixtures.GemeenteRequest);
                Assert.IsFalse(d.IsAllowed);
                Assert.IsNotEmpty((System.Collections.ICollection)d.Rules, d.ToJson());
                Assert.IsNotEmpty(d.ExplanationNl);
                Assert.IsNotEmpty(d.ExplanationEn);
                Assert.AreEqual(Json.Canonicalize(d.ToJson()), d.ToJson());
            }
        }

        [Test]
        public void BatchDecidesEachRequestAsDecideDoes()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var all = plan.DecideBatch("[" + Fixtures.GemeenteRequest + "," + Fixtures.OuderRequest + "," + Fixtures.GemeenteRequest + "]");
                Assert.AreEqual(3, all.Count);
                Assert.AreEqual(plan.Decide(Fixtures.GemeenteRequest).ToJson(), all[0].ToJson());
                Assert.AreEqual(plan.Decide(Fixtures.OuderRequest).ToJson(), all[1].ToJson());
                Assert.AreEqual(all[0].ToJson(), all[2].ToJson());
                Assert.AreEqual(0, plan.DecideBatch("[]").Count);
            }
        }

        [Test]
        public void ViewHoldsOnlyWhatTheDecisionAllows()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var denied = plan.View(Fixtures.GemeenteRequest);
                Assert.IsFalse(denied.Decision.IsAllowed);
                Assert.IsNull(denied.DisclosureJson, "nothing released, no disclosure");
                Assert.AreEqual(plan.Decide(Fixtures.GemeenteRequest).ToJson(), denied.Decision.ToJson());
                // R-DEFAULT-DENY: why, not the plan's layout; R-LOG: the refused attempt is logged.
                CollectionAssert.AreEqual(new[] { "R-GEMEENTE" }, denied.Decision.Rules);
                Assert.IsNull(denied.WithheldJson);
                Assert.IsNotNull(denied.RefusalJson, denied.ToJson());
                StringAssert.Contains("\"outcome\":\"denied\"", denied.RefusalJson);
                StringAssert.DoesNotContain("children/", denied.RefusalJson, "no part ids of the plan");
                var own = plan.View(Fixtures.OuderRequest);
                Assert.IsTrue(own.Decision.IsAllowed, own.ToJson());
                CollectionAssert.Contains(own.Decision.Rules, "R-OWNER");
                Assert.IsNotNull(own.DisclosureJson, "content released: a NEN 7513 record to store");
                Assert.IsNull(own.RefusalJson);
                Assert.AreNotEqual("{}", own.ViewJson);
                Assert.AreEqual(plan.Decide(Fixtures.OuderRequest).ToJson(), own.Decision.ToJson());
            }
        }

        [Test]
        public void BadRequestsAreErrorsNotDecisions()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                Assert.Throws<JsonSyntaxException>(() => plan.Decide("{\"requester\":"));
                Assert.Throws<JsonSyntaxException>(() => plan.DecideBatch("[{]"));
            }
        }
    }
}
