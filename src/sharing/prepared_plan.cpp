// Prepared plans and typed questions (perspectief/prepared_plan.hpp): the plan's case
// file made once, and questions answered by the same Decider as requests, without
// looking anything up by text and without building any text.
#include "perspectief/prepared_plan.hpp"

#include <string>

#include "core/refusal.hpp"
#include "engine_state.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/error.hpp"
#include "sharing/decider/decider.hpp"
#include "sharing/decider/request_checks.hpp"
#include "sharing/policy/rules.hpp"
#include "sharing/prepared_state.hpp"

namespace perspectief::sharing {
namespace {

// What makes a question's action, purpose, part or channel unanswerable, with the
// pointers of the looked-up values.
void check_topic(const PreparedState& state, Action action, Purpose purpose, PartRef part, ChannelRef channel,
                 std::vector<Problem>& problems) {
  const auto problem = [&](std::string pointer, std::string nl, std::string en) {
    problems.push_back(Problem{"PP-D-QUESTION", std::move(pointer), std::move(nl), std::move(en), ""});
  };
  if (static_cast<std::size_t>(action) >= kActionCount) {
    problem("/action", "onbekende handeling", "unknown action");
  }
  if (static_cast<std::size_t>(purpose) >= kPurposeCount) {
    problem("/purpose", "onbekend doel", "unknown purpose");
  }
  if (part.index >= state.file.parts.size()) {
    problem("/part", "het plan heeft " + std::to_string(state.file.parts.size()) + " onderdelen; onderdeel " +
                         std::to_string(part.index) + " bestaat niet",
            "the plan has " + std::to_string(state.file.parts.size()) + " parts; part " +
                std::to_string(part.index) + " does not exist");
  }
  if (channel.index >= state.policy->channels.size()) {
    problem("/channel", "de regio kent " + std::to_string(state.policy->channels.size()) + " kanalen; kanaal " +
                            std::to_string(channel.index) + " bestaat niet",
            "the region knows " + std::to_string(state.policy->channels.size()) + " channels; channel " +
                std::to_string(channel.index) + " does not exist");
  }
}

// What makes a question unanswerable, with pointers as in a request document (the
// parties' problems are the request's) and "/part" and "/channel" for the looked-up values.
void check_question(const PreparedState& state, const Question& question, std::vector<Problem>& problems) {
  if (!question.requester) {
    problems.push_back(Problem{"PP-D-QUESTION", "/requester", "een vraag noemt wie vraagt",
                               "a question names who asks", ""});
  } else {
    check_parties(*question.requester, question.recipient, question.action, question.break_glass, problems);
  }
  check_topic(state, question.action, question.purpose, question.part, question.channel, problems);
}

void refuse_questions(std::vector<Problem>& problems) {
  if (!problems.empty()) refuse(ErrorCode::invalid_argument, "question cannot be asked", std::move(problems));
}

Asked asked_of(const Question& question) {
  return Asked{question.requester, question.recipient, question.action, question.purpose, question.at,
               question.channel.index, question.break_glass != nullptr};
}

// Whether two questions put the same thing to the Decider, so one Decider (the
// parties resolved once) answers both.
bool same_asker(const Question& a, const Question& b) {
  return a.requester == b.requester && a.recipient == b.recipient && a.action == b.action &&
         a.purpose == b.purpose && a.channel == b.channel && a.at == b.at && a.at.offset == b.at.offset &&
         (a.break_glass == nullptr) == (b.break_glass == nullptr);
}

Answer answer_of(const PartOutcome& outcome) {
  return Answer{outcome.allowed ? Verdict::allow : Verdict::deny, static_cast<std::uint32_t>(outcome.rules.to_ulong()),
                reason_info(outcome.reason).code};
}

}  // namespace

std::optional<ChannelRef> find_channel(const Engine& engine, std::string_view code) {
  const auto index = perspectief::detail::state_of(engine).policy->channel_index(code);
  if (!index) return std::nullopt;
  return ChannelRef{static_cast<std::uint32_t>(*index)};
}

PreparedPlan::PreparedPlan(const Engine& engine, Plan plan)
    : state_(std::make_shared<const PreparedState>(perspectief::detail::state_of(engine).policy, engine.limits(),
                                                   std::move(plan))) {}

const Plan& PreparedPlan::plan() const { return state_->plan; }

const JsonLimits& PreparedPlan::limits() const { return state_->limits; }

std::size_t PreparedPlan::part_count() const { return state_->file.parts.size(); }

PartInfo PreparedPlan::part(PartRef part) const {
  if (part.index >= part_count()) {
    throw Error(ErrorCode::invalid_argument, "part " + std::to_string(part.index) + " does not exist: the plan has " +
                                                 std::to_string(part_count()) + " parts");
  }
  const IndexedPart& p = state_->file.parts[part.index];
  return PartInfo{p.id, p.kind, p.subject_id};
}

std::optional<PartRef> PreparedPlan::find_part(std::string_view address) const {
  const PartIndex& parts = state_->file.parts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].id.value == address) return PartRef{static_cast<std::uint32_t>(i)};
  }
  return std::nullopt;
}

