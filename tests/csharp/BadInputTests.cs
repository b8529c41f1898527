using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>Whatever comes in, the answer is a clear exception: never a crash, never a silent accept.</summary>
    [TestFixture]
    public class BadInputTests
    {
        private static Engine NewEngine() { return Engine.Builtin("amsterdam-zaanstreek"); }

        [Test]
        public void MalformedJson()
        {
            using (var engine = NewEngine())
            {
                foreach (var text in new[] { "", "{", "{\"a\":}", "[1,2", "{'a':1}", "nul", "{\"a\":1} {\"b\":2}" })
                {
                    var e = Assert.Throws<JsonSyntaxException>(() => engine.Parse(text), text);
                    Assert.IsNotEmpty(e.Message);
                }
            }
        }

        [Test]
        public void InvalidUtf8Bytes()
        {
            using (var engine = NewEngine())
            {
                byte[] plan = Encoding.UTF8.GetBytes(Fixtures.Read(Fixtures.SegmentC));
                int at = Encoding.GetEncoding("iso-8859-1").GetString(plan).IndexOf("hulpvraag");
                plan[at] = 0x80;
                Assert.Throws<InvalidUtf8Exception>(() => engine.Parse(plan));
                Assert.Throws<InvalidUtf8Exception>(() => engine.Parse(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 }));
            }
        }

        [Test]
        public void HugeAndDeeplyNestedInput()
        {
            using (var engine = NewEngine())
            {
                string deep = new string('[', 100000) + new string(']', 100000);
                Assert.Throws<LimitExceededException>(() => engine.Parse(deep));
                var nested = new StringBuilder();
                for (int i = 0; i < 50000; i++) nested.Append("{\"a\":");
                nested.Append('1').Append('}', 50000);
                Assert.Throws<LimitExceededException>(() => Json.Canonicalize(nested.ToString()));
                var huge = new byte[64 * 1024 * 1024 + 16];
                for (int i = 0; i < huge.Length; i++) huge[i] = (byte)' ';
                huge[0] = (byte)'"';
                huge[huge.Length - 1] = (byte)'"';
                Assert.Throws<LimitExceededException>(() => engine.Parse(huge));
            }
        }

        [Test]
        public void NullsAreInvalidArguments()
        {
            using (var engine = NewEngine())
            {
                Assert.Throws<InvalidArgumentException>(() => engine.Parse((string)null));
                Assert.Throws<InvalidArgumentException>(() => engine.Parse((byte[])null));
                Assert.Throws<InvalidArgumentException>(() => engine.Diagram(null));
                using (var plan = engine.ParseFile(Fixtures.SegmentC))
                {
                    Assert.Throws<InvalidArgumentException>(() => engine.Apply(plan, (string)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.ApplyAll(plan, (string)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.Decide(plan, (string)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.DecideBatch(plan, (string)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.View(plan, (string)null));
                    // The typed forms refuse null the same way.
                    Assert.Throws<InvalidArgumentException>(() => engine.Apply(plan, (Perspectief.Event)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.ApplyAll(plan, (IEnumerable<Perspectief.Event>)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.Decide(plan, (SharingRequest)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.DecideBatch(plan, (IEnumerable<SharingRequest>)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.View(plan, (SharingRequest)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.Records(plan, (RecordKind)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.AvailableEvents(plan, (Actor)null, Fixtures.At));
                    Assert.Throws<InvalidArgumentException>(() => engine.Create((Perspectief.Event)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.Deadlines(plan, (string)null));
                    Assert.Throws<InvalidArgumentException>(() => engine.AvailableEvents(plan, (string)null, Fixtures.At));
                    Assert.Throws<InvalidArgumentException>(() => engine.AvailableEvents(plan, Fixtures.Ouder, null));
                    Assert.Throws<InvalidArgumentException>(() => engine.Records(plan, (string)null));
                }
            }
        }

        [Test]
        public void NulCharactersAreRefusedNotTruncated()
        {
            using (var engine = NewEngine())
            {
                Assert.Throws<JsonSyntaxException>(() => engine.Parse("{}\0{\"x\":1}"));
                Assert.Throws<JsonSyntaxException>(() => engine.Parse(new byte[] { (byte)'{', (byte)'}', 0 }));
                Assert.Throws<InvalidArgumentException>(() => Engine.Builtin("amsterdam-zaanstreek\0x"));
            }
        }

        [Test]
        public void WrongShapesAreSchemaErrors()
        {
            using (var engine = NewEngine())
            {
                Assert.Throws<SchemaException>(() => engine.Parse("[]"));
                Assert.Throws<SchemaException>(() => engine.Parse("42"));
                Assert.Throws<SchemaException>(() => engine.Parse("null"));
                string text = new Regex("\"version\"\\s*:\\s*\\d+").Replace(Fixtures.Read(Fixtures.SegmentC), "\"version\": \"one\"", 1);
                var e = Assert.Throws<SchemaException>(() => engine.Parse(text));
                Assert.AreEqual("/version", e.Pointer);
            }
        }
    }
}
