using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The fast path (docs/csharp.md, "The fast path"): a prepared plan, parties and moments read
    /// once, questions and typed answers that equal the part's entry in a decision.
    /// </summary>
    [TestFixture]
    public class PreparedPlanTests
    {
        private const string At = "2026-04-01T10:00:00+02:00";
        private static readonly Actor WorkerActor = Actor.Of("lokaal_team", "btn-0412").WithOrganisation("Buurtteam Amsterdam Noord (fictief)");
        private static readonly Actor GemeenteActor = Actor.Of("gemeente", "gem-77").WithOrganisation("Gemeente Amsterdam");
        private static readonly Actor ProviderActor = Actor.Of("hoofdaannemer", "ajk-0931").WithOrganisation("90000101");
        private static readonly Actor NoorActor = Actor.Of("jeugdige", "noor").WithMember("noor");

        private static string PlanJson
        {
            get { return Fixtures.Read(Path.Combine(Fixtures.Root, "examples", "plans", "amsterdam-twee-kinderen-segment-c.json")); }
        }

        private Engine engine;
        private Plan plan;
        private PreparedPlan prepared;
        private Party worker, gemeente, provider, noor;
        private Moment at;

        [SetUp]
        public void Load()
        {
            engine = Engine.Builtin("amsterdam-zaanstreek");
            plan = engine.Parse(PlanJson);
            prepared = engine.Prepare(plan);
            worker = Party.Of(WorkerActor);
            gemeente = Party.Of(GemeenteActor);
            provider = Party.Of(ProviderActor);
            noor = Party.Of(NoorActor);
            at = Moment.Parse(At);
        }

        [TearDown]
        public void Close()
        {
            foreach (var d in new IDisposable[] { worker, gemeente, provider, noor, prepared, plan, engine }) d.Dispose();
        }

        private Question.QuestionBuilder Asking(Party party, SharingPurpose purpose, string channel)
        {
            return Question.Builder().Party(party).Action(SharingAction.Read).Purpose(purpose)
                .Channel(engine.FindChannel(channel)).At(at);
        }

        /// <summary>
        /// The part's entry of the decision for a request for that part alone, as an answer's JSON. A
        /// decision that denies the whole request lists no parts and gives no reason: then the answer's
        /// reason is taken as it is, and its verdict and rules must be the decision's.
        /// </summary>
        private string Decided(Actor actor, string purpose, string channel, string part, Answer answer)
        {
            var d = engine.Decide(plan, SharingRequest.Builder().Requester(actor).Action("read").Purpose(purpose)
                .Channel(channel).At(At).Parts(part).Build());
            var document = JsonText.Parse(d.ToJson());
            var parts = document.Get("parts") == null ? new List<JsonText.Value>() : document.Get("parts").Elements.ToList();
            if (parts.Count == 0)
            {
                return "{\"reason\":" + Fixtures.Quote(answer.Reason) + ",\"rules\":" + document.Get("rules").Raw
                    + ",\"verdict\":" + document.Get("decision").Raw + "}";
            }
            var entry = parts[0];
            return "{\"reason\":" + entry.Get("reason").Raw + ",\"rules\":" + entry.Get("rules").Raw
                + ",\"verdict\":" + entry.Get("decision").Raw + "}";
        }

        [Test]
        public void EveryAnswerIsTheDecisionsEntryForThatPart()
        {
            var askers = new[]
            {
                Tuple.Create(worker, WorkerActor, SharingPurpose.Uitvoering, "uitvoering", "portaal"),
                Tuple.Create(gemeente, GemeenteActor, SharingPurpose.Beleid, "beleid", "portaal"),
                Tuple.Create(provider, ProviderActor, SharingPurpose.Uitvoering, "uitvoering", "beveiligde_email"),
                Tuple.Create(noor, NoorActor, SharingPurpose.Uitvoering, "uitvoering", "portaal"),
            };
            foreach (var a in askers)
            {
                var q = Asking(a.Item1, a.Item3, a.Item5);
                var all = Enumerable.Range(0, prepared.PartCount).Select(part => q.Part(part).Build()).ToList();
                var batch = prepared.AskBatch(all);
                for (int part = 0; part < prepared.PartCount; part++)
                {
                    var one = prepared.Ask(all[part]);
                    Assert.AreEqual(one, batch[part]);
                    Assert.AreEqual(Decided(a.Item2, a.Item4, a.Item5, prepared.PartAddress(part), one), Json.Canonicalize(one.ToJson()),
                        prepared.PartAddress(part));
                }
            }
        }

        [Test]
        public void TheAllowAndTheDenySide()
        {
            int angst = prepared.FindPart("children/noor/results/r-noor-angst");
            int daan = prepared.FindPart("children/daan/results/r-daan-klas");
            var w = prepared.Ask(Asking(worker, SharingPurpose.Uitvoering, "portaal").Part(angst).Build());
            Assert.IsTrue(w.IsAllowed);
            Assert.AreEqual(Verdict.Allow, w.Verdict);
            CollectionAssert.AreEqual(new[] { "R-LT-INVOLVED" }, w.Rules);
            var g = prepared.Ask(Asking(gemeente, SharingPurpose.Beleid, "portaal").Part(angst).Build());
            Assert.AreEqual(Verdict.Deny, g.Verdict);
            CollectionAssert.Contains(g.Rules, "R-GEMEENTE");
            var p = prepared.Ask(Asking(provider, SharingPurpose.Uitvoering, "beveiligde_email").Part(angst).Build());
            Assert.AreEqual("toewijzing_linked", p.Reason);
            var sibling = prepared.Ask(Asking(noor, SharingPurpose.Uitvoering, "portaal").Part(daan).Build());
            Assert.IsFalse(sibling.IsAllowed);
            CollectionAssert.Contains(sibling.Rules, "R-MEMBER-PRIVACY");
            Assert.AreNotEqual(0, sibling.RuleBits);
        }

        [Test]
        public void ABatchAlternatingPartiesAnswersEachAsOneQuestion()
        {
            var parties = new[] { worker, gemeente, noor, provider };
            var questions = Enumerable.Range(0, 12).Select(i => Asking(parties[i % 4],
                i % 4 == 1 ? SharingPurpose.Beleid : SharingPurpose.Uitvoering, "beveiligde_email")
                .Part((5 * i) % prepared.PartCount).Build()).ToList();
            var batch = prepared.AskBatch(questions);
            for (int i = 0; i < questions.Count; i++) Assert.AreEqual(prepared.Ask(questions[i]), batch[i]);
            Assert.IsTrue(batch.Any(a => a.IsAllowed) && !batch.All(a => a.IsAllowed));
            Assert.IsEmpty(prepared.AskBatch(new List<Question>()));
        }

        [Test]
        public void MomentsAndParties()
        {
            Assert.AreEqual(at, Moment.Of(DateTimeOffset.Parse(At)));
            Assert.AreEqual(At, at.ToString());
            Assert.Throws<InvalidArgumentException>(() => Moment.Parse("1 april"));
            var bad = Assert.Throws<SchemaException>(() => Party.Of(Actor.Of("koning", "w-1")));
            Assert.AreEqual("/role", bad.Problems[0].Pointer);
        }

        [Test]
        public void BadQuestionsNameTheirPlace()
        {
            Assert.Throws<NotFoundException>(() => prepared.FindPart("children/noor/results/r-nope"));
            Assert.Throws<NotFoundException>(() => engine.FindChannel("duif"));
            Assert.Throws<InvalidArgumentException>(() => prepared.PartAddress(prepared.PartCount));
            var e = Assert.Throws<InvalidArgumentException>(
                () => prepared.Ask(Asking(worker, SharingPurpose.Uitvoering, "portaal").Part(prepared.PartCount).Build()));
            Assert.AreEqual("PP-D-QUESTION", e.Problems[0].Code);
            Assert.AreEqual("/part", e.Problems[0].Pointer);
            e = Assert.Throws<InvalidArgumentException>(() => prepared.Ask(
                Asking(worker, SharingPurpose.Uitvoering, "portaal").Action(SharingAction.Forward).Part(0).Build()));
            Assert.AreEqual("/recipient", e.Problems[0].Pointer);
            var good = Asking(worker, SharingPurpose.Uitvoering, "portaal").Part(0).Build();
            e = Assert.Throws<InvalidArgumentException>(() => prepared.AskBatch(new[] { good, good.ToBuilder().Part(-1).Build() }));
            Assert.AreEqual("/1/part", e.Problems[0].Pointer);
            e = Assert.Throws<InvalidArgumentException>(() => Question.Builder().Party(worker).Build());
            Assert.AreEqual("/action", e.Pointer);
            e = Assert.Throws<InvalidArgumentException>(() => prepared.AskBatch(new[] { good, null }));
            Assert.AreEqual("/1", e.Pointer);
        }

        [Test]
        public void DecideAndViewOnAPreparedPlanEqualThoseOnThePlan()
        {
            var request = SharingRequest.Builder().Requester(ProviderActor).Action("read").Purpose("uitvoering")
                .Channel("beveiligde_email").At(At).Parts("children/noor").Build();
            Assert.AreEqual(engine.Decide(plan, request).ToJson(), prepared.Decide(request).ToJson());
            Assert.AreEqual(engine.View(plan, request).ToJson(), prepared.View(request).ToJson());
        }

        [Test]
        public void DisposedHandles()
        {
            var own = Engine.Builtin("amsterdam-zaanstreek");
            var ownPlan = own.Parse(PlanJson);
            var p = own.Prepare(ownPlan);
            var party = Party.Of(WorkerActor);
            own.Dispose();
            ownPlan.Dispose();
            var q = Question.Builder().Party(party).Action(SharingAction.Read).Purpose(SharingPurpose.Uitvoering)
                .Part(0).Channel(0).At(at).Build();
            Assert.IsNotNull(p.Ask(q).Reason, "the prepared plan keeps what it needs");
            party.Dispose();
            Assert.IsTrue(party.IsClosed);
            Assert.Throws<StateException>(() => p.Ask(q));
            p.Dispose();
            p.Dispose();
            Assert.IsTrue(p.IsClosed);
            Assert.Throws<StateException>(() => { var unused = p.PartCount; });
            Assert.Throws<StateException>(() => own.Prepare(plan));
            Assert.Throws<StateException>(() => own.FindChannel("portaal"));
        }
    }
}
