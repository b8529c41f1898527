using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The verblijf report from C# (#16): plan handles referenced for the call, suppression on both
    /// sides of the threshold, typed cells, and errors with a pointer.
    /// </summary>
    [TestFixture]
    public class VerblijfReportTests
    {
        /// <summary>A plan whose jeugdige has a residential toewijzing (43) in 2026, with jeugdbescherming (48) when asked.</summary>
        private static string Residential(int number, bool protection)
        {
            string other = protection
                ? ",{\"number\":\"j\",\"aanbieder\":\"90000002\",\"product\":{\"category\":\"48\"},\"start\":\"2026-01-05\"}"
                : "";
            return "{\"format\":\"perspectief/plan@2\",\"id\":\"pp-cs-" + number + "\",\"profile\":\"amsterdam-zaanstreek\","
                + "\"plan_type\":\"perspectiefplan\",\"version\":0,\"status\":\"hulp_gestart\","
                + "\"family\":{\"members\":[{\"id\":\"sam\",\"role\":\"jeugdige\",\"birth_date\":\"2012-02-29\"}]},"
                + "\"family_part\":{\"results\":[]},\"children\":[{\"jeugdige\":\"sam\",\"results\":[],\"toewijzingen\":["
                + "{\"number\":\"t\",\"aanbieder\":\"90000001\",\"product\":{\"category\":\"43\"},\"start\":\"2026-01-05\"}"
                + other + "]}]}";
        }

        private static List<Plan> Population(Engine engine)
        {
            return Enumerable.Range(0, 9).Select(i => engine.Parse(Residential(i, i < 2))).ToList();
        }

        [Test]
        public void SmallNumbersAreSuppressedAndSoIsTheCellThatWouldGiveThemBack()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var plans = Population(engine);
                var report = engine.VerblijfReport(plans);
                Assert.AreEqual(7, report.MinCount);
                Assert.AreEqual(9, report.Plans);
                Assert.AreEqual("2026-H1", report.Periods[0].Id);
                Assert.AreEqual(new DateTime(2026, 6, 30), report.Periods[0].LastDay);
                var two = report.KindOfHelp["met_jeugdbescherming", "2026-H1"];
                Assert.IsTrue(two.Suppressed);
                Assert.IsNull(two.Count);
                Assert.IsNull(two.Percentage);
                Assert.IsTrue(report.KindOfHelp["alleen_verblijf", "2026-H1"].Suppressed, "9 - 7 would give the 2 back");
                Assert.AreEqual(9, report.KindOfHelp.Total("2026-H1").Count);
                Assert.AreEqual(0, report.KindOfHelp["met_jeugdreclassering", "2026-H1"].Count);
                StringAssert.StartsWith("{\"format\":\"perspectief/verblijf-report@1\"", report.ToJson());
                plans.ForEach(p => p.Dispose());
            }
        }

        [Test]
        public void AtTheThresholdEveryNumberIsShown()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var plans = Population(engine);
                var report = engine.VerblijfReport(plans, VerblijfReport.Options.Defaults.WithMinCount(2)
                    .WithFrom(new DateTime(2025, 7, 1)).WithTo(new DateTime(2026, 6, 30)));
                CollectionAssert.AreEqual(new[] { "2025-H2", "2026-H1" }, report.Periods.Select(p => p.Id).ToArray());
                var two = report.KindOfHelp["met_jeugdbescherming", "2026-H1"];
                Assert.IsFalse(two.Suppressed);
                Assert.AreEqual(2, two.Count);
                Assert.AreEqual(22.2, two.Percentage);
                Assert.AreEqual("Volgens plan", report.EndReason.Rows[0].Nl);
                Assert.AreEqual("trajecten", report.Duration.Unit);
                plans.ForEach(p => p.Dispose());
            }
        }

        [Test]
        public void BadInputIsAnExceptionWithAPointer()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var plans = Population(engine);
                var zero = Assert.Throws<InvalidArgumentException>(
                    () => engine.VerblijfReport(plans, VerblijfReport.Options.Defaults.WithMinCount(0)));
                Assert.AreEqual("/min_count", zero.Pointer);
                var twice = new List<Plan>(plans) { plans[3] };
                var counted = Assert.Throws<ValidationException>(() => engine.VerblijfReport(twice));
                Assert.AreEqual("/9/id", counted.Pointer);
                var missing = Assert.Throws<InvalidArgumentException>(() => engine.VerblijfReport(new List<Plan> { plans[0], null }));
                Assert.AreEqual("/1", missing.Pointer);
                var disposed = engine.Parse(Residential(99, false));
                disposed.Dispose();
                Assert.Throws<StateException>(() => engine.VerblijfReport(new List<Plan> { plans[0], disposed }));
                Assert.AreEqual(9, engine.VerblijfReport(plans).Plans, "a failed call released every reference it took");
                plans.ForEach(p => p.Dispose());
            }
        }
    }
}
