// Validating what an event changed (detail::validate_changes, src/model/validation.hpp;
// issue #14): the workflow judges a candidate by the errors it has and the plan before had
// not, and validate_changes leaves out the entries of the shared lists the candidate shares
// with the plan before. These properties hold it to the whole validation of both plans
// (validate_without_history, the errors of the plan before dropped), problem by problem in
// order, byte for byte:
//  * on the candidate of every event of random event sequences, refused ones included
//    (plan_wijzigen with random merge patches and JSON patches into the jeugdigen's parts,
//    akkoorden, versions, ...);
//  * on random edits of the typed plan, valid and invalid, to the entries of every shared
//    list and to what their checks read besides them (members, result ids, the plan's
//    version), on plans that were already invalid too, and with the two plans swapped.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "model/validation.hpp"
#include "workflow/pipeline/apply.hpp"
#include "workflow_random_events.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
using perspectief::Actor;
using perspectief::Problem;
using perspectief::Role;

std::vector<Problem> errors(const Engine& e, const Plan& plan) {
  std::vector<Problem> problems = perspectief::detail::validate_without_history(e, plan);
  std::erase_if(problems, [](const Problem& p) { return p.severity == perspectief::Severity::warning; });
  return problems;
}

// The workflow's judgement before validate_changes: both plans validated whole.
std::vector<Problem> whole(const Engine& e, const Plan& before, const Plan& after) {
  std::vector<Problem> now = errors(e, after);
  const std::vector<Problem> had = errors(e, before);
  std::erase_if(now, [&](const Problem& p) { return std::find(had.begin(), had.end(), p) != had.end(); });
  return now;
}

std::string text(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) {
    out += p.code + " " + p.pointer + " " + p.message_nl + " | " + p.message_en + " " + p.rule + " " +
           std::to_string(static_cast<int>(p.severity)) + "\n";
  }
  return out;
}

// JSON patches into the parts the members path does not take: the jeugdigen's parts, with
// references that hold and ones that do not.
Json random_json_patch(std::mt19937& random, int step) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const std::string tag = std::to_string(step);
  const std::string child = "/children/" + std::to_string(pick(2));
  const std::vector<std::string> members{"anna", "tim", "lotte", "niemand"};
  const std::string& member = members[pick(members.size())];
  const std::vector<std::string> results{"r-wonen", "r-tim-school", "r-" + tag, "r-geen"};
  const std::string& result = results[pick(results.size())];
  auto op = [](const std::string& kind, const std::string& path, const Json& value) {
    return Json{{"op", kind}, {"path", path}, {"value", value}};
  };
  switch (pick(9)) {
    case 0: return Json::array({op("add", child + "/hulpvragen/-", {{"member", member}, {"text", "Vraag " + tag}})});
    case 1: return Json::array({op("add", child + "/results/-",
                                   {{"id", result}, {"leefgebied", pick(2) ? "wonen" : "maan"}, {"description", "D"},
                                    {"performer", "gezin"}})});
    case 2: return Json::array({op("add", child + "/agreements/-",
                                   {{"id", "a-" + tag}, {"description", "Afspraak"}, {"performer", "gezin"},
                                    {"results", Json::array({result})}})});
    case 3: return Json::array({op("replace", child + "/jeugdige", member)});
    case 4: return Json::array({op("add", "/family_part/results/-",
                                   {{"id", result}, {"leefgebied", "wonen"}, {"description", "D"}, {"performer", "gezin"}})});
    case 5: return Json::array({op("add", "/family/members/-", {{"id", "kees-" + tag}, {"role", pick(2) ? "ouder" : "gezinslid"}})});
    case 6: return Json::array({op("replace", "/family/members/" + std::to_string(pick(4)) + "/id", "ander-" + tag)});
    case 7: return Json::array({op("add", "/family_part/hulpvragen/-", {{"member", member}, {"text", "Vraag " + tag}})});
    default: return Json::array({op("replace", "/family/name", "Gezin " + tag)});
  }
}

