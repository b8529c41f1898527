// Property: over many random (plan, requester, purpose) cases, a view never
// contains a part that the per-part decision denies and never omits one it
// allows, and exactly the released parts are in the disclosure record (R-LOG).
//
// Every case decides each part of the plan and builds the view with the
// decider and view builder the public API uses, the plan indexed once per run
// of cases as decide_batch does; every kPublicApiEvery-th case also goes
// through the public API end to end (view, disclosure record, and a separate
// single-part request for every part), which must agree. The parts in a view
// are read back by an oracle of its own (parts_in_view), written from the
// addressing scheme in docs/sharing.md rather than from the library's index.
// The seed is fixed.
#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <random>
#include <set>

#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "engine_state.hpp"
#include "sharing/decider/decider.hpp"
#include "sharing/decider/request_checks.hpp"
#include "sharing/release/view_builder.hpp"
#include "sharing_fixtures.hpp"
#include "sharing_generator.hpp"

namespace {

using namespace perspectief;
using namespace perspectief::sharing;
using sharing_test::Generator;

constexpr std::uint64_t kSeed = 20260302;
constexpr int kCases = 100'000;
constexpr int kCasesPerPlan = 50;
constexpr int kPublicApiEvery = 100;
constexpr int kConsentCheckEvery = 4;

// ---- The oracle: which parts a view holds, read from its JSON alone --------------------------

std::string esc(const Json& value) { return json_pointer_escape(value.get<std::string>()); }

// R-MEMBER-PRIVACY as docs/sharing.md states it: a personal entry is in the part of the
// member it is about, else of the member who wrote it (`writer` names where that is).
std::optional<std::string> personal_part_of(const Json& entry, const std::string& base, const char* writer) {
  if (!entry.value("personal", false)) return std::nullopt;
  std::string owner = entry.value("about", std::string());
  if (owner.empty() && entry.contains(writer)) owner = entry.at(writer).value("member", std::string());
  return base + "/personal/" + (owner.empty() ? std::string("~") : json_pointer_escape(owner));
}

void container_parts(const Json& c, const std::string& base, std::set<std::string>& out,
                     const std::set<std::string>& also_known) {
  static const std::set<std::string> kKnown{"hulpvragen", "analysis", "results", "agreements", "opvoedsituatie"};
  for (auto it = c.begin(); it != c.end(); ++it) {
    const std::string& key = it.key();
    if (key == "hulpvragen") {
      for (const Json& h : *it) out.insert(base + "/hulpvragen/" + esc(h.at("member")));
    } else if (key == "analysis") {
      // The generator gives every entry a professional's perspective first, so an entry
      // whose own part is withheld shows only personal perspectives.
      for (const Json& a : *it) {
        bool entry = !a.contains("perspectives");
        for (const Json& view : a.value("perspectives", Json::array())) {
          if (auto personal = personal_part_of(view, base, "author")) {
            out.insert(*personal);
          } else {
            entry = true;
          }
        }
        if (entry) out.insert(base + "/analysis/" + esc(a.at("leefgebied")));
      }
    } else if (key == "results" || key == "agreements") {
      for (const Json& r : *it) {
        const auto personal = personal_part_of(r, base, key == "results" ? "set_by" : "responsible");
        out.insert(personal ? *personal : base + "/" + key + "/" + esc(r.at("id")));
      }
    } else if (key == "evaluations") {
      for (const Json& r : *it) out.insert(base + "/" + key + "/" + esc(r.at("id")));
    } else if (key == "toewijzingen") {
      for (const Json& t : *it) out.insert(base + "/toewijzingen/" + esc(t.at("number")));
    } else if (key == "kader_changes" && also_known.count("kader")) {
      out.insert(base + "/kader");  // the kader's own history is part of it
    } else if (kKnown.count(key) || also_known.count(key)) {
      out.insert(base + "/" + key);
    } else if (key != "jeugdige") {
      out.insert(base + "/extensions");
    }
  }
}

std::set<std::string> parts_in_view(const Json& view) {
  static const std::set<std::string> kHeader{"profile", "municipality", "plan_type", "version", "status",
                                             "entry_route", "referrer", "provider_drafting", "recording_objection"};
  static const std::set<std::string> kSingles{"akkoorden", "regie", "assignments", "versions", "history", "local_fields"};
  static const std::set<std::string> kChildSingles{"toekomstperspectief", "ondersteuningsprofiel", "aanbieder",
                                                   "behandelplan", "youth_care_closed", "toewijzingen",
                                                   "evaluations", "segment", "kader", "help"};
  std::set<std::string> out;
  for (auto it = view.begin(); it != view.end(); ++it) {
    const std::string& key = it.key();
    if (key == "format" || key == "id") continue;
    if (kHeader.count(key)) {
      out.insert("header");
    } else if (kSingles.count(key)) {
      out.insert(key);
    } else if (key == "family") {
      for (auto f = it->begin(); f != it->end(); ++f) {
        if (f.key() == "members") {
          for (const Json& m : *f) out.insert("family/members/" + esc(m.at("id")));
        } else {
          out.insert("family/general");
        }
      }
    } else if (key == "family_part") {
      container_parts(*it, "family_part", out, {});
    } else if (key == "children") {
      for (const Json& child : *it) container_parts(child, "children/" + esc(child.at("jeugdige")), out, kChildSingles);
    } else if (key == "consents") {
      for (const Json& c : *it) out.insert("consents/" + esc(c.at("id")));
    } else {
      out.insert("extensions");
    }
  }
  return out;
}

// A prepared plan answers as the plan does: decide() on it gives the same decision, and
// ask() (one by one and in a batch) gives each part's verdict, rules and reason as a
// request for that part alone.
void check_prepared(const Engine& engine, const Plan& plan, const Request& whole, const std::vector<PartInfo>& parts,
                    const std::vector<Decision>& singles, int n) {
  const PreparedPlan prepared(engine, plan);
  ASSERT_EQ(to_json(decide(prepared, whole)), to_json(decide(engine, plan, whole))) << "case " << n;
  ASSERT_EQ(prepared.part_count(), parts.size());
  std::vector<Question> questions;
  for (const PartInfo& part : parts) {
    const auto ref = prepared.find_part(part.id.value);
    ASSERT_TRUE(ref) << part.id.value;
    questions.push_back(Question{.requester = &whole.requester,
                                 .action = whole.action,
                                 .purpose = whole.purpose,
                                 .part = *ref,
                                 .channel = *find_channel(engine, whole.channel),
                                 .at = *parse_moment(whole.at.value),
                                 .recipient = whole.recipient ? &*whole.recipient : nullptr,
                                 .break_glass = whole.break_glass ? &*whole.break_glass : nullptr});
  }
  const std::vector<Answer> batch = ask_batch(prepared, questions);
  ASSERT_EQ(batch.size(), parts.size());
  // The requester resolved once asks every part the same way (a forward is asked as a Question).
  std::optional<PreparedParty> party;
  if (whole.action != Action::forward) party.emplace(prepared, whole.requester, *parse_moment(whole.at.value));
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Answer one = ask(prepared, questions[i]);
    if (party) {
      const Answer by_party = ask(*party, questions[i].action, questions[i].purpose, questions[i].part,
                                  questions[i].channel);
      ASSERT_EQ(by_party.verdict, one.verdict) << "case " << n << ": " << parts[i].id.value;
      ASSERT_EQ(by_party.rules, one.rules) << "case " << n << ": " << parts[i].id.value;
      ASSERT_EQ(by_party.reason, one.reason) << "case " << n << ": " << parts[i].id.value;
    }
    const PartDecision& expected = singles[i].parts.at(0);
    ASSERT_EQ(one.verdict, expected.decision) << "case " << n << ": " << parts[i].id.value;
    ASSERT_EQ(one.reason, expected.reason) << "case " << n << ": " << parts[i].id.value;
    const std::vector<std::string_view> ids = one.rule_ids();
    ASSERT_EQ(std::vector<std::string>(ids.begin(), ids.end()), expected.rules) << "case " << n;
    ASSERT_EQ(batch[i].verdict, one.verdict);
    ASSERT_EQ(batch[i].rules, one.rules);
    ASSERT_EQ(batch[i].reason, one.reason);
  }
}

