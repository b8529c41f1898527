// A tour of the C# binding: load a region, parse and validate a family's plan, ask what
// each role may see, bring the plan into the workflow and move it one step, read it as table
// rows, and handle errors.
//
// Build and run (scripts/test-csharp does this):
//   mcs -r:Perspectief.dll -out:PlanTour.exe examples/csharp/PlanTour.cs && mono PlanTour.exe .
using System;
using System.IO;
using System.Linq;
using Perspectief;

public static class PlanTour
{
    private const string At = "2026-03-02T09:30:00+01:00";

    public static int Main(string[] args)
    {
        string root = args.Length > 0 ? args[0] : ".";
        Console.WriteLine("perspectief " + Library.VersionString + "; built-in regions: " + string.Join(", ", Engine.ProfileIds()));

        // An Engine is loaded once per region and shared by every thread; it does everything that
        // needs the region's rules, taking the plan as its first argument. Plans are immutable values.
        using (var engine = Engine.Builtin("amsterdam-zaanstreek"))
        using (var imported = engine.ParseFile(Path.Combine(root, "examples", "families", "amsterdam-twee-kinderen-segment-c.json")))
        {
            Console.WriteLine("plan " + imported.Id + ": status " + imported.Status + ", segment " +
                              imported.GetString("/children/0/segment"));

            var problems = engine.Validate(imported);
            Console.WriteLine(problems.Count == 0 ? "valid plan" : problems.Count + " problem(s):");
            foreach (var p in problems) Console.WriteLine("  " + p.Severity + " " + p);

            // Sharing: a denial is an answer with reasons, not an exception.
            var gemeente = SharingRequest.Builder()
                .Requester(Actor.Of("gemeente", "amb-1").WithOrganisation("Gemeente Amsterdam"))
                .Action("read").Purpose("beleid").Channel("portaal").At(At)
                .Build();
            var d = engine.Decide(imported, gemeente);
            Console.WriteLine("gemeente may read: " + d.IsAllowed + " [" + string.Join(", ", d.Rules) + "] - " + d.ExplanationNl);

            // Workflow: the file has no history, so nothing but plan_aanmaken may happen to it yet.
            var worker = Actor.Of("lokaal_team", "lt-anna");
            var clarify = engine.AvailableEvents(imported, worker, At).First(o => o.Event == "vraagverheldering_starten");
            Console.WriteLine("before plan_aanmaken, " + clarify.Event + " allowed: " + clarify.IsAllowed +
                              " (" + clarify.Problems[0].MessageEn + ")");
            try
            {
                engine.Apply(imported, Event.Builder("vraagverheldering_starten").Actor(worker).At(At).Build()).Dispose();
                Console.Error.WriteLine("a plan without history cannot move");
                return 1;
            }
            catch (RejectedException e)
            {
                Console.WriteLine("refused: " + e.Problems[0].Code);
            }

            // Importing it: its initial content becomes the payload of plan_aanmaken. The worker is
            // assigned in that content, so that they have standing in the case (R-STANDING).
            var content = Payload.Parse(engine.InitialContent(imported)).PutArray("assignments", worker);
            using (var started = engine.Create(Event.PlanAanmaken(worker, "2026-03-01T09:00:00+01:00", content)))
            {
                Console.WriteLine("imported: status " + started.Status + ", version " + started.Version);
                foreach (var option in engine.AvailableEvents(started, worker, At).Where(o => o.IsAllowed))
                {
                    Console.WriteLine("  may: " + option.Event + " (" + option.LabelNl + ")");
                }
                var step = Event.Builder("vraagverheldering_starten").Actor(worker).At(At)
                    .Reason("eerste gesprek met het gezin").Build();
                try
                {
                    using (var next = engine.Apply(started, step))
                    {
                        Console.WriteLine("after the event: status " + next.Status);
                        foreach (var row in engine.Records(next, RecordKind.Transitions))
                        {
                            Console.WriteLine("  #" + row.GetLong("seq") + " " + row.GetString("event") + " on " +
                                              row.GetTimestamp("at").Value.ToString("yyyy-MM-dd") + " by " + row.GetString("actor_role"));
                        }
                    }
                }
                catch (PerspectiefException e)
                {
                    Console.WriteLine("event not applied: [" + e.CodeName + "] " + e.Message);
                }
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