TEST(ValidateChangesProperty, TheCandidateOfEveryEventGetsTheProblemsOfTheWholeValidation) {
  namespace wf = perspectief::workflow;
  const Engine& e = engine();
  std::mt19937 random(14);
  int candidates = 0;
  int introduced = 0;
  for (int sequence = 0; sequence < 150; ++sequence) {
    Plan plan = sequence % 3 == 0 ? plan_with_help(e) : sequence % 3 == 1 ? plan_ready_for_akkoord(e) : plan_with_akkoorden(e);
    for (int step = 0; step < 15; ++step) {
      // From day 12 on, after the plans' own history (random_event's time is its step's).
      const int tag = 6000 + sequence * 20 + step;
      const Json ev = random() % 3 == 0 ? event("plan_wijzigen", random() % 2 ? lokaal_team() : moeder(),
                                                at(2 + tag / 600, 8 + (tag % 600) / 60, tag % 60),
                                                {{"json_patch", random_json_patch(random, tag)}})
                                        : random_event(random, tag);
      const wf::Evaluation evaluation = wf::evaluate(e, plan, wf::event_from_json(ev), true);
      if (!evaluation.outcome.plan) continue;
      const Plan& candidate = *evaluation.outcome.plan;
      const std::vector<Problem> expected = whole(e, plan, candidate);
      ASSERT_EQ(text(perspectief::detail::validate_changes(e, plan, candidate)), text(expected)) << ev.dump();
      ++candidates;
      if (!expected.empty()) ++introduced;
      if (evaluation.findings.empty()) plan = candidate;
    }
  }
  EXPECT_GT(candidates, 500);
  EXPECT_GT(introduced, 50);
}

// ---- random edits of the typed plan -------------------------------------------------------

