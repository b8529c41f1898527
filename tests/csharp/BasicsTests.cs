using System.Linq;
using NUnit.Framework;

namespace Perspectief.Tests
{
    [TestFixture]
    public class BasicsTests
    {
        [Test]
        public void VersionOfTheLoadedLibraryMatchesTheProject()
        {
            var v = Library.Version;
            Assert.AreEqual(Library.VersionString, v.ToString(3));
            StringAssert.Contains("VERSION " + v.ToString(3) + "\n", Fixtures.Read(System.IO.Path.Combine(Fixtures.Root, "CMakeLists.txt")));
        }

        [Test]
        public void BuiltinProfilesAreListedAndReadable()
        {
            var ids = Engine.ProfileIds();
            CollectionAssert.IsSubsetOf(new[] { "amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp" }, ids.ToList());
            foreach (var id in ids) Assert.AreEqual(id, JsonText.Parse(Engine.Profile(id)).String("id"));
            StringAssert.StartsWith("[{\"id\":", Engine.ProfilesJson());
        }

        [Test]
        public void UnknownProfileIsNotFound()
        {
            var e = Assert.Throws<NotFoundException>(() => Engine.Profile("atlantis"));
            Assert.AreEqual(ErrorCode.NotFound, e.Code);
            Assert.AreEqual(9, e.CodeNumber);
            Assert.AreEqual("not_found", e.CodeName);
            Assert.IsNotNull(e.DetailJson);
        }

        [Test]
        public void CanonicalizeSortsKeysAndKeepsEveryCharacter()
        {
            Assert.AreEqual("{\"a\":[1,2],\"b\":\"é\"}", Json.Canonicalize("{ \"b\" : \"\\u00e9\",\n \"a\": [1, 2] }"));
            Assert.AreEqual("\"\U0001F600 gezin\"", Json.Canonicalize("\"\U0001F600 gezin\""));
        }

        [Test]
        public void CanonicalizeRejectsBadText()
        {
            Assert.Throws<JsonSyntaxException>(() => Json.Canonicalize("{\"a\":"));
            var e = Assert.Throws<InvalidUtf8Exception>(() => Json.Canonicalize(new byte[] { 0x22, 0xC3, 0x28, 0x22 }));
            Assert.AreEqual("invalid_utf8", e.CodeName);
            Assert.Throws<InvalidArgumentException>(() => Json.Canonicalize((string)null));
            Assert.Throws<JsonSyntaxException>(() => Json.Canonicalize("{\"a\":1}\0garbage"));
            // A lone surrogate is not text: refused, not silently replaced by U+FFFD.
            Assert.Throws<InvalidUtf8Exception>(() => Json.Canonicalize("\"\ud800\""));
        }
    }
}
