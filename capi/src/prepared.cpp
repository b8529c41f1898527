// Prepared plans and typed questions (perspectief.h, "Prepared plans and typed
// questions"): the fast path of the sharing rules. A pp_question is turned into a
// sharing::Question field by field; every check of what may be asked is the core's
// (prepared_plan.cpp), this file only refuses what C can get wrong on its own
// (NULL handles, handles of another type, a moment outside the calendar).
#include <limits>
#include <optional>
#include <vector>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/json_api.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/time.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

static_assert(PP_ACTION_READ == static_cast<int>(sharing::Action::read));
static_assert(PP_ACTION_STORE == static_cast<int>(sharing::Action::store));
static_assert(PP_ACTION_FORWARD == static_cast<int>(sharing::Action::forward));
static_assert(PP_ACTION_AMEND == static_cast<int>(sharing::Action::amend));
static_assert(PP_PURPOSE_UITVOERING == static_cast<int>(sharing::Purpose::uitvoering));
static_assert(PP_PURPOSE_TOEWIJZING == static_cast<int>(sharing::Purpose::toewijzing));
static_assert(PP_PURPOSE_VERANTWOORDING == static_cast<int>(sharing::Purpose::verantwoording));
static_assert(PP_PURPOSE_BEZWAAR_BEROEP == static_cast<int>(sharing::Purpose::bezwaar_beroep));
static_assert(PP_PURPOSE_VEILIGHEID == static_cast<int>(sharing::Purpose::veiligheid));
static_assert(PP_PURPOSE_BELEID == static_cast<int>(sharing::Purpose::beleid));

namespace {

// RFC 3339 moments: years 0001 to 9999, offsets within a day.
constexpr std::int64_t kFirstSecond = -62135596800;  // 0001-01-01T00:00:00Z
constexpr std::int64_t kLastSecond = 253402300799;   // 9999-12-31T23:59:59Z
constexpr std::int32_t kMaxOffsetMinutes = 23 * 60 + 59;

// A C moment as the core takes it; `where` is the pointer of the question it belongs to.
Moment moment_of(const pp_moment& at, const std::string& where) {
  if (at.utc_seconds < kFirstSecond || at.utc_seconds > kLastSecond || at.offset_minutes < -kMaxOffsetMinutes ||
      at.offset_minutes > kMaxOffsetMinutes) {
    throw Error(ErrorCode::invalid_argument,
                "question" + where + ": at is outside years 0001-9999 or its offset outside -23:59..+23:59",
                where + "/at");
  }
  return Moment{std::chrono::sys_seconds{std::chrono::seconds{at.utc_seconds}}, std::chrono::minutes{at.offset_minutes}};
}

// Out-of-range numbers stay out of range, so the core names them (never another part or channel).
sharing::PartRef part_of(std::size_t part) {
  return sharing::PartRef{part > std::numeric_limits<std::uint32_t>::max() ? std::numeric_limits<std::uint32_t>::max()
                                                                           : static_cast<std::uint32_t>(part)};
}
sharing::ChannelRef channel_of(std::int32_t channel) {
  return sharing::ChannelRef{channel < 0 ? std::numeric_limits<std::uint32_t>::max()
                                         : static_cast<std::uint32_t>(channel)};
}

// One question as the core takes it, with the break-glass reason it points to.
struct Converted {
  sharing::Question question;
  std::optional<sharing::BreakGlass> break_glass;
};

// `index` names the question of a batch in messages and pointers ("/3"); the text is made
// only when a question is refused, not for every question of a batch.
void convert(const capi::Call& call, const pp_question& in, std::optional<std::size_t> index, Converted& out) {
  sharing::Question& q = out.question;
  q.requester = in.requester ? &call.party(in.requester, "question->requester") : nullptr;
  q.recipient = in.recipient ? &call.party(in.recipient, "question->recipient") : nullptr;
  // Out-of-range numbers stay out of range, so the core names them (never another action or part).
  q.action = static_cast<sharing::Action>(in.action);
  q.purpose = static_cast<sharing::Purpose>(in.purpose);
  q.part = part_of(in.part);
  q.channel = channel_of(in.channel);
  q.at = moment_of(in.at, index ? "/" + std::to_string(*index) : std::string());
  if (in.break_glass_reason) {
    out.break_glass = sharing::BreakGlass{std::string(call.text(in.break_glass_reason, "question->break_glass_reason"))};
    q.break_glass = &*out.break_glass;
  }
}

void write_answer(const sharing::Answer& answer, pp_answer& out) {
  out.verdict = answer.allowed() ? PP_ALLOW : PP_DENY;
  out.rules = answer.rules;
  out.reason = answer.reason.data();  // a reason code is static, NUL-terminated text (rules.cpp)
}

// pp_sharing_decide and pp_sharing_view on a prepared plan: a request in, a document out
// as canonical text (the view written as text straight away, json_api::view_text).
template <class Operation>
pp_status prepared_call(const char* function, const pp_prepared_plan* prepared, const char* request_json,
                        char** out, const char* out_parameter, Operation operation) {
  return guarded(function, [&](const capi::Call& call) {
    call.out(out, out_parameter);
    const sharing::PreparedPlan& plan = call.prepared(prepared, "prepared");
    const Json request = call.json(request_json, "request_json", plan.limits());
    *out = capi::to_c_string(operation(plan, request));
  });
}

}  // namespace

