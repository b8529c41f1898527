// What counts as the plan's content, and which of its members only their own events
// may set. Shared by the effects (genesis, plan_wijzigen) and the guards. Each answer
// reads the setter the plan's field list declares (plan_fields.hpp, field_shape.hpp).
#pragma once

#include <string>
#include <string_view>

#include "perspectief/model.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::workflow {

// Members the workflow keeps for itself; they are not content, no event payload sets
// them directly: status, version, history, versions, akkoorden.
bool is_bookkeeping_member(std::string_view key);

// Plan members that plan_wijzigen may not change because a dedicated event (or only
// the genesis event) sets them: format, id, profile, municipality, plan_type, entry_route,
// referrer, regie, assignments (R-STANDING), and the bookkeeping members; also segment
// and kader, which since perspectief/plan@2 are each jeugdige's (a patch naming them at
// the plan's level is told which event sets them).
bool is_controlled_plan_member(std::string_view key);

// Members of a jeugdige's part that plan_wijzigen may not change: those only events set
// (is_event_child_member) and the jeugdige's segment and kader, which the genesis event
// may also set (segment_vaststellen and kader_wijzigen change them).
bool is_controlled_child_member(std::string_view key);

// Members of a jeugdige's part that only their own events set, never the genesis
// payload: ondersteuningsprofiel, aanbieder, toewijzingen, evaluations,
// youth_care_closed, kader_changes, help.
bool is_event_child_member(std::string_view key);

// The jeugdige's workflow state (ChildPart::help): like the plan's status it is the
// workflow's bookkeeping, not content, so it neither raises the version nor enters the
// content a VersionRecord fixes.
bool is_bookkeeping_child_member(std::string_view key);

// Members the genesis event may not carry: the bookkeeping ones and regie.
bool is_genesis_forbidden_member(std::string_view key);

// The event that sets a controlled member of the plan or of a jeugdige's part (for the
// message that refuses a change to it); empty when none does after creation.
std::string_view event_setting(std::string_view key);

// The legal framework of a result: its own, else its leefgebied's (overig when unknown).
Framework result_framework(const Json& result, const RegionProfile& profile);
Framework result_framework(const Result& result, const RegionProfile& profile);

bool is_provider_role(Role role);  // hoofdaannemer, onderaannemer

// canonical_json(content_json(plan)), written straight from the typed plan: the text
// whose SHA-256 a VersionRecord fixes (content_sha256). tests/cpp/canonical_text_test.cpp
// holds the two equal.
std::string content_text(const Plan& plan);

// Whether the plan's current version has a VersionRecord (versie_vaststellen).
bool is_current_version_fixed(const Plan& plan);

// Whether a result still needs work: no status yet, or status open.
bool is_open(const Result& result);

}  // namespace perspectief::workflow
