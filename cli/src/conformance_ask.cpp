// `ask` for perspectief conformance (see conformance_ask.hpp).
#include "conformance_ask.hpp"

#include <array>
#include <memory>
#include <optional>
#include <span>
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

}  // namespace

// The values are looked up in the order every runner uses: party, recipient, channel,
// at, then each part.
Json ask_answers(const Engine& engine, const Plan& plan, const Json& input) {
  pp_prepared_plan* raw = nullptr;
  const pp_status prepared_status = pp_plan_prepare(engine.get(), plan.get(), &raw);
  const PreparedPointer prepared(raw, &pp_prepared_plan_destroy);
  check(prepared_status);
  const PartyPointer requester = party(input.at("party"));
  const PartyPointer recipient =
      input.contains("recipient") ? party(input.at("recipient")) : PartyPointer(nullptr, &pp_party_destroy);
  int32_t channel = 0;
  check(pp_engine_find_channel(engine.get(), input.at("channel").get<std::string>().c_str(), &channel));
  pp_moment at{};
  check(pp_moment_parse(input.at("at").get<std::string>().c_str(), &at));
  const std::optional<std::string> reason =
      input.contains("break_glass") ? std::optional(input.at("break_glass").get<std::string>()) : std::nullopt;
  std::vector<pp_question> questions;
  for (const Json& address : input.at("parts")) {
    size_t part = 0;
    check(pp_prepared_plan_find_part(prepared.get(), address.get<std::string>().c_str(), &part));
    questions.push_back(pp_question{requester.get(), number_of(input.at("action").get<std::string>(), kActions),
                                    number_of(input.at("purpose").get<std::string>(), kPurposes), part, channel, at,
                                    recipient.get(), reason ? reason->c_str() : nullptr});
  }
  std::vector<pp_answer> answers(questions.size());
  check(pp_sharing_ask_batch(prepared.get(), questions.data(), questions.size(), answers.data()));
  Json out = Json::array();
  for (const pp_answer& answer : answers) {
    Json rules = Json::array();
    for (int32_t r = 0; r < 32; ++r) {
      if ((answer.rules >> r) & 1u) rules.push_back(pp_rule_id(r));
    }
    out.push_back(
        Json{{"verdict", answer.verdict == PP_ALLOW ? "allow" : "deny"}, {"rules", rules}, {"reason", answer.reason}});
  }
  return out;
}

}  // namespace cli
