// The security oracle (R-CHANGE-SCOPE, R-STANDING) over random events by random actors,
// shared by the property test (security_property_test.cpp) and a libFuzzer target, which
// can feed `run_random_events` a seed taken from its input, or call `check_event` with
// events it decodes itself.
//
// After every accepted event:
//  1. its author's view holds no value that was withheld from them before the event and
//     that the event did not carry itself (no change moves withheld content into sight);
//  2. nobody's standing grew, except through an event that assigns (betrokkene_toewijzen,
//     regie_toewijzen, toewijzing_vastleggen, aanbieder_kiezen) - and every accepted event
//     was fired by an actor with standing.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/time.hpp"
#include "perspectief/workflow.hpp"
#include "model/plan_fields.hpp"
#include "sharing/case_file/standing.hpp"
#include "workflow_support.hpp"

namespace security_oracle {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Plan;

using wf_test::actor;

// Everyone who might call: the family of workflow_support.hpp, the assigned professionals,
// and strangers in every professional role.
inline const std::vector<Json>& cast() {
  static const std::vector<Json> all = {
      actor("ouder", "ouder-anna", {}, "anna"),      actor("ouder", "ouder-piet", {}, "piet"),
      actor("jeugdige", "jeugdige-tim", {}, "tim"),  actor("jeugdige", "jeugdige-lotte", {}, "lotte"),
      actor("lokaal_team", "lt-042", "Buurtteam Oost"), actor("lokaal_team", "lt-999", "Buurtteam Oost"),
      actor("gi", "gi-007", "Jeugdbescherming Regio"),  actor("gi", "gi-666", "Jeugdbescherming Regio"),
      actor("hoofdaannemer", "zorg-17", "90000101"),     actor("hoofdaannemer", "zorg-99", "90000199"),
      actor("perspectiefregisseur", "pr-5", "Lokale toegang"), actor("verwijzer", "ha-311", "Huisarts"),
      actor("gemeente", "gem-1", "Gemeente"),
  };
  return all;
}

// Every string value (leaf) in a document, with the member names on the way, so that a
// value moved to another member still counts as the same value.
inline void collect_strings(const Json& value, std::set<std::string>& out) {
  if (value.is_string()) {
    out.insert(value.get<std::string>());
  } else if (value.is_structured()) {
    for (const Json& item : value) collect_strings(item, out);
  }
}

inline std::set<std::string> strings_of(const Json& value) {
  std::set<std::string> out;
  collect_strings(value, out);
  return out;
}

inline Json read_view(const Engine& engine, const Plan& plan, const Json& party, const std::string& at) {
  const Json request{{"requester", party}, {"action", "read"}, {"purpose", "uitvoering"}, {"channel", "portaal"},
                     {"at", at}};
  return perspectief::json_api::view(engine, plan, request)["view"];
}

inline perspectief::Actor to_actor(const Json& json) {
  std::vector<perspectief::Problem> problems;
  perspectief::detail::Reader reader(problems);
  perspectief::Actor out;
  perspectief::detail::read(json, out, reader);
  return out;
}

inline bool assigning(const std::string& event) {
  return event == "betrokkene_toewijzen" || event == "regie_toewijzen" || event == "toewijzing_vastleggen" ||
         event == "aanbieder_kiezen";
}

// Applies the event when the engine accepts it and checks the invariants. Returns a
// description of the first violation, or nullopt; `plan` becomes the plan after the
// event when it was accepted.
inline std::optional<std::string> check_event(const Engine& engine, Plan& plan, const Json& event) {
  Plan after;
  try {
    after = perspectief::json_api::apply_event(engine, plan, event);
  } catch (const perspectief::Error&) {
    return std::nullopt;  // refused: nothing changed
  }
  const Json& author = event["actor"];
  const std::string at = event["at"].get<std::string>();
  const auto moment = perspectief::parse_moment(at);
  if (!moment) return "accepted an event without a valid moment";
  const perspectief::Actor typed = to_actor(author);
  if (!plan.history.empty() && !perspectief::sharing::has_standing(plan, typed, *moment)) {
    return "an actor without standing was accepted: " + author.dump();
  }
  // 1. Nothing withheld from the author before is in their view after.
  // The content, not the workflow's bookkeeping (status, history): state and event ids are
  // no one's information.
  const std::set<std::string> full_before = strings_of(perspectief::workflow::content_json(plan));
  const std::set<std::string> seen_before = strings_of(read_view(engine, plan, author, at));
  const std::set<std::string> carried = strings_of(event);
  for (const std::string& value : strings_of(read_view(engine, after, author, at))) {
    if (full_before.count(value) && !seen_before.count(value) && !carried.count(value)) {
      return "withheld value '" + value + "' reached the view of " + author.dump() + " through " + event.dump();
    }
  }
  // 2. Standing grows only by assignment.
  if (!assigning(event["event"].get<std::string>())) {
    for (const Json& who : cast()) {
      const perspectief::Actor other = to_actor(who);
      if (perspectief::sharing::has_standing(after, other, *moment) &&
          !perspectief::sharing::has_standing(plan, other, *moment)) {
        return "standing of " + who.dump() + " grew through " + event.dump();
      }
    }
  }
  plan = std::move(after);
  return std::nullopt;
}

// ---- random events --------------------------------------------------------------------

class EventMaker {
 public:
  explicit EventMaker(std::uint64_t seed) : rng_(seed) {}

  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
  template <class T>
  const T& one_of(const std::vector<T>& items) { return items[pick(items.size())]; }

