// Perspectiefregie (002), Flevoland: R-REGIE-VERBLIJF and R-REGIE-LOKAAL on both sides,
// the local choice for langdurig verblijf, and the matrix of appendix B.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
using perspectief::workflow::advise_regie;

const std::string kFlevoland = "flevoland";

Json regie(const std::string& placed_at) {
  return Json{{"regie", {{"regisseur", regisseur()}, {"placed_at", placed_at}}}, {"jeugdige", "tim"}};
}

// Tim is placed in residential care (verblijf) in the vrijwillig kader.
Plan residential_plan(const Engine& e, const std::string& perspective = "thuis_wonen") {
  Json content = family_content(kFlevoland);
  content["children"][0]["toekomstperspectief"] = perspective;
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), content));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  return apply(e, plan, event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(4, 9),
                              {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "begeleiding"}, {"additions", {"verblijf"}}}}}));
}

Json toewijzing_event(int day) {
  return event("toewijzing_vastleggen", lokaal_team(), at(day, 10),
               {{"jeugdige", "tim"}, {"toewijzing", toewijzing("26200", "90000612", "2026-03-10", "43")}});
}

// ---- R-REGIE-VERBLIJF ----------------------------------------------------------------------

TEST(WorkflowRegieVerblijf, TheToewijzingOfAResidentialPlacementNeedsTheRegisseur) {
  const Engine& e = engine(kFlevoland);
  const Rejection r = rejection(e, residential_plan(e), toewijzing_event(5));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-REGIE-VERBLIJF"});
  EXPECT_EQ(r.problems[0].pointer, "/regie");
  const Plan plan = apply(e, residential_plan(e), event("regie_toewijzen", lokaal_team(), at(5, 9), regie("lokale_toegang")));
  EXPECT_EQ(apply(e, plan, toewijzing_event(5)).children[0].toewijzingen.size(), 1u);
}

TEST(WorkflowRegieVerblijf, NotForAmbulantHelpOrInTheDwangkader) {
  const Engine& e = engine(kFlevoland);
  Plan plan = apply(e, residential_plan(e),
                    event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(4, 10),
                          {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "begeleiding"}}}}));
  EXPECT_EQ(apply(e, plan, toewijzing_event(5)).children[0].toewijzingen.size(), 1u);
}

TEST(WorkflowRegieVerblijf, TheMunicipalityMayWidenTheScopeToTheDwangkader) {
  Json content = family_content(kFlevoland, Json{{"kader", "dwang"}, {"plan_type", "gezinsplan"}});
  auto run = [&](const Engine& e) {
    Plan plan = apply(e, Plan{}, event("plan_aanmaken", gi(), at(2, 9), content));
    plan = apply(e, plan, event("vraagverheldering_starten", gi(), at(2, 10)));
    plan = apply(e, plan, event("vraag_duiden", gi(), at(3, 10)));
    plan = apply(e, plan, event("resultaten_vaststellen", gi(), at(3, 11)));
    return apply(e, plan, event("ondersteuningsprofiel_vaststellen", gi(), at(4, 9),
                                {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "begeleiding"}, {"additions", {"pleegzorg"}}}}}));
  };
  const Engine& regional = engine(kFlevoland);
  EXPECT_EQ(apply(regional, run(regional), toewijzing_event(5)).children[0].toewijzingen.size(), 1u);
  const Engine wider = engine_with(kFlevoland, Json{{"regie_breder_inzetten", true}});
  EXPECT_TRUE(rejection(wider, run(wider), toewijzing_event(5)).has_rule("R-REGIE-VERBLIJF"));
}

