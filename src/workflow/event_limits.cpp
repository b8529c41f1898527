// Limits after every change (see event_limits.hpp).
#include "workflow/event_limits.hpp"

#include <string>
#include <utility>
#include <vector>

#include "perspectief/json.hpp"
#include "workflow/plan_content.hpp"
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

// A JSON Patch that copies or moves can grow the content faster than its own
// size (copy doubles, and a move into a descendant nests); anything else adds at
// most the values it carries, which the check of the candidate covers.
bool can_amplify(const Json& patch) {
  if (!patch.is_array()) return false;
  for (const Json& op : patch) {
    if (op.is_object() && op.contains("op") && (op["op"] == "copy" || op["op"] == "move")) return true;
  }
  return false;
}

// Applies the patch one operation at a time to a copy of the content and measures
// after each, so that growth stops at the first operation that crosses a limit. An
// operation that cannot be applied ends the trial: the effect reports it.
void try_patch_within_limits(const Plan& before, const Json& patch, const JsonLimits& limits) {
  Json content = content_json(before);
  for (std::size_t i = 0; i < patch.size(); ++i) {
    try {
      content.patch_inplace(Json::array({patch[i]}));
    } catch (const Json::exception&) {
      return;
    }
    const JsonExtent extent = json_extent(content);
    if (!within_limits(extent, limits)) {
      refuse("/payload/json_patch/" + std::to_string(i),
             "na deze operatie zou het plan groter of dieper zijn dan de grenzen van de engine (" +
                 limits_text(limits) + "): " + std::to_string(extent.depth) + " niveaus, " +
                 std::to_string(extent.bytes) + " bytes",
             "after this operation the plan would exceed the engine's limits (depth / bytes " + limits_text(limits) +
                 "): depth " + std::to_string(extent.depth) + ", " + std::to_string(extent.bytes) + " bytes");
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
  if (payload.is_object() && payload.contains("json_patch") && can_amplify(payload["json_patch"])) {
    try_patch_within_limits(context.before, payload["json_patch"], limits);
  }
}

void check_candidate_within_limits(const EventContext& context, const Plan& candidate) {
  const JsonLimits& limits = context.engine.limits();
  const JsonExtent extent = json_extent(plan_to_json(candidate));
  if (within_limits(extent, limits)) return;
  refuse(context.event.payload.is_null() ? std::string() : "/payload",
         "het plan na dit event zou groter of dieper zijn dan de grenzen van de engine (" + limits_text(limits) +
             "): " + std::to_string(extent.depth) + " niveaus, " + std::to_string(extent.bytes) + " bytes",
         "the plan after this event would exceed the engine's limits (depth / bytes " + limits_text(limits) +
             "): depth " + std::to_string(extent.depth) + ", " + std::to_string(extent.bytes) + " bytes");
}

}  // namespace perspectief::workflow
