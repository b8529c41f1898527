// Authorship (R-PERSPECTIVES, 000/001; the family's own words, 001 part 1 and 004 step 5):
//  - a perspective is kept with its author: only its author changes or withdraws it, and
//    a perspective added is the actor's own (nobody writes a view in another's name);
//    others add their own next to it;
//  - a hulpvraag is the member's question in the member's own words: only that member
//    changes, withdraws or adds it, or someone who records it on the member's behalf
//    and says so (`recorded_by` is the actor): the lokale team, or a parent with gezag
//    for a jeugdige; a recorder may also correct what it recorded itself.
// Whoever else edits the plan (a provider, a professional, another family member) does
// so next to these, never over them. This holds in every region, whatever the sharing
// rules would let the actor change (R-CHANGE-SCOPE decides that, before this).
// The comparison is on the content before and after the event: an entry that is no
// longer there unchanged was changed or withdrawn; an entry that was not there before
// was added. Entries are matched by value, so reordering is no change.
#include <algorithm>
#include <map>

#include "workflow/jeugdige/family_consent.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/content/plan_content.hpp"

namespace perspectief::workflow {
namespace {

struct Entry {
  Json value;
  std::string pointer;
  bool matched = false;
};
using Entries = std::map<std::string, std::vector<Entry>>;  // part (and leefgebied) -> entries

void collect_part(const Json& part, const std::string& key, const std::string& base, Entries& perspectives,
                  Entries& hulpvragen) {
  if (!part.is_object()) return;
  if (const auto it = part.find("hulpvragen"); it != part.end() && it->is_array()) {
    for (std::size_t i = 0; i < it->size(); ++i) {
      hulpvragen[key].push_back(Entry{(*it)[i], base + "/hulpvragen/" + std::to_string(i)});
    }
  }
  const auto analysis = part.find("analysis");
  if (analysis == part.end() || !analysis->is_array()) return;
  for (std::size_t a = 0; a < analysis->size(); ++a) {
    const Json& domain = (*analysis)[a];
    if (!domain.is_object() || !domain.contains("perspectives") || !domain["perspectives"].is_array()) continue;
    const std::string leefgebied = domain.value("leefgebied", "");
    const Json& list = domain["perspectives"];
    for (std::size_t p = 0; p < list.size(); ++p) {
      perspectives[key + "|" + leefgebied].push_back(
          Entry{list[p], base + "/analysis/" + std::to_string(a) + "/perspectives/" + std::to_string(p)});
    }
  }
}

void collect(const Json& content, Entries& perspectives, Entries& hulpvragen) {
  if (content.contains("family_part")) collect_part(content["family_part"], "", "/family_part", perspectives, hulpvragen);
  if (!content.contains("children") || !content["children"].is_array()) return;
  const Json& children = content["children"];
  for (std::size_t c = 0; c < children.size(); ++c) {
    const std::string jeugdige = children[c].is_object() ? children[c].value("jeugdige", "") : "";
    collect_part(children[c], "child:" + jeugdige, "/children/" + std::to_string(c), perspectives, hulpvragen);
  }
}

// Marks the entries present on both sides (by value, each matched once); what is left
// over before was changed or withdrawn, what is left over after was added.
void match(Entries& before, Entries& after) {
  for (auto& [key, olds] : before) {
    auto news = after.find(key);
    if (news == after.end()) continue;
    for (Entry& old : olds) {
      for (Entry& now : news->second) {
        if (now.matched || now.value != old.value) continue;
        now.matched = old.matched = true;
        break;
      }
    }
  }
}

// Whether the actor object `who` (an author or recorded_by) is the acting person.
bool is_actor(const Json& who, const Actor& actor) {
  return who.is_object() && who.value("person", "") == actor.person &&
         who.value("role", "") == std::string(to_string(actor.role));
}

bool may_touch_perspective(const Json& perspective, const Actor& actor) {
  return perspective.is_object() && perspective.contains("author") && is_actor(perspective["author"], actor);
}

// The member whose question it is, or whoever recorded it on the member's behalf and
// says so: the lokale team, or a parent with gezag for a jeugdige.
bool may_write_hulpvraag(const Plan& plan, const Json& hulpvraag, const Actor& actor) {
  if (!hulpvraag.is_object()) return false;
  const std::string member = hulpvraag.value("member", "");
  if (is_family_role(actor.role) && actor.member == member) return true;
  if (!hulpvraag.contains("recorded_by") || !is_actor(hulpvraag["recorded_by"], actor)) return false;
  if (actor.role == Role::lokaal_team) return true;
  return actor.member && holds_gezag(plan, *actor.member, member);  // R-GEZAG
}

// Within each part (and leefgebied), the unmatched entries before and after are paired
// in order: a pair is one change (reported once, where it was), an unpaired old entry
// was withdrawn, an unpaired new one added. `allowed(entry, plan)` says whether the actor
// may have written (or may touch) that entry.
template <class Allowed, class Report>
void judge(const Entries& before, const Entries& after, Allowed&& allowed, Report&& report) {
  std::map<std::string, std::pair<std::vector<const Entry*>, std::vector<const Entry*>>> open;
  for (const auto& [key, entries] : before) {
    for (const Entry& entry : entries) {
      if (!entry.matched) open[key].first.push_back(&entry);
    }
  }
  for (const auto& [key, entries] : after) {
    for (const Entry& entry : entries) {
      if (!entry.matched) open[key].second.push_back(&entry);
    }
  }
  for (const auto& [key, sides] : open) {
    const auto& [olds, news] = sides;
    for (std::size_t i = 0; i < std::max(olds.size(), news.size()); ++i) {
      const Entry* old = i < olds.size() ? olds[i] : nullptr;
      const Entry* now = i < news.size() ? news[i] : nullptr;
      const bool ok = (!old || allowed(old->value, true)) && (!now || allowed(now->value, false));
      if (!ok) report(old ? old->pointer : now->pointer, old != nullptr);
    }
  }
}

}  // namespace

bool guard_authorship(const EventContext& context, Findings& findings) {
  if (!context.has_candidate()) return false;
  Entries perspectives_before, hulpvragen_before, perspectives_after, hulpvragen_after;
  collect(content_json(context.before), perspectives_before, hulpvragen_before);
  collect(content_json(context.plan()), perspectives_after, hulpvragen_after);
  match(perspectives_before, perspectives_after);
  match(hulpvragen_before, hulpvragen_after);
  const Actor& actor = context.event.actor;

  judge(perspectives_before, perspectives_after,
        [&](const Json& perspective, bool) { return may_touch_perspective(perspective, actor); },
        [&](const std::string& pointer, bool existed) {
          if (existed) {
            findings.add("PP-W-PERSPECTIVE-AUTHOR", pointer,
                         "een perspectief wordt alleen door de eigen auteur gewijzigd of ingetrokken; voeg "
                         "een eigen perspectief toe naast dit perspectief",
                         "a perspective is changed or withdrawn only by its own author; add your own "
                         "perspective next to it",
                         "R-PERSPECTIVES");
          } else {
            findings.add("PP-W-PERSPECTIVE-AUTHOR", pointer + "/author",
                         "wie een perspectief toevoegt, is er de auteur van: niemand schrijft een perspectief op naam "
                         "van een ander",
                         "whoever adds a perspective is its author: nobody writes a perspective in another's name",
                         "R-PERSPECTIVES");
          }
        });
  judge(hulpvragen_before, hulpvragen_after,
        [&](const Json& hulpvraag, bool old) {
          return may_write_hulpvraag(old ? context.before : context.plan(), hulpvraag, actor);
        },
        [&](const std::string& pointer, bool) {
          findings.add("PP-W-HULPVRAAG-AUTHOR", pointer,
                       "de hulpvraag staat in de eigen woorden van het gezinslid: alleen dat gezinslid schrijft, "
                       "wijzigt of trekt hem in, of wie hem namens het gezinslid vastlegt en dat zegt ('recorded_by': "
                       "het lokale team, of een ouder met gezag voor een jeugdige)",
                       "the hulpvraag is in the member's own words: only that member writes, changes or "
                       "withdraws it, or whoever records it on the member's behalf and says so ('recorded_by': the "
                       "lokale team, or a parent with gezag for a jeugdige)",
                       "R-PERSPECTIVES");
        });
  return true;
}

}  // namespace perspectief::workflow
