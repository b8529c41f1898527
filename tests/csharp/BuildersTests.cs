using System;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>The event, payload and sharing-request builders (#16): what they write, what they refuse, and what the library then says.</summary>
    [TestFixture]
    public class BuildersTests
    {
        private static readonly Actor Worker = Actor.Of("lokaal_team", "lt-0042");

        private Engine engine;
        private Plan plan;     // the segment-C family as parsed (no history): for sharing
        private Plan started;  // after plan_aanmaken, so that events apply

        [SetUp]
        public void Load()
        {
            engine = Engine.Builtin("amsterdam-zaanstreek");
            plan = engine.ParseFile(Fixtures.SegmentC);
            started = Fixtures.StartPlan(engine, Fixtures.Read(Fixtures.SegmentC));
        }

        [TearDown]
        public void Close()
        {
            started.Dispose();
            plan.Dispose();
            engine.Dispose();
        }

        [Test]
        public void AnActorWritesOnlyWhatItHas()
        {
            Assert.AreEqual("{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}", Worker.ToJson());
            var full = Worker.WithName("Anouk \"Noek\" de Wit").WithOrganisation("Buurtteam Oost").WithOnBehalfOf("lt-3");
            Assert.AreEqual("{\"role\":\"lokaal_team\",\"person\":\"lt-0042\",\"name\":\"Anouk \\\"Noek\\\" de Wit\"," +
                            "\"organisation\":\"Buurtteam Oost\",\"on_behalf_of\":\"lt-3\"}", full.ToJson());
            Assert.IsNull(Worker.Name, "With... returns a copy");
            Assert.AreEqual(full, Worker.WithName("Anouk \"Noek\" de Wit").WithOrganisation("Buurtteam Oost").WithOnBehalfOf("lt-3"));
        }

        [Test]
        public void AnActorNeedsARoleAndAPerson()
        {
            Assert.AreEqual("/role", Assert.Throws<InvalidArgumentException>(() => Actor.Of(null, "x")).Pointer);
            Assert.AreEqual("/person", Assert.Throws<InvalidArgumentException>(() => Actor.Of("ouder", "")).Pointer);
        }

        [Test]
        public void AnEventIsTheDocumentTheLibraryTakes()
        {
            var e = Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At("2026-03-02T09:30:00+01:00")
                .Reason("gesprek\nmet \\ gezin").Build();
            Assert.AreEqual("{\"event\":\"vraagverheldering_starten\",\"actor\":{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}," +
                            "\"at\":\"2026-03-02T09:30:00+01:00\",\"reason\":\"gesprek\\nmet \\\\ gezin\"}", e.ToJson());
            using (var viaBuilder = engine.Apply(started, e))
            using (var viaJson = engine.Apply(started, e.ToJson()))
            {
                Assert.AreEqual(viaJson.ToJson(), viaBuilder.ToJson());
                Assert.AreEqual("gesprek\nmet \\ gezin", viaBuilder.GetString("/history/1/reason"));
            }
        }

        [Test]
        public void MomentsAreWrittenWithSecondsAndOffset()
        {
            var at = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));
            Assert.AreEqual("2026-03-02T09:30:00+01:00", Perspectief.Event.Builder("x").Actor(Worker).At(at).Build().At);
            Assert.AreEqual("2026-03-02T08:30:00.5Z",
                Perspectief.Event.Builder("x").Actor(Worker).At(new DateTimeOffset(2026, 3, 2, 8, 30, 0, 500, TimeSpan.Zero)).Build().At);
            using (var moved = engine.Apply(started, Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At(at).Build()))
            {
                Assert.AreEqual("vraagverheldering", moved.Status);
            }
        }

        [Test]
        public void TheBuilderRefusesAMissingActorOrMoment()
        {
            var noActor = Assert.Throws<InvalidArgumentException>(() =>
                Perspectief.Event.Builder("vraagverheldering_starten").At("2026-03-02T09:30:00+01:00").Build());
            Assert.AreEqual("/actor", noActor.Pointer);
            Assert.AreEqual("/at", Assert.Throws<InvalidArgumentException>(() =>
                Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).Build()).Pointer);
            Assert.AreEqual("/event", Assert.Throws<InvalidArgumentException>(() =>
                Perspectief.Event.Builder(null).Actor(Worker).At("2026-03-02T09:30:00+01:00").Build()).Pointer);
        }

        [Test]
        public void ABadTimestampIsTheLibrarysErrorWithItsPointer()
        {
            var yesterday = Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At("gisteren").Build();
            var e = Assert.Throws<SchemaException>(() => engine.Apply(started, yesterday));
            Assert.AreEqual("/at", e.Pointer, e.ToString());
            Assert.IsNotNull(e.DetailJson, "raised by the library, not the binding");
            var batch = Assert.Throws<SchemaException>(() => engine.ApplyAll(started, new[]
            {
                Perspectief.Event.Builder("vraagverheldering_starten").Actor(Worker).At("2026-03-02T09:30:00+01:00").Build(), yesterday,
            }));
            Assert.AreEqual("/1/at", batch.Pointer);
        }

        [Test]
        public void APayloadIsOneJsonValueOrNothing()
        {
            var b = Perspectief.Event.Builder("plan_wijzigen").Actor(Worker).At("2026-03-02T09:30:00+01:00");
            // Text that would add an actor of its own to the event is refused before anything is sent.
            var smuggled = Assert.Throws<JsonSyntaxException>(() => b.Payload("{}, \"actor\": {\"role\": \"gi\", \"person\": \"x\"}"));
            Assert.AreEqual("/payload", smuggled.Pointer);
            Assert.Throws<JsonSyntaxException>(() => b.Payload("{\"merge_patch\":"));
            Assert.AreEqual("{\"merge_patch\":{}}", b.Payload("  {\"merge_patch\":{}}\n").Build().PayloadJson);
            // What the payload means is the library's to judge, with its own pointers.
            var e = Assert.Throws<RejectedException>(() => engine.Apply(started, b.Payload("[1]").Build()));
            Assert.IsTrue(e.Problems.Any(p => p.Pointer.StartsWith("/payload", StringComparison.Ordinal)), e.Message);
        }

        [Test]
        public void APayloadBuilderWritesJsonWithoutStrings()
        {
            var p = Payload.Object().Put("jeugdige", "sa\"m").Put("intensiteit", 3).Put("crisis", true)
                .Put("ondersteuningsprofiel", Payload.Object().Put("code", "11")).Put("door", Worker)
                .PutArray("assignments", Worker, "x", 2L, false, null).PutJson("raw", " [1, {\"a\": null}] ")
                .Put("none", (string)null);
            Assert.AreEqual("{\"jeugdige\":\"sa\\\"m\",\"intensiteit\":3,\"crisis\":true,\"ondersteuningsprofiel\":{\"code\":\"11\"}," +
                            "\"door\":" + Worker.ToJson() + ",\"assignments\":[" + Worker.ToJson() + ",\"x\",2,false,null]," +
                            "\"raw\":[1, {\"a\": null}],\"none\":null}", p.ToJson());
            Assert.AreEqual(Json.Canonicalize(p.ToJson()), Json.Canonicalize(Payload.Parse(p.ToJson()).ToJson()));
            // Putting a name again replaces it in place; Parse keeps members' text exactly.
            Assert.AreEqual("{\"a\":{\"b\": 1},\"c\":2}", Payload.Parse("{\"a\": 1, \"c\": 2}").PutJson("a", "{\"b\": 1}").ToJson());
            Assert.AreEqual("{}", Payload.Parse("{\"a\":1}").Remove("a").ToJson());
            Assert.Throws<JsonSyntaxException>(() => Payload.Parse("[1]"));
            Assert.Throws<JsonSyntaxException>(() => Payload.Parse("{"));
            Assert.AreEqual("/x/0", Assert.Throws<InvalidArgumentException>(() => Payload.Object().PutArray("x", new object())).Pointer);
            Assert.AreEqual("/raw", Assert.Throws<JsonSyntaxException>(() => Payload.Object().PutJson("raw", "1 2")).Pointer);
        }

        [Test]
        public void APayloadBuiltReachesThePlan()
        {
            var change = Payload.Object().Put("merge_patch", Payload.Object().Put("x-vendor-note", "na gesprek"));
            using (var moved = engine.Apply(started, Perspectief.Event.Builder("plan_wijzigen").Actor(Worker).At("2026-03-02T10:00:00+01:00")
                       .Payload(change).Build()))
            {
                Assert.AreEqual("na gesprek", moved.GetString("/x-vendor-note"));
            }
        }

        [Test]
        public void ARequestIsTheDocumentTheLibraryTakes()
        {
            var gemeente = SharingRequest.Builder()
                .Requester(Actor.Of("gemeente", "amb-1").WithOrganisation("Gemeente Amsterdam"))
                .Action("read").Purpose("beleid").Channel("portaal").At(Fixtures.At).Build();
            Assert.AreEqual(Json.Canonicalize(Fixtures.GemeenteRequest), Json.Canonicalize(gemeente.ToJson()));
            var ouder = SharingRequest.Builder()
                .Requester(Actor.Of("ouder", "p-lotte").WithMember("lotte"))
                .Action("read").Purpose("uitvoering").Channel("portaal").Parts("family_part/analysis")
                .At(DateTimeOffset.Parse(Fixtures.At)).Build();
            Assert.AreEqual(Json.Canonicalize(Fixtures.OuderRequest), Json.Canonicalize(ouder.ToJson()));

            var denied = engine.Decide(plan, gemeente);
            Assert.IsFalse(denied.IsAllowed);
            Assert.AreEqual(engine.Decide(plan, Fixtures.GemeenteRequest).ToJson(), denied.ToJson());
            Assert.IsTrue(engine.Decide(plan, ouder).IsAllowed);
            CollectionAssert.AreEqual(new[] { false, true }, engine.DecideBatch(plan, new[] { gemeente, ouder }).Select(d => d.IsAllowed).ToList());
            Assert.IsTrue(engine.View(plan, ouder).Decision.IsAllowed);
            Assert.IsNotNull(engine.View(plan, gemeente).RefusalJson);
        }

        [Test]
        public void ARequestNeedsItsRequiredFields()
        {
            var noRequester = SharingRequest.Builder().Action("read").Purpose("beleid").Channel("portaal").At(Fixtures.At);
            Assert.AreEqual("/requester", Assert.Throws<InvalidArgumentException>(() => noRequester.Build()).Pointer);
            var noChannel = SharingRequest.Builder().Requester(Worker).Action("read").Purpose("beleid").At(Fixtures.At);
            Assert.AreEqual("/channel", Assert.Throws<InvalidArgumentException>(() => noChannel.Build()).Pointer);
            Assert.AreEqual("/parts/1", Assert.Throws<InvalidArgumentException>(() =>
                noChannel.Channel("portaal").Parts("family_part", null).Build()).Pointer);
        }

        [Test]
        public void ARequestTheLibraryRefusesNamesThePlace()
        {
            var badChannel = SharingRequest.Builder().Requester(Worker).Action("read").Purpose("uitvoering")
                .Channel("postduif").At(Fixtures.At).Build();
            Assert.AreEqual("/channel", Assert.Throws<SchemaException>(() => engine.Decide(plan, badChannel)).Pointer);
            Assert.AreEqual("/0/channel", Assert.Throws<SchemaException>(() => engine.DecideBatch(plan, new[] { badChannel })).Pointer);
        }
    }
}