// The view the public API gives, checked against deciding every part on its own.
void check_public_api(const Engine& engine, const Plan& plan, const Request& whole,
                      const std::vector<PartInfo>& parts, const std::vector<bool>& released, const Json& built,
                      int n) {
  const View view = sharing::view(engine, plan, whole);
  ASSERT_EQ(view.view, built) << "case " << n;
  std::vector<Request> requests;
  for (const PartInfo& p : parts) {
    Request single = whole;
    single.parts = {p.id};
    requests.push_back(std::move(single));
  }
  const auto singles = decide_batch(engine, plan, requests);
  std::set<std::string> allowed;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ASSERT_EQ(singles[i].parts.size(), 1u);
    ASSERT_EQ(singles[i].parts[0].decision == Verdict::allow, released[i])
        << "case " << n << ": " << parts[i].id.value << " (" << singles[i].explanation_en << ")";
    if (released[i]) allowed.insert(parts[i].id.value);
  }
  check_prepared(engine, plan, whole, parts, singles, n);
  // R-LOG: a record exactly when something was released, naming exactly that.
  ASSERT_EQ(view.disclosure.has_value(), !allowed.empty()) << "case " << n;
  if (view.disclosure) {
    std::set<std::string> logged;
    for (const PartId& id : view.disclosure->objects) logged.insert(id.value);
    ASSERT_EQ(logged, allowed) << "case " << n;
  }
}

