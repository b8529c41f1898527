// Limits after every change (see event_limits.hpp).
#include "workflow/pipeline/event_limits.hpp"

#include <string>
#include <utility>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/workflow.hpp"

namespace perspectief::workflow {
namespace {

// The pointer of (one of) the most deeply nested containers in `value`, found
// without recursion; what the caller should look at when a payload is too deep.
std::string deepest_pointer(const Json& value, const std::string& base) {
  struct Pending {
    const Json* node;
    std::string pointer;
    std::size_t depth;
  };
  std::vector<Pending> pending{{&value, base, 0}};
  std::string deepest = base;
  std::size_t max_depth = 0;
  while (!pending.empty()) {
    Pending item = std::move(pending.back());
    pending.pop_back();
    if (!item.node->is_structured()) continue;
    if (item.depth + 1 > max_depth) {
      max_depth = item.depth + 1;
      deepest = item.pointer;
    }
    if (item.node->is_object()) {
      for (auto it = item.node->begin(); it != item.node->end(); ++it) {
        if (it->is_structured()) pending.push_back({&it.value(), item.pointer + "/" + json_pointer_escape(it.key()), item.depth + 1});
      }
    } else {
      for (std::size_t i = 0; i < item.node->size(); ++i) {
        const Json& child = (*item.node)[i];
        if (child.is_structured()) pending.push_back({&child, item.pointer + "/" + std::to_string(i), item.depth + 1});
      }
    }
  }
  return deepest;
}

[[noreturn]] void refuse(const std::string& pointer, const std::string& nl, const std::string& en) {
  throw Error(ErrorCode::limit_exceeded, en + " (at " + pointer + ")", pointer,
              {Problem{"PP-W-LIMIT", pointer, nl, en, ""}});
}

std::string limits_text(const JsonLimits& limits) {
  return std::to_string(limits.max_depth) + " / " + std::to_string(limits.max_bytes);
}

// The number of reference tokens in a JSON pointer ("" has none, "/a/b" two).
std::size_t pointer_length(const std::string& pointer) {
  std::size_t tokens = 0;
  for (const char c : pointer) tokens += c == '/' ? 1 : 0;
  return tokens;
}

// A JSON Patch builds depth with no depth of its own: each `add` of {"n": {}} one
// level below the last nests the content one level further, so 10,000 small
// operations would make a 10,000-deep plan, and copying or destroying that would
// exhaust the stack before the finished plan is measured. An operation's value ends
// up as deep as its path is long plus its own depth; that is measured here, from the
// event alone (so the refusal says nothing about the plan's content). The content
// document sits at the plan's own level: "" is the plan object itself. copy and move carry no value and are refused
// by R-CHANGE-SCOPE (effects/amend.cpp) before anything is applied.
void check_patch_depth(const Json& patch, const JsonLimits& limits) {
  if (!patch.is_array()) return;
  for (std::size_t i = 0; i < patch.size(); ++i) {
    const Json& op = patch[i];
    if (!op.is_object() || !op.contains("path") || !op["path"].is_string() || !op.contains("value")) continue;
    const std::size_t depth = pointer_length(op["path"].get<std::string>()) + json_extent(op["value"]).depth;
    if (depth > limits.max_depth) {
      refuse("/payload/json_patch/" + std::to_string(i),
             "na deze operatie zou het plan " + std::to_string(depth) + " niveaus diep zijn; de grens van de engine is " +
                 std::to_string(limits.max_depth),
             "after this operation the plan would be nested " + std::to_string(depth) +
                 " deep; the engine's limit is " + std::to_string(limits.max_depth));
    }
  }
}

}  // namespace

void check_event_within_limits(const EventContext& context) {
  const JsonLimits& limits = context.engine.limits();
  const Json& payload = context.event.payload;
  const JsonExtent extent = json_extent(payload);
  if (extent.depth + kHistoryPayloadLevels > limits.max_depth) {
    refuse(deepest_pointer(payload, "/payload"),
           "de payload is " + std::to_string(extent.depth) + " niveaus diep; in de geschiedenis van het plan komen er " +
               std::to_string(kHistoryPayloadLevels) + " bij, en het plan mag niet dieper zijn dan " +
               std::to_string(limits.max_depth),
           "the payload is nested " + std::to_string(extent.depth) + " deep; the plan's history adds " +
               std::to_string(kHistoryPayloadLevels) + " levels, and a plan may not be deeper than " +
               std::to_string(limits.max_depth));
  }
  if (payload.is_object() && payload.contains("json_patch")) check_patch_depth(payload["json_patch"], limits);
}

void check_candidate_within_limits(const EventContext& context, const Plan& candidate) {
  const JsonLimits& limits = context.engine.limits();
  const JsonExtent extent = plan_extent(candidate);
  if (within_limits(extent, limits)) return;
  refuse(context.event.payload.is_null() ? std::string() : "/payload",
         "het plan na dit event zou groter of dieper zijn dan de grenzen van de engine (" + limits_text(limits) +
             "): " + std::to_string(extent.depth) + " niveaus, " + std::to_string(extent.bytes) + " bytes",
         "the plan after this event would exceed the engine's limits (depth / bytes " + limits_text(limits) +
             "): depth " + std::to_string(extent.depth) + ", " + std::to_string(extent.bytes) + " bytes");
}

}  // namespace perspectief::workflow
