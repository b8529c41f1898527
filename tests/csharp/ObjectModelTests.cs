using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NUnit.Framework;

namespace Perspectief.Tests
{
    /// <summary>
    /// The object model every language shares (tests/conformance/operations.json, read by the Python
    /// and Java suites too): every operation is a method of Engine, one that works on a plan takes it
    /// first, a Plan is a value without operations or an engine, and Store has the C ABI's store
    /// operations by their C names.
    /// </summary>
    [TestFixture]
    public class ObjectModelTests
    {
        private static JsonText.Value Shared
        {
            get { return JsonText.Parse(Fixtures.Read(Path.Combine(Fixtures.Root, "tests", "conformance", "operations.json"))); }
        }

        private static IReadOnlyList<JsonText.Value> Operations
        {
            get { return Shared.Get("operations").Elements; }
        }

        private static IReadOnlyList<JsonText.Value> StoreOperations
        {
            get { return Shared.Get("store").Get("operations").Elements; }
        }

        private static IReadOnlyList<JsonText.Value> PreparedOperations
        {
            get { return Shared.Get("prepared_plan").Get("operations").Elements; }
        }

        private static bool Flag(JsonText.Value op, string name)
        {
            var v = op.Get(name);
            return v != null && v.Content is bool && (bool)v.Content;
        }

        /// <summary>A store operation's C# name: the list's own spelling for C#, else the PascalCase one.</summary>
        private static string StoreName(JsonText.Value op)
        {
            return op.String("csharp") ?? CSharpName(op.String("name"));
        }

        private static SortedSet<string> StoreNames(bool statics)
        {
            return new SortedSet<string>(StoreOperations.Where(op => Flag(op, "static") == statics).Select(StoreName));
        }

        /// <summary>Python's snake_case name in C#'s spelling: apply_all is ApplyAll.</summary>
        internal static string CSharpName(string name)
        {
            var b = new StringBuilder();
            foreach (var word in name.Split('_')) b.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
            return b.ToString();
        }

        private static SortedSet<string> Names(bool takesPlan)
        {
            return new SortedSet<string>(Operations.Where(op => (bool)op.Get("plan").Content == takesPlan)
                .Select(op => CSharpName(op.String("name"))));
        }

        private static IEnumerable<MethodInfo> PublicInstanceMethods(Type type)
        {
            // Property getters are methods too; an operation is a method a caller calls by name.
            return type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName);
        }

        [Test]
        public void TheSharedListIsReadable()
        {
            Assert.Greater(Operations.Count, 10, "tests/conformance/operations.json lists the operations");
            Assert.Contains("ApplyAll", Names(true).ToList());
        }

        [Test]
        public void EveryOperationIsAMethodOfEngine()
        {
            var methods = new HashSet<string>(PublicInstanceMethods(typeof(Engine)).Select(m => m.Name));
            foreach (var name in Names(false).Concat(Names(true))) Assert.IsTrue(methods.Contains(name), "Engine." + name);
        }

        [Test]
        public void TheEnginesPlanOperationsAreExactlyTheSharedOnesAndEachTakesThePlanFirst()
        {
            var takingAPlan = new SortedSet<string>();
            foreach (var m in PublicInstanceMethods(typeof(Engine)))
            {
                var parameters = m.GetParameters();
                if (parameters.Any(p => p.ParameterType == typeof(Plan)))
                {
                    Assert.AreEqual(typeof(Plan), parameters[0].ParameterType, m + ": the plan comes first");
                    takingAPlan.Add(m.Name);
                }
            }
            CollectionAssert.AreEqual(Names(true), takingAPlan, "an operation on plans that one language lacks or adds");
            foreach (var m in PublicInstanceMethods(typeof(Engine)).Where(m => Names(true).Contains(m.Name)))
            {
                Assert.AreEqual(typeof(Plan), m.GetParameters()[0].ParameterType, m + ": every overload takes the plan");
            }
        }

        [Test]
        public void APlanIsAValueWithoutOperationsOrAnEngine()
        {
            var planMethods = new HashSet<string>(PublicInstanceMethods(typeof(Plan)).Select(m => m.Name));
            foreach (var name in Names(true)) Assert.IsFalse(planMethods.Contains(name), "Plan." + name + " belongs on Engine");
            foreach (var property in typeof(Plan).GetProperties())
            {
                Assert.AreNotEqual(typeof(Engine), property.PropertyType, "Plan." + property.Name + " hands out an engine");
            }
            foreach (var field in typeof(Plan).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                Assert.AreNotEqual(typeof(Engine), field.FieldType, "Plan." + field.Name + " keeps an engine");
            }
        }

