// A tour of the Java binding: load a region, parse and validate a family's plan, ask what
// each role may see, move the plan one step through the workflow, and handle errors.
//
// Run against the jar alone (the native library is inside it):
//   java -cp bindings/java/target/perspectief-0.1.0.jar examples/java/PlanTour.java .
import java.nio.file.Path;
import java.util.List;
import nl.perspectief.Decision;
import nl.perspectief.Engine;
import nl.perspectief.MinimumConditionException;
import nl.perspectief.PerspectiefException;
import nl.perspectief.Plan;
import nl.perspectief.Problem;
import nl.perspectief.RejectedException;
import nl.perspectief.SchemaException;
import nl.perspectief.Version;

public class PlanTour {
  static final String AT = "2026-03-02T09:30:00+01:00";

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    System.out.println("perspectief " + Version.library() + "; built-in regions: " + Engine.profileIds());

    // An Engine is loaded once per region and shared by every thread; plans are immutable.
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan plan = engine.parse(root.resolve("examples/families/amsterdam-twee-kinderen-segment-c.json"))) {
      System.out.println("plan status " + plan.get("/status") + ", segment " + plan.get("/children/0/segment"));

      List<Problem> problems = plan.validate();
      System.out.println(problems.isEmpty() ? "valid plan" : problems.size() + " problem(s):");
      for (Problem p : problems) System.out.println("  " + p.code() + " at " + p.pointer() + ": " + p.messageEn());

      // Sharing: a denial is an answer with reasons, not an exception.
      String gemeente = "{\"requester\":{\"role\":\"gemeente\",\"person\":\"amb-1\",\"organisation\":\"Gemeente Amsterdam\"},"
          + "\"action\":\"read\",\"purpose\":\"beleid\",\"channel\":\"portaal\",\"at\":\"" + AT + "\"}";
      Decision d = plan.decide(gemeente);
      System.out.println("gemeente may read: " + d.isAllowed() + " " + d.rules() + " - " + d.explanationNl());

      // Workflow: what may the lokale team do now? Apply the first allowed event, if any.
      String actor = "{\"role\":\"lokaal_team\",\"person\":\"lt-anna\"}";
      String options = plan.availableEvents(actor, AT);
      System.out.println("lokale team options: " + options);
      String event = "{\"event\":\"vraagverheldering_starten\",\"actor\":" + actor + ",\"at\":\"" + AT + "\"}";
      try (Plan next = plan.apply(event)) {
        System.out.println("after the event: status " + next.get("/status"));
      } catch (RejectedException e) {
        System.out.println("refused: " + e.getMessage() + " rules " + e.rules());
        for (Problem p : e.problems()) System.out.println("  guard " + p.rule() + ": " + p.messageNl());
      } catch (PerspectiefException e) {
        System.out.println("event not applied: [" + e.code().label() + "] " + e.getMessage());
      }
    }

    // Errors carry a code, a message, a JSON pointer and the rule ids.
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek")) {
      engine.parse("{\"format\":\"perspectief/plan@1\",\"version\":\"one\"}");
    } catch (SchemaException e) {
      System.out.println("schema error at " + e.pointer() + ", " + e.problems().size() + " problem(s) in all");
    }
    String settings = "{\"format\":\"perspectief/settings@1\",\"profile\":\"amsterdam-zaanstreek\","
        + "\"municipality\":\"amsterdam\",\"disabled_rules\":[\"R-SEG-C-PLAN\"]}";
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek", settings)) {
      throw new AssertionError("a municipality cannot switch off a minimum condition");
    } catch (MinimumConditionException e) {
      System.out.println("refused settings: " + e.pointer() + " " + e.rules());
    }
  }
}
