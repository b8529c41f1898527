using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The shared conformance cases (tests/conformance/cases/*.json, docs/conformance.md), run
    /// through the public C# API; the result document must equal the case's "expect" byte for
    /// byte after canonicalisation by the library.
    /// </summary>
    [TestFixture]
    public class ConformanceTests
    {
        private static string CasesDir { get { return Path.Combine(Fixtures.Root, "tests", "conformance", "cases"); } }

        private static List<string> CaseFiles()
        {
            var files = Directory.GetFiles(CasesDir, "*.json").ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        public static IEnumerable<string> Cases()
        {
            if (!Directory.Exists(CasesDir)) return new string[0];
            return CaseFiles().Select(Path.GetFileNameWithoutExtension);
        }

        [Test]
        public void CaseFolderExistsAndEveryCaseHasItsFields()
        {
            Assert.IsTrue(Directory.Exists(CasesDir), "missing " + CasesDir);
            foreach (var file in CaseFiles())
            {
                var c = JsonText.Parse(Fixtures.Read(file));
                Assert.IsNotNull(c.Get("operation"), file);
                Assert.IsNotNull(c.Get("expect"), file);
                Assert.AreEqual(Path.GetFileNameWithoutExtension(file), c.String("id"), "id must equal the file name");
            }
        }

        [TestCaseSource("Cases")]
        public void Case(string id)
        {
            Check(JsonText.Parse(Fixtures.Read(Path.Combine(CasesDir, id + ".json"))));
        }

        /// <summary>
        /// A few cases written out here, so that the runner itself (its success and its error
        /// path) is exercised even while the shared folder is young; the Python runner's too.
        /// </summary>
        private static readonly string[] SelfChecks =
        {
            @"{""id"":""self-canonicalize"",""operation"":""canonicalize"",
               ""input"":{""text"":""{ \""b\"" : [1, 2.50, \""é\""], \""a\"" : null }""},
               ""expect"":{""output"":""{\""a\"":null,\""b\"":[1,2.5,\""é\""]}""}}",
            @"{""id"":""self-unknown-profile"",""engine"":{""profile"":""atlantis"",""settings"":null},
               ""operation"":""load_engine"",""expect"":{""error"":{""code"":""not_found"",""pointer"":"""",""problems"":[],""rules"":[]}}}",
            @"{""id"":""self-load-engine"",""engine"":{""profile"":""flevoland"",""settings"":null},
               ""operation"":""load_engine"",""expect"":{""output"":{""profile"":""flevoland"",""municipality"":null}}}",
            @"{""id"":""self-minimum-condition"",""engine"":{""profile"":""amsterdam-zaanstreek"",""settings"":
               {""format"":""perspectief/settings@1"",""profile"":""amsterdam-zaanstreek"",""municipality"":""amsterdam"",
                ""disabled_rules"":[""R-SEG-C-PLAN""]}},""operation"":""load_engine"",
               ""expect"":{""error"":{""code"":""minimum_condition"",""pointer"":""/disabled_rules/0"",
                 ""problems"":[{""code"":""PP-P-MINIMUM"",""pointer"":""/disabled_rules/0"",""rule"":""R-MINIMUM""}],""rules"":[""R-MINIMUM""]}}}",
            @"{""id"":""self-decide-batch-empty"",""engine"":{""profile"":""amsterdam-zaanstreek"",""settings"":null},
               ""plan"":{""file"":""examples/families/amsterdam-twee-kinderen-segment-c.json""},
               ""operation"":""decide_batch"",""input"":{""requests"":[]},""expect"":{""output"":[]}}",
        };

        public static IEnumerable<string> SelfCheckIds()
        {
            return SelfChecks.Select(c => JsonText.Parse(c).String("id"));
        }

        [TestCaseSource("SelfCheckIds")]
        public void SelfCheck(string id)
        {
            Check(SelfChecks.Select(JsonText.Parse).First(c => c.String("id") == id));
        }

        [Test]
        public void AWrongExpectationFails()
        {
            var wrong = JsonText.Parse(SelfChecks[2].Replace(@"""municipality"":null", @"""municipality"":""urk"""));
            Assert.Throws<AssertionException>(() => Check(wrong));
        }

        private static void Check(JsonText.Value c)
        {
            string expected = Json.Canonicalize(c.Get("expect").Raw);
            string actual = Json.Canonicalize(ResultDocument(c));
            Assert.AreEqual(expected, actual, c.String("id") + ": " + c.String("description"));
        }

        private static string ResultDocument(JsonText.Value c)
        {
            try
            {
                return "{\"output\":" + Run(c) + "}";
            }
            catch (PerspectiefException e)
            {
                // code, pointer, each problem's code, pointer and rule, the rules (docs/conformance.md)
                return "{\"error\":{\"code\":" + Fixtures.Quote(e.CodeName) + ",\"pointer\":" + Fixtures.Quote(e.Pointer) +
                       ",\"problems\":[" +
                       string.Join(",", e.Problems.Select(p => "{\"code\":" + Fixtures.Quote(p.Code) + ",\"pointer\":" +
                                                               Fixtures.Quote(p.Pointer) + ",\"rule\":" +
                                                               Fixtures.Quote(p.Rule ?? "") + "}")) +
                       "],\"rules\":[" + string.Join(",", e.Rules.Select(Fixtures.Quote)) + "]}}";
            }
        }

        private static string Run(JsonText.Value c)
        {
            string operation = c.String("operation");
            var input = c.Get("input");
            if (operation == "canonicalize") return Fixtures.Quote(Json.Canonicalize(input.String("text")));
            var spec = c.Get("engine");
            var settings = spec.Get("settings");
            string settingsJson = settings == null || settings.Kind == JsonText.Kind.Null ? null : settings.Raw;
            using (var engine = Engine.Builtin(spec.String("profile"), settingsJson))
            {
                if (operation == "load_engine")
                {
                    var info = JsonText.Parse(engine.Info().ToJson());
                    return "{\"municipality\":" + info.Get("municipality").Raw + ",\"profile\":" + info.Get("profile").Raw + "}";
                }
                if (operation == "diagram") return Fixtures.Quote(engine.Diagram(input.String("format")));
                if (operation == "verblijf_report") return VerblijfReport(engine, c.Get("plans"), input);
                string planJson = PlanJson(c.Get("plan"));
                using (var plan = engine.Parse(planJson))
                {
                    switch (operation)
                    {
                        case "parse": return plan.ToJson();
                        case "validate":
                            return "[" + string.Join(",", engine.Validate(plan).Select(p =>
                                "{\"code\":" + Fixtures.Quote(p.Code) + ",\"message_en\":" + Fixtures.Quote(p.MessageEn) +
                                ",\"message_nl\":" + Fixtures.Quote(p.MessageNl) + ",\"pointer\":" + Fixtures.Quote(p.Pointer) +
                                ",\"rule\":" + Fixtures.Quote(p.Rule ?? "") + ",\"severity\":" + Fixtures.Quote(p.SeverityName) + "}")) + "]";
                        case "available_events": return Array(engine.AvailableEvents(plan, input.Get("actor").Raw, input.String("at")).Select(o => o.ToJson()));
                        case "apply": return Derived(engine.Apply(plan, input.Get("event").Raw));
                        case "apply_all": return Derived(engine.ApplyAll(plan, input.Get("events").Raw));
                        case "replay": return Derived(engine.Replay(plan));
                        case "deadlines": return Array(engine.Deadlines(plan, input.String("at")).Select(d => d.ToJson()));
                        case "regie_advice":
                            return engine.RegieAdvice(plan, input.String("jeugdige"), input.String("situatie"), input.String("fase")).ToJson();
                        case "decide": return engine.Decide(plan, input.Get("request").Raw).ToJson();
                        case "decide_batch":
                            return Array(engine.DecideBatch(plan, input.Get("requests").Raw).Select(d => d.ToJson()));
                        case "view": return engine.View(plan, input.Get("request").Raw).ToJson();
                        case "ask": return Ask(engine, plan, input);
                        case "ask_party": return AskParty(engine, plan, input);
                        case "records": return Array(engine.Records(plan, input.String("kind")).Select(r => r.ToJson()));
                        default: throw new ArgumentException("unknown conformance operation '" + operation + "'");
                    }
                }
            }
        }

        private static string PlanJson(JsonText.Value planSpec)
        {
            return planSpec.Get("file") != null
                ? Fixtures.Read(Path.Combine(Fixtures.Root, planSpec.String("file")))
                : planSpec.Get("inline").Raw;
        }

        /// <summary>The report over the case's plans, with its options through the typed Options.</summary>
        private static string VerblijfReport(Engine engine, JsonText.Value planSpecs, JsonText.Value input)
        {
            var options = Perspectief.VerblijfReport.Options.Defaults;
            var given = input == null ? null : input.Get("options");
            if (given != null)
            {
                if (given.Get("min_count") != null) options = options.WithMinCount(long.Parse(given.Get("min_count").Raw, CultureInfo.InvariantCulture));
                if (given.String("from") != null) options = options.WithFrom(DateTime.ParseExact(given.String("from"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (given.String("to") != null) options = options.WithTo(DateTime.ParseExact(given.String("to"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            var plans = new List<Plan>();
            try
            {
                foreach (var planSpec in planSpecs.Elements) plans.Add(engine.Parse(PlanJson(planSpec)));
                return engine.VerblijfReport(plans, options).ToJson();
            }
            finally
            {
                foreach (var plan in plans) plan.Dispose();
            }
        }

        /// <summary>
        /// ask: the values looked up in the order every runner uses (party, recipient, channel, at,
        /// then each part), the questions asked in one AskBatch.
        /// </summary>
        private static string Ask(Engine engine, Plan plan, JsonText.Value input)
        {
            using (var prepared = engine.Prepare(plan))
            using (var party = Party.Parse(input.Get("party").Raw))
            using (var recipient = input.Get("recipient") == null ? null : Party.Parse(input.Get("recipient").Raw))
            {
                var question = Question.Builder().Party(party).Recipient(recipient)
                    .Action((SharingAction)Enum.Parse(typeof(SharingAction), input.String("action").Replace("_", ""), true))
                    .Purpose((SharingPurpose)Enum.Parse(typeof(SharingPurpose), input.String("purpose").Replace("_", ""), true))
                    .Channel(engine.FindChannel(input.String("channel"))).At(Moment.Parse(input.String("at")))
                    .BreakGlass(input.String("break_glass"));
                var questions = input.Get("parts").Elements
                    .Select(address => question.Part(prepared.FindPart((string)address.Content)).Build()).ToList();
                return Array(prepared.AskBatch(questions).Select(a => a.ToJson()));
            }
        }

        /// <summary>
        /// ask_party: the values looked up as for ask, the questions asked one by one of the party
        /// prepared at the moment, each answer checked to be the question's own.
        /// </summary>
        private static string AskParty(Engine engine, Plan plan, JsonText.Value input)
        {
            using (var prepared = engine.Prepare(plan))
            using (var party = Party.Parse(input.Get("party").Raw))
            {
                var action = (SharingAction)Enum.Parse(typeof(SharingAction), input.String("action").Replace("_", ""), true);
                var purpose = (SharingPurpose)Enum.Parse(typeof(SharingPurpose), input.String("purpose").Replace("_", ""), true);
                int channel = engine.FindChannel(input.String("channel"));
                var at = Moment.Parse(input.String("at"));
                var parts = input.Get("parts").Elements.Select(address => prepared.FindPart((string)address.Content)).ToList();
                var question = Question.Builder().Party(party).Action(action).Purpose(purpose).Channel(channel).At(at);
                var answers = new List<string>();
                using (var asking = prepared.Party(party, at))
                {
                    foreach (int part in parts)
                    {
                        var answer = asking.Ask(action, purpose, part, channel);
                        Assert.AreEqual(prepared.Ask(question.Part(part).Build()), answer, "part " + part);
                        answers.Add(answer.ToJson());
                    }
                }
                return Array(answers);
            }
        }

        /// <summary>A typed answer's elements back as one JSON array, from each element's own canonical text.</summary>
        private static string Array(IEnumerable<string> elements)
        {
            return "[" + string.Join(",", elements) + "]";
        }

        private static string Derived(Plan plan)
        {
            using (plan) return plan.ToJson();
        }
    }
}
