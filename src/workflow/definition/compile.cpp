// workflow::compile: the profile's workflow section -> CompiledWorkflow. Every problem
// is collected (pointer under /workflow) and the engine refuses the profile with
// Error(profile) when there is any: an unknown state, event, role, guard or condition,
// a transition that can never fire, a state the plan can never reach.
#include <algorithm>
#include <deque>
#include <set>

#include "engine_state.hpp"
#include "core/refusal.hpp"
#include "workflow/definition/compiled_workflow.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/definition/workflow_section.hpp"

namespace perspectief {
namespace workflow {
namespace {

class Compiler {
 public:
  explicit Compiler(const detail::EngineState& state) : state_(state) {}

  std::shared_ptr<const CompiledWorkflow> run() {
    const WorkflowSection section = read_workflow_section(state_.profile.workflow, problems_);
    if (!problems_.empty()) fail();
    compile_states(section);
    compile_transitions(section);
    check_genesis(section);
    check_required_guards();
    check_shadowed();
    check_reachable();
    compile_regie(section);
    if (!problems_.empty()) fail();
    return std::make_shared<const CompiledWorkflow>(std::move(out_));
  }

 private:
  void add(std::string code, std::string pointer, std::string nl, std::string en) {
    problems_.push_back(Problem{std::move(code), "/workflow" + pointer, std::move(nl), std::move(en), {}});
  }

  [[noreturn]] void fail() {
    refuse(ErrorCode::profile, "the profile's workflow section is not usable", std::move(problems_));
  }

  bool rule_in_force(std::string_view rule) const {
    if (state_.profile.is_minimum_condition(rule)) return true;
    const auto& off = state_.disabled_rules;
    return std::find(off.begin(), off.end(), rule) == off.end();
  }

  void compile_states(const WorkflowSection& section) {
    if (section.states.empty()) {
      add("PP-P-WORKFLOW-EMPTY", "/states", "de workflow noemt geen toestanden", "the workflow names no states");
    }
    for (std::size_t i = 0; i < section.states.size(); ++i) {
      const StateDef& def = section.states[i];
      const std::string pointer = "/states/" + std::to_string(i) + "/id";
      const auto id = enum_from_string<StateId>(def.id);
      if (!id) {
        add("PP-P-WORKFLOW-STATE", pointer, "onbekende toestand '" + def.id + "'", "unknown state '" + def.id + "'");
        continue;
      }
      if (out_.find_state(def.id)) {
        add("PP-P-DUPLICATE", pointer, "toestand '" + def.id + "' komt twee keer voor",
            "state '" + def.id + "' appears twice");
        continue;
      }
      out_.add_state_id(def.id, *id);
      out_.states.push_back(CompiledState{*id, def.label});
      declared_index_[index(*id)] = i;
    }
  }

  std::optional<StateId> declared_state(const std::string& id, const std::string& pointer) {
    if (auto state = out_.find_state(id)) return state;
    if (enum_from_string<StateId>(id)) {
      add("PP-P-WORKFLOW-STATE-UNDECLARED", pointer, "toestand '" + id + "' staat niet in /workflow/states",
          "state '" + id + "' is not declared in /workflow/states");
    } else {
      add("PP-P-WORKFLOW-STATE", pointer, "onbekende toestand '" + id + "'", "unknown state '" + id + "'");
    }
    return std::nullopt;
  }

  void compile_transitions(const WorkflowSection& section) {
    if (section.transitions.empty()) {
      add("PP-P-WORKFLOW-EMPTY", "/transitions", "de workflow noemt geen overgangen", "the workflow names no transitions");
    }
    for (std::size_t i = 0; i < section.transitions.size(); ++i) {
      const TransitionDef& def = section.transitions[i];
      const std::string base = "/transitions/" + std::to_string(i);
      CompiledTransition t;
      t.source_index = i;
      t.label = def.label;
      bool ok = true;
      if (auto kind = enum_from_string<EventKind>(def.event)) {
        t.kind = *kind;
      } else {
        add("PP-P-WORKFLOW-EVENT", base + "/event", "onbekend event '" + def.event + "'", "unknown event '" + def.event + "'");
        ok = false;
      }
      for (std::size_t k = 0; k < def.from.size(); ++k) {
        if (auto state = declared_state(def.from[k], base + "/from/" + std::to_string(k))) {
          t.from_states |= 1u << index(*state);
        } else {
          ok = false;
        }
      }
      if (def.to) {
        t.to = declared_state(*def.to, base + "/to");
        ok = ok && t.to.has_value();
      }
      if (def.when) {
        t.when = find_condition(*def.when);
        if (!t.when) {
          add("PP-P-WORKFLOW-CONDITION", base + "/when", "onbekende voorwaarde '" + *def.when + "'",
              "unknown condition '" + *def.when + "'");
          ok = false;
        }
      }
      if (def.roles.empty()) {
        add("PP-P-WORKFLOW-ROLES", base + "/roles", "noem wie deze overgang mag uitvoeren",
            "name who may fire this transition");
        ok = false;
      }
      for (Role role : def.roles) t.roles |= 1u << static_cast<unsigned>(role);
      for (std::size_t k = 0; k < def.choice_roles.size(); ++k) {
        const ChoiceRolesDef& grant = def.choice_roles[k];
        const auto value = state_.local_choices.find(grant.choice);
        if (value == state_.local_choices.end()) {
          add("PP-P-WORKFLOW-CHOICE", base + "/choice_roles/" + std::to_string(k) + "/choice",
              "lokale keuze '" + grant.choice + "' bestaat niet in dit profiel",
              "local choice '" + grant.choice + "' does not exist in this profile");
          ok = false;
          continue;
        }
        if (*value != grant.equals) continue;
        for (Role role : grant.roles) t.roles |= 1u << static_cast<unsigned>(role);
      }
      for (std::size_t k = 0; k < def.guards.size(); ++k) {
        const GuardDef* guard = find_guard(def.guards[k]);
        if (!guard) {
          add("PP-P-WORKFLOW-GUARD", base + "/guards/" + std::to_string(k),
              "onbekende regel '" + def.guards[k] + "': geen bewaking met die regel-id",
              "unknown rule '" + def.guards[k] + "': no guard has that rule id");
          ok = false;
          continue;
        }
        t.declared_guards.push_back(def.guards[k]);
        if (rule_in_force(guard->rule)) t.guards.push_back(guard);
      }
      if (!ok) continue;
      out_.by_event[index(t.kind)].push_back(out_.transitions.size());
      if (!out_.has_event_id(t.kind)) {
        out_.add_event_id(def.event, t.kind);
        out_.events.push_back(t.kind);
      }
      out_.transitions.push_back(std::move(t));
    }
  }