  // A location in the plan's content, often one withheld from someone.
  std::string path(const Json& content) {
    static const std::vector<std::string> fixed = {
        "/children/0/results/0/description", "/children/0/hulpvragen/0/text", "/children/0/hulpvragen/-",
        "/children/0/results/-",             "/children/1/toekomstperspectief", "/children/0",
        "/children/1",                       "/children/5/results/0",          "/family_part/hulpvragen/-",
        "/family_part/hulpvragen/0/text",    "/family_part/results/0/description", "/family_part/analysis/0",
        "/family/members/1/gezag",           "/family/members/2/birth_date",   "/family/members/-",
        "/family/members/0/gezag_per_child", "/family/members/1/gezag_per_child/-",
        "/local_fields/x",                   "/local_fields",                  "/assignments/-",
        "/recording_objection",              "/family/name",                   "/children/0/behandelplan",
        "",
    };
    (void)content;
    return one_of(fixed);
  }

  // A value: a fresh text, or content copied from anywhere in the plan (a guess that
  // happens to equal withheld content).
  Json value(const Json& content) {
    switch (pick(4)) {
      case 0: return "tekst-" + std::to_string(pick(1000));
      case 1: {
        const std::string p = path(content);
        try {
          return content.at(Json::json_pointer(p));
        } catch (const Json::exception&) {
          return nullptr;
        }
      }
      case 2: return Json{{"member", one_of(std::vector<std::string>{"piet", "anna", "tim"})}, {"text", "v"}};
      default: return true;
    }
  }

  Json payload_for(const std::string& event, const Plan& plan) {
    if (event == "plan_wijzigen") {
      const Json content = perspectief::workflow::content_json(plan);
      if (pick(3) == 0) {
        static const std::vector<std::string> members = {"children", "family_part", "family", "local_fields",
                                                         "assignments", "recording_objection"};
        Json merge = Json::object();
        const std::string m = one_of(members);
        merge[m] = pick(2) == 0 && content.contains(m) ? content[m] : value(content);
        return {{"merge_patch", merge}};
      }
      static const std::vector<std::string> ops = {"add", "remove", "replace", "copy", "move", "test"};
      Json patch = Json::array();
      for (std::size_t i = 0, n = 1 + pick(2); i < n; ++i) {
        Json op{{"op", one_of(ops)}, {"path", path(content)}};
        if (op["op"] == "copy" || op["op"] == "move") op["from"] = path(content);
        if (op["op"] != "remove") op["value"] = value(content);
        patch.push_back(std::move(op));
      }
      return {{"json_patch", patch}};
    }
    if (event == "betrokkene_toewijzen") {
      const Json& who = one_of(cast());
      Json a{{"role", pick(2) == 0 ? who["role"] : Json("lokaal_team")}, {"person", who["person"]}};
      return {{"assignment", a}};
    }
    if (event == "betrokkenheid_beeindigen") return {{"role", "lokaal_team"}, {"person", one_of(cast())["person"]}};
    if (event == "toewijzing_vastleggen") {
      return {{"jeugdige", "tim"},
              {"toewijzing",
               {{"number", "T-" + std::to_string(pick(100))},
                {"aanbieder", one_of(std::vector<std::string>{"90000101", "90000199", "90000666"})},
                {"product", {{"category", "45"}}},
                {"start", "2026-03-01"}}}};
    }
    if (event == "regie_toewijzen") {
      return {{"regie", {{"regisseur", one_of(cast())}, {"placed_at", "lokale_toegang"}}}};
    }
    if (event == "aanbieder_kiezen") {
      return {{"jeugdige", "tim"},
              {"aanbieder", {{"id", one_of(std::vector<std::string>{"90000101", "90000199"})}, {"name", "X"}}}};
    }
    return nullptr;
  }

  Json next(const Plan& plan, const std::string& at) {
    static const std::vector<std::string> events = {
        "plan_wijzigen",        "plan_wijzigen",           "plan_wijzigen",          "plan_wijzigen",
        "betrokkene_toewijzen", "betrokkenheid_beeindigen", "toewijzing_vastleggen", "regie_toewijzen",
        "aanbieder_kiezen",     "akkoord_geven",           "versie_vaststellen",     "hulp_starten",
        "evalueren",            "vraagverheldering_starten",
    };
    const std::string& id = one_of(events);
    Json e{{"event", id}, {"actor", one_of(cast())}, {"at", at}};
    Json payload = payload_for(id, plan);
    if (!payload.is_null()) e["payload"] = std::move(payload);
    return e;
  }

 private:
  std::mt19937_64 rng_;
};

// Runs `count` random events against `start`; returns the first violation. `accepted`
// counts the events the engine accepted.
inline std::optional<std::string> run_random_events(const Engine& engine, const Plan& start, std::uint64_t seed,
                                                    std::size_t count, std::size_t* accepted = nullptr) {
  EventMaker maker(seed);
  Plan plan = start;
  for (std::size_t i = 0; i < count; ++i) {
    // One minute per event from day 10 on, so that every event is later than the last.
    const std::size_t minute = i + 1;
    char at[64];
    std::snprintf(at, sizeof at, "2026-03-%02zuT%02zu:%02zu:00+01:00", 10 + minute / 1440, (minute / 60) % 24,
                  minute % 60);
    const Json event = maker.next(plan, at);
    const std::size_t before = plan.history.size();
    if (auto violation = check_event(engine, plan, event)) return violation;
    if (accepted && plan.history.size() > before) ++*accepted;
  }
  return std::nullopt;
}

}  // namespace security_oracle
