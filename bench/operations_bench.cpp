// The operations a vendor calls per request, each against a reference measured in the same
// process (issue #14's table): applying an event without content, applying a one-field
// content change, one sharing decision (typed), the redacted view, parse + validate.
//
// The plan is the Zaanstad crisis placement (examples/plans), in hulp_gestart with a
// history of 17 events; the actor is its assigned lokale-team worker. Each target states
// what the fast path must reach; until it does, `scripts/bench` reports it over target
// and docs/performance.md says what stands in the way.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "perspectief/workflow.hpp"
#include "ratio_targets.hpp"

namespace {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Plan;

std::string read_text(const std::string& relative) {
  std::ifstream in(std::filesystem::path(PP_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Fixture {
  Engine engine = Engine::load_builtin("amsterdam-zaanstreek");
  std::string text = read_text("examples/plans/zaanstad-crisisplaatsing.json");
  Plan plan = engine.parse_plan(text);
  Json worker{{"role", "lokaal_team"}, {"person", "sbz-0231"}, {"organisation", "Sociaal Wijkteam Zaanstad Oost (fictief)"}};
  // A no-content event the worker may fire now (the history's bookkeeping only).
  Json fix_version{{"event", "versie_vaststellen"}, {"actor", worker}, {"at", "2026-06-01T09:00:00+02:00"}};
  // A one-field change of the content.
  Json rename{{"event", "plan_wijzigen"},
              {"actor", worker},
              {"at", "2026-06-01T09:00:00+02:00"},
              {"payload", {{"merge_patch", {{"family", {{"name", "Gezin Yilmaz-de Boer"}}}}}}}};
  Json read_request{{"requester", worker},
                    {"action", "read"},
                    {"purpose", "uitvoering"},
                    {"channel", "portaal"},
                    {"at", "2026-06-01T09:00:00+02:00"}};
  perspectief::sharing::Request typed_request = perspectief::sharing::request_from_json(read_request);
  // The same question on a prepared plan, about one part: the first of the jeugdige's results.
  perspectief::sharing::PreparedPlan prepared{engine, plan};
  perspectief::sharing::Question question = first_result_question();
  // The worker asks about every part in one call.
  std::vector<perspectief::sharing::Question> every_part = questions_for_every_part();
  // The worker resolved once, as a screen does before its questions.
  perspectief::sharing::PreparedParty worker_party{prepared, typed_request.requester, question.at};

  perspectief::sharing::Question first_result_question() const {
    using namespace perspectief::sharing;
    std::optional<PartRef> part;
    for (std::uint32_t i = 0; i < prepared.part_count() && !part; ++i) {
      if (prepared.part(PartRef{i}).kind == PartKind::child_result) part = PartRef{i};
    }
    return Question{.requester = &typed_request.requester, .action = typed_request.action,
                    .purpose = typed_request.purpose, .part = part.value(),
                    .channel = find_channel(engine, typed_request.channel).value(),
                    .at = perspectief::parse_moment(typed_request.at.value).value()};
  }
  std::vector<perspectief::sharing::Question> questions_for_every_part() const {
    std::vector<perspectief::sharing::Question> out;
    for (std::uint32_t i = 0; i < prepared.part_count(); ++i) {
      out.push_back(question);
      out.back().part = perspectief::sharing::PartRef{i};
    }
    return out;
  }
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

// ---- references --------------------------------------------------------------------

// One lookup in a hash map of 64 string keys: what a hand-written allow-list costs.
void BM_Reference_MapLookup(benchmark::State& state) {
  std::unordered_map<std::string, bool> allowed;
  for (int i = 0; i < 64; ++i) allowed["children/part-" + std::to_string(i)] = i % 2 == 0;
  const std::string key = "children/part-42";
  for (auto _ : state) benchmark::DoNotOptimize(allowed.find(key)->second);
}
BENCHMARK(BM_Reference_MapLookup);

// A deep copy of the plan, every list and entry copied: what an operation costs that
// copies the plan once. (Copying a Plan value shares its lists, model.hpp; this is the
// copy every event made before they were shared, the yardstick of the event rows.)
Plan deep_copy(const Plan& plan) {
  Plan copy = plan;
  copy.children = plan.children.to_vector();
  copy.akkoorden = plan.akkoorden.to_vector();
  copy.consents = plan.consents.to_vector();
  copy.assignments = plan.assignments.to_vector();
  copy.versions = plan.versions.to_vector();
  copy.history = plan.history.to_vector();
  return copy;
}

void BM_Reference_PlanCopy(benchmark::State& state) {
  const Plan& plan = fixture().plan;
  for (auto _ : state) {
    Plan copy = deep_copy(plan);
    benchmark::DoNotOptimize(copy);
  }
}
BENCHMARK(BM_Reference_PlanCopy);

// nlohmann/json's dump of the whole plan, the library's own serialisation speed.
void BM_Reference_PlanDump(benchmark::State& state) {
  const Json document = perspectief::plan_to_json(fixture().plan);
  for (auto _ : state) benchmark::DoNotOptimize(document.dump());
}
BENCHMARK(BM_Reference_PlanDump);

// nlohmann/json's parse of the plan's text alone.
void BM_Reference_JsonParse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Json::parse(fixture().text));
}
BENCHMARK(BM_Reference_JsonParse);

// ---- operations ----------------------------------------------------------------------

void BM_ApplyEventWithoutContent(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::json_api::apply_event(f.engine, f.plan, f.fix_version));
}
BENCHMARK(BM_ApplyEventWithoutContent);

// Can the worker fire this event now? The check apply makes, without applying.
void BM_CheckEvent(benchmark::State& state) {
  const Fixture& f = fixture();
  const perspectief::workflow::Event event = perspectief::workflow::event_from_json(f.fix_version);
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::workflow::check(f.engine, f.plan, event));
}
BENCHMARK(BM_CheckEvent);

void BM_ApplyOneFieldChange(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::json_api::apply_event(f.engine, f.plan, f.rename));
}
BENCHMARK(BM_ApplyOneFieldChange);

