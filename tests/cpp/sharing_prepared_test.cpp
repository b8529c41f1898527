// Prepared plans and typed questions (perspectief/prepared_plan.hpp): looking parts and
// channels up, what ask() allows and denies and which rule it names, every question it
// refuses (with code and pointer, in a batch under the question's index), a prepared
// plan that outlives its engine, and one prepared plan shared by many threads. That
// ask() answers exactly as decide() over random plans and requests is a property in
// sharing_property_test.cpp.
#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/prepared_plan.hpp"
#include "sharing_fixtures.hpp"

namespace {

using namespace perspectief;
using namespace perspectief::sharing;
using sharing_test::engine;
using sharing_test::family_plan;

const Moment kMoment = *parse_moment(sharing_test::kAt);

Party worker() { return Party{.role = Role::lokaal_team, .person = "lt-1", .organisation = "Buurtteam Oost"}; }

struct Asking {
  PreparedPlan prepared{engine(), family_plan()};
  Party requester = worker();
  ChannelRef portaal = *find_channel(engine(), "portaal");

  PartRef part(std::string_view address) const {
    const auto ref = prepared.find_part(address);
    if (!ref) throw std::runtime_error("no part " + std::string(address));
    return *ref;
  }
  Question question(std::string_view address, Action action = Action::read) const {
    return Question{.requester = &requester, .action = action, .purpose = Purpose::uitvoering,
                    .part = part(address), .channel = portaal, .at = kMoment};
  }
};

// The problems an Error carries, as "code at pointer".
std::vector<std::string> problems_of(const std::function<void()>& call, ErrorCode expected_code) {
  try {
    call();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), expected_code) << error.what();
    std::vector<std::string> out;
    for (const Problem& p : error.problems()) out.push_back(p.code + " at " + p.pointer);
    return out;
  }
  ADD_FAILURE() << "no error";
  return {};
}

TEST(SharingPrepared, FindsPartsByTheirExactAddressAndChannelsByCode) {
  const Asking a;
  const PartRef sam = a.part("children/sam/results/r-sam-1");
  EXPECT_EQ(a.prepared.part(sam).id.value, "children/sam/results/r-sam-1");
  EXPECT_EQ(a.prepared.part(sam).kind, PartKind::child_result);
  EXPECT_EQ(a.prepared.part(sam).subject, "sam");
  // A level above parts selects several; it is no part of its own.
  EXPECT_FALSE(a.prepared.find_part("children/sam"));
  EXPECT_FALSE(a.prepared.find_part("children/nobody/results/r-1"));
  EXPECT_THROW((void)a.prepared.part(PartRef{static_cast<std::uint32_t>(a.prepared.part_count())}), Error);
  EXPECT_EQ(a.prepared.part_count(), list_parts(family_plan()).size());
  EXPECT_TRUE(find_channel(engine(), "beveiligde_email"));
  EXPECT_FALSE(find_channel(engine(), "postduif"));
}

TEST(SharingPrepared, AnswersWithTheDecidingRuleAndReason) {
  Asking a;
  const Answer allowed = ask(a.prepared, a.question("children/sam/results/r-sam-1"));
  EXPECT_TRUE(allowed.allowed());
  EXPECT_TRUE(allowed.decided_by(Rule::lt_involved));
  EXPECT_EQ(allowed.reason, "lt_involved");
  EXPECT_EQ(allowed.rule_ids(), std::vector<std::string_view>{"R-LT-INVOLVED"});

  // The municipality outside the lokale team gets nothing (R-GEMEENTE).
  a.requester = Party{.role = Role::gemeente, .person = "gem-1", .organisation = "Gemeente Amsterdam"};
  const Answer gemeente = ask(a.prepared, a.question("children/sam/results/r-sam-1"));
  EXPECT_FALSE(gemeente.allowed());
  EXPECT_EQ(gemeente.rule_ids(), std::vector<std::string_view>{"R-GEMEENTE"});
  EXPECT_EQ(gemeente.reason, "gemeente");

  // A provider gets what its running toewijzing is linked to, not a sibling's part.
  a.requester = Party{.role = Role::hoofdaannemer, .person = "pr-1", .organisation = "AGB-111"};
  a.portaal = *find_channel(engine(), "beveiligde_email");
  EXPECT_TRUE(ask(a.prepared, a.question("children/sam/results/r-sam-1")).decided_by(Rule::share_hoofdaannemer));
  const Answer sibling = ask(a.prepared, a.question("children/lars/hulpvragen/lars"));
  EXPECT_FALSE(sibling.allowed());
  EXPECT_EQ(sibling.reason, "member_privacy");

  // An outsider is not involved: deny by default.
  a.requester = Party{.role = Role::lokaal_team, .person = "lt-9", .organisation = "Buurtteam West"};
  const Answer outsider = ask(a.prepared, a.question("family_part/results/fr-1"));
  EXPECT_FALSE(outsider.allowed());
  EXPECT_EQ(outsider.rule_ids(), std::vector<std::string_view>{"R-DEFAULT-DENY"});
}