  void check_genesis(const WorkflowSection& section) {
    std::size_t count = 0;
    for (const CompiledTransition& t : out_.transitions) {
      const std::string base = "/transitions/" + std::to_string(t.source_index);
      const bool genesis = t.kind == EventKind::plan_aanmaken;
      if (genesis) {
        ++count;
        if (t.from_states != 0 || !t.to || t.when) {
          add("PP-P-WORKFLOW-GENESIS", base,
              "plan_aanmaken heeft geen 'from' en geen 'when', en wel een 'to': het maakt het plan",
              "plan_aanmaken has no 'from' and no 'when', and has a 'to': it creates the plan");
        } else {
          out_.initial = *t.to;
        }
      } else if (t.from_states == 0) {
        add("PP-P-WORKFLOW-FROM", base + "/from", "noem in welke toestanden dit event kan",
            "name the states this event can fire in");
      }
    }
    if (count != 1 && !section.transitions.empty()) {
      add("PP-P-WORKFLOW-GENESIS", "/transitions", "de workflow heeft precies een overgang plan_aanmaken nodig",
          "the workflow needs exactly one plan_aanmaken transition");
    }
  }

  // Rules that hold in every region, whatever its section says: help starts under a
  // toewijzing (R-TOEWIJZING) and, where the region has segments, never for a jeugdige
  // whose segment is unknown (R-SEG-KNOWN); a content change respects authorship. A
  // section that leaves them off such a transition, or settings that switch them off,
  // would reopen the way around them.
  void check_required_guards() {
    std::vector<std::string_view> help{"R-TOEWIJZING"};
    if (!state_.profile.segments.empty()) help.push_back("R-SEG-KNOWN");
    // Authorship: nobody changes another's perspective or the family's own words, and a
    // provider changes only what is its own (R-PERSPECTIVES, R-PROVIDER-NOT-DRAFTING).
    const std::vector<std::string_view> change{"R-PERSPECTIVES", "R-PROVIDER-NOT-DRAFTING"};
    for (const CompiledTransition& t : out_.transitions) {
      const bool starts_help = t.kind == EventKind::hulp_starten;
      if (!starts_help && t.kind != EventKind::plan_wijzigen) continue;
      for (std::string_view rule : starts_help ? help : change) {
        const bool declared = std::find(t.declared_guards.begin(), t.declared_guards.end(), rule) != t.declared_guards.end();
        if (declared && rule_in_force(rule)) continue;
        const std::string r(rule);
        add("PP-P-WORKFLOW-GUARD-REQUIRED", "/transitions/" + std::to_string(t.source_index) + "/guards",
            std::string(to_string(t.kind)) + " moet in elke regio met regel " + r +
                " bewaakt worden, en die regel staat niet uit te zetten",
            std::string(to_string(t.kind)) + " must be guarded by rule " + r +
                " in every region, and that rule cannot be switched off");
      }
    }
  }

  // Per event and state, transitions are tried in order; one without 'when' always
  // matches, so any later one for the same event and state could never fire.
  void check_shadowed() {
    for (const auto& indexes : out_.by_event) {
      std::uint32_t unconditional = 0;
      for (std::size_t i : indexes) {
        const CompiledTransition& t = out_.transitions[i];
        if (t.from_states & unconditional) {
          add("PP-P-WORKFLOW-SHADOWED", "/transitions/" + std::to_string(t.source_index),
              "deze overgang kan nooit plaatsvinden: een eerdere overgang van hetzelfde event zonder 'when' gaat voor",
              "this transition can never fire: an earlier transition of the same event without 'when' comes first");
        }
        if (!t.when) unconditional |= t.from_states;
      }
    }
  }

