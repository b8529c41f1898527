// Every declared local choice has an effect: a choice a profile declares but no code
// reads is a promise to a municipality that nothing keeps (issue #11 found three). The
// test looks, for every built-in profile, for each local choice key in the core's
// sources (as a quoted string, the way code asks Engine::local_choice) or in the
// profile's own workflow data that code reads generically (choice_roles, the regie
// matrix's placed_at_choice and when_choice); and for each key of the workflow section in the sources
// beyond the reader that accepts it. And the choices of issue #11, each on both sides.
#include <gtest/gtest.h>

#include <filesystem>

#include "perspectief/profile.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
namespace fs = std::filesystem;

std::string sources(const std::string& skip = {}) {
  std::string all;
  for (const auto& entry : fs::recursive_directory_iterator(pp_test::source_root() / "src")) {
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".hpp") continue;
    if (!skip.empty() && entry.path().filename() == skip) continue;
    all += pp_test::read_source_file(entry.path());
  }
  return all;
}

bool workflow_data_reads(const Json& workflow, const std::string& key) {
  for (const Json& t : workflow.value("transitions", Json::array())) {
    for (const Json& grant : t.value("choice_roles", Json::array())) {
      if (grant.value("choice", "") == key) return true;
    }
  }
  for (const Json& cell : workflow.value("regie_matrix", Json::array())) {
    if (cell.value("placed_at_choice", "") == key) return true;
    if (cell.contains("when_choice") && cell["when_choice"].value("choice", "") == key) return true;
  }
  return false;
}

TEST(WorkflowLocalChoices, EveryDeclaredChoiceIsReadByCode) {
  const std::string code = sources();
  for (const auto& info : perspectief::builtin_profiles()) {
    const Json& profile = perspectief::builtin_profile_json(info.id);
    for (const Json& choice : profile["local_choices"]) {
      const std::string key = choice["key"];
      const bool read = code.find("\"" + key + "\"") != std::string::npos || workflow_data_reads(profile["workflow"], key);
      EXPECT_TRUE(read) << info.id << ": local choice '" << key << "' is read by no code";
    }
  }
}

TEST(WorkflowLocalChoices, EveryWorkflowSectionKeyIsUsedBeyondItsReader) {
  const std::string code = sources("workflow_section.cpp");
  for (const auto& info : perspectief::builtin_profiles()) {
    const Json& workflow = perspectief::builtin_profile_json(info.id)["workflow"];
    for (auto it = workflow.begin(); it != workflow.end(); ++it) {
      EXPECT_NE(code.find(it.key()), std::string::npos) << info.id << ": workflow key '" << it.key() << "' is used by no code";
    }
  }
}

TEST(WorkflowLocalChoices, TheTestWouldCatchAChoiceNobodyReads) {
  // The deny side of the two tests above: a made-up key is found nowhere.
  EXPECT_EQ(sources().find("\"regie_op_dinsdag\""), std::string::npos);
  EXPECT_FALSE(workflow_data_reads(perspectief::builtin_profile_json("flevoland")["workflow"], "regie_op_dinsdag"));
}

// ---- Flevoland's regie_team (002: "De gemeente bepaalt de plek om de perspectiefregie te beleggen")

Json regie_at(const std::string& placed_at) {
  return Json{{"jeugdige", "tim"}, {"regie", {{"regisseur", regisseur()}, {"placed_at", placed_at}}}};
}

TEST(WorkflowLocalChoices, RegieSitsInTheTeamTheMunicipalityChose) {
  const Engine urk = engine_with("flevoland", Json{{"regie_team", "sociale zorgteams"}});
  const Plan plan = apply(urk, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content("flevoland")));
  const Plan assigned = apply(urk, plan, event("regie_toewijzen", lokaal_team(), at(2, 10), regie_at("lokale_toegang")));
  ASSERT_TRUE(assigned.regie->basis.has_value());
  EXPECT_NE(assigned.regie->basis->find("sociale zorgteams"), std::string::npos) << *assigned.regie->basis;
  // Another municipality's team is its own choice; elsewhere than the lokale toegang no team applies.
  const Engine dronten = engine_with("flevoland", Json{{"regie_team", "de gidsen"}});
  EXPECT_NE(apply(dronten, plan, event("regie_toewijzen", lokaal_team(), at(2, 10), regie_at("lokale_toegang")))
                .regie->basis->find("de gidsen"),
            std::string::npos);
  // Without the choice, the profile's default team is named, never another municipality's.
  const Engine plain = engine_with("flevoland", Json::object());
  const Plan by_default = apply(plain, plan, event("regie_toewijzen", lokaal_team(), at(2, 10), regie_at("lokale_toegang")));
  ASSERT_TRUE(by_default.regie->basis.has_value());
  EXPECT_EQ(by_default.regie->basis->find("sociale zorgteams"), std::string::npos) << *by_default.regie->basis;
}

// ---- Flevoland's regie_aanvullend_mandaat (R-REGIE-MANDATE) --------------------------------

Json add_result(const std::string& where, const std::string& id, const std::string& leefgebied) {
  return Json{{"json_patch",
               {{{"op", "add"},
                 {"path", where + "/results/-"},
                 {"value", {{"id", id}, {"leefgebied", leefgebied}, {"description", "Nieuw"}, {"performer", "lokale_toegang"}}}}}}};
}

// A Flevoland plan whose perspectiefregie the lokale team gave to regisseur() (R-STANDING:
// the regisseur acts on the plan only once assigned).
Plan plan_with_regisseur(const Engine& e) {
  const Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content("flevoland")));
  return apply(e, plan, event("regie_toewijzen", lokaal_team(), at(2, 9, 30), regie_at("lokale_toegang")));
}

TEST(WorkflowLocalChoices, TheRegisseurCoordinatesYouthCareWithinTheMinimumMandate) {
  const Engine& e = engine("flevoland");
  const Plan plan = plan_with_regisseur(e);
  EXPECT_NO_THROW(apply(e, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/children/0", "r-j", "opvoeding"))));
  const Rejection work = rejection(e, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/family_part", "r-w", "werk_inkomen")));
  EXPECT_EQ(work.rules, std::vector<std::string>{"R-REGIE-MANDATE"});
  EXPECT_EQ(work.problems[0].pointer, "/family_part/results/1");
  const Rejection housing = rejection(e, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/family_part", "r-h", "wonen")));
  EXPECT_TRUE(housing.has_code("PP-W-REGIE-MANDATE"));
  // The lokale team is not limited by the regisseur's mandate.
  EXPECT_NO_THROW(apply(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 10), add_result("/family_part", "r-w", "werk_inkomen"))));
}

TEST(WorkflowLocalChoices, AnAdditionalMandateWidensIt) {
  const Engine wide = engine_with("flevoland", Json{{"regie_aanvullend_mandaat", {"participatiewet", "hulp_ouders"}}});
  const Plan plan = plan_with_regisseur(wide);
  EXPECT_NO_THROW(apply(wide, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/family_part", "r-w", "werk_inkomen"))));
  EXPECT_NO_THROW(apply(wide, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/family_part", "r-h", "wonen"))));
  const Engine work_only = engine_with("flevoland", Json{{"regie_aanvullend_mandaat", {"participatiewet"}}});
  EXPECT_TRUE(rejection(work_only, plan, event("plan_wijzigen", regisseur(), at(2, 10), add_result("/family_part", "r-h", "wonen")))
                  .has_code("PP-W-REGIE-MANDATE"));
}

}  // namespace
