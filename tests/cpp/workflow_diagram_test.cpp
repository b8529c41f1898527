// The diagram export (Mermaid, DOT), the docs that show it, and available_events.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"
#include "perspectief/workflow.hpp"

namespace {

using namespace wf_test;

TEST(WorkflowDiagram, MermaidHasEveryStateAndEveryStateChangingTransition) {
  const Engine& e = engine();
  const std::string mermaid = perspectief::workflow::diagram(e, "mermaid");
  EXPECT_EQ(mermaid.rfind("stateDiagram-v2\n", 0), 0u);
  const Json profile = perspectief::builtin_profile_json("amsterdam-zaanstreek");
  for (const Json& state : profile["workflow"]["states"]) {
    const std::string id = state["id"];
    EXPECT_NE(mermaid.find("    " + id + " : " + state["label"]["nl"].get<std::string>() + "\n"), std::string::npos) << id;
  }
  EXPECT_NE(mermaid.find("    [*] --> hulpvraag : plan_aanmaken / R-PROVIDER-NOT-DRAFTING\n"), std::string::npos);
  EXPECT_NE(mermaid.find("    crisis_hulp --> hulp_gestart : hulp_starten / R-SEG-KNOWN, R-TOEWIJZING, R-SEG-C-PLAN, R-SEG-C-AKKOORD"), std::string::npos);
  EXPECT_NE(mermaid.find("    hulp_gestart --> in_overleg_aanbieder : plan_wijzigen when R-REOPEN"), std::string::npos);
  EXPECT_NE(mermaid.find("    note right of plan_akkoord : "), std::string::npos) << "events that keep the state";
  // A state-changing edge for every (transition, from state).
  std::size_t edges = 0;
  for (const Json& t : profile["workflow"]["transitions"]) {
    if (t.contains("to")) edges += std::max<std::size_t>(t["from"].size(), 1);
  }
  std::size_t arrows = 0;
  for (std::size_t at_pos = mermaid.find(" --> "); at_pos != std::string::npos; at_pos = mermaid.find(" --> ", at_pos + 1)) ++arrows;
  EXPECT_EQ(arrows, edges);
}

TEST(WorkflowDiagram, DotIsAGraphWithTheSameEdges) {
  const Engine& e = engine();
  const std::string dot = perspectief::workflow::diagram(e, "dot");
  EXPECT_EQ(dot.rfind("digraph workflow {\n", 0), 0u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  EXPECT_NE(dot.find("  start -> hulpvraag [label=\"plan_aanmaken / R-PROVIDER-NOT-DRAFTING\"];\n"), std::string::npos);
  std::size_t dot_edges = 0;
  for (std::size_t p = dot.find(" -> "); p != std::string::npos; p = dot.find(" -> ", p + 1)) ++dot_edges;
  const std::string mermaid = perspectief::workflow::diagram(e, "mermaid");
  std::size_t mermaid_edges = 0;
  for (std::size_t p = mermaid.find(" --> "); p != std::string::npos; p = mermaid.find(" --> ", p + 1)) ++mermaid_edges;
  EXPECT_EQ(dot_edges, mermaid_edges);
}

TEST(WorkflowDiagram, RegionsDrawTheirOwnWorkflow) {
  EXPECT_EQ(perspectief::workflow::diagram(engine("flevoland"), "mermaid").find("hulp_starten_na_overplaatsing"), std::string::npos);
  EXPECT_NE(perspectief::workflow::diagram(engine(), "mermaid").find("hulp_starten_na_overplaatsing"), std::string::npos);
  EXPECT_NE(perspectief::workflow::diagram(engine("flevoland"), "dot").find("R-REGIE-VERBLIJF"), std::string::npos);
}

TEST(WorkflowDiagram, UnknownFormatIsAnInvalidArgument) {
  try {
    perspectief::workflow::diagram(engine(), "plantuml");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  }
}

TEST(WorkflowDiagram, TheDocsShowTheCurrentAmsterdamDiagram) {
  const std::string docs = pp_test::read_source_file("docs/workflow.md");
  const std::string block = "```mermaid\n" + perspectief::workflow::diagram(engine(), "mermaid") + "```\n";
  EXPECT_NE(docs.find(block), std::string::npos)
      << "docs/workflow.md is out of date; paste the output of workflow_diagram(\"mermaid\") for amsterdam-zaanstreek";
}

// ---- available_events --------------------------------------------------------------------------

const Json* option_for(const Json& options, const std::string& id) {
  for (const Json& option : options) {
    if (option["event"] == id) return &option;
  }
  return nullptr;
}

TEST(WorkflowAvailableEvents, JudgesEveryEventForTheActorWithoutPayload) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  const Json options = perspectief::json_api::available_events(e, plan, lokaal_team(), at(6, 9));
  ASSERT_EQ(options.size(), 29u);  // every event of Amsterdam's workflow, once

  const Json* start = option_for(options, "hulp_starten");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ((*start)["allowed"], false);
  EXPECT_EQ((*start)["to"], "hulp_gestart");
  EXPECT_EQ((*start)["needs_payload"], false);
  EXPECT_EQ((*start)["rules"], (Json{"R-SEG-C-AKKOORD", "R-FAMILY-AKKOORD"}));
  EXPECT_EQ((*start)["label"]["nl"], "Hulp starten");
  EXPECT_EQ((*start)["problems"][0]["code"], "PP-W-SEG-C-AKKOORD");

  const Json* akkoord = option_for(options, "akkoord_geven");
  EXPECT_EQ((*akkoord)["allowed"], true);
  EXPECT_EQ((*akkoord)["to"], "plan_akkoord");

  const Json* amend = option_for(options, "plan_wijzigen");
  EXPECT_EQ((*amend)["allowed"], true);
  EXPECT_EQ((*amend)["needs_payload"], true);

  const Json* close = option_for(options, "afronden");
  EXPECT_EQ((*close)["allowed"], false);
  EXPECT_EQ((*close)["problems"][0]["code"], "PP-W-STATE");
}

TEST(WorkflowAvailableEvents, RolesMatter) {
  const Engine& e = engine();
  const Plan plan = plan_ready_for_akkoord(e);
  const Json options = perspectief::json_api::available_events(e, plan, moeder(), at(6, 9));
  EXPECT_EQ((*option_for(options, "akkoord_geven"))["allowed"], true);
  const Json* start = option_for(options, "hulp_starten");
  EXPECT_EQ((*start)["problems"][0]["code"], "PP-W-ROLE");
}

TEST(WorkflowAvailableEvents, AnEmptyPlanOffersOnlyTheGenesis) {
  const Json options = perspectief::json_api::available_events(engine(), Plan{}, moeder(), at(2, 9));
  for (const Json& option : options) {
    if (option["event"] == "plan_aanmaken") {
      EXPECT_EQ(option["allowed"], true);
      EXPECT_EQ(option["needs_payload"], true);
    } else {
      EXPECT_EQ(option["allowed"], false) << option.dump();
    }
  }
}

TEST(WorkflowAvailableEvents, BadActorOrMomentAreClearErrors) {
  try {
    perspectief::json_api::available_events(engine(), Plan{}, Json{{"role", "koning"}}, at(2, 9));
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::schema);
    EXPECT_EQ(error.pointer(), "/actor/role");
  }
  try {
    perspectief::json_api::available_events(engine(), Plan{}, moeder(), "2026-13-01T00:00:00Z");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  }
}

}  // namespace