class Editor {
 public:
  explicit Editor(std::uint32_t seed) : random_(seed) {}

  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random_() % n); }

  // One random edit: of an entry of a shared list (changed, added, removed), or of what
  // the checks of the entries read besides them.
  void edit(Plan& plan) {
    const std::string tag = std::to_string(++edits_);
    switch (pick(20)) {
      case 0:
        if (!plan.children.empty()) {
          plan.children.edit(pick(plan.children.size())).hulpvragen.push_back({.member = member(), .text = "Vraag " + tag, .recorded_by = {}, .at = {}, .unknown_fields = Json::object()});
        }
        break;
      case 1:
        if (!plan.children.empty()) plan.children.edit(pick(plan.children.size())).results.push_back(result(tag));
        break;
      case 2:
        if (!plan.children.empty()) {
          perspectief::Toewijzing tw;
          tw.number = "T-" + tag;
          tw.aanbieder = "90000101";
          tw.product.category = "45";
          tw.start.value = "2026-03-05";
          if (pick(3) == 0) tw.end = perspectief::IsoDate{"2026-03-01"};
          tw.results = {result_id(plan)};
          plan.children.edit(pick(plan.children.size())).toewijzingen.push_back(std::move(tw));
        }
        break;
      case 3:
        if (!plan.children.empty()) plan.children.edit(pick(plan.children.size())).jeugdige = member();
        break;
      case 4: {
        perspectief::ChildPart child = plan.children.empty() ? perspectief::ChildPart{} : plan.children[pick(plan.children.size())];
        child.jeugdige = member();
        plan.children.insert(plan.children.begin() + static_cast<std::ptrdiff_t>(pick(plan.children.size() + 1)), std::move(child));
        break;
      }
      case 5:
        if (!plan.children.empty()) plan.children.erase(plan.children.begin() + static_cast<std::ptrdiff_t>(pick(plan.children.size())));
        break;
      case 6:
        if (!plan.children.empty()) {
          perspectief::ChildPart& child = plan.children.edit(pick(plan.children.size()));
          perspectief::Evaluation evaluation;
          evaluation.id = pick(2) ? "e-1" : "e-" + tag;
          evaluation.at.value = "2026-03-09T09:00:00+01:00";
          evaluation.participants = {actor()};
          evaluation.outcomes = {perspectief::ResultEvaluation{.result = result_id(plan), .outcome = {}, .note = {}, .unknown_fields = Json::object()}};
          child.evaluations.push_back(std::move(evaluation));
          if (pick(2)) child.kader = child.kader == perspectief::Kader::dwang ? perspectief::Kader::vrijwillig : perspectief::Kader::dwang;
        }
        break;
      case 7: {
        perspectief::VersionRecord v;
        v.version = plan.version + static_cast<std::int64_t>(pick(4)) - 2;
        v.at.value = "2026-03-09T09:00:00+01:00";
        v.by = actor();
        plan.versions.push_back(std::move(v));
        break;
      }
      case 8:
        if (!plan.versions.empty()) {
          perspectief::VersionRecord& v = plan.versions.edit(pick(plan.versions.size()));
          if (pick(2)) v.by = actor(); else v.version += static_cast<std::int64_t>(pick(3)) - 1;
        }
        break;
      case 9:
        if (!plan.versions.empty()) plan.versions.erase(plan.versions.begin() + static_cast<std::ptrdiff_t>(pick(plan.versions.size())));
        break;
      case 10: {
        perspectief::Akkoord a;
        a.by = actor();
        a.version = static_cast<std::int64_t>(pick(static_cast<std::size_t>(std::max<std::int64_t>(plan.version, 0)) + 3));
        a.at.value = "2026-03-09T09:00:00+01:00";
        if (pick(3) == 0) a.scope = "resultaten";
        plan.akkoorden.push_back(std::move(a));
        break;
      }
      case 11:
        if (!plan.akkoorden.empty()) {
          const std::size_t i = pick(plan.akkoorden.size());
          if (pick(3) == 0) plan.akkoorden.erase(plan.akkoorden.begin() + static_cast<std::ptrdiff_t>(i));
          else if (pick(2)) plan.akkoorden.edit(i).by = actor();
          else plan.akkoorden.edit(i).version += static_cast<std::int64_t>(pick(3)) - 1;
        }
        break;
      case 12: plan.consents.push_back(consent(tag)); break;
      case 13:
        if (!plan.consents.empty()) {
          const std::size_t i = pick(plan.consents.size());
          if (pick(2)) plan.consents.erase(plan.consents.begin() + static_cast<std::ptrdiff_t>(i));
          else plan.consents.edit(i).given_by = {member()};
        }
        break;
      case 14: {  // the members the checks look up
        auto& members = plan.family.members;
        const std::size_t kind = pick(4);
        if (kind == 0 && !members.empty()) members[pick(members.size())].id = "ander-" + tag;
        else if (kind == 1 && !members.empty()) members[pick(members.size())].role = pick(2) ? Role::ouder : Role::jeugdige;
        else if (kind == 2 && !members.empty()) members.erase(members.begin() + static_cast<std::ptrdiff_t>(pick(members.size())));
        else members.push_back({.id = "kees-" + tag, .role = Role::gezinslid, .name = {}, .birth_date = {}, .gezag = {}, .gezag_per_child = {}, .unknown_fields = Json::object()});
        break;
      }
      case 15: {  // the family part's results: the result ids the jeugdigen's parts refer to
        auto& results = plan.family_part.results;
        if (pick(2) && !results.empty()) results.erase(results.begin() + static_cast<std::ptrdiff_t>(pick(results.size())));
        else results.push_back(result(tag));
        break;
      }
      case 16: plan.version += static_cast<std::int64_t>(pick(4)) - 1; break;
      case 17: plan.family_part.hulpvragen.push_back({.member = member(), .text = "Vraag " + tag, .recorded_by = {}, .at = {}, .unknown_fields = Json::object()}); break;
      case 18:  // a result moves between the family part and a jeugdige's part
        if (!plan.children.empty() && !plan.family_part.results.empty()) {
          plan.children.edit(pick(plan.children.size())).results.push_back(plan.family_part.results.back());
          plan.family_part.results.pop_back();
        }
        break;
      default: plan.family.name = "Gezin " + tag; break;  // nothing a shared entry reads
    }
  }

 private:
  std::string member() {
    static const std::vector<std::string> ids{"anna", "piet", "tim", "lotte", "niemand"};
    return ids[pick(ids.size())];
  }
  Actor actor() {
    Actor a;
    const std::size_t kind = pick(4);
    a.role = kind == 0 ? Role::lokaal_team : kind == 1 ? Role::ouder : kind == 2 ? Role::jeugdige : Role::gi;
    a.person = pick(5) == 0 ? "system" : "p-" + std::to_string(pick(3));
    if (kind == 1 || kind == 2 || pick(4) == 0) {
      if (pick(4) != 0) a.member = member();
    }
    return a;
  }
  perspectief::Result result(const std::string& tag) {
    perspectief::Result r;
    static const std::vector<std::string> ids{"r-wonen", "r-tim-school"};
    r.id = pick(3) == 0 ? ids[pick(ids.size())] : "r-" + tag;
    r.leefgebied = pick(4) == 0 ? "maan" : "wonen";
    r.description = "Resultaat " + tag;
    if (pick(4) == 0) r.about = member();
    return r;
  }
  std::string result_id(const Plan& plan) {
    std::vector<std::string> ids{"r-geen"};
    for (const auto& r : plan.family_part.results) ids.push_back(r.id);
    for (const auto& child : plan.children) for (const auto& r : child.results) ids.push_back(r.id);
    return ids[pick(ids.size())];
  }
  perspectief::Consent consent(const std::string& tag) {
    perspectief::Consent c;
    c.id = "c-" + tag;
    if (pick(4) != 0) c.given_by = {member()};
    c.subject = member();
    c.purposes = {pick(4) == 0 ? "winst" : "uitvoering"};
    c.actions = {pick(4) == 0 ? "verkopen" : "read"};
    c.recipients = {pick(3) == 0 ? "hoofdaannemer" : pick(2) ? "agb:90000101" : "member:" + member()};
    c.from.value = pick(5) == 0 ? "gisteren" : "2026-03-02T09:00:00+01:00";
    if (pick(3) == 0) c.until = perspectief::Timestamp{"2026-03-01T09:00:00+01:00"};
    return c;
  }

  std::mt19937 random_;
  int edits_ = 0;
};

