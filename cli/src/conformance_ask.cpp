// `ask` and `ask_party` for perspectief conformance (see conformance_ask.hpp).
#include "conformance_ask.hpp"

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {
namespace {

using PreparedPointer = std::unique_ptr<pp_prepared_plan, decltype(&pp_prepared_plan_destroy)>;
using PartyPointer = std::unique_ptr<pp_party, decltype(&pp_party_destroy)>;

// The PP_ACTION_* and PP_PURPOSE_* number of a request document's spelling.
int32_t number_of(std::string_view name, std::span<const std::string_view> names) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<int32_t>(i);
  }
  return -1;  // out of range: the library refuses it (PP-D-QUESTION)
}

constexpr std::array<std::string_view, 4> kActions{"read", "store", "forward", "amend"};
constexpr std::array<std::string_view, 6> kPurposes{"uitvoering",     "toewijzing", "verantwoording",
                                                    "bezwaar_beroep", "veiligheid", "beleid"};

PartyPointer party(const Json& document) {
  pp_party* out = nullptr;
  const pp_status status = pp_party_parse(document.dump().c_str(), &out);
  PartyPointer owned(out, &pp_party_destroy);
  check(status);
  return owned;
}

// The values of `ask` and `ask_party`, looked up in the order every runner uses: party,
// recipient, channel, at, then each part.
struct AskValues {
  PreparedPointer prepared{nullptr, &pp_prepared_plan_destroy};
  PartyPointer requester{nullptr, &pp_party_destroy};
  PartyPointer recipient{nullptr, &pp_party_destroy};
  int32_t action = -1;
  int32_t purpose = -1;
  int32_t channel = 0;
  pp_moment at{};
  std::optional<std::string> reason;
  std::vector<size_t> parts;

  AskValues(const Engine& engine, const Plan& plan, const Json& input) {
    pp_prepared_plan* raw = nullptr;
    const pp_status status = pp_plan_prepare(engine.get(), plan.get(), &raw);
    prepared.reset(raw);
    check(status);
    requester = party(input.at("party"));
    if (input.contains("recipient")) recipient = party(input.at("recipient"));
    action = number_of(input.at("action").get<std::string>(), kActions);
    purpose = number_of(input.at("purpose").get<std::string>(), kPurposes);
    check(pp_engine_find_channel(engine.get(), input.at("channel").get<std::string>().c_str(), &channel));
    check(pp_moment_parse(input.at("at").get<std::string>().c_str(), &at));
    if (input.contains("break_glass")) reason = input.at("break_glass").get<std::string>();
    for (const Json& address : input.at("parts")) {
      size_t part = 0;
      check(pp_prepared_plan_find_part(prepared.get(), address.get<std::string>().c_str(), &part));
      parts.push_back(part);
    }
  }

  pp_question question(size_t part) const {
    return pp_question{requester.get(), action,    purpose,         part,
                       channel,         at,        recipient.get(), reason ? reason->c_str() : nullptr};
  }
};

Json answer_json(const pp_answer& answer) {
  Json rules = Json::array();
  for (int32_t r = 0; r < 32; ++r) {
    if ((answer.rules >> r) & 1u) rules.push_back(pp_rule_id(r));
  }
  return Json{{"verdict", answer.verdict == PP_ALLOW ? "allow" : "deny"}, {"rules", rules}, {"reason", answer.reason}};
}

}  // namespace

Json ask_answers(const Engine& engine, const Plan& plan, const Json& input) {
  const AskValues values(engine, plan, input);
  std::vector<pp_question> questions;
  for (const size_t part : values.parts) questions.push_back(values.question(part));
  std::vector<pp_answer> answers(questions.size());
  check(pp_sharing_ask_batch(values.prepared.get(), questions.data(), questions.size(), answers.data()));
  Json out = Json::array();
  for (const pp_answer& answer : answers) out.push_back(answer_json(answer));
  return out;
}

Json ask_party_answers(const Engine& engine, const Plan& plan, const Json& input) {
  const AskValues values(engine, plan, input);
  pp_prepared_party* raw = nullptr;
  const pp_status status = pp_party_prepare(values.prepared.get(), values.requester.get(), values.at, &raw);
  const std::unique_ptr<pp_prepared_party, decltype(&pp_prepared_party_destroy)> asking(raw,
                                                                                       &pp_prepared_party_destroy);
  check(status);
  Json out = Json::array();
  for (const size_t part : values.parts) {
    pp_answer answer{};
    check(pp_prepared_party_ask(asking.get(), values.action, values.purpose, part, values.channel, &answer));
    out.push_back(answer_json(answer));
    const pp_question question = values.question(part);
    check(pp_sharing_ask(values.prepared.get(), &question, &answer));
    if (answer_json(answer) != out.back()) {
      throw std::runtime_error("the prepared party's answer about part " + std::to_string(part) + " is " +
                               out.back().dump() + ", the question's " + answer_json(answer).dump());
    }
  }
  return out;
}

}  // namespace cli
