using System.IO;
using NUnit.Framework;

namespace Perspectief.Tests
{
    [TestFixture]
    public class EngineTests
    {
        [Test]
        public void BuiltinEngineReportsItsProfile()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var info = JsonText.Parse(engine.Info().ToJson());
                Assert.AreEqual("amsterdam-zaanstreek", info.String("profile"));
                Assert.AreEqual(JsonText.Kind.Null, info.Get("municipality").Kind);
            }
        }

        [Test]
        public void MunicipalSettingsAreApplied()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek", Fixtures.Settings("amsterdam", "")))
            {
                Assert.AreEqual("amsterdam", engine.Info().Municipality);
            }
        }

        [Test]
        public void EngineFromProfileTextAndFromFile()
        {
            string profile = Engine.Profile("flevoland");
            using (var fromText = Engine.FromJson(profile))
            {
                Assert.AreEqual("flevoland", fromText.Info().ProfileId);
            }
            string dir = Path.Combine(Path.GetTempPath(), "perspectief-test-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string file = Path.Combine(dir, "flevoland.json");
                File.WriteAllText(file, profile);
                using (var fromFile = Engine.FromFile(file))
                {
                    Assert.AreEqual("flevoland", fromFile.Info().ProfileId);
                }
                var missing = Assert.Throws<NotFoundException>(() => Engine.FromFile(Path.Combine(dir, "missing.json")));
                StringAssert.Contains("missing.json", missing.Message);
                Assert.Throws<IoException>(() => Engine.FromFile(dir));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [Test]
        public void BadProfilesAreRefused()
        {
            Assert.Throws<NotFoundException>(() => Engine.Builtin("atlantis"));
            var e = Assert.Catch<PerspectiefException>(() => Engine.FromJson("{\"id\":42}"));
            Assert.IsTrue(e is ProfileException || e is SchemaException, e.ToString());
            Assert.IsNotEmpty((System.Collections.ICollection)e.Problems);
            Assert.Throws<JsonSyntaxException>(() => Engine.FromJson("{"));
            Assert.Throws<InvalidArgumentException>(() => Engine.FromJson(null));
            Assert.Throws<InvalidArgumentException>(() => Engine.Builtin(null));
        }

        [Test]
        public void SettingsCannotSwitchOffAMinimumCondition()
        {
            var e = Assert.Throws<MinimumConditionException>(() => Engine.Builtin("amsterdam-zaanstreek",
                Fixtures.Settings("amsterdam", ",\"disabled_rules\":[\"R-SEG-C-PLAN\"]")));
            Assert.AreEqual(ErrorCode.MinimumCondition, e.Code);
            Assert.AreEqual("/disabled_rules/0", e.Pointer);
            CollectionAssert.Contains(e.Rules, "R-MINIMUM");
            Assert.AreEqual("PP-P-MINIMUM", e.Problems[0].Code);
            Assert.AreEqual("R-MINIMUM", e.Problems[0].Rule);
            Assert.IsNotEmpty(e.Problems[0].MessageNl);
            StringAssert.Contains("(at /disabled_rules/0)", e.ToString());
        }

        [Test]
        public void SettingsForAnotherProfileAreAProfileError()
        {
            var e = Assert.Throws<ProfileException>(() => Engine.Builtin("flevoland", Fixtures.Settings("amsterdam", "")));
            Assert.IsNotEmpty((System.Collections.ICollection)e.Problems);
        }

        [Test]
        public void LimitsComeFromTheOptions()
        {
            var tight = EngineOptions.Defaults.WithMaxDepth(4).WithMaxDocumentBytes(64 * 1024);
            using (var engine = Engine.Builtin("amsterdam-zaanstreek", null, tight))
            {
                Assert.Throws<LimitExceededException>(() => engine.Parse("[[[[[[[[[[1]]]]]]]]]]"));
                string big = "{\"x\":\"" + new string('a', 70 * 1024) + "\"}";
                Assert.Throws<LimitExceededException>(() => engine.Parse(big));
            }
            Assert.Throws<InvalidArgumentException>(() => EngineOptions.Defaults.WithMaxDepth(0));
            Assert.Throws<InvalidArgumentException>(() => EngineOptions.Defaults.WithMaxDocumentBytes(-1));
            Assert.Throws<InvalidArgumentException>(() =>
                Engine.Builtin("amsterdam-zaanstreek", null, EngineOptions.Defaults.WithMaxDepth(1000000)));
        }
    }
}
