// A tour of the C# binding: load a region, parse and validate a family's plan, ask what
// each role may see, move the plan one step through the workflow, and handle errors.
//
// Build and run (scripts/test-csharp does this):
//   mcs -r:Perspectief.dll -out:PlanTour.exe examples/csharp/PlanTour.cs && mono PlanTour.exe .
using System;
using System.IO;
using Perspectief;

public static class PlanTour
{
    private const string At = "2026-03-02T09:30:00+01:00";

    public static int Main(string[] args)
    {
        string root = args.Length > 0 ? args[0] : ".";
        Console.WriteLine("perspectief " + Library.VersionString + "; built-in regions: " + string.Join(", ", Engine.ProfileIds()));

        // An Engine is loaded once per region and shared by every thread; plans are immutable.
        using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
        using (var plan = engine.ParseFile(Path.Combine(root, "examples", "families", "amsterdam-twee-kinderen-segment-c.json")))
        {
            Console.WriteLine("plan status " + plan.Get("/status") + ", segment " + plan.Get("/children/0/segment"));

            var problems = plan.Validate();
            Console.WriteLine(problems.Count == 0 ? "valid plan" : problems.Count + " problem(s):");
            foreach (var p in problems) Console.WriteLine("  " + p);

            // Sharing: a denial is an answer with reasons, not an exception.
            string gemeente = "{\"requester\":{\"role\":\"gemeente\",\"person\":\"amb-1\",\"organisation\":\"Gemeente Amsterdam\"}," +
                "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\",\"at\":\"" + At + "\"}";
            var d = plan.Decide(gemeente);
            Console.WriteLine("gemeente may read: " + d.IsAllowed + " [" + string.Join(", ", d.Rules) + "] - " + d.ExplanationNl);

            // Workflow: what may the lokale team do now? Try one step.
            string actor = "{\"role\":\"lokaal_team\",\"person\":\"lt-anna\"}";
            Console.WriteLine("lokale team options: " + plan.AvailableEvents(actor, At));
            string ev = "{\"event\":\"vraagverheldering_starten\",\"actor\":" + actor + ",\"at\":\"" + At + "\"}";
            try
            {
                using (var next = plan.Apply(ev)) Console.WriteLine("after the event: status " + next.Get("/status"));
            }
            catch (RejectedException e)
            {
                Console.WriteLine("refused: " + e.Message + " rules [" + string.Join(", ", e.Rules) + "]");
                foreach (var p in e.Problems) Console.WriteLine("  guard " + p.Rule + ": " + p.MessageNl);
            }
            catch (PerspectiefException e)
            {
                Console.WriteLine("event not applied: [" + e.CodeName + "] " + e.Message);
            }
        }

        // Errors carry a code, a message, a JSON pointer and the rule ids.
        using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
        {
            try
            {
                engine.Parse("{\"format\":\"perspectief/plan@1\",\"version\":\"one\"}");
            }
            catch (SchemaException e)
            {
                Console.WriteLine("schema error at " + e.Pointer + ", " + e.Problems.Count + " problem(s) in all");
            }
        }
        try
        {
            Engine.Builtin("amsterdam-zaanstreek", "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\"," +
                "\"municipality\":\"amsterdam\",\"disabled_rules\":[\"R-SEG-C-PLAN\"]}").Dispose();
            Console.Error.WriteLine("a municipality cannot switch off a minimum condition");
            return 1;
        }
        catch (MinimumConditionException e)
        {
            Console.WriteLine("refused settings: " + e.Pointer + " [" + string.Join(", ", e.Rules) + "]");
        }
        return 0;
    }
}
