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
    /// first, and a Plan is a value without operations or an engine.
    /// </summary>
    [TestFixture]
    public class ObjectModelTests
    {
        private static IReadOnlyList<JsonText.Value> Operations
        {
            get
            {
                string file = Path.Combine(Fixtures.Root, "tests", "conformance", "operations.json");
                return JsonText.Parse(Fixtures.Read(file)).Get("operations").Elements;
            }
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