  void check_reachable() {
    if (out_.states.empty()) return;
    std::uint32_t reached = 1u << index(out_.initial);
    std::deque<StateId> queue{out_.initial};
    while (!queue.empty()) {
      const StateId state = queue.front();
      queue.pop_front();
      for (const CompiledTransition& t : out_.transitions) {
        if (!t.fires_in(state) || !t.to || ((reached >> index(*t.to)) & 1u)) continue;
        reached |= 1u << index(*t.to);
        queue.push_back(*t.to);
      }
    }
    for (const CompiledState& state : out_.states) {
      if ((reached >> index(state.id)) & 1u) continue;
      const std::string name(to_string(state.id));
      add("PP-P-WORKFLOW-UNREACHABLE", "/states/" + std::to_string(declared_index_[index(state.id)]),
          "toestand '" + name + "' is vanuit plan_aanmaken nooit te bereiken",
          "state '" + name + "' can never be reached from plan_aanmaken");
    }
  }

  void compile_regie(const WorkflowSection& section) {
    for (std::size_t i = 0; i < section.regie_matrix.size(); ++i) {
      const RegieCellDef& cell = section.regie_matrix[i];
      const std::string base = "/regie_matrix/" + std::to_string(i);
      if (cell.placed_at.has_value() == cell.placed_at_choice.has_value()) {
        add("PP-P-WORKFLOW-REGIE", base, "een cel noemt precies een van placed_at of placed_at_choice",
            "a cell names exactly one of placed_at or placed_at_choice");
      }
      if (cell.placed_at && !is_regie_placement(*cell.placed_at)) {
        add("PP-P-WORKFLOW-REGIE", base + "/placed_at", "onbekende plek '" + *cell.placed_at + "'",
            "unknown placement '" + *cell.placed_at + "'");
      }
      if (cell.when_choice && !state_.local_choices.contains(cell.when_choice->choice)) {
        add("PP-P-WORKFLOW-REGIE", base + "/when_choice/choice",
            "lokale keuze '" + cell.when_choice->choice + "' bestaat niet in dit profiel",
            "local choice '" + cell.when_choice->choice + "' does not exist in this profile");
      }
      if (cell.placed_at_choice && !state_.local_choices.contains(*cell.placed_at_choice)) {
        add("PP-P-WORKFLOW-REGIE", base + "/placed_at_choice",
            "lokale keuze '" + *cell.placed_at_choice + "' bestaat niet in dit profiel",
            "local choice '" + *cell.placed_at_choice + "' does not exist in this profile");
      }
      // A cell may not contradict the minimum condition (002): home or independent
      // living on the ordinary routes means the lokale toegang.
      const bool ordinary_route = cell.entry_route == EntryRoute::lokale_toegang ||
                                  cell.entry_route == EntryRoute::verwijzer ||
                                  cell.entry_route == EntryRoute::ziekenhuis || cell.entry_route == EntryRoute::crisis;
      const bool home = cell.toekomstperspectief == Toekomstperspectief::thuis_wonen ||
                        cell.toekomstperspectief == Toekomstperspectief::zelfstandig_wonen;
      if (state_.profile.is_minimum_condition("R-REGIE-LOKAAL") && ordinary_route && home &&
          cell.placed_at != "lokale_toegang") {
        add("PP-P-WORKFLOW-REGIE-MINIMUM", base,
            "deze cel is in strijd met R-REGIE-LOKAAL: bij thuis of zelfstandig wonen ligt de regie bij de lokale toegang",
            "this cell contradicts R-REGIE-LOKAAL: for living at home or independently regie lies with the lokale toegang");
      }
    }
    out_.regie_matrix = section.regie_matrix;
    out_.handover_18 = section.handover_18;
    out_.crisis_toewijzing = section.crisis_toewijzing;
    if (out_.crisis_toewijzing && out_.crisis_toewijzing->working_days < 1) {
      add("PP-P-WORKFLOW-CRISIS-TOEWIJZING", "/crisis_toewijzing/working_days",
          "de toewijzing na een crisisstart volgt binnen ten minste een werkdag",
          "the toewijzing after a crisis start follows within at least one working day");
    }
    if (out_.handover_18 && out_.handover_18->lead_months < 0) {
      add("PP-P-WORKFLOW-HANDOVER", "/handover_18/lead_months", "aantal maanden is niet negatief",
          "the number of months is not negative");
    }
  }

  const detail::EngineState& state_;
  std::vector<Problem> problems_;
  CompiledWorkflow out_;
  std::array<std::size_t, kStateCount> declared_index_{};
};

}  // namespace

std::shared_ptr<const CompiledWorkflow> compile(const detail::EngineState& state) { return Compiler(state).run(); }

}  // namespace workflow
}  // namespace perspectief