PreparedPartyState::PreparedPartyState(PreparedPlan plan_in, Party party_in, Moment at_in)
    : plan(std::move(plan_in)),
      party(std::move(party_in)),
      at(at_in),
      // The asked action, purpose and channel are placeholders: a prepared party's
      // questions bring their own (Decider::decide with a topic).
      decider(detail::state_of(plan).file, Asked{&party, nullptr, Action::read, Purpose::uitvoering, at, 0, false}) {
  decider.settle();
}

PreparedParty::PreparedParty(const PreparedPlan& plan, const Party& party, Moment at) {
  std::vector<Problem> problems;
  check_parties(party, nullptr, Action::read, nullptr, problems);
  refuse_questions(problems);
  state_ = std::make_shared<const PreparedPartyState>(plan, party, at);
}

const PreparedPlan& PreparedParty::plan() const { return state_->plan; }

const Party& PreparedParty::party() const { return state_->party; }

const Moment& PreparedParty::at() const { return state_->at; }

std::vector<std::string_view> Answer::rule_ids() const {
  std::vector<std::string_view> ids;
  for (std::size_t r = 0; r < kRuleCount; ++r) {
    if ((rules >> r) & 1u) ids.push_back(rule_id(static_cast<Rule>(r)));
  }
  return ids;
}

Answer ask(const PreparedPlan& plan, const Question& question) {
  const PreparedState& state = detail::state_of(plan);
  std::vector<Problem> problems;
  check_question(state, question, problems);
  refuse_questions(problems);
  const Decider decider(state.file, asked_of(question));
  return answer_of(decider.decide(question.part.index));
}

std::vector<Answer> ask_batch(const PreparedPlan& plan, std::span<const Question> questions) {
  const PreparedState& state = detail::state_of(plan);
  std::vector<Problem> problems;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const std::size_t first = problems.size();
    check_question(state, questions[i], problems);
    for (std::size_t p = first; p < problems.size(); ++p) problems[p].pointer.insert(0, "/" + std::to_string(i));
  }
  refuse_questions(problems);

  std::vector<Answer> answers;
  answers.reserve(questions.size());
  std::optional<Decider> decider;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!decider || !same_asker(questions[i], questions[i - 1])) decider.emplace(state.file, asked_of(questions[i]));
    answers.push_back(answer_of(decider->decide(questions[i].part.index)));
  }
  return answers;
}

Answer ask(const PreparedParty& party, Action action, Purpose purpose, PartRef part, ChannelRef channel) {
  const PreparedPartyState& state = detail::state_of(party);
  const PreparedState& plan = detail::state_of(state.plan);
  // The common case first: every value within its list; problems are built only for a refusal.
  const bool known = static_cast<std::size_t>(action) < kActionCount &&
                     static_cast<std::size_t>(purpose) < kPurposeCount && part.index < plan.file.parts.size() &&
                     channel.index < plan.policy->channels.size();
  if (!known || action == Action::forward) {
    std::vector<Problem> problems;
    check_topic(plan, action, purpose, part, channel, problems);
    if (action == Action::forward) {
      problems.push_back(Problem{"PP-D-QUESTION", "/action",
                                 "doorsturen noemt wie ontvangt: stel het als vraag (Question) met ontvanger",
                                 "a forward names its recipient: ask it as a Question with a recipient", ""});
    }
    refuse_questions(problems);
  }
  return answer_of(state.decider.decide(part.index, action, purpose, channel.index));
}

}  // namespace perspectief::sharing
