// R-CHANGE-SCOPE, as an attacker entitled to call plan_wijzigen would try it: Piet is an
// ouder without gezag, so Tim's part (14) is withheld from him (R-MEMBER-PRIVACY);
// Anna holds gezag and may read and change it, and so may the lokale team.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;
using perspectief::Problem;

const char* kWithheld = "Tim gaat weer naar school";  // the description of Tim's result

Json amend_patch(const Json& by, const Json& ops, int minute = 0) {
  return event("plan_wijzigen", by, at(7, 10, minute), {{"json_patch", ops}});
}
Json amend_merge(const Json& by, const Json& merge, int minute = 0) {
  return event("plan_wijzigen", by, at(7, 10, minute), {{"merge_patch", merge}});
}

class ChangeScopeTest : public ::testing::Test {
 protected:
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
};

void expect_no_withheld_text(const Rejection& r) {
  for (const Problem& p : r.problems) {
    EXPECT_EQ(p.message_en.find(kWithheld), std::string::npos) << p.message_en;
    EXPECT_EQ(p.message_nl.find(kWithheld), std::string::npos) << p.message_nl;
  }
}

TEST_F(ChangeScopeTest, CopyMoveAndTestAreRefusedForEveryone) {
  for (const std::string op : {"copy", "move", "test"}) {
    for (const Json& by : {vader_zonder_gezag(), moeder(), lokaal_team()}) {
      Json o{{"op", op}, {"path", "/family_part/hulpvragen/-"}};
      if (op == "test") {
        o = Json{{"op", "test"}, {"path", "/children/0/results/0/description"}, {"value", kWithheld}};
      } else {
        o["from"] = "/children/0/hulpvragen/0";
      }
      const Rejection r = rejection(e, plan, amend_patch(by, Json::array({o})));
      ASSERT_TRUE(r.has_code("PP-W-CHANGE-SCOPE-OP")) << op;
      EXPECT_TRUE(r.has_rule("R-CHANGE-SCOPE"));
      EXPECT_EQ(r.problems.front().pointer, "/payload/json_patch/0/op");
      expect_no_withheld_text(r);
    }
  }
}

TEST_F(ChangeScopeTest, WithheldPartCannotBeChangedEntitledAuthorsCan) {
  const Json ops = Json::array({{{"op", "replace"}, {"path", "/children/0/results/0/description"}, {"value", "x"}}});
  const Rejection r = rejection(e, plan, amend_patch(vader_zonder_gezag(), ops));
  ASSERT_TRUE(r.has_code("PP-W-CHANGE-SCOPE"));
  EXPECT_TRUE(r.has_rule("R-CHANGE-SCOPE"));
  EXPECT_EQ(r.problems.size(), 1u);
  // Anna (gezag, Tim under 16) and the lokale team may.
  EXPECT_EQ(apply(e, plan, amend_patch(moeder(), ops)).children[0].results[0].description, "x");
  EXPECT_EQ(apply(e, plan, amend_patch(lokaal_team(), ops)).children[0].results[0].description, "x");
}

TEST_F(ChangeScopeTest, AuthorAddsOwnContentNextToWithheldContent) {
  // Piet adds his own hulpvraag to the family part: a new part about himself.
  const Json ops = Json::array(
      {{{"op", "add"}, {"path", "/family_part/hulpvragen/-"}, {"value", {{"member", "piet"}, {"text", "Ik wil helpen"}}}}});
  const Plan after = apply(e, plan, amend_patch(vader_zonder_gezag(), ops));
  EXPECT_EQ(after.family_part.hulpvragen.back().member, "piet");
  // ... but not a hulpvraag in Tim's name, nor one in Tim's part.
  const Json as_tim = Json::array(
      {{{"op", "add"}, {"path", "/family_part/hulpvragen/-"}, {"value", {{"member", "tim"}, {"text", "nep"}}}}});
  EXPECT_TRUE(rejection(e, plan, amend_patch(vader_zonder_gezag(), as_tim)).has_code("PP-W-CHANGE-SCOPE"));
  const Json into_tim = Json::array(
      {{{"op", "add"}, {"path", "/children/0/hulpvragen/-"}, {"value", {{"member", "piet"}, {"text", "nep"}}}}});
  EXPECT_TRUE(rejection(e, plan, amend_patch(vader_zonder_gezag(), into_tim)).has_code("PP-W-CHANGE-SCOPE"));
}

