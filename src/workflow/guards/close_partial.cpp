// R-CLOSE-PARTIAL (000): "Zodra de inzet van (specialistische) jeugdhulp is afgerond, kan
// het gedeelte van het perspectiefplan dat gaat over de inzet van jeugdhulp worden
// afgesloten. Let op: soms staan er ... ook onderdelen uit de leefwereld van het gezin op
// andere gebieden (werk en inkomen, wmo, wonen, etc.) die na het afsluiten van de
// jeugdhulp niet afgerond zijn."
//  - afronden closes the whole plan, so no result outside the Jeugdwet may still be open;
//  - jeugdhulp_afsluiten closes only the youth-care part, which is meant for the case
//    that something stays open: with nothing open elsewhere, afronden is the event.
// The youth-care part is closed per jeugdige (jeugdhulp_afsluiten with `jeugdige`): a
// sibling whose help goes on is something that stays open. The last jeugdige's part is
// closed through the afronding (state evaluatie), where the plan as a whole is looked at;
// while help runs (hulp_gestart) only a part whose sibling's help goes on is closed.
// As a condition ("when": R-CLOSE-PARTIAL) it says whether every jeugdige's youth-care
// part is closed after the event, which moves the plan to jeugdhulp_afgesloten.
#include <algorithm>

#include "workflow/guards/guard.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

struct OpenResult {
  std::string pointer;
  const Result* result;
  Framework framework;
};

std::vector<OpenResult> open_outside_jeugdwet(const Plan& plan, const RegionProfile& profile) {
  std::vector<OpenResult> out;
  auto scan = [&](const std::vector<Result>& results, const std::string& base) {
    for (std::size_t i = 0; i < results.size(); ++i) {
      const Framework framework = result_framework(results[i], profile);
      if (is_open(results[i]) && framework != Framework::jeugdwet) {
        out.push_back({base + "/" + std::to_string(i), &results[i], framework});
      }
    }
  };
  scan(plan.family_part.results, "/family_part/results");
  for (std::size_t c = 0; c < plan.children.size(); ++c) scan(plan.children[c].results, "/children/" + std::to_string(c) + "/results");
  return out;
}

bool every_part_closed(const Plan& plan) {
  return std::all_of(plan.children.begin(), plan.children.end(),
                     [](const ChildPart& child) { return child.youth_care_closed.value_or(false); });
}

}  // namespace

bool condition_all_closed(const EventContext& context) {
  return context.has_candidate() && every_part_closed(context.plan());
}

bool guard_close_partial(const EventContext& context, Findings& findings) {
  const std::vector<OpenResult> open = open_outside_jeugdwet(context.plan(), context.engine.profile());
  const bool closes_last = context.has_candidate() && every_part_closed(context.plan());
  if (context.kind == EventKind::jeugdhulp_afsluiten && closes_last && context.from == StateId::hulp_gestart) {
    const Json& payload = context.event.payload;
    const bool names_one = payload.is_object() && payload.contains("jeugdige");
    findings.add("PP-W-CLOSE-PARTIAL-LAST", names_one ? "/payload/jeugdige" : "/payload",
                 "dit sluit het laatste jeugdhulpdeel terwijl de hulp loopt; het laatste deel wordt afgesloten in de "
                 "afronding, waar het hele plan wordt bekeken (afronding_starten, dan jeugdhulp_afsluiten of afronden)",
                 "this closes the last youth-care part while help runs; the last part is closed in the afronding, "
                 "where the plan as a whole is looked at (afronding_starten, then jeugdhulp_afsluiten or afronden)",
                 "R-CLOSE-PARTIAL");
  }
  if (context.kind == EventKind::jeugdhulp_afsluiten && closes_last && open.empty()) {
    findings.add("PP-W-CLOSE-PARTIAL-NOTHING-OPEN", "/family_part/results",
                 "er staat niets meer open op andere leefgebieden: rond het hele plan af (afronden) in plaats van alleen "
                 "het jeugdhulpdeel",
                 "nothing stays open in other domains: close the whole plan (afronden) instead of only the youth-care "
                 "part",
                 "R-CLOSE-PARTIAL");
  }
  if (context.kind == EventKind::afronden) {
    for (const OpenResult& item : open) {
      const std::string framework(to_string(item.framework));
      findings.add("PP-W-CLOSE-PARTIAL-OPEN", item.pointer,
                   "resultaat '" + item.result->id + "' (" + item.result->leefgebied + ", " + framework +
                       ") staat nog open; sluit alleen het jeugdhulpdeel af (jeugdhulp_afsluiten) of leg eerst de "
                       "uitkomst vast",
                   "result '" + item.result->id + "' (" + item.result->leefgebied + ", " + framework +
                       ") is still open; close only the youth-care part (jeugdhulp_afsluiten) or record its outcome "
                       "first",
                   "R-CLOSE-PARTIAL");
    }
  }
  return true;
}

}  // namespace perspectief::workflow
