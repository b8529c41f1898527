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

#include "workflow/content/content_equality.hpp"
#include "workflow/content/plan_content.hpp"
#include "workflow/guards/guard.hpp"
#include "workflow/jeugdige/family_consent.hpp"

namespace perspectief::workflow {
namespace {

// One perspective or hulpvraag of a plan, where it is. Read from the typed plan, not
// its JSON: an event that touches neither costs a comparison of the lists, no tree.
template <class T>
struct Entry {
  const T* value;
  std::string pointer;
  bool matched = false;
};
template <class T>
using Entries = std::map<std::string, std::vector<Entry<T>>>;  // part (and leefgebied) -> entries

struct Collected {
  Entries<Perspective> perspectives;
  Entries<Hulpvraag> hulpvragen;
};

template <class Part>
void collect_part(const Part& part, const std::string& key, const std::string& base, Collected& out) {
  for (std::size_t i = 0; i < part.hulpvragen.size(); ++i) {
    out.hulpvragen[key].push_back({&part.hulpvragen[i], base + "/hulpvragen/" + std::to_string(i)});
  }
  for (std::size_t a = 0; a < part.analysis.size(); ++a) {
    const DomainAnalysis& domain = part.analysis[a];
    for (std::size_t p = 0; p < domain.perspectives.size(); ++p) {
      out.perspectives[key + "|" + domain.leefgebied].push_back(
          {&domain.perspectives[p], base + "/analysis/" + std::to_string(a) + "/perspectives/" + std::to_string(p)});
    }
  }
}

Collected collect(const Plan& plan) {
  Collected out;
  collect_part(plan.family_part, "", "/family_part", out);
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    collect_part(plan.children[c], "child:" + plan.children[c].jeugdige, "/children/" + std::to_string(c), out);
  }
  return out;
}

// Marks the entries present on both sides (by value, each matched once); what is left
// over before was changed or withdrawn, what is left over after was added.
template <class T>
void match(Entries<T>& before, Entries<T>& after) {
  for (auto& [key, olds] : before) {
    auto news = after.find(key);
    if (news == after.end()) continue;
    for (Entry<T>& old : olds) {
      for (Entry<T>& now : news->second) {
        if (now.matched || !same_value(*now.value, *old.value)) continue;
        now.matched = old.matched = true;
        break;
      }
    }
  }
}

// Whether the part's perspectives and hulpvragen are those of the part before: the
// event left them alone (the common case, decided without collecting anything).
template <class Part>
bool same_entries(const Part& before, const Part& after) {
  if (!same_value(before.hulpvragen, after.hulpvragen)) return false;
  if (before.analysis.size() != after.analysis.size()) return false;
  for (std::size_t a = 0; a < before.analysis.size(); ++a) {
    if (before.analysis[a].leefgebied != after.analysis[a].leefgebied ||
        !same_value(before.analysis[a].perspectives, after.analysis[a].perspectives)) {
      return false;
    }
  }
  return true;
}

bool untouched(const Plan& before, const Plan& after) {
  if (!same_entries(before.family_part, after.family_part)) return false;
  if (before.children.size() != after.children.size()) return false;
  for (std::size_t c = 0; c < before.children.size(); ++c) {
    if (before.children.shares_item(c, after.children, c)) continue;
    if (before.children[c].jeugdige != after.children[c].jeugdige ||
        !same_entries(before.children[c], after.children[c])) {
      return false;
    }
  }
  return true;
}

// Whether `who` (an author or recorded_by) is the acting person.
bool is_actor(const Actor& who, const Actor& actor) {
  return who.person == actor.person && who.role == actor.role;
}

bool may_touch_perspective(const Perspective& perspective, const Actor& actor) {
  return is_actor(perspective.author, actor);
}

// The member whose question it is, or whoever recorded it on the member's behalf and
// says so: the lokale team, or a parent with gezag for a jeugdige.
bool may_write_hulpvraag(const Plan& plan, const Hulpvraag& hulpvraag, const Actor& actor) {
  if (is_family_role(actor.role) && actor.member == hulpvraag.member) return true;
  if (!hulpvraag.recorded_by || !is_actor(*hulpvraag.recorded_by, actor)) return false;
  if (actor.role == Role::lokaal_team) return true;
  return actor.member && holds_gezag(plan, *actor.member, hulpvraag.member);  // R-GEZAG
}

// Within each part (and leefgebied), the unmatched entries before and after are paired
// in order: a pair is one change (reported once, where it was), an unpaired old entry
// was withdrawn, an unpaired new one added. `allowed(entry, plan)` says whether the actor
// may have written (or may touch) that entry.
template <class T, class Allowed, class Report>
void judge(const Entries<T>& before, const Entries<T>& after, Allowed&& allowed, Report&& report) {
  std::map<std::string, std::pair<std::vector<const Entry<T>*>, std::vector<const Entry<T>*>>> open;
  for (const auto& [key, entries] : before) {
    for (const Entry<T>& entry : entries) {
      if (!entry.matched) open[key].first.push_back(&entry);
    }
  }
  for (const auto& [key, entries] : after) {
    for (const Entry<T>& entry : entries) {
      if (!entry.matched) open[key].second.push_back(&entry);
    }
  }
  for (const auto& [key, sides] : open) {
    const auto& [olds, news] = sides;
    for (std::size_t i = 0; i < std::max(olds.size(), news.size()); ++i) {
      const Entry<T>* old = i < olds.size() ? olds[i] : nullptr;
      const Entry<T>* now = i < news.size() ? news[i] : nullptr;
      const bool ok = (!old || allowed(*old->value, true)) && (!now || allowed(*now->value, false));
      if (!ok) report(old ? old->pointer : now->pointer, old != nullptr);
    }
  }
}

}  // namespace

bool guard_authorship(const EventContext& context, Findings& findings) {
  if (!context.has_candidate()) return false;
  if (untouched(context.before, context.plan())) return true;
  Collected before = collect(context.before);
  Collected after = collect(context.plan());
  match(before.perspectives, after.perspectives);
  match(before.hulpvragen, after.hulpvragen);
  const Actor& actor = context.event.actor;

  judge(before.perspectives, after.perspectives,
        [&](const Perspective& perspective, bool) { return may_touch_perspective(perspective, actor); },
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
  judge(before.hulpvragen, after.hulpvragen,
        [&](const Hulpvraag& hulpvraag, bool old) {
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
