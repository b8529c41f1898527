// Authorship (R-PERSPECTIVES, and the family's own words): a perspective is changed or
// withdrawn only by its author, a perspective added is the actor's own; a hulpvraag is
// written, changed or withdrawn by its member, or recorded on the member's behalf "as
// such" (recorded_by). And in every region a provider changes only what is its own
// (R-PROVIDER-NOT-DRAFTING). Each on its allow and deny side, with the attacks of
// issue #11: the lokale team removing a parent's perspective, a parent rewriting the
// other's text, a provider rewriting the family's hulpvraag outside Amsterdam.
#include <gtest/gtest.h>

#include "workflow_support.hpp"

namespace {

using namespace wf_test;

const std::vector<std::string> kRegions{"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"};

Plan created(const Engine& e = engine(), const Json& extra = Json::object()) {
  Json content = family_content(e.profile().id, extra);
  content["plan_type"] = perspectief::to_string(e.profile().plan_term);
  return apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), content));
}

Json patch(const Json& operation) { return Json{{"json_patch", operation.is_array() ? operation : Json::array({operation})}}; }
Json op(const std::string& kind, const std::string& path, const Json& value = nullptr) {
  Json o{{"op", kind}, {"path", path}};
  if (!value.is_null()) o["value"] = value;
  return o;
}

const std::string kAnnasPerspective = "/family_part/analysis/0/perspectives/0";

// ---- perspectives -----------------------------------------------------------------------

TEST(WorkflowAuthorship, TheLokaleTeamCannotWithdrawAParentsPerspective) {
  const Engine& e = engine();
  const Rejection r = rejection(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10), patch(op("remove", kAnnasPerspective))));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-PERSPECTIVE-AUTHOR"});
  EXPECT_EQ(r.rules, std::vector<std::string>{"R-PERSPECTIVES"});
  EXPECT_EQ(r.problems[0].pointer, kAnnasPerspective);
}

TEST(WorkflowAuthorship, AnotherParentCannotRewriteItKeepingTheAuthor) {
  const Engine& e = engine();
  const Rejection r = rejection(e, created(e), event("plan_wijzigen", vader_zonder_gezag(), at(2, 10),
                                                    patch(op("replace", kAnnasPerspective + "/situation", "Niets aan de hand"))));
  EXPECT_TRUE(r.has_code("PP-W-PERSPECTIVE-AUTHOR"));
}

TEST(WorkflowAuthorship, TheAuthorChangesAndWithdrawsItsOwnPerspective) {
  const Engine& e = engine();
  Plan plan = apply(e, created(e), event("plan_wijzigen", moeder(), at(2, 10),
                                         patch(op("replace", kAnnasPerspective + "/situation", "Iets rustiger"))));
  EXPECT_EQ(plan.family_part.analysis[0].perspectives[0].situation, "Iets rustiger");
  plan = apply(e, plan, event("plan_wijzigen", moeder(), at(2, 11), patch(op("remove", kAnnasPerspective))));
  EXPECT_TRUE(plan.family_part.analysis[0].perspectives.empty());
}

TEST(WorkflowAuthorship, OthersAddTheirOwnPerspectiveNextToIt) {
  const Engine& e = engine();
  const Json own{{"author", lokaal_team()}, {"situation", "Spanning tussen de ouders"}};
  const Plan plan = apply(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10),
                                               patch(op("add", "/family_part/analysis/0/perspectives/-", own))));
  ASSERT_EQ(plan.family_part.analysis[0].perspectives.size(), 2u);
  EXPECT_EQ(plan.family_part.analysis[0].perspectives[0].situation, "Veel ruzie");
}

TEST(WorkflowAuthorship, NobodyWritesAPerspectiveInAnothersName) {
  const Engine& e = engine();
  const Json forged{{"author", moeder()}, {"situation", "Alles gaat goed"}};
  const Rejection r = rejection(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10),
                                                    patch(op("add", "/family_part/analysis/0/perspectives/-", forged))));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-PERSPECTIVE-AUTHOR"});
  EXPECT_EQ(r.problems[0].pointer, "/family_part/analysis/0/perspectives/1/author");
}

TEST(WorkflowAuthorship, ReorderingIsNoChange) {
  const Engine& e = engine();
  const Json own{{"author", lokaal_team()}, {"situation", "Spanning"}};
  Plan plan = apply(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10),
                                         patch(op("add", "/family_part/analysis/0/perspectives/-", own))));
  // JSON Patch move reads from the plan (R-CHANGE-SCOPE); the same reordering by remove and add.
  plan = apply(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 11),
                              patch(Json::array({{{"op", "remove"}, {"path", "/family_part/analysis/0/perspectives/1"}},
                                                 {{"op", "add"}, {"path", "/family_part/analysis/0/perspectives/0"},
                                                  {"value", own}}}))));
  EXPECT_EQ(plan.family_part.analysis[0].perspectives[0].situation, "Spanning");
}

// In a jeugdige's part, next to other changes of the same part: the perspective is judged
// wherever it is, and a change that leaves every perspective and hulpvraag alone passes.
TEST(WorkflowAuthorship, AJeugdigesPerspectiveIsJudgedNextToOtherChangesOfItsPart) {
  const Engine& e = engine();
  const Json own{{"leefgebied", "psychische_gezondheid"},
                 {"perspectives", Json::array({{{"author", lokaal_team()}, {"situation", "Tim zit thuis"}}})}};
  const Plan plan = apply(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10),
                                               patch(op("add", "/children/0/analysis", Json::array({own})))));
  const Json other_change = op("replace", "/children/0/hulpvragen/0/text", "Ik wil naar een andere school.");
  EXPECT_EQ(apply(e, plan, event("plan_wijzigen", tim(), at(2, 11), patch(other_change))).children[0].hulpvragen[0].text,
            "Ik wil naar een andere school.");
  const Rejection r = rejection(
      e, plan,
      event("plan_wijzigen", tim(), at(2, 11),
            patch(Json::array({other_change, op("replace", "/children/0/analysis/0/perspectives/0/situation", "Alles goed")}))));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-PERSPECTIVE-AUTHOR"});
  EXPECT_EQ(r.problems[0].pointer, "/children/0/analysis/0/perspectives/0");
}