        /// <summary>A type's public instance methods and properties: a property is an operation too where
        /// the list names it (PartCount); IsClosed is the handle's state.</summary>
        private static SortedSet<string> PublicOperations(Type type)
        {
            return new SortedSet<string>(PublicInstanceMethods(type).Select(m => m.Name)
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name))
                .Where(name => name != "IsClosed"));
        }

        [Test]
        public void ThePreparedPlanHasExactlyTheSharedOperations()
        {
            var shared = new SortedSet<string>(PreparedOperations.Select(StoreName));
            CollectionAssert.AreEqual(shared, PublicOperations(typeof(PreparedPlan)), "a prepared plan operation that one language lacks or adds");
            Assert.IsEmpty(typeof(PreparedPlan).GetConstructors(), "a prepared plan is made by Engine.Prepare");
            foreach (var f in typeof(PreparedPlan).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                Assert.AreNotEqual(typeof(Engine), f.FieldType, "PreparedPlan." + f.Name + " keeps an engine");
            }
        }

        [Test]
        public void ThePreparedPartyHasExactlyTheSharedOperations()
        {
            var shared = new SortedSet<string>(Shared.Get("prepared_party").Get("operations").Elements
                .Where(op => !Flag(op, "python_only")).Select(StoreName));
            CollectionAssert.AreEqual(shared, PublicOperations(typeof(PreparedParty)), "a prepared party operation that one language lacks or adds");
            Assert.IsEmpty(typeof(PreparedParty).GetConstructors(), "a prepared party is made by PreparedPlan.Party");
        }

        [Test]
        public void TheStoreHasExactlyTheSharedOperations()
        {
            // IsClosed is a property (the handle's state), not an operation, and so not listed here.
            var instance = new SortedSet<string>(PublicInstanceMethods(typeof(Store)).Select(m => m.Name));
            var statics = new SortedSet<string>(typeof(Store)
                .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName).Select(m => m.Name));
            CollectionAssert.AreEqual(StoreNames(false), instance, "a store operation that one language lacks or adds");
            CollectionAssert.AreEqual(StoreNames(true), statics, "a static store operation that one language lacks or adds");
        }

        [Test]
        public void EachStoreOperationTakesTheEngineFirstAsListed()
        {
            var withEngine = new HashSet<string>(StoreOperations.Where(op => Flag(op, "engine")).Select(StoreName));
            Assert.IsTrue(withEngine.Contains("CreatePlan"));
            foreach (var m in PublicInstanceMethods(typeof(Store)))
            {
                var parameters = m.GetParameters().Select(p => p.ParameterType).ToList();
                if (withEngine.Contains(m.Name))
                {
                    Assert.AreEqual(typeof(Engine), parameters[0], m + ": the engine comes first");
                }
                else
                {
                    CollectionAssert.DoesNotContain(parameters, typeof(Engine), m + " takes an engine the list does not give it");
                }
            }
        }

        [Test]
        public void OnePlanIsCheckedAgainstTwoEngines()
        {
            // The same value against the built-in profile and a municipality's settings: no engine is
            // bound to the plan, so the caller chooses. Sem's toekomstperspectief made langdurig
            // verblijf: the regie matrix leaves that cell to the municipality (regie_langdurig_verblijf).
            string almere = @"{""format"":""perspectief/settings@1"",""profile"":""flevoland"",""municipality"":""Almere"","
                            + @"""local_choices"":{""regie_langdurig_verblijf"":""verblijfsinstelling""}}";
            string lelystad = Fixtures.Read(Path.Combine(Fixtures.Root, "examples", "families", "lelystad-zelfstandig-wonen-verblijf.json"))
                .Replace(@"""toekomstperspectief"": ""zelfstandig_wonen""", @"""toekomstperspectief"": ""langdurig_verblijf""");
            using (var plain = Engine.Builtin("flevoland"))
            using (var inAlmere = Engine.Builtin("flevoland", almere))
            using (var plan = plain.Parse(lelystad))
            {
                CollectionAssert.AreEqual(plain.Validate(plan), inAlmere.Validate(plan));
                Assert.AreEqual("lokale_toegang", plain.RegieAdvice(plan, "sem").PlacedAt, "the profile's default");
                Assert.AreEqual("verblijfsinstelling", inAlmere.RegieAdvice(plan, "sem").PlacedAt, "Almere's choice");
            }
        }
    }
}
