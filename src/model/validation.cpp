// Semantic validation of a plan against the engine's region profile: every
// problem, each with a stable code, a JSON pointer and Dutch + English text.
// The codes are listed, with their rule and seed, in docs/model.md.
#include <algorithm>
#include <map>
#include <set>

#include "core/person_id.hpp"
#include "engine_state.hpp"
#include "model/validation.hpp"
#include "model/personal_content.hpp"
#include "perspectief/gezag.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/time.hpp"
#include "sharing/case_file/consent_validity.hpp"
#include "sharing/case_file/dwangkader.hpp"

namespace perspectief {
namespace {

// With `other`, the validator leaves out what validate_changes (validation.hpp) may leave
// out: the checks of an entry of a shared list that are about that entry alone, when the
// entry is the very object `other` holds at the same index and everything else those
// checks read is the same in both plans. Such an entry gives the same problems, pointers
// and texts in both plans. What an entry's problems depend on besides the entry:
//  * its actors and member references: the members' ids and roles (find_member);
//  * a jeugdige's part, besides: the result ids of the whole plan (result_ids_) and of the
//    family part (check_toewijzing_results); the region profile is the engine's;
//  * a consent: the members and the engine's policy.
// The checks that compare entries with each other (duplicate jeugdigen and result ids,
// the versions' order and the plan's version, the versions an akkoord may refer to) cost
// a comparison of numbers or ids and run on every entry. The skip is symmetric (a
// validator of `other` with this plan as its `other` leaves out the same entries), which
// validate_changes relies on.
class Validator {
 public:
  Validator(const Engine& engine, const Plan& plan, bool history = true, const Plan* other = nullptr)
      : engine_(engine), profile_(engine.profile()), plan_(plan), history_(history), other_(other) {
    if (other_) {
      members_same_ = same_members(plan_, *other_);
      children_context_same_ = members_same_ && same_result_ids(plan_, *other_);
    }
  }

  std::vector<Problem> run() {
    check_header();
    check_members();
    check_actor(plan_.referrer, "/referrer");
    check_part_content("/family_part", plan_.family_part.hulpvragen, plan_.family_part.analysis,
                       plan_.family_part.results, plan_.family_part.agreements, nullptr);
    collect_result_ids();
    check_children();
    check_versions_and_akkoorden();
    check_consents();
    if (history_) check_history();
    check_local_fields();
    if (plan_.regie) check_actor(plan_.regie->regisseur, "/regie/regisseur");
    return std::move(problems_);
  }