extern "C" {

pp_status pp_plan_prepare(const pp_engine* engine, const pp_plan* plan, pp_prepared_plan** out_prepared) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_prepared, "out_prepared");
    *out_prepared = new pp_prepared_plan(sharing::PreparedPlan(call.engine(engine, "engine"), call.plan(plan, "plan")));
  });
}

void pp_prepared_plan_destroy(pp_prepared_plan* prepared) {
  // As pp_engine_destroy: a handle of another type is left alone.
  if (prepared != nullptr && prepared->tag == pp_prepared_plan::kTag) delete prepared;
}

pp_status pp_prepared_plan_part_count(const pp_prepared_plan* prepared, size_t* out_count) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_count == nullptr) throw call.invalid_argument("out_count", "is NULL");
    *out_count = call.prepared(prepared, "prepared").part_count();
  });
}

pp_status pp_prepared_plan_find_part(const pp_prepared_plan* prepared, const char* address, size_t* out_part) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_part == nullptr) throw call.invalid_argument("out_part", "is NULL");
    const auto text = call.text(address, "address");
    const auto part = call.prepared(prepared, "prepared").find_part(text);
    if (!part) throw Error(ErrorCode::not_found, "the plan has no part at '" + std::string(text) + "'");
    *out_part = part->index;
  });
}

pp_status pp_prepared_plan_part_address(const pp_prepared_plan* prepared, size_t part, char** out_address) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_address, "out_address");
    const sharing::PreparedPlan& plan = call.prepared(prepared, "prepared");
    if (part >= plan.part_count()) {
      throw call.invalid_argument("part", "is past the last part (" + std::to_string(plan.part_count()) + " parts)");
    }
    *out_address = capi::to_c_string(plan.part(sharing::PartRef{static_cast<std::uint32_t>(part)}).id.value);
  });
}

pp_status pp_engine_find_channel(const pp_engine* engine, const char* code, int32_t* out_channel) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_channel == nullptr) throw call.invalid_argument("out_channel", "is NULL");
    const auto text = call.text(code, "code");
    const auto channel = sharing::find_channel(call.engine(engine, "engine"), text);
    if (!channel) throw Error(ErrorCode::not_found, "the region knows no channel '" + std::string(text) + "'");
    *out_channel = static_cast<int32_t>(channel->index);
  });
}

pp_status pp_party_parse(const char* party_json, pp_party** out_party) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_party, "out_party");
    *out_party = new pp_party(sharing::party_from_json(call.json(party_json, "party_json", JsonLimits{})));
  });
}

void pp_party_destroy(pp_party* party) {
  if (party != nullptr && party->tag == pp_party::kTag) delete party;
}

