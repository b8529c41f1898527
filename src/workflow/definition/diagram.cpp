// The region's workflow as a diagram: Mermaid (stateDiagram-v2, rendered by GitHub) or
// Graphviz DOT. Nodes are the states with their Dutch labels; edges are the
// transitions that change the state, labelled with the event id, the condition that
// chooses it and the rule ids that guard it. Events that keep the state (plan_wijzigen,
// akkoord_geven, ...) would draw a loop on nearly every state; they are listed per state
// in a note (Mermaid) or in the node (DOT) instead.
#include <map>
#include <sstream>

#include "perspectief/workflow.hpp"
#include "workflow/definition/compiled_workflow.hpp"
#include "workflow/guards/guard.hpp"

namespace perspectief::workflow {
namespace {

std::string edge_label(const CompiledTransition& t) {
  std::string label(to_string(t.kind));
  if (t.when) label += " when " + std::string(t.when->id);
  if (!t.declared_guards.empty()) {
    label += " / ";
    for (std::size_t i = 0; i < t.declared_guards.size(); ++i) label += (i ? ", " : "") + t.declared_guards[i];
  }
  return label;
}

// Per state, the events that keep it, in profile order without repeats.
std::map<StateId, std::vector<std::string>> staying_events(const CompiledWorkflow& workflow) {
  std::map<StateId, std::vector<std::string>> out;
  for (const CompiledTransition& t : workflow.transitions) {
    if (t.to) continue;
    for (const CompiledState& state : workflow.states) {
      if (!t.fires_in(state.id)) continue;
      auto& list = out[state.id];
      const std::string name(to_string(t.kind));
      if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

// Mermaid text runs to the end of the line; only line breaks and the ':' that starts a
// description need care.
std::string mermaid_text(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == ':') c = ' ';
  }
  return text;
}

std::string dot_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string mermaid(const CompiledWorkflow& workflow) {
  std::ostringstream out;
  out << "stateDiagram-v2\n";
  for (const CompiledState& state : workflow.states) {
    out << "    " << to_string(state.id) << " : " << mermaid_text(state.label.nl) << "\n";
  }
  for (const CompiledTransition& t : workflow.transitions) {
    if (!t.to) continue;
    if (t.from_states == 0) {
      out << "    [*] --> " << to_string(*t.to) << " : " << mermaid_text(edge_label(t)) << "\n";
      continue;
    }
    for (const CompiledState& state : workflow.states) {
      if (!t.fires_in(state.id)) continue;
      out << "    " << to_string(state.id) << " --> " << to_string(*t.to) << " : " << mermaid_text(edge_label(t)) << "\n";
    }
  }
  for (const auto& [state, events] : staying_events(workflow)) {
    out << "    note right of " << to_string(state) << " : " << mermaid_text(join(events)) << "\n";
  }
  return out.str();
}

std::string dot(const CompiledWorkflow& workflow) {
  const auto staying = staying_events(workflow);
  std::ostringstream out;
  out << "digraph workflow {\n";
  out << "  rankdir=TB;\n";
  out << "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n";
  out << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  out << "  start [shape=point, label=\"\"];\n";
  for (const CompiledState& state : workflow.states) {
    std::string label = std::string(to_string(state.id)) + "\\n" + dot_text(state.label.nl);
    if (auto it = staying.find(state.id); it != staying.end()) label += "\\n(" + dot_text(join(it->second)) + ")";
    out << "  " << to_string(state.id) << " [label=\"" << label << "\"];\n";
  }
  for (const CompiledTransition& t : workflow.transitions) {
    if (!t.to) continue;
    const std::string attributes = " [label=\"" + dot_text(edge_label(t)) + "\"];\n";
    if (t.from_states == 0) {
      out << "  start -> " << to_string(*t.to) << attributes;
      continue;
    }
    for (const CompiledState& state : workflow.states) {
      if (t.fires_in(state.id)) out << "  " << to_string(state.id) << " -> " << to_string(*t.to) << attributes;
    }
  }
  out << "}\n";
  return out.str();
}

}  // namespace

std::string diagram(const Engine& engine, std::string_view format) {
  if (format == "mermaid") return mermaid(compiled(engine));
  if (format == "dot") return dot(compiled(engine));
  throw Error(ErrorCode::invalid_argument,
              "unknown diagram format '" + std::string(format) + "'; use \"mermaid\" or \"dot\"", "/format");
}

}  // namespace perspectief::workflow
