using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// Prepared parties (docs/csharp.md, "The fast path"): every answer is the one
    /// <see cref="PreparedPlan.Ask"/> gives for the party and moment it was made with, never another's;
    /// every refusal names its code and place; it outlives the plan and party it was made from.
    /// </summary>
    [TestFixture]
    public class PreparedPartyTests
    {
        private const string At = "2026-04-01T10:00:00+02:00";
        /// <summary>After the provider's toewijzing ended: only the part the family consented to still reaches it.</summary>
        private const string Later = "2026-08-03T10:00:00+02:00";
        private static readonly Actor WorkerActor = Actor.Of("lokaal_team", "btn-0412").WithOrganisation("Buurtteam Amsterdam Noord (fictief)");
        private static readonly Actor ProviderActor = Actor.Of("hoofdaannemer", "ajk-0931").WithOrganisation("90000101");
        private static readonly Dictionary<string, Actor> Parties = new Dictionary<string, Actor>
        {
            { "worker", WorkerActor },
            { "gemeente", Actor.Of("gemeente", "gem-77").WithOrganisation("Gemeente Amsterdam") },
            { "provider", ProviderActor },
            { "jeugdige", Actor.Of("jeugdige", "noor").WithMember("noor") },
        };
        private static readonly SharingAction[] Actions = { SharingAction.Read, SharingAction.Store, SharingAction.Amend };
        private static readonly SharingPurpose[] Purposes = { SharingPurpose.Uitvoering, SharingPurpose.Beleid, SharingPurpose.Veiligheid };

        private static Plan ParsePlan(Engine engine)
        {
            return engine.Parse(Fixtures.Read(Path.Combine(Fixtures.Root, "examples", "plans", "amsterdam-twee-kinderen-segment-c.json")));
        }

        private Engine engine;
        private PreparedPlan prepared;
        private int[] channels;

        [SetUp]
        public void Load()
        {
            engine = Engine.Builtin("amsterdam-zaanstreek");
            using (var plan = ParsePlan(engine)) prepared = engine.Prepare(plan);
            channels = new[] { engine.FindChannel("portaal"), engine.FindChannel("beveiligde_email") };
        }

        [TearDown]
        public void Close()
        {
            prepared.Dispose();
            engine.Dispose();
        }

        /// <summary>Every action but forward, three purposes, every part, both channels: the prepared party's answers.</summary>
        private List<Answer> Answers(PreparedParty asking, int parts)
        {
            var answers = new List<Answer>();
            foreach (var action in Actions)
                foreach (var purpose in Purposes)
                    for (int part = 0; part < parts; part++)
                        foreach (var channel in channels) answers.Add(asking.Ask(action, purpose, part, channel));
            return answers;
        }

        /// <summary>The same questions asked of the prepared plan with the party and the moment.</summary>
        private List<Answer> Questions(Party party, Moment at)
        {
            var answers = new List<Answer>();
            foreach (var action in Actions)
                foreach (var purpose in Purposes)
                    for (int part = 0; part < prepared.PartCount; part++)
                        foreach (var channel in channels)
                            answers.Add(prepared.Ask(Question.Builder().Party(party).Action(action).Purpose(purpose)
                                .Part(part).Channel(channel).At(at).Build()));
            return answers;
        }

        [Test]
        public void EachAnswersAsItsOwnPartyAtItsOwnMomentOnly()
        {
            // Prepared parties side by side: answering for another one (a shared state, the first moment
            // kept) fails here, as the parties and moments give different answers.
            var answers = new Dictionary<string, List<Answer>>();
            foreach (var entry in Parties)
            {
                foreach (var at in new[] { At, Later })
                {
                    using (var party = Party.Of(entry.Value))
                    using (var asking = prepared.Party(party, Moment.Parse(at)))
                    {
                        var got = Answers(asking, prepared.PartCount);
                        CollectionAssert.AreEqual(Questions(party, Moment.Parse(at)), got, entry.Key + " at " + at);
                        answers[entry.Key + " " + at] = got;
                    }
                }
            }
            CollectionAssert.AreNotEqual(answers["provider " + At], answers["provider " + Later], "standing is dated");
            Assert.Greater(answers.Values.Select(a => string.Join(";", a)).Distinct().Count(), Parties.Count, "the cases differ");
        }

        [Test]
        public void TheAllowAndTheDenySide()
        {
            using (var provider = Party.Of(ProviderActor))
            using (var asking = prepared.Party(provider, Moment.Parse(At)))
            {
                var allowed = asking.Ask(SharingAction.Read, SharingPurpose.Uitvoering,
                    prepared.FindPart("children/noor/results/r-noor-angst"), channels[1]);
                Assert.IsTrue(allowed.IsAllowed);
                CollectionAssert.AreEqual(new[] { "R-SHARE-HOOFDAANNEMER" }, allowed.Rules);
                Assert.AreEqual("toewijzing_linked", allowed.Reason);
                var denied = asking.Ask(SharingAction.Read, SharingPurpose.Uitvoering,
                    prepared.FindPart("family_part/personal/emre"), channels[1]);
                Assert.AreEqual(Verdict.Deny, denied.Verdict);
                Assert.AreEqual("member_privacy", denied.Reason);
            }
        }

        private static void Refused(PreparedParty asking, SharingAction action, SharingPurpose purpose, int part, int channel, string pointer)
        {
            var e = Assert.Throws<InvalidArgumentException>(() => asking.Ask(action, purpose, part, channel));
            Assert.AreEqual(pointer, e.Pointer);
            Assert.AreEqual(1, e.Problems.Count);
            Assert.AreEqual("PP-D-QUESTION", e.Problems[0].Code);
            Assert.AreEqual(pointer, e.Problems[0].Pointer);
        }

        [Test]
        public void EveryRefusalNamesItsCodeAndPlace()
        {
            using (var worker = Party.Of(WorkerActor))
            using (var asking = prepared.Party(worker, Moment.Parse(At)))
            {
                Refused(asking, SharingAction.Forward, SharingPurpose.Uitvoering, 0, channels[0], "/action");
                Refused(asking, (SharingAction)99, SharingPurpose.Uitvoering, 0, channels[0], "/action");
                Refused(asking, SharingAction.Read, (SharingPurpose)99, 0, channels[0], "/purpose");
                Refused(asking, SharingAction.Read, SharingPurpose.Uitvoering, prepared.PartCount, channels[0], "/part");
                Refused(asking, SharingAction.Read, SharingPurpose.Uitvoering, -1, channels[0], "/part");
                Refused(asking, SharingAction.Read, SharingPurpose.Uitvoering, 0, -1, "/channel");
            }
            using (var nobody = Party.Of(Actor.Of("lokaal_team", "\u00a0").WithOrganisation("Buurtteam")))
            {
                var e = Assert.Catch<PerspectiefException>(() => prepared.Party(nobody, Moment.Parse(At)));
                Assert.AreEqual("/requester/person", e.Pointer);
                Assert.AreEqual("PP-D-PERSON", e.Problems[0].Code);
            }
            Assert.AreEqual("/requester", Assert.Throws<InvalidArgumentException>(() => prepared.Party(null, Moment.Parse(At))).Pointer);
            using (var worker = Party.Of(WorkerActor))
            {
                Assert.AreEqual("/at", Assert.Throws<InvalidArgumentException>(() => prepared.Party(worker, null)).Pointer);
            }
        }

        [Test]
        public void ItOutlivesThePlanAndThePartyItWasMadeFrom()
        {
            var own = Engine.Builtin("amsterdam-zaanstreek");
            var plan = ParsePlan(own);
            var ownPrepared = own.Prepare(plan);
            var provider = Party.Of(ProviderActor);
            var at = Moment.Parse(At);
            int parts = ownPrepared.PartCount;
            var expected = Questions(provider, at);
            var asking = ownPrepared.Party(provider, at);
            provider.Dispose();
            ownPrepared.Dispose();
            plan.Dispose();
            own.Dispose();
            Assert.Throws<StateException>(() => ownPrepared.Party(provider, at));
            CollectionAssert.AreEqual(expected, Answers(asking, parts), "the prepared party keeps what it needs");
            asking.Dispose();
            asking.Dispose();
            Assert.IsTrue(asking.IsClosed);
            Assert.Throws<StateException>(() => asking.Ask(SharingAction.Read, SharingPurpose.Uitvoering, 0, 0));
        }

        [Test]
        public void ThreadsShareOnePreparedPartyAndItIsDisposedUnderThemCleanly()
        {
            var provider = Party.Of(ProviderActor);
            var asking = prepared.Party(provider, Moment.Parse(At));
            provider.Dispose();
            int parts = prepared.PartCount;
            var expected = Answers(asking, parts);
            int same = 0, refused = 0;
            Exception failure = null;
            var threads = Enumerable.Range(0, 4).Select(_ => new System.Threading.Thread(() =>
            {
                for (int i = 0; i < 40; i++)
                {
                    try
                    {
                        if (Answers(asking, parts).SequenceEqual(expected)) System.Threading.Interlocked.Increment(ref same);
                    }
                    catch (StateException)
                    {
                        System.Threading.Interlocked.Increment(ref refused);   // disposed under us: a clean refusal
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                }
            })).ToList();
            foreach (var thread in threads) thread.Start();
            System.Threading.Thread.Sleep(20);
            asking.Dispose();
            foreach (var thread in threads) thread.Join();
            Assert.IsNull(failure);
            Assert.AreEqual(160, same + refused);
        }

        [Test]
        public void ADisposedPartyIsNotPrepared()
        {
            var worker = Party.Of(WorkerActor);
            worker.Dispose();
            Assert.Throws<StateException>(() => prepared.Party(worker, Moment.Parse(At)));
        }
    }
}