TEST(WorkflowRegieVerblijf, InCrisisTheRegisseurComesAfterwards) {
  const Engine& e = engine(kFlevoland);
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), family_content(kFlevoland)));
  plan = apply(e, plan, event("crisis_starten", lokaal_team(), at(2, 22),
                              {{"jeugdige", "tim"},
                               {"ondersteuningsprofiel", {{"code", "crisis"}, {"additions", {"verblijf"}}}},
                               {"aanbieder", provider_json()}}));
  plan = apply(e, plan, toewijzing_event(3));  // allowed without regie during crisis
  plan = apply(e, plan, event("startafspraken_vastleggen", lokaal_team(), at(3, 11),
                              {{"jeugdige", "tim"}, {"agreements", {{{"id", "s1"}, {"description", "Start"}, {"performer", "specialist"}}}}}));
  plan = apply(e, plan, event("evalueren", lokaal_team(), at(12, 10),
                              {{"jeugdige", "tim"}, {"evaluation", {{"id", "e1"}, {"at", at(12, 10)}, {"kind", "crisis"}}}}));
  const Rejection r = rejection(e, plan, event("crisis_afschalen", lokaal_team(), at(12, 11)));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-REGIE-VERBLIJF"});
  plan = apply(e, plan, event("regie_toewijzen", lokaal_team(), at(12, 11), regie("lokale_toegang")));
  EXPECT_EQ(apply(e, plan, event("crisis_afschalen", lokaal_team(), at(12, 12))).status, "vraagduiding");
}

TEST(WorkflowRegieVerblijf, AmsterdamsWorkflowDoesNotCarryIt) {
  // The rule is Flevoland's minimum condition (002); Amsterdam's profile does not list it.
  const Engine& e = engine();
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), at(2, 9), family_content()));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = apply(e, plan, event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(4, 9),
                              {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "9"}, {"additions", {"verblijf"}}}}}));
  EXPECT_EQ(apply(e, plan, toewijzing_event(5)).children[0].toewijzingen.size(), 1u);
}

// ---- R-REGIE-LOKAAL ------------------------------------------------------------------------

TEST(WorkflowRegieLokaal, HomeOrIndependentLivingMeansTheLokaleToegang) {
  const Engine& e = engine(kFlevoland);
  for (const char* perspective : {"thuis_wonen", "zelfstandig_wonen"}) {
    const Plan plan = residential_plan(e, perspective);
    const Rejection r = rejection(e, plan, event("regie_toewijzen", lokaal_team(), at(5, 9), regie("verblijfsinstelling")));
    EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-REGIE-LOKAAL"}) << perspective;
    EXPECT_EQ(r.problems[0].pointer, "/payload/regie/placed_at");
    const Plan assigned = apply(e, plan, event("regie_toewijzen", lokaal_team(), at(5, 9), regie("lokale_toegang")));
    ASSERT_TRUE(assigned.regie.has_value());
    EXPECT_EQ(assigned.regie->placed_at, "lokale_toegang");
    EXPECT_EQ(assigned.regie->assigned_at->value, at(5, 9));
    EXPECT_NE(assigned.regie->basis->find("regiematrix:"), std::string::npos) << "the matrix cell is the basis";
  }
}

TEST(WorkflowRegieLokaal, ForLangdurigVerblijfTheMunicipalityChooses) {
  const Engine& regional = engine(kFlevoland);  // default: lokale_toegang
  EXPECT_TRUE(rejection(regional, residential_plan(regional, "langdurig_verblijf"),
                        event("regie_toewijzen", lokaal_team(), at(5, 9), regie("verblijfsinstelling")))
                  .has_code("PP-W-REGIE-LOKAAL-KEUZE"));
  const Engine institution = engine_with(kFlevoland, Json{{"regie_langdurig_verblijf", "verblijfsinstelling"}});
  const Plan plan = residential_plan(institution, "langdurig_verblijf");
  EXPECT_EQ(apply(institution, plan, event("regie_toewijzen", lokaal_team(), at(5, 9), regie("verblijfsinstelling"))).regie->placed_at,
            "verblijfsinstelling");
  EXPECT_TRUE(rejection(institution, plan, event("regie_toewijzen", lokaal_team(), at(5, 9), regie("lokale_toegang")))
                  .has_code("PP-W-REGIE-LOKAAL-KEUZE"));
}

TEST(WorkflowRegieLokaal, AnUnknownPlacementIsRefused) {
  const Engine& e = engine(kFlevoland);
  const Rejection r = rejection(e, residential_plan(e), event("regie_toewijzen", lokaal_team(), at(5, 9), regie("buurthuis")));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-PAYLOAD"});
}