// ---- the family's own words ---------------------------------------------------------------

TEST(WorkflowAuthorship, AProviderNeverRewritesTheFamilysHulpvraagInAnyRegion) {
  for (const std::string& region : kRegions) {
    const Engine& e = engine(region);
    const Rejection r = rejection(e, created(e), event("plan_wijzigen", aanbieder(), at(2, 10),
                                                      patch(op("replace", "/family_part/hulpvragen/0/text", "Anders"))));
    // Not chosen yet, the provider has no standing (R-STANDING); with it, R-CHANGE-SCOPE and
    // R-PROVIDER-NOT-DRAFTING still keep the family's words from it.
    EXPECT_TRUE(r.has_rule("R-STANDING") || r.has_rule("R-CHANGE-SCOPE") || r.has_rule("R-PROVIDER-NOT-DRAFTING"))
        << region;
  }
}

TEST(WorkflowAuthorship, NotEvenWhenTheReferrerLetTheProviderDraft) {
  const Engine& e = engine();
  Plan plan = apply(e, created(e), event("plan_wijzigen", lokaal_team(), at(2, 10), {{"merge_patch", {{"provider_drafting", true}}}}));
  const Rejection r = rejection(e, plan, event("plan_wijzigen", aanbieder(), at(2, 11),
                                              patch(op("replace", "/family_part/hulpvragen/0/text", "Anders"))));
  EXPECT_TRUE(r.has_rule("R-STANDING") || r.has_rule("R-CHANGE-SCOPE") || r.has_code("PP-W-HULPVRAAG-AUTHOR"));
}

TEST(WorkflowAuthorship, AMemberChangesTheirOwnHulpvraagNotAnothers) {
  const Engine& e = engine();
  const Plan plan = created(e);
  EXPECT_EQ(apply(e, plan, event("plan_wijzigen", moeder(), at(2, 10), patch(op("replace", "/family_part/hulpvragen/0/text", "Rust"))))
                .family_part.hulpvragen[0].text,
            "Rust");
  const Rejection r = rejection(e, plan, event("plan_wijzigen", moeder(), at(2, 10),
                                              patch(op("replace", "/children/0/hulpvragen/0/text", "Tim wil niets"))));
  EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-W-HULPVRAAG-AUTHOR"});
  EXPECT_EQ(r.problems[0].pointer, "/children/0/hulpvragen/0");
}

TEST(WorkflowAuthorship, TheLokaleTeamRecordsAHulpvraagOnAMembersBehalfAsSuch) {
  const Engine& e = engine();
  const Plan plan = created(e);
  const Json as_such{{"member", "piet"}, {"text", "Ik wil mijn kinderen vaker zien."}, {"recorded_by", lokaal_team()}};
  EXPECT_EQ(apply(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 10), patch(op("add", "/family_part/hulpvragen/-", as_such))))
                .family_part.hulpvragen.size(),
            2u);
  Json unsaid = as_such;
  unsaid.erase("recorded_by");
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 10), patch(op("add", "/family_part/hulpvragen/-", unsaid))))
                  .has_code("PP-W-HULPVRAAG-AUTHOR"));
  // Recorded "by" somebody else is no record of the actor's own.
  Json other = as_such;
  other["recorded_by"] = actor("lokaal_team", "lt-999", "Buurtteam Oost");
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", lokaal_team(), at(2, 10), patch(op("add", "/family_part/hulpvragen/-", other))))
                  .has_code("PP-W-HULPVRAAG-AUTHOR"));
}

TEST(WorkflowAuthorship, AParentWithGezagRecordsAYoungChildsQuestionOneWithoutDoesNot) {
  const Engine& e = engine();
  const Plan plan = created(e);
  const Json by_anna{{"member", "lotte"}, {"text", "Lotte wil een eigen kamer."}, {"recorded_by", moeder()}};
  EXPECT_NO_THROW(apply(e, plan, event("plan_wijzigen", moeder(), at(2, 10), patch(op("add", "/children/1/hulpvragen", Json::array({by_anna}))))));
  const Json by_piet{{"member", "lotte"}, {"text", "Lotte wil bij mij wonen."}, {"recorded_by", vader_zonder_gezag()}};
  EXPECT_TRUE(rejection(e, plan, event("plan_wijzigen", vader_zonder_gezag(), at(2, 10),
                                       patch(op("add", "/children/1/hulpvragen", Json::array({by_piet})))))
                  .has_code("PP-W-CHANGE-SCOPE"));  // Lotte's part is not Piet's to read or change
}

TEST(WorkflowAuthorship, ALaterProfileWithoutTheGuardIsRefused) {
  Json profile = perspectief::builtin_profile_json("flevoland");
  for (Json& t : profile["workflow"]["transitions"]) {
    if (t["event"] == "plan_wijzigen") t["guards"] = Json::array({"R-PROVIDER-NOT-DRAFTING"});
  }
  try {
    Engine::load(profile);
    ADD_FAILURE() << "a plan_wijzigen without R-PERSPECTIVES was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.problems().at(0).code, "PP-P-WORKFLOW-GUARD-REQUIRED");
  }
}

}  // namespace