 private:
  void add(std::string code, std::string pointer, std::string nl, std::string en, std::string rule = {}) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::move(rule)});
  }

  void warn(std::string code, std::string pointer, std::string nl, std::string en, std::string rule) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::move(rule),
                                Severity::warning});
  }

  static std::string at(std::string_view base, std::size_t i) { return std::string(base) + "/" + std::to_string(i); }

  // Whether entry i of the plan's list `list` is checked (see the class comment):
  // always, unless it is other_'s entry at i and what its checks read besides it is the
  // same in both plans (`context_same`).
  template <class T>
  bool checks(SharedVector<T> Plan::*list, std::size_t i, bool context_same) const {
    if (!other_ || !context_same) return true;
    const SharedVector<T>& theirs = other_->*list;
    return i >= theirs.size() || !(plan_.*list).shares_item(i, theirs, i);
  }

  // The members' ids and roles, in order: all find_member tells a check.
  static bool same_members(const Plan& a, const Plan& b) {
    const auto& x = a.family.members;
    const auto& y = b.family.members;
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const Member& m, const Member& n) { return m.id == n.id && m.role == n.role; });
  }

  // The family part's result ids, and the jeugdigen's in order: equal lists give equal
  // sets (result_ids_) and the same family results (check_toewijzing_results).
  static bool same_result_ids(const Plan& a, const Plan& b) {
    auto same_ids = [](const std::vector<Result>& x, const std::vector<Result>& y) {
      return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                        [](const Result& r, const Result& s) { return r.id == s.id; });
    };
    if (!same_ids(a.family_part.results, b.family_part.results)) return false;
    if (a.children.size() == b.children.size()) {
      for (std::size_t c = 0; c < a.children.size(); ++c) {
        if (!a.children.shares_item(c, b.children, c) && !same_ids(a.children[c].results, b.children[c].results)) {
          return false;
        }
      }
      return true;
    }
    std::vector<const std::string*> x;
    std::vector<const std::string*> y;
    for (const ChildPart& child : a.children) for (const Result& r : child.results) x.push_back(&r.id);
    for (const ChildPart& child : b.children) for (const Result& r : child.results) y.push_back(&r.id);
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](const std::string* s, const std::string* t) { return *s == *t; });
  }

  void check_header() {
    if (plan_.profile != profile_.id) {
      add("PP-V-PROFILE", "/profile",
          "plan hoort bij profiel '" + plan_.profile + "', de engine gebruikt '" + profile_.id + "'",
          "plan is for profile '" + plan_.profile + "' but the engine has '" + profile_.id + "' loaded");
    }
    const auto& accepted = profile_.accepted_plan_types;
    if (!accepted.empty() && std::find(accepted.begin(), accepted.end(), plan_.plan_type) == accepted.end()) {
      add("PP-V-PLAN-TYPE", "/plan_type",
          "een " + std::string(to_string(plan_.plan_type)) + " geldt in deze regio niet als plan",
          "a " + std::string(to_string(plan_.plan_type)) + " does not count as the plan in this region");
    }
    if (plan_.version < 0) add("PP-V-VERSION", "/version", "versie mag niet negatief zijn", "version must not be negative");
    // The kader is each jeugdige's (R-KADER-CHANGE): the GI's gezinsplan counts as the
    // plan while at least one jeugdige of the family is in the dwangkader.
    if (plan_.plan_type == PlanType::gezinsplan && !sharing::any_in_dwangkader(plan_)) {
      add("PP-V-GEZINSPLAN-KADER", "/plan_type",
          "het gezinsplan van de GI geldt alleen in het dwangkader als plan; geen jeugdige van dit gezin valt erin",
          "the GI's gezinsplan counts as the plan only in the dwangkader; no jeugdige of this family is in it",
          "R-DWANG-GI");
    }
  }

  void check_members() {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < plan_.family.members.size(); ++i) {
      const Member& m = plan_.family.members[i];
      const std::string base = at("/family/members", i);
      if (!seen.insert(m.id).second) {
        add("PP-V-MEMBER-DUPLICATE", base + "/id", "gezinslid '" + m.id + "' komt twee keer voor",
            "member id '" + m.id + "' appears twice", "R-STRUCTURE");
      }
      if (m.role != Role::jeugdige && m.role != Role::ouder && m.role != Role::gezinslid) {
        add("PP-V-MEMBER-ROLE", base + "/role",
            "een gezinslid is jeugdige, ouder of gezinslid, niet " + std::string(to_string(m.role)),
            "a family member is jeugdige, ouder or gezinslid, not " + std::string(to_string(m.role)), "R-STRUCTURE");
      }
      // gezag: false is a harmless statement about anyone; only claiming gezag needs an ouder.
      if (m.gezag.value_or(false) && m.role != Role::ouder) {
        add("PP-V-GEZAG", base + "/gezag", "alleen een ouder heeft gezag", "only an ouder holds gezag", "R-GEZAG");
      }
      if (m.role == Role::jeugdige && !m.birth_date) {
        add("PP-V-BIRTH-DATE", base + "/birth_date",
            "geboortedatum van de jeugdige ontbreekt (nodig voor toestemming naar leeftijd)",
            "the jeugdige's birth date is missing (needed for consent by age)", "R-CONSENT-AGE");
      }
      check_gezag_per_child(m, base);
    }
    check_gezag_recorded();
  }

  // R-GEZAG: each entry names another member of the family who is a child (not an ouder),
  // once; only an ouder claims gezag.
  void check_gezag_per_child(const Member& m, const std::string& base) {
    std::set<std::string> children;
    for (std::size_t k = 0; k < m.gezag_per_child.size(); ++k) {
      const GezagRecord& record = m.gezag_per_child[k];
      const std::string pointer = at(base + "/gezag_per_child", k);
      if (record.gezag && m.role != Role::ouder) {
        add("PP-V-GEZAG", pointer + "/gezag", "alleen een ouder heeft gezag", "only an ouder holds gezag", "R-GEZAG");
      }
      const Member* child = find_member(plan_, record.child);
      if (!child) {
        check_member_ref(record.child, pointer + "/child");
      } else if (child->role == Role::ouder) {
        add("PP-V-GEZAG-CHILD", pointer + "/child",
            "gezag geldt over een kind van het gezin; '" + record.child + "' is een ouder",
            "gezag is held over a child of the family; '" + record.child + "' is an ouder", "R-GEZAG");
      }
      if (!children.insert(record.child).second) {
        add("PP-V-GEZAG-DUPLICATE", pointer + "/child",
            "het gezag over '" + record.child + "' staat twee keer vastgelegd",
            "gezag over '" + record.child + "' is recorded twice", "R-GEZAG");
      }
    }
  }

  // R-GEZAG: a parent whose gezag over a jeugdige is not recorded counts as not holding it
  // (their akkoord and consent do not count for that jeugdige). That is safe but probably
  // not what the family means, so validation says so - as a warning, since the lokale team
  // often learns about gezag only after the plan is made.
  void check_gezag_recorded() {
    const auto& members = plan_.family.members;
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (members[i].role != Role::ouder) continue;
      for (const Member& child : members) {
        if (child.role != Role::jeugdige || recorded_gezag(plan_, members[i].id, child.id)) continue;
        warn("PP-V-GEZAG-UNRECORDED", at("/family/members", i),
             "niet vastgelegd of ouder '" + members[i].id + "' gezag heeft over '" + child.id +
                 "'; tot dat is vastgelegd telt deze ouder voor die jeugdige niet als gezaghebbend",
             "not recorded whether ouder '" + members[i].id + "' holds gezag over '" + child.id +
                 "'; until it is, this parent does not count as holding gezag for that jeugdige",
             "R-GEZAG");
      }
    }
  }

  void check_member_ref(const std::string& id, const std::string& pointer) {
    if (!find_member(plan_, id)) {
      add("PP-V-MEMBER-REF", pointer, "gezinslid '" + id + "' bestaat niet", "member '" + id + "' does not exist",
          "R-STRUCTURE");
    }
  }

  void check_actor(const std::optional<Actor>& actor, const std::string& pointer) {
    if (actor) check_actor(*actor, pointer);
  }

  void check_actor(const Actor& actor, const std::string& pointer) {
    if (const auto flaw = person_id_flaw(actor.person)) {
      add("PP-V-ACTOR-PERSON", pointer + "/person", flaw->message_nl, flaw->message_en, "R-LOG");
    }
    const bool family_role = is_family_role(actor.role);
    if (actor.member) {
      check_member_ref(*actor.member, pointer + "/member");
    } else if (family_role) {
      add("PP-V-ACTOR-MEMBER", pointer + "/member", "een gezinslid als actor verwijst naar het gezinslid (member)",
          "a family actor must name the member it is", "R-STRUCTURE");
    }
  }

  // R-MEMBER-PRIVACY: `about` names a member, and a personal entry has an owner.
  template <class Entry>
  void check_attribution(const Entry& entry, const std::string& pointer) {
    if (entry.about) check_member_ref(*entry.about, pointer + "/about");
    if (const auto owner = personal_owner(entry); owner && owner->empty()) {
      add("PP-V-PERSONAL-OWNER", pointer + "/personal",
          "persoonlijke informatie hoort bij een gezinslid: noem over wie het gaat (about) of laat een gezinslid "
          "het schrijven; nu ziet geen gezinslid het",
          "personal information belongs to a member: name who it is about ('about') or record the member who "
          "wrote it; as it is, no member sees it",
          "R-MEMBER-PRIVACY");
    }
  }

  void check_leefgebied(const std::string& code, const std::string& pointer) {
    if (!profile_.find_leefgebied(code)) {
      add("PP-V-LEEFGEBIED", pointer, "leefgebied '" + code + "' bestaat niet in profiel " + profile_.id,
          "leefgebied '" + code + "' does not exist in profile " + profile_.id, "R-DOMAINS");
    }
  }

  void check_part_content(const std::string& base, const std::vector<Hulpvraag>& hulpvragen,
                          const std::vector<DomainAnalysis>& analysis, const std::vector<Result>& results,
                          const std::vector<Agreement>& agreements, const std::set<std::string>* all_results) {
    for (std::size_t i = 0; i < hulpvragen.size(); ++i) {
      check_member_ref(hulpvragen[i].member, at(base + "/hulpvragen", i) + "/member");
      check_actor(hulpvragen[i].recorded_by, at(base + "/hulpvragen", i) + "/recorded_by");
    }
    std::set<std::string> domains;
    for (std::size_t i = 0; i < analysis.size(); ++i) {
      const std::string p = at(base + "/analysis", i);
      check_leefgebied(analysis[i].leefgebied, p + "/leefgebied");
      if (!domains.insert(analysis[i].leefgebied).second) {
        add("PP-V-ANALYSIS-DUPLICATE", p + "/leefgebied",
            "leefgebied '" + analysis[i].leefgebied + "' staat twee keer in de analyse; voeg perspectieven samen",
            "leefgebied '" + analysis[i].leefgebied + "' is analysed twice; keep perspectives in one entry",
            "R-PERSPECTIVES");
      }
      for (std::size_t k = 0; k < analysis[i].perspectives.size(); ++k) {
        const Perspective& per = analysis[i].perspectives[k];
        const std::string pp = at(p + "/perspectives", k);
        check_actor(per.author, pp + "/author");
        check_attribution(per, pp);
        if (per.zrm_score && (*per.zrm_score < 1 || *per.zrm_score > 5)) {
          add("PP-V-ZRM-SCORE", pp + "/zrm_score", "ZRM-score loopt van 1 tot en met 5",
              "a ZRM score runs from 1 to 5");
        }
      }
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
      check_leefgebied(results[i].leefgebied, at(base + "/results", i) + "/leefgebied");
      check_actor(results[i].set_by, at(base + "/results", i) + "/set_by");
      check_attribution(results[i], at(base + "/results", i));
    }
    for (std::size_t i = 0; i < agreements.size(); ++i) {
      const std::string p = at(base + "/agreements", i);
      if (agreements[i].leefgebied) check_leefgebied(*agreements[i].leefgebied, p + "/leefgebied");
      check_actor(agreements[i].responsible, p + "/responsible");
      check_attribution(agreements[i], p);
      if (all_results) check_result_refs(agreements[i].results, p + "/results");
    }
  }

  void collect_result_ids() {
    // `base` is made only for a problem: this runs over every jeugdige's part.
    auto collect = [&](const std::vector<Result>& results, auto base) {
      for (std::size_t i = 0; i < results.size(); ++i) {
        if (!result_ids_.insert(results[i].id).second) {
          add("PP-V-RESULT-DUPLICATE", at(base(), i) + "/id", "resultaat '" + results[i].id + "' komt twee keer voor",
              "result id '" + results[i].id + "' appears twice");
        }
      }
    };
    collect(plan_.family_part.results, [] { return std::string("/family_part/results"); });
    for (std::size_t c = 0; c < plan_.children.size(); ++c) {
      collect(plan_.children[c].results, [c] { return at("/children", c) + "/results"; });
    }
    for (std::size_t i = 0; i < plan_.family_part.agreements.size(); ++i) {
      check_result_refs(plan_.family_part.agreements[i].results, at("/family_part/agreements", i) + "/results");
    }
  }

  void check_result_refs(const std::vector<std::string>& refs, const std::string& base) {
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (!result_ids_.count(refs[i])) {
        add("PP-V-RESULT-REF", at(base, i), "resultaat '" + refs[i] + "' bestaat niet",
            "result '" + refs[i] + "' does not exist");
      }
    }
  }

  void check_date_order(const std::string& from, const std::string& until, const std::string& pointer) {
    if (until < from) {
      add("PP-V-DATE-ORDER", pointer, "einddatum " + until + " ligt voor begindatum " + from,
          "end " + until + " lies before start " + from);
    }
  }

  void check_moment_order(const Timestamp& from, const Timestamp& until, const std::string& pointer) {
    const auto a = parse_moment(from.value);
    const auto b = parse_moment(until.value);
    if (a && b && *b < *a) {
      add("PP-V-DATE-ORDER", pointer, "eindmoment ligt voor beginmoment", "end lies before start");
    }
  }

  // The jeugdige's segment and kader (R-SEG-KNOWN, R-KADER-CHANGE).
  void check_frame(const ChildPart& child, const std::string& base) {
    if (child.segment &&
        std::find(profile_.segments.begin(), profile_.segments.end(), *child.segment) == profile_.segments.end()) {
      add("PP-V-SEGMENT", base + "/segment",
          "segment " + std::string(to_string(*child.segment)) + " bestaat niet in deze regio",
          "segment " + std::string(to_string(*child.segment)) + " does not exist in this region");
    }
    for (std::size_t k = 0; k < child.kader_changes.size(); ++k) {
      check_actor(child.kader_changes[k].recorded_by, at(base + "/kader_changes", k) + "/recorded_by");
    }
    // The last recorded change says the kader the jeugdige is in now; a part that says
    // otherwise was changed outside kader_wijzigen.
    const Kader now = child.kader.value_or(Kader::vrijwillig);
    if (!child.kader_changes.empty() && child.kader_changes.back().kader != now) {
      add("PP-V-KADER-CHANGES", base + "/kader",
          "het kader (" + std::string(to_string(now)) + ") is niet het kader van de laatste kaderwijziging (" +
              std::string(to_string(child.kader_changes.back().kader)) + ")",
          "the kader (" + std::string(to_string(now)) + ") is not the kader of the last kader change (" +
              std::string(to_string(child.kader_changes.back().kader)) + ")",
          "R-KADER-CHANGE");
    }
  }

  void check_children() {
    std::set<std::string> seen;
    for (std::size_t c = 0; c < plan_.children.size(); ++c) {
      const ChildPart& child = plan_.children[c];
      // Whether another part is for the same jeugdige compares parts: asked of every part.
      const bool own = checks(&Plan::children, c, children_context_same_);
      const bool duplicate = !seen.insert(child.jeugdige).second;
      if (!own && !duplicate) continue;
      const std::string base = at("/children", c);
      if (own) check_child_jeugdige(child, base);
      if (duplicate) {
        add("PP-V-CHILD-DUPLICATE", base + "/jeugdige", "jeugdige '" + child.jeugdige + "' heeft twee delen",
            "jeugdige '" + child.jeugdige + "' has two parts", "R-STRUCTURE");
      }
      if (own) check_child_content(child, base);
    }
  }

  void check_child_jeugdige(const ChildPart& child, const std::string& base) {
    const Member* member = find_member(plan_, child.jeugdige);
    if (!member) {
      check_member_ref(child.jeugdige, base + "/jeugdige");
    } else if (member->role != Role::jeugdige) {
      add("PP-V-CHILD-ROLE", base + "/jeugdige",
          "een individueel deel hoort bij een jeugdige; '" + child.jeugdige + "' is " +
              std::string(to_string(member->role)),
          "an individual part belongs to a jeugdige; '" + child.jeugdige + "' is " +
              std::string(to_string(member->role)),
          "R-STRUCTURE");
    }
  }

  void check_child_content(const ChildPart& child, const std::string& base) {
    check_part_content(base, child.hulpvragen, child.analysis, child.results, child.agreements, &result_ids_);
    check_frame(child, base);
    if (child.ondersteuningsprofiel) check_support_profile(*child.ondersteuningsprofiel, base + "/ondersteuningsprofiel");
    if (child.aanbieder) check_provider_steps(*child.aanbieder, base + "/aanbieder");
    if (child.behandelplan) check_actor(child.behandelplan->author, base + "/behandelplan/author");
    for (std::size_t t = 0; t < child.toewijzingen.size(); ++t) {
      const Toewijzing& tw = child.toewijzingen[t];
      const std::string tp = at(base + "/toewijzingen", t);
      if (tw.end) check_date_order(tw.start.value, tw.end->value, tp + "/end");
      check_result_refs(tw.results, tp + "/results");
      check_toewijzing_results(child, tw, tp + "/results");
    }
    std::set<std::string> evaluation_ids;
    for (std::size_t e = 0; e < child.evaluations.size(); ++e) {
      const Evaluation& ev = child.evaluations[e];
      const std::string ep = at(base + "/evaluations", e);
      if (!evaluation_ids.insert(ev.id).second) {
        add("PP-V-EVALUATION-DUPLICATE", ep + "/id", "evaluatie '" + ev.id + "' komt twee keer voor",
            "evaluation id '" + ev.id + "' appears twice");
      }
      for (std::size_t k = 0; k < ev.participants.size(); ++k) check_actor(ev.participants[k], at(ep + "/participants", k));
      for (std::size_t k = 0; k < ev.outcomes.size(); ++k) {
        if (!result_ids_.count(ev.outcomes[k].result)) {
          add("PP-V-RESULT-REF", at(ep + "/outcomes", k) + "/result",
              "resultaat '" + ev.outcomes[k].result + "' bestaat niet",
              "result '" + ev.outcomes[k].result + "' does not exist");
        }
      }
    }
  }

  // A toewijzing is for one jeugdige: its results are that jeugdige's or the
  // family part's, never a sibling's (R-MEMBER-PRIVACY, R-SHARE-HOOFDAANNEMER).
  void check_toewijzing_results(const ChildPart& child, const Toewijzing& tw, const std::string& base) {
    auto holds = [](const std::vector<Result>& results, const std::string& id) {
      return std::any_of(results.begin(), results.end(), [&](const Result& r) { return r.id == id; });
    };
    for (std::size_t i = 0; i < tw.results.size(); ++i) {
      const std::string& id = tw.results[i];
      if (!result_ids_.count(id) || holds(child.results, id) || holds(plan_.family_part.results, id)) continue;
      add("PP-V-TOEWIJZING-RESULT", at(base, i),
          "resultaat '" + id + "' hoort bij een ander kind dan '" + child.jeugdige + "', voor wie deze toewijzing is",
          "result '" + id + "' belongs to another child than '" + child.jeugdige + "', whom this toewijzing is for",
          "R-MEMBER-PRIVACY");
    }
  }

  void check_support_profile(const SupportProfile& sp, const std::string& base) {
    if (!profile_.find_support_profile(sp.code)) {
      add("PP-V-SUPPORT-PROFILE", base + "/code", "ondersteuningsprofiel '" + sp.code + "' bestaat niet in deze regio",
          "ondersteuningsprofiel '" + sp.code + "' does not exist in this region");
    }
    check_help_terms(sp.intensiteit, sp.variant, sp.additions, base);
    // R-EVALUATION: a rhythm of at least weekly contact and at most two years between reviews.
    if (sp.evaluatie_weken && (*sp.evaluatie_weken < 1 || *sp.evaluatie_weken > 104)) {
      add("PP-V-EVALUATION-INTERVAL", base + "/evaluatie_weken",
          "evaluatie_weken is een aantal weken van 1 tot en met 104", "evaluatie_weken is a number of weeks from 1 to 104",
          "R-EVALUATION");
    }
  }

  // 004 steps 4-5: what the provider proposes and what the arrangement fixes speak the
  // region's terms, as the ondersteuningsprofiel does.
  void check_provider_steps(const Provider& provider, const std::string& base) {
    if (provider.answer) {
      const ProviderAnswer& answer = *provider.answer;
      check_help_terms(answer.intensiteit, answer.variant, answer.additions, base + "/answer");
    }
    if (!provider.arrangement) return;
    const auto& components = provider.arrangement->components;
    for (std::size_t i = 0; i < components.size(); ++i) {
      check_help_terms(components[i].intensiteit, std::nullopt, components[i].additions, at(base + "/arrangement/components", i));
    }
  }

  // Intensity block, herstel/duurzaam and additions, wherever they are named (004).
  void check_help_terms(const std::optional<std::int64_t>& intensiteit, const std::optional<std::string>& variant,
                        const std::vector<std::string>& additions, const std::string& base) {
    const auto& blocks = profile_.intensity_blocks;
    if (intensiteit && std::find(blocks.begin(), blocks.end(), *intensiteit) == blocks.end()) {
      add("PP-V-INTENSITY", base + "/intensiteit", "intensiteit blok " + std::to_string(*intensiteit) + " bestaat niet in deze regio",
          "intensity block " + std::to_string(*intensiteit) + " does not exist in this region");
    }
    if (variant && *variant != "herstel" && *variant != "duurzaam") {
      add("PP-V-VARIANT", base + "/variant", "variant is 'herstel' of 'duurzaam'", "variant is 'herstel' or 'duurzaam'");
    }
    for (std::size_t i = 0; i < additions.size(); ++i) {
      const auto& adds = profile_.additions;
      if (std::none_of(adds.begin(), adds.end(), [&](const AdditionDef& a) { return a.code == additions[i]; })) {
        add("PP-V-ADDITION", at(base + "/additions", i), "toevoeging '" + additions[i] + "' bestaat niet in deze regio",
            "addition '" + additions[i] + "' does not exist in this region");
      }
    }
  }


  // The versions' order and the versions an akkoord refers to compare records with each
  // other and with the plan's version: numbers, compared for every record. A record's
  // actor is its own (checks()). Pointers are made only for what is checked or reported.
  void check_versions_and_akkoorden() {
    const SharedVector<VersionRecord>& versions = plan_.versions;
    std::int64_t previous = 0;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      const VersionRecord& v = versions[i];
      if (v.version <= previous || v.version > plan_.version) {
        add("PP-V-VERSION-ORDER", at("/versions", i) + "/version",
            "versies lopen oplopend van 1 tot en met de versie van het plan (" + std::to_string(plan_.version) + ")",
            "versions ascend from 1 up to the plan's version (" + std::to_string(plan_.version) + ")");
      }
      previous = v.version;
      if (checks(&Plan::versions, i, members_same_)) check_actor(v.by, at("/versions", i) + "/by");
    }
    std::vector<std::int64_t> fixed_versions;  // sorted, made when an akkoord first asks
    auto fixed = [&](std::int64_t version) {
      if (fixed_versions.empty()) {
        fixed_versions.reserve(versions.size());
        for (const VersionRecord& v : versions) fixed_versions.push_back(v.version);
        std::sort(fixed_versions.begin(), fixed_versions.end());
      }
      return std::binary_search(fixed_versions.begin(), fixed_versions.end(), version);
    };
    for (std::size_t i = 0; i < plan_.akkoorden.size(); ++i) {
      const Akkoord& a = plan_.akkoorden[i];
      if (checks(&Plan::akkoorden, i, members_same_)) check_actor(a.by, at("/akkoorden", i) + "/by");
      // An akkoord on the plan is on a fixed version; one on the results (004 step 3,
      // R-AKKOORD-SCOPE) is on the version the results had then, fixed or not.
      const bool on_results = a.scope == "resultaten";
      const bool exists = a.version >= 1 && a.version <= plan_.version &&
                          (on_results || versions.empty() || fixed(a.version));
      if (!exists) {
        add("PP-V-AKKOORD-VERSION", at("/akkoorden", i) + "/version",
            "akkoord verwijst naar versie " + std::to_string(a.version) + ", die niet bestaat",
            "akkoord refers to version " + std::to_string(a.version) + ", which does not exist");
      }
    }
  }

  // R-CONSENT-VALID: the same check the consent index applies, so what is reported here never counts.
  void check_consents() {
    const sharing::CompiledPolicy& policy = *detail::state_of(engine_).policy;
    for (std::size_t i = 0; i < plan_.consents.size(); ++i) {
      if (!checks(&Plan::consents, i, members_same_)) continue;
      for (Problem& problem : sharing::consent_problems(plan_, policy, i)) problems_.push_back(std::move(problem));
    }
  }

  void check_history() {
    for (std::size_t i = 0; i < plan_.history.size(); ++i) {
      const HistoryEntry& h = plan_.history[i];
      const std::string p = at("/history", i);
      if (h.seq != static_cast<std::int64_t>(i) + 1) {
        add("PP-V-HISTORY-SEQ", p + "/seq", "geschiedenis is genummerd 1, 2, 3, ...",
            "history entries are numbered 1, 2, 3, ...");
      }
      check_actor(h.actor, p + "/actor");
      if (i > 0) check_moment_order(plan_.history[i - 1].at, h.at, p + "/at");
    }
  }

  void check_local_fields() {
    if (!plan_.local_fields.is_object()) {
      add("PP-V-LOCAL-FIELDS", "/local_fields", "lokale velden vormen een object", "local_fields must be an object",
          "R-LOCAL-FIELDS");
      return;
    }
    for (const LocalFieldDef& def : engine_.local_fields()) {
      const std::string p = "/local_fields/" + json_pointer_escape(def.key);
      auto it = plan_.local_fields.find(def.key);
      if (it == plan_.local_fields.end()) {
        if (def.required) {
          add("PP-V-LOCAL-FIELD-MISSING", p, "lokaal veld '" + def.key + "' is verplicht in deze gemeente",
              "local field '" + def.key + "' is required in this municipality", "R-LOCAL-FIELDS");
        }
        continue;
      }
      bool ok = true;
      if (def.type == "string") ok = it->is_string();
      else if (def.type == "boolean") ok = it->is_boolean();
      else if (def.type == "integer") ok = it->is_number_integer();
      else if (def.type == "date") ok = it->is_string() && parse_iso_date(it->get<std::string>()).has_value();
      else if (def.type == "object") ok = it->is_object();
      else if (def.type == "array") ok = it->is_array();
      if (!ok) {
        add("PP-V-LOCAL-FIELD-TYPE", p, "lokaal veld '" + def.key + "' moet van type " + def.type + " zijn",
            "local field '" + def.key + "' must be of type " + def.type, "R-LOCAL-FIELDS");
      }
    }
  }

  const Engine& engine_;
  const RegionProfile& profile_;
  const Plan& plan_;
  const bool history_;
  const Plan* const other_;
  bool members_same_ = false;
  bool children_context_same_ = false;
  std::set<std::string> result_ids_;
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> Engine::validate(const Plan& plan) const { return Validator(*this, plan).run(); }