// A merge patch that sends exactly the withheld content makes no difference; deciding on
// the difference would accept it and refuse any other value: an oracle on the content.
TEST_F(ChangeScopeTest, MergePatchIsNoOracleOnWithheldContent) {
  const Json children = perspectief::workflow::content_json(plan)["children"];
  Json guessed_wrong = children;
  guessed_wrong[0]["results"][0]["description"] = "fout geraden";
  const Rejection right = rejection(e, plan, amend_merge(vader_zonder_gezag(), {{"children", children}}));
  const Rejection wrong = rejection(e, plan, amend_merge(vader_zonder_gezag(), {{"children", guessed_wrong}}));
  ASSERT_TRUE(right.has_code("PP-W-CHANGE-SCOPE"));
  EXPECT_EQ(right.problems, wrong.problems);
  expect_no_withheld_text(right);
  // Deleting the withheld part, or the whole list, is addressing it too.
  EXPECT_TRUE(rejection(e, plan, amend_merge(vader_zonder_gezag(), {{"children", nullptr}})).has_code("PP-W-CHANGE-SCOPE"));
  // The lokale team may send the same list (no change at all).
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, amend_merge(lokaal_team(), {{"children", children}})));
}

// Whether a withheld location exists is withheld too: the refusal is the same.
TEST_F(ChangeScopeTest, RefusalDoesNotTellWhetherAWithheldLocationExists) {
  auto attempt = [&](const std::string& path) {
    return rejection(e, plan, amend_patch(vader_zonder_gezag(), Json::array({{{"op", "add"}, {"path", path}, {"value", 1}}})));
  };
  const Rejection exists = attempt("/children/0/results/0/description");
  ASSERT_TRUE(exists.has_code("PP-W-CHANGE-SCOPE"));
  for (const std::string path : {"/children/0/results/7/description", "/children/0/behandelplan/summary",
                                 "/children/1/hulpvragen/0/text", "/children/0/results/-"}) {
    EXPECT_EQ(attempt(path).problems, exists.problems) << path;
  }
  // A position the author can see is absent is an ordinary patch error, without
  // nlohmann's text (which quotes paths and values).
  const Rejection own = attempt("/family_part/results/9/description");
  ASSERT_TRUE(own.has_code("PP-W-PATCH"));
  EXPECT_EQ(own.problems.front().pointer, "/payload/json_patch/0");
  EXPECT_EQ(own.problems.front().message_en.find("/family_part"), std::string::npos);
}

// Renaming an item within one patch cannot hide where it was: every location an
// operation names is decided, in the document the operation applies to.
TEST_F(ChangeScopeTest, IntermediateLocationsAreDecidedToo) {
  const Json ops = Json::array({
      {{"op", "add"}, {"path", "/children/0/results/-"}, {"value", {{"id", "tmp"}, {"leefgebied", "wonen"}, {"description", "a"}, {"performer", "gezin"}}}},
      {{"op", "remove"}, {"path", "/children/0/results/1"}},
  });
  EXPECT_TRUE(rejection(e, plan, amend_patch(vader_zonder_gezag(), ops)).has_code("PP-W-CHANGE-SCOPE"));
  EXPECT_NO_THROW(perspectief::json_api::apply_event(e, plan, amend_patch(moeder(), ops)));
}

TEST_F(ChangeScopeTest, MalformedOperationsGetTheirOwnPointer) {
  const Rejection r = rejection(
      e, plan, amend_patch(lokaal_team(), Json::array({{{"op", "add"}, {"path", "no-slash"}, {"value", 1}},
                                                       {{"op", "frobnicate"}, {"path", "/x"}},
                                                       {{"op", "replace"}, {"path", "/local_fields/x"}}})));
  ASSERT_EQ(r.codes(), (std::vector<std::string>{"PP-W-PATCH", "PP-W-PATCH", "PP-W-PATCH"}));
  EXPECT_EQ(r.problems[0].pointer, "/payload/json_patch/0/path");
  EXPECT_EQ(r.problems[1].pointer, "/payload/json_patch/1/op");
  EXPECT_EQ(r.problems[2].pointer, "/payload/json_patch/2/value");
}

}  // namespace