TEST(ValidateChangesProperty, RandomEditsOfSharedEntriesGetTheProblemsOfTheWholeValidation) {
  const Engine& e = engine();
  const std::vector<Plan> plans{plan_with_help(e), plan_ready_for_akkoord(e), plan_with_akkoorden(e)};
  Editor editor(2026);
  int introduced = 0;
  int dropped = 0;  // problems the plan before had too, left out of what the candidate introduced
  for (int i = 0; i < 6000; ++i) {
    Plan before = plans[static_cast<std::size_t>(i) % plans.size()];
    // Half the plans are invalid already, so that what they had is dropped from what is new.
    const std::size_t prior = editor.pick(2) ? editor.pick(4) : 0;
    for (std::size_t k = 0; k < prior; ++k) editor.edit(before);
    Plan after = before;  // shares every entry with `before` until edited
    const std::size_t edits = 1 + editor.pick(3);
    for (std::size_t k = 0; k < edits; ++k) editor.edit(after);
    const std::vector<Problem> expected = whole(e, before, after);
    ASSERT_EQ(text(perspectief::detail::validate_changes(e, before, after)), text(expected)) << "case " << i;
    ASSERT_EQ(text(perspectief::detail::validate_changes(e, after, before)), text(whole(e, after, before))) << "case " << i;
    if (!expected.empty()) ++introduced;
    if (errors(e, after).size() > expected.size()) ++dropped;
  }
  EXPECT_GT(introduced, 1000);
  EXPECT_GT(dropped, 1000);
}

}  // namespace