// The plan with only the consents validation accepts (R-CONSENT-VALID).
Plan without_invalid_consents(const Engine& engine, const Plan& plan) {
  std::set<std::string> invalid;
  for (const Problem& problem : engine.validate(plan)) {
    if (problem.pointer.rfind("/consents/", 0) == 0) invalid.insert(problem.pointer.substr(0, problem.pointer.find('/', 10)));
  }
  Plan out = plan;
  out.consents.clear();
  for (std::size_t i = 0; i < plan.consents.size(); ++i) {
    if (!invalid.count("/consents/" + std::to_string(i))) out.consents.push_back(plan.consents[i]);
  }
  return out;
}

// Siblings: what a provider gets through its toewijzingen (toewijzing_linked) is about the
// family as a whole or about a child it holds a toewijzing for, never about a sibling.
void check_sibling_tie(const CaseFile& file, const Decider& decider, const Request& request, int n) {
  const ResolvedParty& who = decider.audience();
  if (!who.party->organisation) return;
  const Plan& plan = file.parts.plan();
  std::set<int> own_children;
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    for (const Toewijzing& tw : plan.children[c].toewijzingen) {
      if (tw.aanbieder == *who.party->organisation) own_children.insert(static_cast<int>(c));
    }
  }
  for (std::size_t i = 0; i < file.parts.size(); ++i) {
    const PartOutcome outcome = decider.decide(i);
    if (!outcome.allowed || outcome.reason != Reason::toewijzing_linked) continue;
    const IndexedPart& part = file.parts[i];
    ASSERT_TRUE(part.child < 0 || own_children.count(part.child))
        << "case " << n << ": " << part.id.value << " of another child went to " << *who.party->organisation
        << "\nrequest " << to_json(request).dump();
  }
}

// R-DWANG-GI: a GI's case is a jeugdige in the dwangkader that its assignment covers (one
// without a jeugdige covers all) or, as the plan's referrer, every jeugdige in the
// dwangkader: no other jeugdige's own part reaches it by its rules. Returns how many
// child parts went to a GI, so the run shows the allow side was exercised.
int check_gi_case(const CaseFile& file, const Decider& decider, const Request& request, int n) {
  const ResolvedParty& who = decider.audience();
  if (who.party->role != Role::gi) return 0;
  const Plan& plan = file.parts.plan();
  const bool referrer = plan.referrer && plan.referrer->role == Role::gi && plan.referrer->person == who.party->person;
  // Regie placed at the GI is an explicit assignment for the whole plan (R-REGIE-MANDATE).
  if (plan.regie && plan.regie->regisseur.role == Role::gi && plan.regie->regisseur.person == who.party->person) return 0;
  const auto in_case = [&](const ChildPart& child) {
    const bool covered = std::any_of(plan.assignments.begin(), plan.assignments.end(), [&](const Assignment& a) {
      return a.role == Role::gi && a.person == who.party->person && (!a.jeugdige || *a.jeugdige == child.jeugdige);
    });
    return child.kader == Kader::dwang && (referrer || covered);
  };
  int seen = 0;
  for (std::size_t i = 0; i < file.parts.size(); ++i) {
    const IndexedPart& part = file.parts[i];
    // The jeugdigen whose own information the part holds: a child part its jeugdige's, a
    // consent its subject's, the history every jeugdige's.
    std::vector<const ChildPart*> about;
    for (const ChildPart& child : plan.children) {
      const bool holds = part.kind == PartKind::history ||
                         (part.child >= 0 && &child == &plan.children[static_cast<std::size_t>(part.child)]) ||
                         (part.kind == PartKind::consent && part.subject_id == child.jeugdige);
      if (holds) about.push_back(&child);
    }
    if (about.empty()) continue;
    const PartOutcome outcome = decider.decide(i);
    // Consent and break-glass (R-SAFETY-OVERRIDE, to any GI) are not the GI's own rules.
    if (!outcome.allowed || outcome.reason == Reason::consent || outcome.reason == Reason::break_glass) continue;
    for (const ChildPart* child : about) {
      EXPECT_TRUE(in_case(*child)) << "case " << n << ": " << part.id.value << " (about " << child->jeugdige
                                   << ") went to a GI whose case it is not (" << reason_info(outcome.reason).code
                                   << ")\nrequest " << to_json(request).dump();
    }
    seen += part.child >= 0 ? 1 : 0;
  }
  return seen;
}