// Replay of a plan whose history has `range(0)` events after the example's own: the
// worker renames the family and fixes the version, alternately (a content event and a
// bookkeeping event). Linear replay costs the same per event at every length.
Plan plan_with_history(std::int64_t events) {
  const Fixture& f = fixture();
  Plan plan = f.plan;
  for (std::int64_t i = 0; i < events; ++i) {
    char at[40];
    std::snprintf(at, sizeof at, "2026-06-%02d T%02d:%02d:00+02:00", static_cast<int>(1 + i / 600),
                  static_cast<int>(8 + (i % 600) / 60), static_cast<int>(i % 60));
    std::string moment(at);
    moment.erase(10, 1);  // the space only keeps the format readable
    Json event = i % 2 == 0 ? Json{{"event", "plan_wijzigen"},
                                   {"payload", {{"merge_patch", {{"family", {{"name", "Gezin " + std::to_string(i)}}}}}}}}
                            : Json{{"event", "versie_vaststellen"}};
    event["actor"] = f.worker;
    event["at"] = moment;
    plan = perspectief::json_api::apply_event(f.engine, plan, event);
  }
  return plan;
}

void BM_Replay(benchmark::State& state) {
  const Plan plan = plan_with_history(state.range(0));
  const Engine& engine = fixture().engine;
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::workflow::replay(engine, plan));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(plan.history.size()));
}
BENCHMARK(BM_Replay)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

// The whole-plan decision with its explanation, the plan indexed per call.
void BM_DecideTyped(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::sharing::decide(f.engine, f.plan, f.typed_request));
}
BENCHMARK(BM_DecideTyped);

// The same decision on a prepared plan: what indexing the plan once saves.
void BM_DecidePrepared(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::sharing::decide(f.prepared, f.typed_request));
}
BENCHMARK(BM_DecidePrepared);

// One typed question about one part on a prepared plan: the fast path.
void BM_AskPrepared(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::sharing::ask(f.prepared, f.question));
}
BENCHMARK(BM_AskPrepared);

// The same question asked by the worker as a prepared party: only the grant tests.
void BM_AskPreparedParty(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    benchmark::DoNotOptimize(perspectief::sharing::ask(f.worker_party, f.question.action, f.question.purpose,
                                                       f.question.part, f.question.channel));
  }
}
BENCHMARK(BM_AskPreparedParty);

// The worker's question about every part in one batch (items/s counts questions).
void BM_AskBatch(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::sharing::ask_batch(f.prepared, f.every_part));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.every_part.size()));
}
BENCHMARK(BM_AskBatch);

void BM_ViewText(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(perspectief::json_api::view_text(f.engine, f.plan, f.read_request));
}
BENCHMARK(BM_ViewText);

void BM_ParseValidate(benchmark::State& state) {
  const Fixture& f = fixture();
  for (auto _ : state) {
    const Plan plan = f.engine.parse_plan(f.text);
    benchmark::DoNotOptimize(f.engine.validate(plan));
  }
}
BENCHMARK(BM_ParseValidate);

// The targets of issue #14, as ratios to the references above.
const perspectief::bench::RegisterRatio targets[] = {
    perspectief::bench::RegisterRatio{{"BM_AskPreparedParty", "BM_Reference_MapLookup", 3.0,
                                       "a prepared party's question on a prepared plan costs about three hash lookups"}},
    perspectief::bench::RegisterRatio{{"BM_ApplyEventWithoutContent", "BM_Reference_PlanCopy", 0.25,
                                       "an event that changes no content shares the plan instead of copying it"}},
    perspectief::bench::RegisterRatio{{"BM_ApplyOneFieldChange", "BM_Reference_PlanCopy", 1.5,
                                       "a one-field change costs about one copy, not JSON round trips and two validations"}},
    perspectief::bench::RegisterRatio{{"BM_Replay/1000", "BM_Replay/100", 12.0,
                                       "replay is linear in the history: ten times the events (1017 and 117 "
                                       "entries: 8.7x) cost at most 12x the time"}},
    perspectief::bench::RegisterRatio{{"BM_ViewText", "BM_Reference_PlanDump", 1.0,
                                       "a redacted view is written as fast as nlohmann dumps the whole plan"}},
    perspectief::bench::RegisterRatio{{"BM_ParseValidate", "BM_Reference_JsonParse", 0.5,
                                       "parse + validate at twice the speed of nlohmann's parse alone"}},
};

}  // namespace
