using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// JSONL files from C# (JsonlStream over pp_jsonl_*): every shared JSONL case
    /// (tests/conformance/jsonl) gives the lines the CLI writes, byte for byte and in file order with
    /// several workers; typed results; early dispose; errors as exceptions.
    /// </summary>
    [TestFixture]
    public class JsonlTests
    {
        private static readonly string CasesDir = Path.Combine(Fixtures.Root, "tests", "conformance", "jsonl");
        private static readonly string Plans = Path.Combine(CasesDir, "plans.jsonl");

        /// <summary>The case's pp_jsonl_open options through the builder, so that the builder is checked too.</summary>
        private static JsonlOptions Options(JsonText.Value o)
        {
            JsonlOptions options;
            switch (o.String("operation"))
            {
                case "parse": options = JsonlOptions.Parse(); break;
                case "validate": options = JsonlOptions.Validate(); break;
                case "replay": options = JsonlOptions.Replay(); break;
                case "decide": options = JsonlOptions.Decide(o.Get("requests").Raw); break;
                case "records": options = JsonlOptions.Records(RecordKind.Of(o.String("kind"))); break;
                case "bulk": options = JsonlOptions.Bulk(); break;
                default: throw new AssertionException("unknown operation in cases.tsv: " + o.Raw);
            }
            if (o.Get("validate") != null) options.WithValidate();
            if (o.Get("replay") != null) options.WithReplay();
            if (o.Get("verify") != null) options.WithVerify();
            foreach (var kind in o.Strings("records")) options.WithRecords(RecordKind.Of(kind));
            if (o.Get("workers") != null) options.WithWorkers(int.Parse(o.Get("workers").Raw));
            return options;
        }

        private static string Lines(JsonlStream stream)
        {
            var text = new StringBuilder();
            foreach (var result in stream) text.Append(result.Json).Append('\n');
            return text.ToString();
        }

        [Test]
        public void EveryCaseGivesTheCliLines()
        {
            int cases = 0;
            foreach (var row in File.ReadAllLines(Path.Combine(CasesDir, "cases.tsv")))
            {
                if (row.StartsWith("#") || row.Trim().Length == 0) continue;
                var fields = row.Split('\t');
                var expected = Fixtures.Read(Path.Combine(CasesDir, "expected", fields[0] + ".jsonl"));
                var options = Options(JsonText.Parse(fields[2]));
                string got;
                if (fields[1] == "-")
                {
                    using (var stream = JsonlStream.Open(Plans, options)) got = Lines(stream);
                }
                else
                {
                    using (var engine = Engine.Builtin(fields[1]))
                    using (var stream = engine.Jsonl(Plans, options)) got = Lines(stream);
                }
                Assert.AreEqual(expected, got, "case " + fields[0]);
                cases++;
            }
            Assert.GreaterOrEqual(cases, 7);
        }

        [Test]
        public void TypedResults()
        {
            List<JsonlResult> results;
            using (var stream = JsonlStream.Open(Plans, JsonlOptions.Validate().WithWorkers(3))) results = stream.ToList();
            Assert.AreEqual(7, results.Count);
            Assert.AreEqual(1, results[0].Line);
            Assert.AreEqual("pp-2026-dmn-0009", results[0].PlanId);
            Assert.IsTrue(results[0].Ok);
            Assert.IsNull(results[0].Error);
            Assert.AreEqual(0, results[0].Value.Member("problems").AsList().Count);
            Assert.AreEqual(3, results[1].Line);
            Assert.IsNull(results[1].PlanId);
            Assert.IsFalse(results[1].Ok);
            Assert.IsInstanceOf<JsonSyntaxException>(results[1].Error);
            Assert.AreEqual(5, results[3].Line);
            Assert.AreEqual("pp-atlantis-1", results[3].PlanId);
            Assert.IsInstanceOf<NotFoundException>(results[3].Error);
            StringAssert.Contains("atlantis", results[3].Error.Message);
        }

        [Test]
        public void AnotherRegionIsJudgedByTheEngine()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            using (var stream = engine.Jsonl(Plans, JsonlOptions.Validate()))
            {
                stream.Next();
                stream.Next();
                var lelystad = stream.Next();
                Assert.AreEqual("pp-2026-lls-0152", lelystad.PlanId);
                StringAssert.Contains("\"code\":\"PP-V-PROFILE\"", lelystad.Json);
            }
        }

        [Test]
        public void DisposedEarlyAndAfterwards()
        {
            var stream = JsonlStream.Open(Plans, JsonlOptions.Bulk().WithReplay().WithWorkers(4));
            Assert.AreEqual(1, stream.Next().Line);
            stream.Dispose();
            stream.Dispose();
            Assert.Throws<StateException>(() => stream.Next());
            using (var untouched = JsonlStream.Open(Plans, JsonlOptions.Parse().WithWorkers(2))) Assert.IsFalse(untouched.IsClosed);
        }

        [Test]
        public void Errors()
        {
            var missing = Assert.Throws<NotFoundException>(() => JsonlStream.Open(Path.Combine(Fixtures.Root, "no-such.jsonl"), JsonlOptions.Parse()));
            StringAssert.Contains("cannot open", missing.Message);
            Assert.AreEqual("/workers", Assert.Throws<InvalidArgumentException>(() => JsonlStream.Open(Plans, JsonlOptions.Parse().WithWorkers(0))).Pointer);
            Assert.AreEqual("/verify", Assert.Throws<InvalidArgumentException>(() => JsonlStream.Open(Plans, JsonlOptions.Validate().WithVerify())).Pointer);
            Assert.Throws<InvalidArgumentException>(() => JsonlStream.Open(Plans, JsonlOptions.Bulk()));
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                Assert.AreEqual("/settings", Assert.Throws<InvalidArgumentException>(() => engine.Jsonl(Plans, JsonlOptions.Validate().WithSettings("{}"))).Pointer);
            }
            var closed = Engine.Builtin("amsterdam-zaanstreek");
            closed.Dispose();
            Assert.Throws<StateException>(() => closed.Jsonl(Plans, JsonlOptions.Validate()));
            Assert.Throws<JsonSyntaxException>(() => JsonlOptions.Decide("[{"));
            Assert.Throws<InvalidArgumentException>(() => JsonlStream.Open(null, JsonlOptions.Parse()));
            Assert.Throws<InvalidArgumentException>(() => JsonlStream.Open(Plans, null));
            using (var stream = JsonlStream.Open(Plans, JsonlOptions.Parse()))
            {
                Assert.AreEqual(7, stream.Count());
                Assert.Throws<StateException>(() => stream.GetEnumerator());
            }
        }
    }
}