// ---- R-MEMBER-PRIVACY: one member's personal entries --------------------------------------

// Piet's own account in the family part: a personal perspective on financien and a personal
// result. Anna (with gezag) may change the rest of the family part, not his account.
Plan plan_with_piets_account(const Engine& e) {
  Json piets = {{"author", vader_zonder_gezag()}, {"situation", "Ontslagen; schulden"}, {"personal", true}};
  Json extra{{"family_part",
              {{"analysis",
                {{{"leefgebied", "opvoeding"},
                  {"perspectives", {{{"author", moeder()}, {"situation", "Veel ruzie"}}, piets}}}}},
               {"results",
                {{{"id", "r-wonen"}, {"leefgebied", "wonen"}, {"description", "Een grotere woning"}, {"performer", "gezin"}},
                 {{"id", "r-schuld"}, {"leefgebied", "financien"}, {"description", "Schuldhulp"},
                  {"performer", "lokale_toegang"}, {"about", "piet"}, {"personal", true}}}}}}};
  return plan_ready_for_akkoord(e, extra);
}

TEST(ChangeScopePersonal, AnotherMemberCannotChangeRemoveOrUnmarkAPersonalEntry) {
  const Engine& e = engine();
  const Plan plan = plan_with_piets_account(e);
  const std::vector<Json> attacks{
      Json::array({{{"op", "replace"}, {"path", "/family_part/results/1/description"}, {"value", "Niets"}}}),
      Json::array({{{"op", "remove"}, {"path", "/family_part/results/1"}}}),
      Json::array({{{"op", "replace"}, {"path", "/family_part/results/1/personal"}, {"value", false}}}),
      Json::array({{{"op", "replace"}, {"path", "/family_part/results"}, {"value", Json::array()}}}),
      Json::array({{{"op", "remove"}, {"path", "/family_part/analysis/0/perspectives/1"}}}),
      Json::array({{{"op", "replace"}, {"path", "/family_part/analysis/0"}, {"value", {{"leefgebied", "opvoeding"}}}}}),
      Json::array({{{"op", "replace"}, {"path", "/family_part/analysis/0/perspectives"}, {"value", Json::array()}}}),
  };
  for (const Json& ops : attacks) {
    const Rejection r = rejection(e, plan, amend_patch(moeder(), ops));
    EXPECT_TRUE(r.has_code("PP-W-CHANGE-SCOPE")) << ops.dump() << " " << ::testing::PrintToString(r.codes());
    EXPECT_TRUE(r.has_rule("R-CHANGE-SCOPE")) << ops.dump();
  }
  // Nor by a merge patch that replaces the list.
  EXPECT_TRUE(rejection(e, plan, amend_merge(moeder(), {{"family_part", {{"results", Json::array()}}}}))
                  .has_code("PP-W-CHANGE-SCOPE"));
}

TEST(ChangeScopePersonal, TheRestOfTheFamilyPartStaysTheFamilysAndTheAccountStaysPiets) {
  const Engine& e = engine();
  const Plan plan = plan_with_piets_account(e);
  // Anna adds a result and changes her own perspective beside his.
  EXPECT_NO_THROW(apply(e, plan, amend_patch(moeder(), Json::array({{{"op", "add"}, {"path", "/family_part/results/-"},
                                                                      {"value", {{"id", "r-rust"}, {"leefgebied", "opvoeding"},
                                                                                 {"description", "Rust"}, {"performer", "gezin"}}}}}))));
  EXPECT_NO_THROW(apply(e, plan, amend_patch(moeder(), Json::array({{{"op", "replace"},
                                                                      {"path", "/family_part/analysis/0/perspectives/0/situation"},
                                                                      {"value", "Minder ruzie"}}}))));
  // Piet changes his own account; the lokale team may too.
  EXPECT_NO_THROW(apply(e, plan, amend_patch(vader_zonder_gezag(),
                                             Json::array({{{"op", "replace"}, {"path", "/family_part/results/1/description"},
                                                           {"value", "Schuldhulp via de gemeente"}}}))));
  EXPECT_NO_THROW(apply(e, plan, amend_patch(lokaal_team(),
                                             Json::array({{{"op", "add"}, {"path", "/family_part/results/1/status"},
                                                           {"value", "open"}}}))));
}
