// plan_wijzigen: a content change as JSON Merge Patch (RFC 7396) or JSON Patch
// (RFC 6902), both applied with nlohmann::json. The family may change its plan at any
// time (000); members that have their own events cannot be changed this way. The
// change is marked youth_care_need_changed in the history when it creates new or other
// youth-care needs (R-REOPEN), so that later guards and replays see it.
// R-CHANGE-SCOPE: every location the change addresses must be readable and amendable
// by its author (change_scope.hpp); JSON Patch is limited to add, remove and replace.
#include <utility>

#include "model/plan_shape.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/content/amend_content.hpp"
#include "workflow/content/change_scope.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/content/plan_content.hpp"
#include "workflow/content/youth_care_need.hpp"

namespace perspectief {
namespace workflow {
struct AmendPayload {
  Json merge_patch;
  Json json_patch;
  std::optional<bool> youth_care_need_changed;  // the author declares it; it is also detected
};
}  // namespace workflow

namespace detail {
template <>
struct Fields<workflow::AmendPayload> {
  using T = workflow::AmendPayload;
  static constexpr auto fields =
      std::make_tuple(field("merge_patch", &T::merge_patch), field("json_patch", &T::json_patch),
                      field("youth_care_need_changed", &T::youth_care_need_changed));
};
}  // namespace detail

namespace workflow {
namespace {

void controlled(Findings& findings, const std::string& pointer, std::string_view member) {
  const std::string_view event = event_setting(member);
  const std::string via_nl = event.empty() ? "kan na het aanmaken niet meer wijzigen"
                                           : "wijzigt alleen met het event " + std::string(event);
  const std::string via_en = event.empty() ? "cannot change after the plan was created"
                                           : "changes only through the event " + std::string(event);
  findings.add("PP-W-CONTROLLED", pointer, "'" + std::string(member) + "' " + via_nl,
               "'" + std::string(member) + "' " + via_en);
}

bool has_controlled_member(const Json& child_part) {
  if (!child_part.is_object()) return false;
  for (auto it = child_part.begin(); it != child_part.end(); ++it) {
    if (is_controlled_child_member(it.key())) return true;
  }
  return false;
}


void refuse_scope(Findings& findings, const std::string& pointer) {
  findings.add("PP-W-CHANGE-SCOPE", pointer,
               "de wijziging raakt delen van het plan die de auteur niet mag inzien of wijzigen",
               "the change addresses parts of the plan that its author may not read or change", "R-CHANGE-SCOPE");
}

// Merge patch (RFC 7396): every member names a location. A non-empty object merges
// into what is there (only that location's own part changes, and the members below
// are addressed in turn); anything else - null (delete), an array (replaces every
// element), a scalar, {} - replaces the location with all it covers. What the plan
// holds there does not matter, so the outcome cannot depend on withheld content.
void address_merge_members(const Json& patch, std::vector<std::string> path, ChangeScope& scope) {
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    path.push_back(it.key());
    if (it->is_object() && !it->empty()) {
      scope.address(Json::object(), path, Reach::touching);
      address_merge_members(*it, path, scope);
    } else {
      scope.address(Json::object(), path, Reach::covering);
    }
    path.pop_back();
  }
}

// Applies a JSON Patch (RFC 6902) operation by operation, recording the locations
// each addresses in the document it applies to and in the one it produces. Only add,
// remove and replace: the values of a change come from the event itself. `copy` and
// `move` would carry content from one place to another and `test` answers whether a
// location holds a value; both would reach content the author may not read.
// Returns the problem of an operation that could not be applied (reported only when
// the author may change everything addressed so far); shape problems go to findings.
std::optional<Problem> apply_json_patch(const Json& patch, Json& document, ChangeScope& scope, Findings& findings) {
  if (!patch.is_array()) {
    findings.add("PP-W-PATCH", "/payload/json_patch", "een JSON Patch is een lijst van operaties",
                 "a JSON Patch is an array of operations");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < patch.size(); ++i) {
    const Json& op = patch[i];
    const std::string at = "/payload/json_patch/" + std::to_string(i);
    const Json* name = op.is_object() && op.contains("op") ? &op["op"] : nullptr;
    const std::string verb = name && name->is_string() ? name->get<std::string>() : std::string();
    if (verb == "copy" || verb == "move" || verb == "test") {
      findings.add("PP-W-CHANGE-SCOPE-OP", at + "/op",
                   "'" + verb + "' leest uit het plan; een wijziging gebruikt alleen add, remove en replace met "
                   "waarden uit het event zelf",
                   "'" + verb + "' reads from the plan; a change uses only add, remove and replace with values from "
                   "the event itself", "R-CHANGE-SCOPE");
      continue;
    }
    if (verb != "add" && verb != "remove" && verb != "replace") {
      findings.add("PP-W-PATCH", at + "/op", "een operatie is add, remove of replace",
                   "an operation is add, remove or replace");
      continue;
    }
    const Json* path_value = op.contains("path") ? &op["path"] : nullptr;
    const auto tokens = path_value && path_value->is_string() ? pointer_tokens(path_value->get<std::string>())
                                                               : std::nullopt;
    if (!tokens) {
      findings.add("PP-W-PATCH", at + "/path", "'path' is een JSON pointer (RFC 6901)",
                   "'path' is a JSON pointer (RFC 6901)");
      continue;
    }
    if (verb != "remove" && !op.contains("value")) {
      findings.add("PP-W-PATCH", at + "/value", "'" + verb + "' heeft een 'value'", "'" + verb + "' needs a 'value'");
      continue;
    }
  }
  if (!findings.empty()) return std::nullopt;

  for (std::size_t i = 0; i < patch.size(); ++i) {
    const Json& op = patch[i];
    const std::string verb = op["op"].get<std::string>();
    std::vector<std::string> tokens = *pointer_tokens(op["path"].get<std::string>());
    const Json::json_pointer pointer(op["path"].get<std::string>());
    // What is there now is addressed unless an add puts something new into a list.
    const bool inserts = verb == "add" && !tokens.empty() && [&] {
      try {
        return std::as_const(document).at(pointer.parent_pointer()).is_array();
      } catch (const Json::exception&) {
        return false;
      }
    }();
    if (!inserts) scope.address(document, tokens, Reach::covering);
    // RFC 6902 adds only into an object or an array. nlohmann asserts (aborting a debug
    // build) when the parent is a string or a number, and turns a null parent into an
    // object, so both are refused here before the operation runs.
    bool applied = verb != "add" || tokens.empty() || [&] {
      try {
        const Json& parent = std::as_const(document).at(pointer.parent_pointer());
        return parent.is_object() || parent.is_array();
      } catch (const Json::exception&) {
        return false;
      }
    }();
    if (applied) {
      try {
        document.patch_inplace(Json::array({op}));
      } catch (const Json::exception&) {
        applied = false;
      }
    }
    if (!applied) {
      // Not nlohmann's text: it quotes paths and values. Where the operation failed
      // is the author's own input; what the plan holds there is not repeated.
      if (inserts) scope.address(document, tokens, Reach::covering);
      return Problem{"PP-W-PATCH", "/payload/json_patch/" + std::to_string(i),
                     "operatie " + std::to_string(i) + " (" + verb + ") kan niet worden toegepast: het pad bestaat "
                         "niet of past niet bij wat er staat",
                     "operation " + std::to_string(i) + " (" + verb + ") cannot be applied: the path does not exist "
                         "or does not fit what is there",
                     ""};
    }
    if (verb != "remove") {
      if (inserts && tokens.back() == "-") {
        tokens.back() = std::to_string(std::as_const(document).at(pointer.parent_pointer()).size() - 1);
      }
      scope.address(document, tokens, Reach::covering);
    }
  }
  return std::nullopt;
}

// R-STANDING: a family member's standing rests on the member records - who is a member,
// in which role, whether a parent holds gezag, a jeugdige's age (R-CONSENT-AGE). A family
// member changing those would widen their own or another's access; the lokale team and
// the GI record them. (Only records the author may amend get here: R-CHANGE-SCOPE ran.)
// Which members of a record are such facts the field list declares (standing_fact()).
bool changes_standing_facts(const Json& before, const Json& after) {
  auto records = [](const Json& content) {
    const Json* family = content.contains("family") ? &content["family"] : nullptr;
    const Json* members = family && family->is_object() && family->contains("members") ? &(*family)["members"] : nullptr;
    Json facts = Json::array();
    if (!members || !members->is_array()) return facts;
    for (const Json& m : *members) {
      Json fact = Json::object();
      detail::for_each_field<Member>([&](const auto& field) {
        const std::string key(field.name);
        if (field.shape.setter == detail::Setter::standing_fact && m.is_object() && m.contains(key)) fact[key] = m[key];
      });
      facts.push_back(std::move(fact));
    }
    return facts;
  };
  return records(before) != records(after);
}

}  // namespace

void effect_amend_plan(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  auto payload = read_payload<AmendPayload>(context.event.payload, findings);
  if (!payload) return;
  const bool merge = !payload->merge_patch.is_null();
  const bool patch = !payload->json_patch.is_null();
  if (merge == patch) {
    findings.add("PP-W-PAYLOAD", "/payload", "geef precies een van 'merge_patch' (RFC 7396) of 'json_patch' (RFC 6902)",
                 "give exactly one of 'merge_patch' (RFC 7396) or 'json_patch' (RFC 6902)");
    return;
  }
  if (merge && !payload->merge_patch.is_object()) {
    findings.add("PP-W-PAYLOAD", "/payload/merge_patch", "een merge patch op het plan is een object",
                 "a merge patch on the plan is an object");
    return;
  }

  // The patch works on the content (docs/workflow.md): the history, versions and
  // akkoorden are the workflow's and are not part of the document patched. A merge patch
  // of content members works on those members alone (amend_content.hpp), the rest of
  // the plan shared; anything else on the whole content document.
  const std::optional<std::vector<std::string_view>> members =
      merge ? patched_content_members(payload->merge_patch) : std::nullopt;
  const Json before = members ? content_members_json(context.before, *members) : content_json(context.before);
  ChangeScope scope(context.engine, context.before, context.event.actor, context.event.at);
  Json after = before;
  std::optional<Problem> failed;
  if (merge) {
    address_merge_members(payload->merge_patch, {}, scope);
    after.merge_patch(payload->merge_patch);
  } else {
    failed = apply_json_patch(payload->json_patch, after, scope, findings);
    if (!findings.empty()) return;
  }

  // R-CHANGE-SCOPE is decided before anything else is said about the change, so that
  // neither a refusal nor its text depends on content the author may not read.
  std::optional<Plan> candidate;
  std::vector<Problem> build_problems;
  if (!failed && members) {
    candidate = context.before;
    build_problems = read_content_members(after, *members, *candidate);
    if (!build_problems.empty()) candidate.reset();
  } else if (!failed) {
    if (!after.is_object()) {
      // A JSON Patch that replaces the root ("") with a value that is no object.
      build_problems.push_back(Problem{"PP-W-PATCH", "/payload/json_patch", "de inhoud van het plan blijft een object",
                                       "the plan's content stays an object", ""});
    } else {
      try {
        Json document = after;
        document["status"] = context.before.status;
        document["version"] = context.before.version;
        candidate = plan_from_json(document);
        // The workflow's bookkeeping is not content, but it is part of the plan whose
        // rights decide the change.
        candidate->history = context.before.history;
        candidate->versions = context.before.versions;
        candidate->akkoorden = context.before.akkoorden;
      } catch (const Error& error) {
        build_problems = error.problems();
      }
    }
  }
  if (candidate) {
    // So is each jeugdige's workflow state (help), which the content leaves out.
    for (std::size_t c = 0; c < candidate->children.size(); ++c) {
      const ChildPart* was = find_child_part(context.before, candidate->children[c].jeugdige);
      if (was && was->help != candidate->children[c].help) candidate->children.edit(c).help = was->help;
    }
  }
  if (!scope.allowed(candidate ? &*candidate : nullptr)) {
    refuse_scope(findings, merge ? "/payload/merge_patch" : "/payload/json_patch");
    return;
  }
  if (failed) {
    findings.add(std::move(*failed));
    return;
  }
  if (is_family_role(context.event.actor.role) && changes_standing_facts(before, after)) {
    findings.add("PP-W-STANDING-FACT", "/payload",
                 "een gezinslid wijzigt niet wie lid is, in welke rol, met gezag of geboortedatum; dat legt het lokale "
                 "team of de GI vast",
                 "a family member does not change who is a member, in which role, with gezag or birth date; the lokale "
                 "team or the GI records that",
                 "R-STANDING");
    return;
  }

  std::vector<ContentChange> changes = diff_content(before, after);
  bool clean = true;
  for (const ContentChange& change : changes) {
    if (change.unit == ChangeUnit::plan_member && is_controlled_plan_member(change.member)) {
      controlled(findings, change.pointer, change.member);
      clean = false;
    } else if (change.unit == ChangeUnit::child_member && is_controlled_child_member(change.member)) {
      controlled(findings, change.pointer, change.member);
      clean = false;
    } else if (change.unit == ChangeUnit::child_part &&
               has_controlled_member(change.kind == ChangeKind::added ? change.after : change.before)) {
      findings.add("PP-W-CONTROLLED", change.pointer,
                   "een deel van een jeugdige met segment, kader, profiel, aanbieder, toewijzingen, evaluaties of "
                   "afsluiting wordt niet in een keer toegevoegd of verwijderd",
                   "a jeugdige's part with a segment, kader, profile, provider, toewijzingen, evaluations or closure "
                   "cannot be added or removed in one change");
      clean = false;
    }
  }
  if (!clean) return;

  if (!candidate) {
    for (Problem problem : build_problems) {
      problem.message_nl = "na de wijziging: " + problem.message_nl;
      problem.message_en = "after the change: " + problem.message_en;
      findings.add(std::move(problem));
    }
    return;
  }
  outcome.need_changed =
      payload->youth_care_need_changed.value_or(false) || creates_youth_care_need(changes, context.engine.profile());
  if (outcome.need_changed) outcome.recorded_payload["youth_care_need_changed"] = true;
  outcome.changes = std::move(changes);
  outcome.plan = std::move(*candidate);
}

}  // namespace workflow
}  // namespace perspectief
