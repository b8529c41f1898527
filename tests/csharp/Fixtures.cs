using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Perspectief.Tests
{
    /// <summary>Shared inputs: the repository's example families and their profiles.</summary>
    internal static class Fixtures
    {
        /// <summary>The repository root: PERSPECTIEF_ROOT (set by scripts/test-csharp), else found upwards.</summary>
        internal static readonly string Root = FindRoot();

        internal const string At = "2026-03-02T09:30:00+01:00";

        internal static string SegmentC
        {
            get { return Path.Combine(Root, "examples", "families", "amsterdam-twee-kinderen-segment-c.json"); }
        }

        private static string FindRoot()
        {
            var env = Environment.GetEnvironmentVariable("PERSPECTIEF_ROOT");
            if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
            var dir = new DirectoryInfo(AppDomain.CurrentDomain.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "capi", "include", "perspectief", "perspectief.h")))
            {
                dir = dir.Parent;
            }
            if (dir == null) throw new InvalidOperationException("set PERSPECTIEF_ROOT to the repository root");
            return dir.FullName;
        }

        internal static string Read(string path)
        {
            return File.ReadAllText(path, new UTF8Encoding(false));
        }

        /// <summary>Every example plan document (examples/families and examples/plans), sorted.</summary>
        internal static IList<string> ExamplePlans()
        {
            var files = new List<string>();
            foreach (var sub in new[] { "families", "plans" })
            {
                var dir = Path.Combine(Root, "examples", sub);
                if (Directory.Exists(dir)) files.AddRange(Directory.GetFiles(dir, "*.json"));
            }
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        internal static string ProfileOf(string planJson)
        {
            return JsonText.Parse(planJson).String("profile");
        }

        /// <summary>Members the genesis event (plan_aanmaken) does not take (docs/workflow.md), as the Python tests.</summary>
        private static readonly string[] NotInGenesis = { "status", "version", "history", "versions", "akkoorden", "regie" };
        /// <summary>Child members that dedicated events set, not the genesis event.</summary>
        private static readonly string[] SetByEvents = { "ondersteuningsprofiel", "aanbieder", "toewijzingen", "evaluations", "youth_care_closed" };

        /// <summary>
        /// The plan of <paramref name="document"/> as the workflow creates it: one plan_aanmaken
        /// event whose payload is the document's initial content, so that replay works.
        /// </summary>
        internal static Plan StartPlan(Engine engine, string document)
        {
            string ev = "{\"event\":\"plan_aanmaken\",\"actor\":{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}," +
                        "\"at\":\"2026-03-01T09:00:00+01:00\",\"payload\":" + WithTestWorkerAssigned(GenesisPayload(document)) + "}";
            using (var parsed = engine.Parse(document)) return engine.Apply(parsed, ev);
        }

        /// <summary>The lokale-team worker the tests act as (lt-0042), assigned at creation (R-STANDING).</summary>
        internal const string Lt0042Assignment = "{\"role\":\"lokaal_team\",\"person\":\"lt-0042\"}";

        /// <summary>A genesis payload with <see cref="Lt0042Assignment"/> added to its assignments.</summary>
        internal static string WithTestWorkerAssigned(string payload)
        {
            const string key = "\"assignments\":";
            int at = payload.IndexOf(key, StringComparison.Ordinal);
            if (at < 0) return "{" + key + "[" + Lt0042Assignment + "]," + payload.Substring(1);
            int open = payload.IndexOf('[', at);
            return payload.Substring(0, open + 1) + Lt0042Assignment + "," + payload.Substring(open + 1);
        }

        internal static string GenesisPayload(string document)
        {
            var members = new List<string>();
            foreach (var m in Members(JsonText.Parse(document)))
            {
                if (NotInGenesis.Contains(m.Key)) continue;
                string value = m.Value.Raw;
                if (m.Key == "children")
                {
                    value = "[" + string.Join(",", m.Value.Elements.Select(child =>
                        "{" + string.Join(",", Members(child).Where(c => !SetByEvents.Contains(c.Key))
                                                              .Select(c => Quote(c.Key) + ":" + c.Value.Raw)) + "}")) + "]";
                }
                members.Add(Quote(m.Key) + ":" + value);
            }
            return "{" + string.Join(",", members) + "}";
        }

        internal static IEnumerable<KeyValuePair<string, JsonText.Value>> Members(JsonText.Value obj)
        {
            return (Dictionary<string, JsonText.Value>)obj.Content;
        }

        /// <summary>JSON string literal for a .NET string (test documents only).</summary>
        internal static string Quote(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < 0x20) sb.AppendFormat("\\u{0:x4}", (int)c);
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }

        internal static string Settings(string municipality, string extra)
        {
            return "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\",\"municipality\":" +
                   Quote(municipality) + extra + "}";
        }

        /// <summary>The municipality (outside the lokale team) reading the whole plan for policy: denied (R-GEMEENTE).</summary>
        internal const string GemeenteRequest = "{\"requester\":{\"role\":\"gemeente\",\"person\":\"amb-1\"," +
            "\"organisation\":\"Gemeente Amsterdam\"},\"action\":\"read\",\"purpose\":\"beleid\"," +
            "\"channel\":\"portaal\",\"at\":\"" + At + "\"}";

        /// <summary>A parent of the family reading the family part's analysis: the family owns the plan (R-OWNER).</summary>
        internal const string OuderRequest = "{\"requester\":{\"role\":\"ouder\",\"person\":\"p-lotte\",\"member\":\"lotte\"}," +
            "\"action\":\"read\",\"purpose\":\"uitvoering\",\"channel\":\"portaal\"," +
            "\"parts\":[\"family_part/analysis\"],\"at\":\"" + At + "\"}";

        internal const string LokaalTeam = "{\"role\":\"lokaal_team\",\"person\":\"lt-anna\"}";
        internal const string Ouder = "{\"role\":\"ouder\",\"person\":\"lotte\"}";

        internal static string Event(string name, string actor)
        {
            return "{\"event\":" + Quote(name) + ",\"actor\":" + actor + ",\"at\":" + Quote(At) + "}";
        }
    }
}
