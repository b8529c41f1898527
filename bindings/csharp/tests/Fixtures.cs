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

        /// <summary>The municipality (outside the lokale team) asking to read the plan for policy.</summary>
        internal const string GemeenteRequest = "{\"requester\":{\"role\":\"gemeente\",\"person\":\"ambtenaar-1\"," +
            "\"organisation\":\"gemeente-amsterdam\"},\"action\":\"read\",\"purpose\":\"beleid\",\"part\":\"/\"," +
            "\"channel\":\"portal\",\"at\":\"" + At + "\"}";

        /// <summary>The family's own parent reading the plan (R-OWNER).</summary>
        internal const string OuderRequest = "{\"requester\":{\"role\":\"ouder\",\"person\":\"lotte\"},\"action\":\"read\"," +
            "\"purpose\":\"uitvoering\",\"part\":\"/\",\"channel\":\"portal\",\"at\":\"" + At + "\"}";

        internal const string LokaalTeam = "{\"role\":\"lokaal_team\",\"person\":\"lt-anna\"}";
        internal const string Ouder = "{\"role\":\"ouder\",\"person\":\"lotte\"}";

        internal static string Event(string name, string actor)
        {
            return "{\"event\":" + Quote(name) + ",\"actor\":" + actor + ",\"at\":" + Quote(At) + "}";
        }
    }
}