// R-MEMBER-PRIVACY: one member's personal entries go to another member only by consent,
// or to a parent with gezag while the owner is a child under 16; to a provider never
// through its toewijzing.
int check_personal(const CaseFile& file, const Decider& decider, const Request& request, int n) {
  const ResolvedParty& who = decider.audience();
  int seen = 0;
  for (std::size_t i = 0; i < file.parts.size(); ++i) {
    if (!file.parts.is_personal(i)) continue;
    const PartOutcome outcome = decider.decide(i);
    if (!outcome.allowed) continue;
    const IndexedPart& part = file.parts[i];
    const bool own = who.member >= 0 && part.subject == who.member;
    // Not as one's own part (owner), not through a toewijzing; consent, representation of a
    // child under 16 and the professionals' own rules (lokale team, GI, ...) remain.
    const bool allowed_reason =
        own || (outcome.reason != Reason::owner && outcome.reason != Reason::toewijzing_linked);
    EXPECT_TRUE(allowed_reason) << "case " << n << ": " << part.id.value << " went to " << to_json(request).dump()
                                << " (" << reason_info(outcome.reason).code << ")";
    seen += own ? 0 : 1;
  }
  return seen;
}

TEST(SharingProperty, ViewsHoldExactlyThePartsTheDecisionsAllow) {
  Generator gen(kSeed);
  int releasing = 0;
  int withholding = 0;
  int personal_to_others = 0;  // personal parts released to someone other than their owner
  int to_a_gi = 0;             // jeugdigen's parts released to a GI
  Plan plan;
  std::vector<PartInfo> parts;
  std::unique_ptr<CaseFile> file;
  Plan valid_consents_plan;
  std::unique_ptr<CaseFile> valid_consents_file;
  const Engine* engine = nullptr;
  for (int n = 0; n < kCases; ++n) {
    if (n % kCasesPerPlan == 0) {
      // One plan and one engine for a run of cases, indexed once as decide_batch does.
      plan = gen.plan();
      engine = &gen.engine();
      file = std::make_unique<CaseFile>(*perspectief::detail::state_of(*engine).policy, plan);
      parts = list_parts(plan);
      valid_consents_plan = without_invalid_consents(*engine, plan);
      valid_consents_file = std::make_unique<CaseFile>(*perspectief::detail::state_of(*engine).policy, valid_consents_plan);
    }
    const Request request = gen.request(plan);
    ASSERT_TRUE(check_request(*perspectief::detail::state_of(*engine).policy, request).empty()) << to_json(request).dump();

    // Decide every part, build the view from the decisions, read the view back with the oracle.
    const Decider decider(*file, asked_of(file->policy, request));
    std::vector<bool> released(parts.size(), false);
    std::size_t count = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      released[i] = decider.decide(i).allowed;
      count += released[i] ? 1 : 0;
    }
    const Json built = build_view(file->parts, released);
    const std::set<std::string> shown = parts_in_view(built);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      ASSERT_EQ(shown.count(parts[i].id.value) == 1, released[i])
          << "case " << n << ": part " << parts[i].id.value << "\nrequest " << to_json(request).dump() << "\nplan "
          << plan_to_canonical(plan);
    }
    ASSERT_EQ(shown.size(), count) << "case " << n << ": the view holds something that is no part";

    if (n % kPublicApiEvery == 0) check_public_api(*engine, plan, request, parts, released, built, n);
    if (n % kConsentCheckEvery == 0) {
      // R-CONSENT-VALID: without the consents validation refuses, every part is decided the same.
      // (The consents are parts themselves: compare the other parts, by id.)
      const Decider without(*valid_consents_file, asked_of(valid_consents_file->policy, request));
      const PartIndex& other = valid_consents_file->parts;
      for (std::size_t i = 0, j = 0; i < parts.size(); ++i) {
        if (file->parts[i].kind == PartKind::consent) continue;
        while (j < other.size() && other[j].id.value != parts[i].id.value) ++j;
        ASSERT_LT(j, other.size()) << parts[i].id.value;
        ASSERT_EQ(without.decide(j).allowed, released[i])
            << "case " << n << ": an invalid consent changed " << parts[i].id.value << "\nrequest "
            << to_json(request).dump() << "\nplan " << plan_to_canonical(plan);
      }
    }
    check_sibling_tie(*file, decider, request, n);
    personal_to_others += check_personal(*file, decider, request, n);
    to_a_gi += check_gi_case(*file, decider, request, n);
    (count == 0 ? withholding : releasing) += 1;
  }
  // The cases must exercise both sides, or the property says little.
  EXPECT_GT(releasing, kCases / 10);
  EXPECT_GT(withholding, kCases / 10);
  EXPECT_GT(personal_to_others, 0);  // by consent, gezag or a professional's rule
  EXPECT_GT(to_a_gi, 0);
}

}  // namespace
