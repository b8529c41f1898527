using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>Workflow through the binding: available events, apply / reject with rule ids, replay, deadlines.</summary>
    [TestFixture]
    public class WorkflowTests
    {
        [Test]
        public void AvailableEventsIsAnArrayOfOptions()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var events = JsonText.Parse(plan.AvailableEvents(Fixtures.LokaalTeam, Fixtures.At));
                Assert.AreEqual(JsonText.Kind.Array, events.Kind);
                foreach (var e in events.Elements)
                {
                    Assert.IsNotNull(e.String("event"), e.Raw);
                    Assert.AreEqual(JsonText.Kind.Boolean, e.Get("allowed").Kind, e.Raw);
                }
            }
        }

        [Test]
        public void EveryAllowedEventAppliesAndLeavesTheOriginalUnchanged()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                string before = plan.ToJson();
                foreach (var actor in new[] { Fixtures.LokaalTeam, Fixtures.Ouder })
                {
                    foreach (var option in JsonText.Parse(plan.AvailableEvents(actor, Fixtures.At)).Elements)
                    {
                        string name = option.String("event");
                        if ((bool)option.Get("allowed").Content)
                        {
                            using (var next = plan.Apply(Fixtures.Event(name, actor)))
                            using (var replayed = next.Replay())
                            {
                                Assert.AreNotEqual(before, next.ToJson(), "applying " + name + " records history");
                                Assert.AreEqual(next.ToJson(), replayed.ToJson(), "replay of " + name);
                            }
                        }
                        else
                        {
                            var e = Assert.Throws<RejectedException>(() => plan.Apply(Fixtures.Event(name, actor)), name);
                            Assert.IsNotEmpty((System.Collections.ICollection)e.Problems, "a rejection lists every failed guard");
                        }
                    }
                }
                Assert.AreEqual(before, plan.ToJson(), "plans are immutable");
            }
        }

        [Test]
        public void UnknownEventsAreRefused()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var e = Assert.Catch<PerspectiefException>(() => plan.Apply(Fixtures.Event("teleporteren", Fixtures.LokaalTeam)));
                Assert.IsTrue(e is NotFoundException || e is RejectedException || e is SchemaException, e.ToString());
                Assert.Catch<PerspectiefException>(() => plan.ApplyAll("[" + Fixtures.Event("teleporteren", Fixtures.Ouder) + "]"));
                Assert.Throws<SchemaException>(() => plan.Apply("{\"event\":42}"));
            }
        }

        [Test]
        public void ApplyAllOfNothingAndReplay()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                using (var same = plan.ApplyAll("[]")) Assert.AreEqual(plan.ToJson(), same.ToJson());
                using (var replayed = plan.Replay()) Assert.AreEqual(plan.Get("/status"), replayed.Get("/status"));
            }
        }

        [Test]
        public void DeadlinesIsAnArray()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                Assert.AreEqual(JsonText.Kind.Array, JsonText.Parse(plan.Deadlines(Fixtures.At)).Kind);
                Assert.Catch<PerspectiefException>(() => plan.Deadlines("yesterday"));
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
                Assert.IsNull(denied.DisclosureJson, "nothing released, nothing to log");
                Assert.AreEqual(plan.Decide(Fixtures.GemeenteRequest).ToJson(), denied.Decision.ToJson());
                var own = plan.View(Fixtures.OuderRequest);
                Assert.AreEqual(plan.Decide(Fixtures.OuderRequest).IsAllowed, own.Decision.IsAllowed);
                if (own.Decision.IsAllowed)
                {
                    Assert.IsNotNull(own.DisclosureJson, own.ToJson());
                    Assert.AreNotEqual("{}", own.ViewJson);
                }
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
