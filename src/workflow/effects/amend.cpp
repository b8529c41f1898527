// plan_wijzigen: a content change as JSON Merge Patch (RFC 7396) or JSON Patch
// (RFC 6902), both applied with nlohmann::json. The family may change its plan at any
// time (000); members that have their own events cannot be changed this way. The
// change is marked youth_care_need_changed in the history when it creates new or other
// youth-care needs (R-REOPEN), so that later guards and replays see it.
#include "workflow/effects/effect.hpp"
#include "perspectief/workflow.hpp"
#include "workflow/effects/payload.hpp"
#include "workflow/plan_content.hpp"
#include "workflow/youth_care_need.hpp"

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

// Which event sets a controlled member, for the message.
std::string_view event_for(std::string_view member) {
  if (member == "segment") return "segment_vaststellen";
  if (member == "regie") return "regie_toewijzen";
  if (member == "akkoorden") return "akkoord_geven";
  if (member == "versions") return "versie_vaststellen";
  if (member == "ondersteuningsprofiel") return "ondersteuningsprofiel_vaststellen";
  if (member == "aanbieder") return "aanbieder_kiezen";
  if (member == "toewijzingen") return "toewijzing_vastleggen";
  if (member == "evaluations") return "evalueren";
  if (member == "youth_care_closed") return "jeugdhulp_afsluiten";
  return {};
}

void controlled(Findings& findings, const std::string& pointer, std::string_view member) {
  const std::string_view event = event_for(member);
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
  // akkoorden are the workflow's and are not part of the document patched.
  const Json before = content_json(context.before);
  Json after = before;
  if (merge) {
    after.merge_patch(payload->merge_patch);
  } else {
    try {
      after = before.patch(payload->json_patch);
    } catch (const Json::exception& error) {
      findings.add("PP-W-PATCH", "/payload/json_patch",
                   std::string("de JSON Patch kan niet worden toegepast: ") + error.what(),
                   std::string("the JSON Patch cannot be applied: ") + error.what());
      return;
    }
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
                   "een deel van een jeugdige met profiel, aanbieder, toewijzingen, evaluaties of afsluiting wordt "
                   "niet in een keer toegevoegd of verwijderd",
                   "a jeugdige's part with a profile, provider, toewijzingen, evaluations or closure cannot be added "
                   "or removed in one change");
      clean = false;
    }
  }
  if (!clean) return;

  Plan candidate;
  try {
    Json document = after;
    document["status"] = context.before.status;
    document["version"] = context.before.version;
    candidate = plan_from_json(document);
  } catch (const Error& error) {
    for (Problem problem : error.problems()) {
      problem.message_nl = "na de wijziging: " + problem.message_nl;
      problem.message_en = "after the change: " + problem.message_en;
      findings.add(std::move(problem));
    }
    return;
  }
  outcome.need_changed =
      payload->youth_care_need_changed.value_or(false) || creates_youth_care_need(changes, context.engine.profile());
  if (outcome.need_changed) outcome.recorded_payload["youth_care_need_changed"] = true;
  candidate.history = context.before.history;
  candidate.versions = context.before.versions;
  candidate.akkoorden = context.before.akkoorden;
  outcome.changes = std::move(changes);
  outcome.plan = std::move(candidate);
}

}  // namespace workflow
}  // namespace perspectief
