// Runs the shared conformance cases (tests/conformance/cases/*.json, format in
// docs/conformance.md) through the C++ facade. The Python, Java, C# and CLI
// runners run the same files through their own APIs and must agree byte for byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/workflow.hpp"

namespace fs = std::filesystem;
using perspectief::Engine;
using perspectief::Error;
using perspectief::Json;

namespace {

const fs::path kRoot = PP_SOURCE_DIR;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  const fs::path dir = kRoot / "tests/conformance/cases";
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Engine load_engine(const Json& spec) {
  const Json settings = spec.value("settings", Json());
  return Engine::load_builtin(spec.at("profile").get<std::string>(), settings.is_null() ? nullptr : &settings);
}

perspectief::Plan load_plan(const Engine& engine, const Json& spec) {
  if (spec.contains("file")) return engine.parse_plan(read_file(kRoot / spec.at("file").get<std::string>()));
  return engine.parse_plan(spec.at("inline").dump());
}

namespace sharing = perspectief::sharing;

// The values of `ask` and `ask_party`, looked up in the order every runner uses (party,
// recipient, channel, at, then each part), so that a case with a bad value fails at the
// same one in every language.
struct AskValues {
  sharing::Party party;
  std::optional<sharing::Party> recipient;
  sharing::ChannelRef channel;
  perspectief::Moment at;
  std::optional<sharing::BreakGlass> break_glass;
  std::vector<sharing::PartRef> parts;
  sharing::Action action;
  sharing::Purpose purpose;

  AskValues(const Engine& engine, const sharing::PreparedPlan& prepared, const Json& input)
      : party(sharing::party_from_json(input.at("party"))),
        action(*perspectief::enum_from_string<sharing::Action>(input.at("action").get<std::string>())),
        purpose(*perspectief::enum_from_string<sharing::Purpose>(input.at("purpose").get<std::string>())) {
    if (input.contains("recipient")) recipient = sharing::party_from_json(input.at("recipient"));
    const std::string code = input.at("channel").get<std::string>();
    const auto found = sharing::find_channel(engine, code);
    if (!found) throw Error(perspectief::ErrorCode::not_found, "the region knows no channel '" + code + "'");
    channel = *found;
    const auto moment = perspectief::parse_moment(input.at("at").get<std::string>());
    if (!moment) throw Error(perspectief::ErrorCode::invalid_argument, "at is no RFC 3339 moment with offset");
    at = *moment;
    if (input.contains("break_glass")) break_glass = sharing::BreakGlass{input.at("break_glass").get<std::string>()};
    for (const Json& address : input.at("parts")) {
      const auto part = prepared.find_part(address.get<std::string>());
      if (!part) throw Error(perspectief::ErrorCode::not_found, "the plan has no part at " + address.dump());
      parts.push_back(*part);
    }
  }
  AskValues(const AskValues&) = delete;  // its questions point into it

