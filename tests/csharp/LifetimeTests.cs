using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>Disposing in any order, using after Dispose, disposing twice: always a clean StateException.</summary>
    [TestFixture]
    public class LifetimeTests
    {
        [Test]
        public void EngineUsedAfterDisposeFailsCleanly()
        {
            var engine = Engine.Builtin("amsterdam-zaanstreek");
            engine.Dispose();
            Assert.IsTrue(engine.IsClosed);
            var e = Assert.Throws<StateException>(() => engine.Info());
            Assert.AreEqual(ErrorCode.State, e.Code);
            Assert.IsNull(e.DetailJson);
            Assert.Throws<StateException>(() => engine.ParseFile(Fixtures.SegmentC));
            Assert.Throws<StateException>(() => engine.Diagram("dot"));
            engine.Dispose();
        }

        [Test]
        public void PlanOutlivingItsEngine()
        {
            var engine = Engine.Builtin("amsterdam-zaanstreek");
            var plan = engine.ParseFile(Fixtures.SegmentC);
            string json = plan.ToJson();
            engine.Dispose();
            // A plan is a value: it does not reference the engine that parsed it (C ABI), so it
            // stays readable, and any other engine works on it.
            Assert.AreEqual(json, plan.ToJson());
            Assert.AreEqual("hulpvraag", plan.Status);
            using (var other = Engine.Builtin("amsterdam-zaanstreek"))
            {
                CollectionAssert.IsEmpty(other.Validate(plan));
                StringAssert.StartsWith("{", other.InitialContent(plan));
            }
            // Only the disposed engine's operations fail, cleanly, naming the engine.
            var e = Assert.Throws<StateException>(() => engine.Validate(plan));
            Assert.AreEqual("this Engine is disposed", e.Message);
            Assert.Throws<StateException>(() => engine.Decide(plan, Fixtures.OuderRequest));
            Assert.Throws<StateException>(() => engine.Apply(plan, "{}"));
            Assert.Throws<StateException>(() => engine.Replay(plan));
            Assert.Throws<StateException>(() => engine.Records(plan, "results"));
            Assert.Throws<StateException>(() => engine.InitialContent(plan));
            plan.Dispose();
            plan.Dispose();
        }

        [Test]
        public void PlanDisposedBeforeItsEngine()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var plan = engine.ParseFile(Fixtures.SegmentC);
                var copy = engine.ApplyAll(plan, "[]"); // a derived plan: a new object
                plan.Dispose();
                Assert.IsTrue(plan.IsClosed);
                Assert.Throws<StateException>(() => plan.ToJson());
                Assert.Throws<StateException>(() => plan.Get(""));
                var e = Assert.Throws<StateException>(() => engine.Validate(plan));
                Assert.AreEqual("this Plan is disposed", e.Message);
                Assert.IsFalse(copy.IsClosed);
                CollectionAssert.IsEmpty(engine.Validate(copy));
                copy.Dispose();
                Assert.IsFalse(engine.IsClosed, "disposing plans leaves the engine alone");
            }
        }

        [Test]
        public void ANullPlanIsAnInvalidArgument()
        {
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                var e = Assert.Throws<InvalidArgumentException>(() => engine.Validate(null));
                Assert.AreEqual("plan is null", e.Message);
                Assert.Throws<InvalidArgumentException>(() => engine.Apply(null, "{}"));
                Assert.Throws<InvalidArgumentException>(() => engine.InitialContent(null));
            }
        }

        [Test]
        public void UndisposedObjectsAreReclaimedWithoutHarm()
        {
            for (int i = 0; i < 200; i++) Engine.Builtin("foodvalley").Info();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using (var engine = Engine.Builtin("foodvalley")) Assert.IsNotNull(engine.Info());
        }
    }

    /// <summary>One Engine shared by many threads (pp_engine may be used from many threads at once).</summary>
    [TestFixture]
    public class ConcurrencyTests
    {
        [Test]
        public void OneEngineManyThreadsSameAnswers()
        {
            string text = Fixtures.Read(Fixtures.SegmentC);
            using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
            {
                string expectedJson, expectedOptions;
                using (var plan = engine.Parse(text))
                {
                    expectedJson = plan.ToJson();
                    expectedOptions = string.Join(",", engine.AvailableEvents(plan, Fixtures.LokaalTeam, Fixtures.At).Select(o => o.ToJson()));
                }
                var errors = new List<Exception>();
                var threads = new List<Thread>();
                for (int t = 0; t < 8; t++)
                {
                    var thread = new Thread(() =>
                    {
                        try
                        {
                            for (int i = 0; i < 50; i++)
                            {
                                using (var plan = engine.Parse(text))
                                {
                                    Assert.AreEqual(expectedJson, plan.ToJson());
                                    CollectionAssert.IsEmpty(engine.Validate(plan));
                                    Assert.AreEqual(expectedOptions, string.Join(",", engine.AvailableEvents(plan, Fixtures.LokaalTeam, Fixtures.At).Select(o => o.ToJson())));
                                }
                                // Errors are per thread: each thread must see its own failure's detail.
                                var e = Assert.Throws<SchemaException>(() => engine.Parse("{\"a\":1}"));
                                Assert.IsNotEmpty((System.Collections.ICollection)e.Problems);
                                Assert.Throws<JsonSyntaxException>(() => engine.Parse("{"));
                            }
                        }
                        catch (Exception e)
                        {
                            lock (errors) errors.Add(e);
                        }
                    });
                    threads.Add(thread);
                    thread.Start();
                }
                foreach (var thread in threads) thread.Join();
                Assert.IsEmpty(errors, string.Join("\n", errors));
            }
        }

        [Test]
        public void DisposingWhileOtherThreadsAreCallingIsSafe()
        {
            string text = Fixtures.Read(Fixtures.SegmentC);
            for (int round = 0; round < 5; round++)
            {
                var engine = Engine.Builtin("amsterdam-zaanstreek");
                int ok = 0, refused = 0;
                var errors = new List<Exception>();
                var threads = new List<Thread>();
                for (int t = 0; t < 4; t++)
                {
                    var thread = new Thread(() =>
                    {
                        for (int i = 0; i < 200; i++)
                        {
                            try
                            {
                                using (var plan = engine.Parse(text))
                                {
                                    engine.Validate(plan);
                                    Interlocked.Increment(ref ok);
                                }
                            }
                            catch (StateException)
                            {
                                Interlocked.Increment(ref refused);
                            }
                            catch (Exception e)
                            {
                                lock (errors) errors.Add(e);
                            }
                        }
                    });
                    threads.Add(thread);
                    thread.Start();
                }
                Thread.Sleep(5 + round * 5);
                engine.Dispose();
                foreach (var thread in threads) thread.Join();
                Assert.IsEmpty(errors, string.Join("\n", errors));
                Assert.AreEqual(800, ok + refused);
                Assert.Throws<StateException>(() => engine.Info());
            }
        }
    }
}