pp_status pp_moment_parse(const char* rfc3339, pp_moment* out_moment) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_moment == nullptr) throw call.invalid_argument("out_moment", "is NULL");
    const auto moment = parse_moment(call.text(rfc3339, "rfc3339"));
    if (!moment) throw call.invalid_argument("rfc3339", "is no RFC 3339 moment with offset");
    out_moment->utc_seconds = moment->utc.time_since_epoch().count();
    out_moment->offset_minutes = static_cast<int32_t>(moment->offset.count());
  });
}

const char* pp_rule_id(int32_t rule) {
  if (rule < 0 || static_cast<std::size_t>(rule) >= sharing::kRuleCount) return nullptr;
  return sharing::rule_id(static_cast<sharing::Rule>(rule)).data();  // static, NUL-terminated text
}

pp_status pp_sharing_ask(const pp_prepared_plan* prepared, const pp_question* question, pp_answer* out_answer) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_answer == nullptr) throw call.invalid_argument("out_answer", "is NULL");
    if (question == nullptr) throw call.invalid_argument("question", "is NULL");
    const sharing::PreparedPlan& plan = call.prepared(prepared, "prepared");
    Converted converted;
    convert(call, *question, std::nullopt, converted);
    write_answer(sharing::ask(plan, converted.question), *out_answer);
  });
}

pp_status pp_sharing_ask_batch(const pp_prepared_plan* prepared, const pp_question* questions, size_t count,
                               pp_answer* out_answers) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (count > 0 && out_answers == nullptr) throw call.invalid_argument("out_answers", "is NULL");
    if (count > 0 && questions == nullptr) throw call.invalid_argument("questions", "is NULL");
    const sharing::PreparedPlan& plan = call.prepared(prepared, "prepared");
    std::vector<Converted> converted(count);
    std::vector<sharing::Question> typed;
    typed.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      convert(call, questions[i], i, converted[i]);
      typed.push_back(converted[i].question);
    }
    const std::vector<sharing::Answer> answers = sharing::ask_batch(plan, typed);
    for (std::size_t i = 0; i < count; ++i) write_answer(answers[i], out_answers[i]);
  });
}

pp_status pp_party_prepare(const pp_prepared_plan* prepared, const pp_party* party, pp_moment at,
                           pp_prepared_party** out_party) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_party, "out_party");
    const sharing::PreparedPlan& plan = call.prepared(prepared, "prepared");
    const sharing::Party& who = call.party(party, "party");
    *out_party = new pp_prepared_party(sharing::PreparedParty(plan, who, moment_of(at, std::string())));
  });
}

void pp_prepared_party_destroy(pp_prepared_party* party) {
  if (party != nullptr && party->tag == pp_prepared_party::kTag) delete party;
}

pp_status pp_prepared_party_ask(const pp_prepared_party* party, int32_t action, int32_t purpose, size_t part,
                                int32_t channel, pp_answer* out_answer) {
  return guarded(__func__, [&](const capi::Call& call) {
    if (out_answer == nullptr) throw call.invalid_argument("out_answer", "is NULL");
    const sharing::PreparedParty& who = call.prepared_party(party, "party");
    write_answer(sharing::ask(who, static_cast<sharing::Action>(action), static_cast<sharing::Purpose>(purpose),
                              part_of(part), channel_of(channel)),
                 *out_answer);
  });
}

pp_status pp_sharing_decide_prepared(const pp_prepared_plan* prepared, const char* request_json,
                                     char** out_decision_json) {
  return prepared_call(__func__, prepared, request_json, out_decision_json, "out_decision_json",
                       [](const sharing::PreparedPlan& p, const Json& request) {
                         return canonical_json(json_api::decide(p, request));
                       });
}

pp_status pp_sharing_view_prepared(const pp_prepared_plan* prepared, const char* request_json, char** out_view_json) {
  return prepared_call(__func__, prepared, request_json, out_view_json, "out_view_json",
                       [](const sharing::PreparedPlan& p, const Json& request) { return json_api::view_text(p, request); });
}

}  // extern "C"