TEST(SharingPrepared, RefusesQuestionsThatCannotBeAsked) {
  const Asking a;
  const Party nobody{.role = Role::lokaal_team, .person = ""};
  const Party mother_without_member{.role = Role::ouder, .person = "p-moeder"};
  const BreakGlass no_reason{"  "};
  const auto refused = [&](Question q) { return problems_of([&] { (void)ask(a.prepared, q); }, ErrorCode::invalid_argument); };
  using V = std::vector<std::string>;

  Question q = a.question("family_part/results/fr-1");
  q.requester = nullptr;
  EXPECT_EQ(refused(q), V{"PP-D-QUESTION at /requester"});
  q = a.question("family_part/results/fr-1");
  q.requester = &nobody;
  EXPECT_EQ(refused(q), V{"PP-D-PERSON at /requester/person"});
  q.requester = &mother_without_member;
  EXPECT_EQ(refused(q), V{"PP-D-MEMBER at /requester/member"});
  q = a.question("family_part/results/fr-1", Action::forward);
  EXPECT_EQ(refused(q), V{"PP-D-RECIPIENT at /recipient"});
  q = a.question("family_part/results/fr-1");
  q.recipient = &a.requester;
  EXPECT_EQ(refused(q), V{"PP-D-RECIPIENT at /recipient"});
  q = a.question("family_part/results/fr-1");
  q.break_glass = &no_reason;
  EXPECT_EQ(refused(q), (V{"PP-D-BREAK-GLASS-REASON at /break_glass/reason", "PP-D-BREAK-GLASS-ACTION at /break_glass"}));
  q = a.question("family_part/results/fr-1");
  q.part = PartRef{static_cast<std::uint32_t>(a.prepared.part_count())};
  EXPECT_EQ(refused(q), V{"PP-D-QUESTION at /part"});
  q = a.question("family_part/results/fr-1");
  q.channel = ChannelRef{4096};
  EXPECT_EQ(refused(q), V{"PP-D-QUESTION at /channel"});
  q = a.question("family_part/results/fr-1");
  q.action = static_cast<Action>(200);
  q.purpose = static_cast<Purpose>(77);
  EXPECT_EQ(refused(q), (V{"PP-D-QUESTION at /action", "PP-D-QUESTION at /purpose"}));

  // A batch is checked whole before anything is answered; problems name the question.
  std::vector<Question> batch{a.question("family_part/results/fr-1"), a.question("family_part/results/fr-1")};
  batch[1].part = PartRef{9999};
  EXPECT_EQ(problems_of([&] { (void)ask_batch(a.prepared, batch); }, ErrorCode::invalid_argument),
            V{"PP-D-QUESTION at /1/part"});
}

// One batch may alternate between parties: each question is answered for its own
// requester, so a party never borrows the standing of the question before it.
TEST(SharingPrepared, ABatchAnswersEachQuestionForItsOwnParty) {
  const Asking a;
  const Party outsider{.role = Role::lokaal_team, .person = "lt-9", .organisation = "Buurtteam West"};
  std::vector<Question> batch;
  for (int i = 0; i < 6; ++i) {
    Question q = a.question("family_part/results/fr-1");
    if (i % 2 == 1) q.requester = &outsider;
    batch.push_back(q);
  }
  const std::vector<Answer> answers = ask_batch(a.prepared, batch);
  for (std::size_t i = 0; i < answers.size(); ++i) EXPECT_EQ(answers[i].allowed(), i % 2 == 0) << i;
  // The same party at another moment is asked again: before the assignment began, nothing.
  Question before = a.question("family_part/results/fr-1");
  before.at = *parse_moment("2020-01-01T10:00:00+01:00");
  const std::vector<Answer> timed = ask_batch(a.prepared, std::vector<Question>{a.question("family_part/results/fr-1"), before});
  EXPECT_TRUE(timed[0].allowed());
  EXPECT_EQ(timed[1].allowed(), ask(a.prepared, before).allowed());
}

