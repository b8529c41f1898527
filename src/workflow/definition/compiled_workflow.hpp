// The compiled form of a region's workflow section: states and events resolved to
// enums, roles and from-states to bit masks, guards and conditions to function
// pointers (only the rules in force for this engine). Built once when the engine
// loads (compile.cpp); applying an event then costs one hash lookup of the event id
// and one of the plan's state, never a search through the profile's text.
#pragma once

#include <atomic>
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "perspectief/engine.hpp"
#include "perspectief/profile.hpp"
#include "workflow/definition/ids.hpp"
#include "workflow/definition/workflow_section.hpp"

namespace perspectief::workflow {

struct GuardDef;
struct ConditionDef;

struct CompiledTransition {
  EventKind kind{};
  std::uint32_t from_states = 0;            // bit per StateId; 0 only for the genesis event
  std::optional<StateId> to;                // nullopt: the plan keeps its state
  const ConditionDef* when = nullptr;       // chooses this transition when it holds
  std::uint32_t roles = 0;                  // bit per Role
  std::vector<const GuardDef*> guards;      // rules in force, in the profile's order
  std::vector<std::string> declared_guards; // every guard rule id as written (diagram, docs)
  Label label;
  std::size_t source_index = 0;             // index in /workflow/transitions

  bool fires_in(StateId state) const { return (from_states >> index(state)) & 1u; }
  bool allows(Role role) const { return (roles >> static_cast<unsigned>(role)) & 1u; }
};

struct CompiledState {
  StateId id{};
  Label label;
};

// Heterogeneous lookup so that a std::string_view finds a std::string key without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

class CompiledWorkflow {
 public:
  std::vector<CompiledState> states;                        // declared states, profile order
  std::vector<CompiledTransition> transitions;              // profile order
  std::array<std::vector<std::size_t>, kEventKindCount> by_event;  // transition indexes per event
  std::vector<EventKind> events;                            // events the region uses, first-appearance order
  StateId initial = StateId::hulpvraag;                     // the genesis event's target
  std::vector<RegieCellDef> regie_matrix;
  std::optional<HandoverDef> handover_18;
  std::optional<CrisisToewijzingDef> crisis_toewijzing;
  // Tells this workflow from every other one made in this process: a plan's history
  // remembers the facts it gives per workflow (history_facts.cpp).
  std::uint64_t serial = next_serial();

  std::optional<EventKind> find_event(std::string_view id) const {
    auto it = event_ids_.find(id);
    return it == event_ids_.end() ? std::nullopt : std::optional<EventKind>(it->second);
  }
  std::optional<StateId> find_state(std::string_view id) const {
    auto it = state_ids_.find(id);
    return it == state_ids_.end() ? std::nullopt : std::optional<StateId>(it->second);
  }
  // Whether some transition guards with this rule (and it is in force for this engine).
  bool guards_with(std::string_view rule) const;
  // The label of an event: that of its first transition.
  const Label& event_label(EventKind kind) const { return transitions[by_event[index(kind)].front()].label; }

  bool has_event_id(EventKind kind) const {
    return std::any_of(event_ids_.begin(), event_ids_.end(), [&](const auto& entry) { return entry.second == kind; });
  }
  void add_event_id(std::string id, EventKind kind) { event_ids_.emplace(std::move(id), kind); }
  void add_state_id(std::string id, StateId state) { state_ids_.emplace(std::move(id), state); }

  static std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> made{0};
    return made.fetch_add(1, std::memory_order_relaxed) + 1;
  }

 private:
  std::unordered_map<std::string, EventKind, StringHash, std::equal_to<>> event_ids_;
  std::unordered_map<std::string, StateId, StringHash, std::equal_to<>> state_ids_;
};

// The compiled workflow of a loaded engine.
const CompiledWorkflow& compiled(const Engine& engine);

}  // namespace perspectief::workflow
