using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The typed answers (#16): values at a pointer, engine info, profiles, records of every kind,
    /// deadlines and problems with their severity, each against the JSON the library wrote.
    /// </summary>
    [TestFixture]
    public class TypedAnswersTests
    {
        private static readonly string Lelystad = Path.Combine(Fixtures.Root, "examples", "plans", "lelystad-zelfstandig-wonen-verblijf.json");
        private static readonly string Zaanstad = Path.Combine(Fixtures.Root, "examples", "plans", "zaanstad-crisisplaatsing.json");

        [Test]
        public void ValuesAtAPointerAreTyped()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                Assert.AreEqual("hulpvraag", plan.Status);
                Assert.AreEqual("hulpvraag", plan.GetString("/status"));
                Assert.AreEqual("\"hulpvraag\"", plan.Get("/status").ToJson(), "the JSON form stays available");
                Assert.AreEqual(plan.GetLong("/version"), plan.Version);
                Assert.AreEqual(JsonText.Parse(Fixtures.Read(Fixtures.SegmentC)).String("id"), plan.Id);

                var children = plan.Get("/children");
                Assert.AreEqual(JsonKind.Array, children.Kind);
                Assert.AreEqual(2, children.AsList().Count);
                Assert.AreEqual("C", children.AsList()[0].Member("segment").AsString());
                Assert.AreEqual(plan.Get("/children/0"), children.AsList()[0]);
                Assert.AreEqual(plan.ToJson(), plan.Get("").ToJson());
                Assert.IsTrue(plan.Get("").AsDictionary().ContainsKey("family"));
                CollectionAssert.IsOrdered(plan.Get("").Names().ToList(), StringComparer.Ordinal);
            }
        }

        [Test]
        public void ThePlansOwnFieldsAreTyped()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var doc = JsonText.Parse(Fixtures.Read(Fixtures.SegmentC));
                Assert.AreEqual(doc.String("profile"), plan.Profile);
                Assert.AreEqual(doc.String("plan_type"), plan.PlanType);
                Assert.AreEqual(doc.String("municipality"), plan.Municipality);
                var withoutMunicipality = System.Text.RegularExpressions.Regex.Replace(plan.ToJson(), "\"municipality\":\"[^\"]*\",", "");
                using (var without = engine.Parse(withoutMunicipality))
                {
                    Assert.IsNull(without.Municipality, "a plan may name no municipality");
                }
            }
        }

        [Test]
        public void CheckPassesAValidPlanAndRefusesAnInvalidOne()
        {
            string text = Fixtures.Read(Fixtures.SegmentC);
            string child = JsonText.Parse(text).Get("children").Elements[0].String("jeugdige");
            string broken = new System.Text.RegularExpressions.Regex("\"jeugdige\"\\s*:\\s*\"" + child + "\"").Replace(text, "\"jeugdige\": \"nobody\"", 1);
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var valid = engine.Parse(text))
            using (var invalid = engine.Parse(broken))
            {
                Assert.AreSame(valid, engine.Check(valid));
                var e = Assert.Throws<ValidationException>(() => engine.Check(invalid));
                CollectionAssert.AreEqual(engine.Validate(invalid), e.Problems, "every problem, as Validate() lists them");
                Assert.AreEqual(e.Problems[0].Pointer, e.Pointer);
                Assert.AreEqual(6, e.CodeNumber);
                CollectionAssert.AreEqual(e.Problems.Select(p => p.Rule).Where(r => r != null).Distinct().ToList(), e.Rules);
                Assert.AreEqual(Json.Canonicalize(e.DetailJson), e.DetailJson, "a detail in the library's canonical shape");
            }
        }

        [Test]
        public void AValueOfAnotherKindIsRefusedAtItsPointer()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var notLong = Assert.Throws<InvalidArgumentException>(() => plan.GetLong("/status"));
                Assert.AreEqual("/status", notLong.Pointer);
                StringAssert.Contains("a string", notLong.Message);
                Assert.AreEqual("/version", Assert.Throws<InvalidArgumentException>(() => plan.GetString("/version")).Pointer);
                Assert.Throws<InvalidArgumentException>(() => plan.GetBoolean("/children"));
                var inList = Assert.Throws<InvalidArgumentException>(() => plan.Get("/children").AsList()[1].Member("jeugdige").AsLong());
                Assert.AreEqual("/children/1/jeugdige", inList.Pointer);
                // Missing stays NotFoundException, as before.
                Assert.AreEqual("/no/such", Assert.Throws<NotFoundException>(() => plan.GetString("/no/such")).Pointer);
            }
        }

        [Test]
        public void NumbersAndBooleansFromJson()
        {
            var v = JsonValue.Parse("{\"a\":12,\"b\":2.5,\"c\":true,\"d\":null,\"e~/f\":1e40}", "");
            Assert.AreEqual(12L, v.Member("a").AsLong());
            Assert.AreEqual(2.5m, v.Member("b").AsDecimal());
            Assert.Throws<InvalidArgumentException>(() => v.Member("b").AsLong(), "no silent rounding");
            Assert.IsTrue(v.Member("c").AsBoolean());
            Assert.IsTrue(v.Member("d").IsNull);
            Assert.IsNull(v.Member("absent"));
            Assert.AreEqual("/e~0~1f", Assert.Throws<InvalidArgumentException>(() => v.Member("e~/f").AsDecimal()).Pointer);
        }

        [Test]
        public void EngineInfoIsTyped()
        {
            const string almere = "{\"format\":\"perspectief/settings@1\",\"profile\":\"flevoland\",\"municipality\":\"Almere\"," +
                                  "\"local_choices\":{\"regie_langdurig_verblijf\":\"verblijfsinstelling\"}}";
            using (var plain = Engine.Builtin("flevoland"))
            using (var inAlmere = Engine.Builtin("flevoland", almere))
            {
                var none = plain.Info();
                Assert.AreEqual("flevoland", none.ProfileId);
                Assert.IsNull(none.Municipality);
                var info = inAlmere.Info();
                Assert.AreEqual("Almere", info.Municipality);
                Assert.AreEqual("verblijfsinstelling", info.LocalChoices["regie_langdurig_verblijf"].AsString());
                CollectionAssert.AreEquivalent(none.LocalChoices.Keys, info.LocalChoices.Keys, "every choice has a value");
                Assert.AreEqual(Json.Canonicalize(info.ToJson()), info.ToJson());
            }
        }

        [Test]
        public void ProfilesAreTyped()
        {
            var profiles = Engine.Profiles();
            CollectionAssert.AreEqual(Engine.ProfileIds(), profiles.Select(p => p.Id).ToList());
            foreach (var p in profiles)
            {
                Assert.IsNotEmpty(p.NameNl, p.Id);
                Assert.IsNotEmpty(p.NameEn, p.Id);
                Assert.IsNotEmpty((System.Collections.ICollection)p.Seeds, p.Id);
            }
        }

        /// <summary>Every row of every example plan has exactly its kind's columns, and each cell reads with its column's type.</summary>
        [Test]
        public void RecordsHaveTheKindsColumnsAndTypes()
        {
            foreach (var file in Fixtures.ExamplePlans())
            {
                var text = Fixtures.Read(file);
                using (var engine = Engine.Builtin(Fixtures.ProfileOf(text)))
                using (var plan = engine.Parse(text))
                {
                    foreach (var kind in RecordKind.All)
                    {
                        foreach (var row in engine.Records(plan, kind))
                        {
                            CollectionAssert.AreEquivalent(kind.Columns, JsonText.Parse(row.ToJson()).Members.Select(m => m.Key).ToList(),
                                file + " " + kind);
                            foreach (var column in kind.Columns)
                            {
                                object cell = row.Get(column);
                                Assert.AreEqual(row.IsNull(column), cell == null, column);
                                if (cell == null) continue;
                                Type expected;
                                switch (kind.ColumnType(column).Value)
                                {
                                    case RecordColumn.Long: expected = typeof(long); break;
                                    case RecordColumn.Boolean: expected = typeof(bool); break;
                                    case RecordColumn.Timestamp: expected = typeof(DateTimeOffset); break;
                                    case RecordColumn.Date: expected = typeof(DateTime); break;
                                    case RecordColumn.List: expected = typeof(IReadOnlyList<string>); break;
                                    default: expected = typeof(string); break;
                                }
                                Assert.IsTrue(expected.IsInstanceOfType(cell), file + " " + kind + "." + column + ": " + cell);
                            }
                        }
                    }
                }
            }
        }

        [Test]
        public void RecordCellsReadAsDotNetTypes()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Zaanstad))
            {
                var milan = engine.Records(plan, RecordKind.Jeugdigen)[0];
                Assert.AreEqual("milan", milan.GetString("jeugdige"));
                Assert.AreEqual(15L, milan.GetLong("age"));
                Assert.AreEqual(3L, milan.GetLong("intensiteit"));
                Assert.AreEqual(false, milan.GetBoolean("verblijf"));
                CollectionAssert.AreEqual(new[] { "thuisplus" }, milan.GetList("additions"));
                CollectionAssert.AreEqual(new[] { "46" }, milan.GetList("product_categories"));
                // Written 14:00 at +01:00 in the plan; a record moment is in UTC, the same instant.
                Assert.AreEqual(DateTimeOffset.Parse("2026-03-24T14:00:00+01:00"), milan.GetTimestamp("latest_evaluation_at"));
                Assert.AreEqual(TimeSpan.Zero, milan.GetTimestamp("latest_evaluation_at").Value.Offset);
                Assert.AreEqual(1L, milan.GetLong("evaluations"));

                var evaluated = engine.Records(plan, "evaluations")[0];
                Assert.AreSame(RecordKind.Evaluations, evaluated.Kind);
                Assert.AreEqual(milan.GetTimestamp("latest_evaluation_at"), evaluated.GetTimestamp("at"));

                // The wrong getter, or a column the kind lacks, fails where the mistake is made.
                Assert.Throws<InvalidArgumentException>(() => milan.GetString("age"));
                Assert.Throws<InvalidArgumentException>(() => milan.GetLong("jeugdige"));
                var typo = Assert.Throws<InvalidArgumentException>(() => milan.GetString("jeugdigen"));
                StringAssert.Contains("latest_evaluation_at", typo.Message, "names the columns");
                Assert.Throws<InvalidArgumentException>(() => engine.Records(plan, "tables"));
            }
        }

        /// <summary>The columns and their types are the library's (pp_record_columns), read once per kind.</summary>
        [Test]
        public void RecordKindsTakeTheirColumnsFromTheLibrary()
        {
            CollectionAssert.AreEqual(new[] { "plan", "municipality", "jeugdige", "evaluation", "at", "kind", "result", "outcome" },
                RecordKind.Evaluations.Columns);
            Assert.AreEqual(RecordColumn.Long, RecordKind.Results.ColumnType("age"));
            Assert.AreEqual(RecordColumn.List, RecordKind.Jeugdigen.ColumnType("product_categories"));
            Assert.AreEqual(RecordColumn.Timestamp, RecordKind.Transitions.ColumnType("at"));
            Assert.AreEqual(RecordColumn.Boolean, RecordKind.Jeugdigen.ColumnType("youth_care_closed"));
            Assert.IsNull(RecordKind.Results.ColumnType("product_category"));
            Assert.IsNull(RecordKind.Results.ColumnType(null));
            Assert.AreSame(RecordKind.Results.Columns, RecordKind.Results.Columns, "read once, kept");
            Assert.AreSame(RecordKind.Jeugdigen, RecordKind.Of("jeugdigen"));
            var unknown = Assert.Throws<InvalidArgumentException>(() => RecordKind.Of("tables"));
            StringAssert.Contains("unknown record kind 'tables'", unknown.Message);
            Assert.AreEqual(ErrorCode.InvalidArgument, unknown.Code);
        }

        /// <summary>
        /// Ede's plan: Jesse has no ondersteuningsprofiel (his additions are unknown: null) and no
        /// toewijzingen (his product categories are known to be none: an empty list).
        /// </summary>
        [Test]
        public void RecordValuesAreTidy()
        {
            var text = Fixtures.Read(Path.Combine(Fixtures.Root, "examples", "plans", "ede-familiegroepsplan.json"));
            using (var engine = Engine.Builtin(Fixtures.ProfileOf(text)))
            using (var plan = engine.Parse(text))
            {
                var jeugdigen = engine.Records(plan, RecordKind.Jeugdigen);
                var jesse = jeugdigen[1];
                Assert.AreEqual("jesse", jesse.GetString("jeugdige"));
                Assert.IsNull(jesse.GetList("additions"));
                CollectionAssert.IsEmpty(jesse.GetList("product_categories"));
                Assert.AreEqual(1, jeugdigen[0].GetList("product_categories").Count);
                var transitions = engine.Records(plan, RecordKind.Transitions);
                CollectionAssert.IsNotEmpty(transitions);
                foreach (var row in transitions)
                {
                    Assert.AreEqual(TimeSpan.Zero, row.GetTimestamp("at").Value.Offset, row.ToJson());
                    StringAssert.Contains("Z\"", row.ToJson(), "one form in the JSON too");
                }
            }
        }

        [Test]
        public void FamilyResultsHaveNullJeugdigeColumns()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Fixtures.SegmentC))
            {
                var family = engine.Records(plan, RecordKind.Results).First(r => r.IsNull("jeugdige"));
                Assert.IsNull(family.GetLong("age"));
                Assert.IsNull(family.GetList("additions"));
                Assert.IsNull(family.GetBoolean("crisis"));
                Assert.IsNotNull(family.GetString("result"));
            }
        }

        [Test]
        public void DeadlinesAreTyped()
        {
            using (var engine = Engine.Builtin("flevoland"))
            using (var plan = engine.ParseFile(Lelystad))
            {
                var due = engine.Deadlines(plan, DateTimeOffset.Parse("2026-12-01T09:00:00+01:00"));
                Assert.AreEqual(1, due.Count);
                var d = due[0];
                Assert.AreEqual("overdracht_18", d.Kind);
                Assert.AreEqual("sem", d.Jeugdige);
                Assert.AreEqual(new DateTime(2026, 11, 12), d.Due);
                Assert.AreEqual(DeadlineStatus.Overdue, d.Status);
                Assert.IsNull(d.Rule, "no rule id names this obligation");
                Assert.IsNull(d.Since);
                StringAssert.StartsWith("Overdracht", d.LabelNl);
                Assert.AreEqual(d.ToJson(), engine.Deadlines(plan, "2026-12-01T09:00:00+01:00")[0].ToJson());
                Assert.AreEqual(DeadlineStatus.Open, engine.Deadlines(plan, "2026-11-01T09:00:00+01:00")[0].Status);
                Assert.AreEqual(DeadlineStatus.Due, engine.Deadlines(plan, "2026-11-12T23:00:00+01:00")[0].Status);
            }
        }

        [Test]
        public void CrisisDeadlinesSayWhenTheyStarted()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = Fixtures.StartPlan(engine, Fixtures.Read(Path.Combine(Fixtures.Root, "examples", "families", "zaanstad-crisisplaatsing.json"))))
            {
                var crisis = Perspectief.Event.Builder("crisis_starten").Actor(Actor.Of("lokaal_team", "lt-0042"))
                    .At("2026-03-02T22:15:00+01:00")
                    .Payload(Payload.Object().Put("jeugdige", plan.GetString("/children/0/jeugdige"))
                        .Put("ondersteuningsprofiel", Payload.Object().Put("code", "11")))
                    .Build();
                using (var inCrisis = engine.Apply(plan, crisis))
                {
                    var first = engine.Deadlines(inCrisis, "2026-03-03T09:00:00+01:00").First(d => d.Kind == "crisis_startafspraken");
                    Assert.AreEqual(DateTimeOffset.Parse("2026-03-02T22:15:00+01:00"), first.Since);
                    Assert.AreEqual("R-CRISIS", first.Rule);
                }
            }
        }

        [Test]
        public void RegieAdviceFollowsTheRegionsMatrix()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var plan = engine.ParseFile(Path.Combine(Fixtures.Root, "examples", "plans", "amsterdam-twee-kinderen-segment-c.json")))
            {
                string jeugdige = plan.GetString("/children/0/jeugdige");
                var advice = engine.RegieAdvice(plan, jeugdige);
                Assert.IsNotEmpty(advice.BasisEn);
                Assert.IsNotEmpty(advice.BasisNl);
                Assert.IsTrue(advice.Rule == null || advice.Rule == "R-REGIE-LOKAAL", advice.ToJson());
                Assert.AreEqual(advice.ToJson(), engine.RegieAdvice(plan, jeugdige, null, null).ToJson());
                Assert.AreEqual(Json.Canonicalize(advice.ToJson()), advice.ToJson());
                Assert.Throws<NotFoundException>(() => engine.RegieAdvice(plan, "niemand"), "a jeugdige the plan does not have");
                Assert.Throws<InvalidArgumentException>(() => engine.RegieAdvice(plan, null));
            }
        }

        [Test]
        public void ProblemsCarryTheirSeverity()
        {
            var withWarning = Problem.FromJson("{\"code\":\"PP-V-X\",\"message_en\":\"e\",\"message_nl\":\"n\"," +
                                               "\"pointer\":\"/a\",\"rule\":\"R-Y\",\"severity\":\"warning\"}");
            Assert.AreEqual(Severity.Warning, withWarning.Severity);
            Assert.IsFalse(withWarning.IsError);
            Assert.AreEqual("R-Y", withWarning.Rule);
            var withError = Problem.FromJson("{\"code\":\"PP-V-X\",\"pointer\":\"\",\"rule\":\"\",\"severity\":\"error\"}");
            Assert.AreEqual(Severity.Error, withError.Severity);
            Assert.IsNull(withError.Rule);
            // A library without severities: every problem was an error.
            var older = Problem.FromJson("{\"code\":\"PP-V-X\",\"message_en\":\"e\",\"message_nl\":\"n\",\"pointer\":\"/a\",\"rule\":\"\"}");
            Assert.AreEqual(Severity.Error, older.Severity);
            Assert.IsTrue(older.IsError);
            Assert.AreEqual(new Problem("PP-V-X", "/a", "n", "e", null), older);
            Assert.AreNotEqual(new Problem("PP-V-X", "/a", "n", "e", null, Severity.Warning), older);
            Assert.Throws<JsonSyntaxException>(() => Problem.FromJson("{\"code\":"));
            // Problems inside an error detail are read the same way.
            var e = PerspectiefException.Create(ErrorCode.Validation, "x", "/a",
                "{\"code\":6,\"problems\":[{\"code\":\"PP-V-X\",\"pointer\":\"/a\",\"rule\":\"\",\"severity\":\"warning\"}," +
                "{\"code\":\"PP-V-Y\",\"pointer\":\"/b\",\"rule\":\"\"}],\"rules\":[]}");
            CollectionAssert.AreEqual(new[] { Severity.Warning, Severity.Error }, e.Problems.Select(p => p.Severity).ToList());
        }
    }
}