TEST(SharingPrepared, OutlivesItsEngineAndSharesOneStateBetweenCopies) {
  std::optional<PreparedPlan> prepared;
  ChannelRef portaal;
  {
    const Engine local = Engine::load_builtin("amsterdam-zaanstreek");
    prepared.emplace(local, family_plan());
    portaal = *find_channel(local, "portaal");
  }
  const PreparedPlan copy = *prepared;
  EXPECT_EQ(&copy.plan(), &prepared->plan());  // one shared state, not a copy
  const Party requester = worker();
  const Question q{.requester = &requester, .action = Action::read, .purpose = Purpose::uitvoering,
                   .part = *copy.find_part("family_part/results/fr-1"), .channel = portaal, .at = kMoment};
  EXPECT_TRUE(ask(copy, q).allowed());
  EXPECT_EQ(to_json(decide(copy, sharing::request_from_json(sharing_test::request(sharing_test::lokaal_team(), "read",
                                                                                  "uitvoering", "portaal")))),
            to_json(decide(engine(), family_plan(),
                           sharing::request_from_json(sharing_test::request(sharing_test::lokaal_team(), "read",
                                                                            "uitvoering", "portaal")))));
}

TEST(SharingPrepared, OnePreparedPlanServesManyThreads) {
  const Asking a;
  std::vector<Question> questions;
  for (std::uint32_t i = 0; i < a.prepared.part_count(); ++i) {
    Question q = a.question("family_part/results/fr-1");
    q.part = PartRef{i};
    questions.push_back(q);
  }
  const std::vector<Answer> expected = ask_batch(a.prepared, questions);
  std::vector<std::vector<Answer>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (const Question& q : questions) seen[t].push_back(ask(a.prepared, q));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& answers : seen) {
    ASSERT_EQ(answers.size(), expected.size() * 200);
    for (std::size_t i = 0; i < answers.size(); ++i) {
      ASSERT_EQ(answers[i].verdict, expected[i % expected.size()].verdict);
      ASSERT_EQ(answers[i].rules, expected[i % expected.size()].rules);
    }
  }
}

}  // namespace

// ---- prepared parties --------------------------------------------------------------

// A prepared party answers as ask() does for the same Question, allow and deny alike,
// and owns what it needs: the caller's Party and PreparedPlan may go first.
TEST(SharingPreparedParty, AnswersAsTheQuestionDoesAndOwnsItsParty) {
  const Asking a;
  std::optional<PreparedParty> party;
  {
    const Party temporary = worker();
    const PreparedPlan plan_copy = a.prepared;
    party.emplace(plan_copy, temporary, kMoment);
  }
  EXPECT_EQ(party->party().person, "lt-1");
  EXPECT_EQ(&party->plan().plan(), &a.prepared.plan());
  for (std::uint32_t i = 0; i < a.prepared.part_count(); ++i) {
    for (const Action action : {Action::read, Action::store, Action::amend}) {
      Question q = a.question("family_part/results/fr-1", action);
      q.part = PartRef{i};
      const Answer expected = ask(a.prepared, q);
      const Answer got = ask(*party, action, q.purpose, q.part, q.channel);
      ASSERT_EQ(got.verdict, expected.verdict) << a.prepared.part(q.part).id.value;
      ASSERT_EQ(got.rules, expected.rules);
      ASSERT_EQ(got.reason, expected.reason);
    }
  }
  const Party outsider{.role = Role::lokaal_team, .person = "lt-9", .organisation = "Buurtteam West"};
  const PreparedParty stranger(a.prepared, outsider, kMoment);
  const Answer denied = ask(stranger, Action::read, Purpose::uitvoering, a.part("family_part/results/fr-1"), a.portaal);
  EXPECT_FALSE(denied.allowed());
  EXPECT_EQ(denied.rule_ids(), std::vector<std::string_view>{"R-DEFAULT-DENY"});
  const Answer allowed = ask(*party, Action::read, Purpose::uitvoering, a.part("family_part/results/fr-1"), a.portaal);
  EXPECT_TRUE(allowed.allowed());
}