// ---- the matrix (002 appendix B) -----------------------------------------------------------

// The JSON form every language gets (Engine::regie_advice, pp_workflow_regie_advice,
// Engine.advise_regie in Python): the same answer, absent members left out, and a
// jeugdige the plan does not have refused rather than advised on.
TEST(WorkflowRegieMatrix, TheJsonAdviceNamesPlacementRuleAndBasisAndRefusesAnUnknownJeugdige) {
  const Engine& e = engine(kFlevoland);
  Plan plan = residential_plan(e, "langdurig_verblijf");
  const Json advice = perspectief::json_api::regie_advice(e, plan, "tim");
  EXPECT_EQ(advice.at("placed_at"), "lokale_toegang");
  EXPECT_EQ(advice.at("local_choice"), "regie_langdurig_verblijf");
  EXPECT_EQ(advice.at("rule"), "R-REGIE-LOKAAL");
  EXPECT_FALSE(advice.at("basis").at("nl").get<std::string>().empty());
  EXPECT_FALSE(advice.contains("zicht_op_veiligheid"));
  plan.entry_route = perspectief::EntryRoute::gi;
  plan.children.edit_each([](perspectief::ChildPart& child) { child.kader = perspectief::Kader::dwang; });
  EXPECT_EQ(perspectief::json_api::regie_advice(e, plan, "tim", "preventief_justitieel_kader").at("zicht_op_veiligheid"), "gi");
  try {
    (void)perspectief::json_api::regie_advice(e, plan, "niemand");
    FAIL() << "an unknown jeugdige is refused";
  } catch (const perspectief::Error& error) {
    EXPECT_EQ(error.code(), perspectief::ErrorCode::not_found);
  }
}

TEST(WorkflowRegieMatrix, AdviceFollowsRouteSituationAndPerspective) {
  const Engine& e = engine(kFlevoland);
  Plan plan = residential_plan(e, "langdurig_verblijf");
  auto advice = advise_regie(e, plan, "tim");
  EXPECT_EQ(advice.placed_at, "lokale_toegang");
  EXPECT_EQ(advice.local_choice, "regie_langdurig_verblijf");
  EXPECT_EQ(advice.rule, "R-REGIE-LOKAAL");

  plan.entry_route = perspectief::EntryRoute::gi;
  plan.children.edit_each([](perspectief::ChildPart& child) { child.kader = perspectief::Kader::dwang; });
  advice = advise_regie(e, plan, "tim", "ondertoezichtstelling");
  EXPECT_EQ(advice.placed_at, "gi");
  EXPECT_EQ(advice.rule, "");
  advice = advise_regie(e, plan, "tim", "preventief_justitieel_kader");
  EXPECT_EQ(advice.placed_at, "lokale_toegang");
  EXPECT_EQ(advice.zicht_op_veiligheid, "gi");

  plan.entry_route = perspectief::EntryRoute::veilig_thuis;
  EXPECT_EQ(advise_regie(e, plan, "tim", "gemeld_door_anderen", "triage").placed_at, "veilig_thuis");
  EXPECT_FALSE(advise_regie(e, plan, "tim").placed_at.has_value()) << "Veilig Thuis cells need the situation";
  EXPECT_FALSE(advise_regie(e, plan, "tim", "gemeld_door_anderen").placed_at.has_value())
      << "Veilig Thuis cells need the phase";
}

