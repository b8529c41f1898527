// A tour of the Java binding: load a region, parse and validate a family's plan, ask what
// each role may see, bring the plan into the workflow and move it one step, read it as table
// rows, and handle errors.
//
// Run against the jar alone (the native library is inside it):
//   java -cp bindings/java/target/perspectief-0.1.0.jar examples/java/PlanTour.java .
import java.nio.file.Path;
import java.util.List;
import nl.perspectief.Actor;
import nl.perspectief.Decision;
import nl.perspectief.Engine;
import nl.perspectief.Event;
import nl.perspectief.EventOption;
import nl.perspectief.MinimumConditionException;
import nl.perspectief.Payload;
import nl.perspectief.PerspectiefException;
import nl.perspectief.Plan;
import nl.perspectief.Problem;
import nl.perspectief.RecordRow;
import nl.perspectief.RecordKind;
import nl.perspectief.RejectedException;
import nl.perspectief.SchemaException;
import nl.perspectief.SharingRequest;
import nl.perspectief.Version;

public class PlanTour {
  static final String AT = "2026-03-02T09:30:00+01:00";

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    System.out.println("perspectief " + Version.library() + "; built-in regions: " + Engine.profileIds());

    // An Engine is loaded once per region and shared by every thread; it does everything that
    // needs the region's rules, taking the plan as its first argument. Plans are immutable values.
    try (Engine engine = Engine.builtin("amsterdam-zaanstreek");
         Plan imported = engine.parse(root.resolve("examples/families/amsterdam-twee-kinderen-segment-c.json"))) {
      System.out.println("plan " + imported.id() + ": status " + imported.status() + ", segment "
          + imported.getString("/children/0/segment"));

      List<Problem> problems = engine.validate(imported);
      System.out.println(problems.isEmpty() ? "valid plan" : problems.size() + " problem(s):");
      for (Problem p : problems) System.out.println("  " + p.severity() + " " + p.code() + " at " + p.pointer() + ": " + p.messageEn());

      // Sharing: a denial is an answer with reasons, not an exception.
      SharingRequest gemeente = SharingRequest.builder()
          .requester(Actor.of("gemeente", "amb-1").withOrganisation("Gemeente Amsterdam"))
          .action("read").purpose("beleid").channel("portaal").at(AT)
          .build();
      Decision d = engine.decide(imported, gemeente);
      System.out.println("gemeente may read: " + d.isAllowed() + " " + d.rules() + " - " + d.explanationNl());

      // Workflow: the file has no history, so nothing but plan_aanmaken may happen to it yet.
      Actor worker = Actor.of("lokaal_team", "lt-anna");
      for (EventOption option : engine.availableEvents(imported, worker, AT)) {
        if (option.event().equals("vraagverheldering_starten")) {
          System.out.println("before plan_aanmaken, " + option.event() + " allowed: " + option.isAllowed()
              + " (" + option.problems().get(0).messageEn() + ")");
        }
      }
      try (Plan refusedPlan = engine.apply(imported, Event.builder("vraagverheldering_starten").actor(worker).at(AT).build())) {
        throw new AssertionError("a plan without history cannot move");
      } catch (RejectedException e) {
        System.out.println("refused: " + e.problems().get(0).code());
      }

      // Importing it: its initial content becomes the payload of plan_aanmaken. The worker is
      // assigned in that content, so that they have standing in the case (R-STANDING).
      Payload content = Payload.parse(engine.initialContent(imported)).putArray("assignments", worker);
      try (Plan started = engine.create(Event.planAanmaken(worker, "2026-03-01T09:00:00+01:00", content))) {
        System.out.println("imported: status " + started.status() + ", version " + started.version());
        for (EventOption option : engine.availableEvents(started, worker, AT)) {
          if (option.isAllowed()) System.out.println("  may: " + option.event() + " (" + option.labelNl() + ")");
        }
        Event clarify = Event.builder("vraagverheldering_starten").actor(worker).at(AT)
            .reason("eerste gesprek met het gezin").build();
        try (Plan next = engine.apply(started, clarify)) {
          System.out.println("after the event: status " + next.status());
          for (RecordRow row : engine.records(next, RecordKind.TRANSITIONS)) {
            System.out.println("  #" + row.getLong("seq") + " " + row.getString("event") + " on "
                + row.getTimestamp("at").toLocalDate() + " by " + row.getString("actor_role"));
          }
        } catch (PerspectiefException e) {
          System.out.println("event not applied: [" + e.code().label() + "] " + e.getMessage());
        }
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