// Standing is dated: the provider whose toewijzing runs through 2026, prepared at a
// moment before it began, holds none.
TEST(SharingPreparedParty, IsResolvedAtItsOwnMoment) {
  const Asking a;
  const Party provider{.role = Role::hoofdaannemer, .person = "pr-1", .organisation = "AGB-111"};
  const Moment before = *parse_moment("2025-06-01T10:00:00+02:00");
  const PreparedParty early(a.prepared, provider, before);
  const PreparedParty now(a.prepared, provider, kMoment);
  const PartRef result = a.part("children/sam/results/r-sam-1");
  const ChannelRef secure = *find_channel(engine(), "beveiligde_email");  // R-SHARE-HOOFDAANNEMER wants one
  Question q{.requester = &provider, .action = Action::read, .purpose = Purpose::uitvoering, .part = result,
             .channel = secure, .at = before};
  const Answer expected_early = ask(a.prepared, q);
  const Answer got_early = ask(early, Action::read, Purpose::uitvoering, result, secure);
  EXPECT_FALSE(got_early.allowed());
  EXPECT_EQ(got_early.rules, expected_early.rules);
  EXPECT_EQ(got_early.reason, expected_early.reason);
  const Answer got_now = ask(now, Action::read, Purpose::uitvoering, result, secure);
  EXPECT_TRUE(got_now.allowed());
  EXPECT_TRUE(got_now.decided_by(Rule::share_hoofdaannemer));
}

TEST(SharingPreparedParty, RefusesPartiesAndQuestionsThatCannotBeAsked) {
  const Asking a;
  using V = std::vector<std::string>;
  const Party nobody{.role = Role::lokaal_team, .person = ""};
  const Party mother_without_member{.role = Role::ouder, .person = "p-moeder"};
  EXPECT_EQ(problems_of([&] { PreparedParty(a.prepared, nobody, kMoment); }, ErrorCode::invalid_argument),
            V{"PP-D-PERSON at /requester/person"});
  EXPECT_EQ(problems_of([&] { PreparedParty(a.prepared, mother_without_member, kMoment); }, ErrorCode::invalid_argument),
            V{"PP-D-MEMBER at /requester/member"});

  const PreparedParty party(a.prepared, worker(), kMoment);
  const PartRef part = a.part("family_part/results/fr-1");
  const auto refused = [&](Action action, Purpose purpose, PartRef p, ChannelRef c) {
    return problems_of([&] { (void)ask(party, action, purpose, p, c); }, ErrorCode::invalid_argument);
  };
  EXPECT_EQ(refused(Action::read, Purpose::uitvoering, PartRef{static_cast<std::uint32_t>(a.prepared.part_count())},
                    a.portaal),
            V{"PP-D-QUESTION at /part"});
  EXPECT_EQ(refused(Action::read, Purpose::uitvoering, part, ChannelRef{4096}), V{"PP-D-QUESTION at /channel"});
  EXPECT_EQ(refused(static_cast<Action>(200), static_cast<Purpose>(77), part, a.portaal),
            (V{"PP-D-QUESTION at /action", "PP-D-QUESTION at /purpose"}));
  // A forward's recipient is resolved with the question: a prepared party does not forward.
  EXPECT_EQ(refused(Action::forward, Purpose::uitvoering, part, a.portaal), V{"PP-D-QUESTION at /action"});
}

// Settled when made: many threads asking through one prepared party see one answer each.
TEST(SharingPreparedParty, OnePreparedPartyServesManyThreads) {
  const Asking a;
  const PreparedParty party(a.prepared, worker(), kMoment);
  std::vector<Answer> expected;
  for (std::uint32_t i = 0; i < a.prepared.part_count(); ++i) {
    expected.push_back(ask(party, Action::read, Purpose::uitvoering, PartRef{i}, a.portaal));
  }
  std::vector<std::vector<Answer>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (std::uint32_t i = 0; i < a.prepared.part_count(); ++i) {
          seen[t].push_back(ask(party, Action::read, Purpose::uitvoering, PartRef{i}, a.portaal));
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& answers : seen) {
    ASSERT_EQ(answers.size(), expected.size() * 200);
    for (std::size_t i = 0; i < answers.size(); ++i) ASSERT_EQ(answers[i].rules, expected[i % expected.size()].rules);
  }
}
