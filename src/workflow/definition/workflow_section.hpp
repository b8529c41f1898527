// The "workflow" section of a region profile as C++ structs, read with the model's
// declarative JSON mapping (unknown members are typos and refused). compile.cpp turns
// it into the CompiledWorkflow the operations use. docs/workflow.md documents it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::workflow {

struct StateDef {
  std::string id;     // a StateId spelling
  Label label;
};

// Roles a transition grants only when a local choice has a value: e.g. FoodValley's
// opsteller_ondersteuningsplan decides whether a municipal gespreksvoerder drafts (003).
struct ChoiceRolesDef {
  std::string choice;                 // a local choice key of the profile
  Json equals;                        // the value that grants the roles
  std::vector<Role> roles;
};

struct TransitionDef {
  std::string event;                  // an EventKind spelling
  std::vector<std::string> from;      // states it may fire in; empty only for the genesis event
  std::optional<std::string> to;      // the state afterwards; absent = the plan keeps its state
  std::optional<std::string> when;    // condition id choosing this transition over later ones
  std::vector<Role> roles;            // who may fire it
  std::vector<std::string> guards;    // rule ids whose guards must hold
  std::vector<ChoiceRolesDef> choice_roles;  // roles granted by a local choice's value
  Label label;
};

// One cell of the perspectiefregie matrix (002 appendix B).
// A condition on a local choice: it holds when the municipality's value equals `equals`.
struct ChoiceConditionDef {
  std::string choice;
  Json equals;
};

struct RegieCellDef {
  EntryRoute entry_route{};
  std::optional<std::string> situatie;                   // refines a route (who reported, which measure)
  std::optional<std::string> fase;                       // the phase of a Veilig Thuis or Raad trajectory
  std::optional<ChoiceConditionDef> when_choice;         // the cell holds only under this local choice
  std::optional<Toekomstperspectief> toekomstperspectief;  // absent = any perspective
  std::optional<std::string> placed_at;                  // where regie lies ...
  std::optional<std::string> placed_at_choice;           // ... or the local choice that decides it
  std::optional<std::string> zicht_op_veiligheid;        // who watches safety meanwhile
  Label basis;
};

struct HandoverDef {
  std::int64_t lead_months = 6;   // how long before the 18th birthday the reminder opens
};

// R-TOEWIJZING's crisis exception: help starts first, the toewijzing follows within
// this many working days of the crisis start (deadline crisis_toewijzing).
struct CrisisToewijzingDef {
  std::int64_t working_days = 0;
};

struct WorkflowSection {
  std::vector<StateDef> states;
  std::vector<TransitionDef> transitions;
  std::vector<RegieCellDef> regie_matrix;
  std::optional<HandoverDef> handover_18;
  std::optional<CrisisToewijzingDef> crisis_toewijzing;
};

// Reads the section; structural problems carry pointers under /workflow.
WorkflowSection read_workflow_section(const Json& section, std::vector<Problem>& problems);

// Where perspectiefregie can lie (regie.placed_at).
bool is_regie_placement(std::string_view placed_at);

}  // namespace perspectief::workflow
