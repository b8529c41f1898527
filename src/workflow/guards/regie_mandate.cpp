// R-REGIE-MANDATE (002, minimum condition and local choice): "De perspectiefregisseur
// dient minimaal mandaat te hebben voor: beschikkingen afgeven; coördineren en monitoren
// van de uitvoering van het plan" (green box), and "De gemeente bepaalt welk mandaat de
// perspectiefregisseur aanvullend krijgt. Bijvoorbeeld hulp aan ouders of hulpverlening
// vanuit de Participatiewet" (blue box: the local choice regie_aanvullend_mandaat).
// So a perspectiefregisseur changes the plan's results and agreements within its mandate:
//  - youth care (the Jeugdwet framework) and the jeugdige's own part: always, that is
//    coordinating the plan toward the toekomstperspectief;
//  - results and agreements in the Participatiewet framework: with "participatiewet";
//  - the family part's other help (help for the parents): with "hulp_ouders".
// Others (the lokale team) are not limited by this rule.
#include <map>

#include "workflow/guards/guard.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

struct Item {
  Json value;
  std::string pointer;
  bool family_part = false;
};

// Results and agreements by part and id.
std::map<std::string, Item> items_of(const Json& content) {
  std::map<std::string, Item> out;
  auto add_part = [&](const Json& part, const std::string& key, const std::string& base, bool family) {
    if (!part.is_object()) return;
    for (const char* list : {"results", "agreements"}) {
      if (!part.contains(list) || !part[list].is_array()) continue;
      for (std::size_t i = 0; i < part[list].size(); ++i) {
        const Json& item = part[list][i];
        const std::string id = item.is_object() ? item.value("id", "") : "";
        out[key + "|" + list + "|" + id] = Item{item, base + "/" + list + "/" + std::to_string(i), family};
      }
    }
  };
  if (content.contains("family_part")) add_part(content["family_part"], "family", "/family_part", true);
  if (content.contains("children") && content["children"].is_array()) {
    for (std::size_t c = 0; c < content["children"].size(); ++c) {
      const Json& child = content["children"][c];
      add_part(child, "child:" + (child.is_object() ? child.value("jeugdige", "") : std::string()),
               "/children/" + std::to_string(c), false);
    }
  }
  return out;
}

bool in_mandate(const Json& mandate, const char* part) {
  if (!mandate.is_array()) return false;
  for (const Json& value : mandate) {
    if (value == part) return true;
  }
  return false;
}

// The part of the mandate a result or agreement needs; nullptr for the minimum mandate.
// An agreement's framework is that of its leefgebied (result_framework reads either).
const char* mandate_needed(const Item& item, const RegionProfile& profile) {
  const Framework framework = result_framework(item.value, profile);
  if (framework == Framework::participatiewet) return "participatiewet";
  if (item.family_part && framework != Framework::jeugdwet) return "hulp_ouders";
  return nullptr;
}

}  // namespace

bool guard_regie_mandate(const EventContext& context, Findings& findings) {
  if (context.event.actor.role != Role::perspectiefregisseur) return true;
  if (!context.has_candidate()) return false;
  const Json& mandate = context.engine.local_choice("regie_aanvullend_mandaat");
  const auto before = items_of(content_json(context.before));
  const auto after = items_of(content_json(context.plan()));
  auto check = [&](const Item& item) {
    const char* needed = mandate_needed(item, context.engine.profile());
    if (!needed || in_mandate(mandate, needed)) return;
    const std::string what(needed);
    findings.add("PP-W-REGIE-MANDATE", item.pointer,
                 "de perspectiefregisseur coördineert het plan en geeft beschikkingen af; dit onderdeel (" + what +
                     ") valt alleen onder het mandaat als de gemeente dat aanvullend gaf (regie_aanvullend_mandaat)",
                 "the perspectiefregisseur coordinates the plan and issues beschikkingen; this part (" + what +
                     ") is within the mandate only when the municipality added it (regie_aanvullend_mandaat)",
                 "R-REGIE-MANDATE");
  };
  for (const auto& [key, item] : before) {
    const auto now = after.find(key);
    if (now == after.end() || now->second.value != item.value) check(item);
  }
  for (const auto& [key, item] : after) {
    if (!before.contains(key)) check(item);
  }
  return true;
}

}  // namespace perspectief::workflow
