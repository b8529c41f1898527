using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Perspectief.Tests
{
    [TestFixture]
    public class PlanTests
    {
        public static IEnumerable<string> ExamplePlans()
        {
            return Fixtures.ExamplePlans().Select(Path.GetFileName);
        }

        [Test]
        public void ThereAreExamplePlans()
        {
            Assert.IsNotEmpty((System.Collections.ICollection)Fixtures.ExamplePlans());
        }

        [TestCaseSource("ExamplePlans")]
        public void ExamplePlanParsesValidatesAndRoundTrips(string name)
        {
            string file = Fixtures.ExamplePlans().First(f => Path.GetFileName(f) == name);
            string text = Fixtures.Read(file);
            using (var engine = Engine.Builtin(Fixtures.ProfileOf(text)))
            using (var plan = engine.Parse(text))
            {
                string canonical = plan.ToJson();
                Assert.AreEqual(Json.Canonicalize(text), canonical, "lossless round trip");
                using (var again = engine.Parse(canonical)) Assert.AreEqual(canonical, again.ToJson());
                CollectionAssert.IsEmpty(engine.Validate(plan), "example plans are valid");
                Assert.AreEqual(canonical, plan.Get("").ToJson());
            }
        }

        [Test]
        public void GetReadsByPointerAndKeepsUnknownFields()
        {
            string text = Fixtures.Read(Fixtures.SegmentC);
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.Parse(text))
            {
                Assert.AreEqual("\"hulpvraag\"", plan.Get("/status").ToJson());
                Assert.AreEqual("\"C\"", plan.Get("/children/0/segment").ToJson());
                Assert.AreEqual(Json.Canonicalize(JsonText.Parse(text).Get("x-vendor-dossiernummer").Raw),
                    plan.Get("/x-vendor-dossiernummer").ToJson());
                var e = Assert.Throws<NotFoundException>(() => plan.Get("/no/such/member"));
                Assert.AreEqual("/no/such/member", e.Pointer);
                Assert.Throws<InvalidArgumentException>(() => plan.Get(null));
            }
        }

        [Test]
        public void SemanticProblemsAreListedWithPointersAndBothLanguages()
        {
            string text = Fixtures.Read(Fixtures.SegmentC);
            string child = JsonText.Parse(text).Get("children").Elements[0].String("jeugdige");
            string broken = new Regex("\"jeugdige\"\\s*:\\s*\"" + child + "\"").Replace(text, "\"jeugdige\": \"nobody\"", 1);
            Assert.AreNotEqual(text, broken);
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.Parse(broken))
            {
                var problems = engine.Validate(plan);
                Assert.IsNotEmpty((System.Collections.ICollection)problems);
                foreach (var p in problems)
                {
                    StringAssert.StartsWith("PP-", p.Code);
                    Assert.IsTrue(p.Pointer.Length == 0 || p.Pointer.StartsWith("/"), p.ToString());
                    Assert.IsNotEmpty(p.MessageNl);
                    Assert.IsNotEmpty(p.MessageEn);
                }
                Assert.IsTrue(problems.Any(p => p.Pointer.StartsWith("/children/0")), string.Join("; ", problems));
            }
        }

        [Test]
        public void SchemaErrorsListEveryProblem()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var e = Assert.Throws<SchemaException>(() => engine.Parse("{\"a\":1}"));
                Assert.Greater(e.Problems.Count, 1);
                Assert.AreEqual(e.Problems[0].Pointer, e.Pointer);
                Assert.IsTrue(e.Problems.All(p => p.Code.StartsWith("PP-S-")));
                Assert.IsTrue(e.Problems.Any(p => p.Pointer == "/family"));
            }
        }

        [Test]
        public void RecordsForTables()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                foreach (var kind in new[] { "results", "evaluations", "transitions" })
                {
                    foreach (var r in engine.Records(plan, kind)) Assert.AreEqual(JsonText.Kind.Object, JsonText.Parse(r.ToJson()).Kind);
                }
                Assert.IsNotEmpty((System.Collections.ICollection)engine.Records(plan, "results"));
                Assert.Throws<InvalidArgumentException>(() => engine.Records(plan, "nope"));
            }
        }
    }
}