  sharing::Question question(sharing::PartRef part) const {
    return sharing::Question{&party, action, purpose, part, channel, at, recipient ? &*recipient : nullptr,
                             break_glass ? &*break_glass : nullptr};
  }
};

Json answer_json(const sharing::Answer& answer) {
  return Json{{"verdict", answer.allowed() ? "allow" : "deny"}, {"rules", answer.rule_ids()}, {"reason", answer.reason}};
}

// `ask`: one party's questions about the listed parts, in one ask_batch.
Json ask_answers(const Engine& engine, const perspectief::Plan& plan, const Json& input) {
  const sharing::PreparedPlan prepared(engine, plan);
  const AskValues values(engine, prepared, input);
  std::vector<sharing::Question> questions;
  for (const sharing::PartRef part : values.parts) questions.push_back(values.question(part));
  Json answers = Json::array();
  for (const sharing::Answer& answer : sharing::ask_batch(prepared, questions)) answers.push_back(answer_json(answer));
  return answers;
}

// `ask_party`: the same questions asked one by one of the party prepared at the moment,
// each answer checked to be the question's own (asked of the prepared plan).
Json ask_party_answers(const Engine& engine, const perspectief::Plan& plan, const Json& input) {
  const sharing::PreparedPlan prepared(engine, plan);
  const AskValues values(engine, prepared, input);
  const sharing::PreparedParty party(prepared, values.party, values.at);
  Json answers = Json::array();
  for (const sharing::PartRef part : values.parts) {
    answers.push_back(answer_json(sharing::ask(party, values.action, values.purpose, part, values.channel)));
    EXPECT_EQ(answers.back(), answer_json(sharing::ask(prepared, values.question(part))))
        << "the prepared party's answer about part " << part.index << " is not the question's";
  }
  return answers;
}

// The operation's output, per the table in docs/conformance.md.
Json run_operation(const Json& test_case) {
  const std::string operation = test_case.at("operation").get<std::string>();
  const Json input = test_case.value("input", Json::object());
  if (operation == "canonicalize") return perspectief::canonicalize_json(input.at("text").get<std::string>());
  const Engine engine = load_engine(test_case.at("engine"));
  if (operation == "load_engine") {
    return Json{{"profile", engine.profile().id},
                {"municipality", engine.settings() ? Json(engine.settings()->municipality) : Json()}};
  }
  if (operation == "diagram") return perspectief::workflow::diagram(engine, input.at("format").get<std::string>());
  if (operation == "verblijf_report") {
    std::vector<perspectief::Plan> plans;
    for (const Json& spec : test_case.at("plans")) plans.push_back(load_plan(engine, spec));
    std::vector<const perspectief::Plan*> pointers;
    for (const auto& plan : plans) pointers.push_back(&plan);
    return perspectief::json_api::verblijf_report(engine, pointers, input.value("options", Json()));
  }
  const perspectief::Plan plan = load_plan(engine, test_case.at("plan"));
  if (operation == "parse") return perspectief::plan_to_json(plan);
  if (operation == "validate") {
    Json problems = Json::array();
    for (const auto& p : engine.validate(plan)) {
      problems.push_back(Json{{"code", p.code}, {"pointer", p.pointer}, {"message_nl", p.message_nl},
                              {"message_en", p.message_en}, {"rule", p.rule},
                              {"severity", perspectief::severity_name(p.severity)}});
    }
    return problems;
  }
  if (operation == "available_events") {
    return perspectief::json_api::available_events(engine, plan, input.at("actor"), input.at("at").get<std::string>());
  }
  if (operation == "apply") return perspectief::plan_to_json(perspectief::json_api::apply_event(engine, plan, input.at("event")));
  if (operation == "apply_all") return perspectief::plan_to_json(perspectief::json_api::apply_all(engine, plan, input.at("events")));
  if (operation == "replay") return perspectief::plan_to_json(perspectief::workflow::replay(engine, plan));
  if (operation == "deadlines") return perspectief::json_api::deadlines(engine, plan, input.at("at").get<std::string>());
  if (operation == "regie_advice") {
    const auto optional = [&](const char* member) {
      return input.contains(member) ? std::optional<std::string_view>(input.at(member).get_ref<const std::string&>())
                                    : std::nullopt;
    };
    return perspectief::json_api::regie_advice(engine, plan, input.at("jeugdige").get<std::string>(), optional("situatie"), optional("fase"));
  }
  if (operation == "decide") return perspectief::json_api::decide(engine, plan, input.at("request"));
  if (operation == "decide_batch") return perspectief::json_api::decide_batch(engine, plan, input.at("requests"));
  if (operation == "view") return perspectief::json_api::view(engine, plan, input.at("request"));
  if (operation == "ask") return ask_answers(engine, plan, input);
  if (operation == "ask_party") return ask_party_answers(engine, plan, input);
  if (operation == "records") return perspectief::json_api::records(engine, plan, input.at("kind").get<std::string>());
  throw std::invalid_argument("unknown conformance operation '" + operation + "'");
}

// {"output": ...} or {"error": {"code", "pointer", "problems": [{"code", "pointer", "rule"}], "rules"}}:
// everything a caller can act on, so that no language can drift in where it points.
Json result_document(const Json& test_case) {
  try {
    return Json{{"output", run_operation(test_case)}};
  } catch (const Error& e) {
    Json problems = Json::array();
    for (const auto& p : e.problems()) problems.push_back(Json{{"code", p.code}, {"pointer", p.pointer}, {"rule", p.rule}});
    return Json{{"error", {{"code", std::string(perspectief::error_code_name(e.code()))},
                           {"pointer", e.pointer()},
                           {"problems", problems},
                           {"rules", e.rules()}}}};
  }
}

// A case written before errors carried pointers lists its problems as bare codes;
// say how to renew it rather than report a confusing difference.
void expect_current_error_shape(const Json& test_case) {
  const Json& expect = test_case.at("expect");
  if (!expect.contains("error")) return;
  const Json& error = expect.at("error");
  bool current = error.contains("pointer");
  for (const Json& problem : error.value("problems", Json::array())) current = current && problem.is_object();
  ASSERT_TRUE(current) << "case " << test_case.value("id", "") << " has an expected error in the old shape "
                       << "(problems as bare codes, no pointer); delete its \"expect\" and run with "
                       << "PP_CONFORMANCE_BLESS=1 (docs/conformance.md), then review";
}

class Conformance : public ::testing::TestWithParam<fs::path> {};

// Writing a new case: leave out "expect" and run this test with
// PP_CONFORMANCE_BLESS=1; the current result is written into the file for you
// to review (git diff) before committing. Cases that have "expect" are never
// rewritten, so a blessed expectation cannot drift silently.
void bless(const fs::path& file, Json test_case) {
  test_case["expect"] = result_document(test_case);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << test_case.dump(2) << "\n";
}

TEST_P(Conformance, MatchesExpectedCanonicalResult) {
  Json test_case = perspectief::parse_json(read_file(GetParam()));
  if (!test_case.contains("expect")) {
    const char* bless_env = std::getenv("PP_CONFORMANCE_BLESS");
    ASSERT_TRUE(bless_env != nullptr && std::string(bless_env) == "1")
        << GetParam() << " has no \"expect\"; run with PP_CONFORMANCE_BLESS=1 to write it, then review";
    bless(GetParam(), test_case);
    test_case = perspectief::parse_json(read_file(GetParam()));
  }
  expect_current_error_shape(test_case);
  const std::string expected = perspectief::canonical_json(test_case.at("expect"));
  const std::string actual = perspectief::canonical_json(result_document(test_case));
  EXPECT_EQ(actual, expected) << "case " << test_case.value("id", GetParam().filename().string()) << ": "
                              << test_case.value("description", "");
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(case_files()),
                         [](const auto& case_info) {
                           std::string name = case_info.param.stem().string();
                           std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(
                               static_cast<unsigned char>(c)); }, '_');
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Conformance);

TEST(ConformanceSuite, CaseFolderExistsAndEveryCaseHasItsFields) {
  ASSERT_TRUE(fs::exists(kRoot / "tests/conformance/cases"));
  for (const auto& file : case_files()) {
    const Json test_case = perspectief::parse_json(read_file(file));
    EXPECT_TRUE(test_case.contains("id") && test_case.contains("operation"))
        << file;
    EXPECT_EQ(test_case.at("id").get<std::string>(), file.stem().string()) << "id must equal the file name";
  }
}

}  // namespace