namespace detail {
std::vector<Problem> validate_without_history(const Engine& engine, const Plan& plan) {
  return Validator(engine, plan, false).run();
}

// The errors of validate_without_history(after) less those of validate_without_history(before)
// (`now` less `had`, as the workflow judged a candidate), each validation leaving out the
// checks of the entries the other plan shares with it unchanged (the Validator's `other`).
// That gives the same list, in the same order:
//  * a left-out check gives the same problems in both plans, so each of them is in `had`
//    and dropped from `now`;
//  * a reported problem is dropped exactly when the shorter `had` holds it: a problem equal
//    to one a left-out check gives in `before` would have its pointer, so it would come
//    from the same entry of the same list, whose checks are left out of both validations
//    but for those that compare entries (a duplicate, the versions' order, an akkoord's
//    version), and those report other codes than the ones left out.
// Where it is in doubt - the members, or a jeugdige part's result ids, differ between the
// two plans, or an entry is not the same object - the entry is checked as
// validate_without_history checks it: a plan that shares nothing is validated whole.
std::vector<Problem> validate_changes(const Engine& engine, const Plan& before, const Plan& after) {
  auto errors = [](std::vector<Problem> problems) {
    std::erase_if(problems, [](const Problem& p) { return p.severity == Severity::warning; });
    return problems;
  };
  std::vector<Problem> now = errors(Validator(engine, after, false, &before).run());
  if (now.empty()) return now;
  const std::vector<Problem> had = errors(Validator(engine, before, false, &after).run());
  std::erase_if(now, [&](const Problem& p) { return std::find(had.begin(), had.end(), p) != had.end(); });
  return now;
}
}  // namespace detail

}  // namespace perspectief