TEST(WorkflowRegieMatrix, VeiligThuisPhasesAreTheirOwnColumns) {
  // 002 appendix B: reported by the lokale toegang, regie stays there; from the waiting list
  // on, Veilig Thuis watches safety. Reported by others, Veilig Thuis holds regie in every
  // phase until agreements are made. After the hand-over to a helper the perspective decides.
  const Engine& e = engine(kFlevoland);
  Plan plan = residential_plan(e, "thuis_wonen");
  plan.entry_route = perspectief::EntryRoute::veilig_thuis;
  const auto triage = advise_regie(e, plan, "tim", "gemeld_door_lokale_toegang", "triage");
  EXPECT_EQ(triage.placed_at, "lokale_toegang");
  EXPECT_FALSE(triage.zicht_op_veiligheid.has_value());
  for (const char* fase : {"wachtlijst", "onderzoek"}) {
    const auto advice = advise_regie(e, plan, "tim", "gemeld_door_lokale_toegang", fase);
    EXPECT_EQ(advice.placed_at, "lokale_toegang") << fase;
    EXPECT_EQ(advice.zicht_op_veiligheid, "veilig_thuis") << fase;
    EXPECT_EQ(advise_regie(e, plan, "tim", "gemeld_door_anderen", fase).placed_at, "veilig_thuis") << fase;
  }
  const auto handed_over = advise_regie(e, plan, "tim", std::nullopt, "na_overdracht");
  EXPECT_EQ(handed_over.placed_at, "lokale_toegang");
  EXPECT_EQ(handed_over.rule, "R-REGIE-LOKAAL");
  const Plan residential = [&] {
    Plan p = residential_plan(e, "langdurig_verblijf");
    p.entry_route = perspectief::EntryRoute::veilig_thuis;
    return p;
  }();
  EXPECT_EQ(advise_regie(e, residential, "tim", std::nullopt, "na_overdracht").local_choice, "regie_langdurig_verblijf");
}

TEST(WorkflowRegieMatrix, WhoWatchesSafetyAfterAReportToTheRaadDependsOnThePreventiveFramework) {
  // 002 appendix B: Samen Veilig watches safety "als de gemeente preventief justitieel kader
  // heeft ingekocht (zo niet, dan is de lokale toegang verantwoordelijk)".
  const Engine bought = engine_with(kFlevoland, Json{{"preventief_justitieel_kader_ingekocht", true}});
  const Engine not_bought = engine_with(kFlevoland, Json{{"preventief_justitieel_kader_ingekocht", false}});
  Plan plan = residential_plan(engine(kFlevoland), "thuis_wonen");
  plan.entry_route = perspectief::EntryRoute::raad;
  for (const char* fase : {"wachttijd", "onderzoek", "na_uitspraak_geen_maatregel"}) {
    const auto with = advise_regie(bought, plan, "tim", std::nullopt, fase);
    EXPECT_EQ(with.placed_at, "lokale_toegang") << fase;
    EXPECT_EQ(with.zicht_op_veiligheid, "gi") << fase;
    const auto without = advise_regie(not_bought, plan, "tim", std::nullopt, fase);
    EXPECT_EQ(without.placed_at, "lokale_toegang") << fase;
    EXPECT_EQ(without.zicht_op_veiligheid, "lokale_toegang") << fase;
  }
  // By default (the choice not made) the lokale toegang watches safety too.
  EXPECT_EQ(advise_regie(engine(kFlevoland), plan, "tim").zicht_op_veiligheid, "lokale_toegang");
}

TEST(WorkflowRegieMatrix, ACellUnderAnUnknownLocalChoiceIsRefusedAtLoad) {
  Json profile = perspectief::builtin_profile_json(kFlevoland);
  Json& matrix = profile["workflow"]["regie_matrix"];
  matrix[matrix.size() - 1]["when_choice"]["choice"] = "bestaat_niet";
  try {
    Engine::load(profile);
    FAIL() << "loaded";
  } catch (const Error& error) {
    EXPECT_EQ(error.problems()[0].code, "PP-P-WORKFLOW-REGIE");
    EXPECT_EQ(error.problems()[0].pointer, "/workflow/regie_matrix/" + std::to_string(matrix.size() - 1) + "/when_choice/choice");
  }
}

TEST(WorkflowRegieMatrix, AMatrixCellAgainstTheMinimumConditionIsRefusedAtLoad) {
  Json profile = perspectief::builtin_profile_json(kFlevoland);
  profile["workflow"]["regie_matrix"][0]["placed_at"] = "verblijfsinstelling";
  try {
    Engine::load(profile);
    FAIL() << "loaded";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::profile);
    EXPECT_EQ(error.pointer(), "/workflow/regie_matrix/0");
    EXPECT_EQ(error.problems()[0].code, "PP-P-WORKFLOW-REGIE-MINIMUM");
  }
}

}  // namespace
