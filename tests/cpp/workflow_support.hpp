// Helpers for the workflow tests: engines for the built-in profiles, actors, a small
// family whose plan the tests walk, and shortcuts that apply events and report what a
// rejection said. Times run through March 2026 (CET, +01:00).
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/workflow.hpp"
#include "test_support.hpp"

namespace wf_test {

using perspectief::Engine;
using perspectief::Error;
using perspectief::ErrorCode;
using perspectief::Json;
using perspectief::Plan;

inline const Engine& engine(const std::string& profile = "amsterdam-zaanstreek") {
  static std::map<std::string, Engine> engines;
  auto it = engines.find(profile);
  if (it == engines.end()) it = engines.emplace(profile, Engine::load_builtin(profile)).first;
  return it->second;
}

inline Engine engine_with(const std::string& profile, const Json& local_choices,
                          const Json& disabled_rules = Json::array()) {
  const Json settings{{"format", "perspectief/settings@1"},
                      {"profile", profile},
                      {"municipality", "testgemeente"},
                      {"local_choices", local_choices},
                      {"disabled_rules", disabled_rules}};
  return Engine::load_builtin(profile, &settings);
}

// "2026-03-DDTHH:MM:00+01:00"
inline std::string at(int day, int hour, int minute = 0) {
  char text[32];
  std::snprintf(text, sizeof text, "2026-03-%02dT%02d:%02d:00+01:00", day, hour, minute);
  return text;
}

// ---- actors --------------------------------------------------------------------------

inline Json actor(const std::string& role, const std::string& person, const std::string& organisation = {},
                  const std::string& member = {}) {
  Json a{{"role", role}, {"person", person}};
  if (!organisation.empty()) a["organisation"] = organisation;
  if (!member.empty()) a["member"] = member;
  return a;
}
inline Json moeder() { return actor("ouder", "ouder-anna", {}, "anna"); }
inline Json vader_zonder_gezag() { return actor("ouder", "ouder-piet", {}, "piet"); }
inline Json tim() { return actor("jeugdige", "jeugdige-tim", {}, "tim"); }        // 14 in March 2026
inline Json lotte() { return actor("jeugdige", "jeugdige-lotte", {}, "lotte"); }  // 9 in March 2026
inline Json lokaal_team() { return actor("lokaal_team", "lt-042", "Buurtteam Oost"); }
inline Json gi() { return actor("gi", "gi-007", "Jeugdbescherming Regio"); }
inline Json huisarts() { return actor("verwijzer", "ha-311", "Huisartsenpraktijk Zuid"); }
// A provider's organisation is its provider id, as in aanbieder and toewijzing (R-STANDING).
inline Json aanbieder() { return actor("hoofdaannemer", "zorg-17", "90000101"); }
inline Json andere_aanbieder() { return actor("hoofdaannemer", "zorg-99", "90000199"); }
inline Json regisseur() { return actor("perspectiefregisseur", "pr-5", "Lokale toegang"); }

// ---- the test family -------------------------------------------------------------------

// Anna (ouder with gezag), Piet (ouder without gezag), Tim (14) and Lotte (9). Tim's part
// asks for specialist help (Jeugdwet); the family part has a Wmo result that stays open.
// Segment and kader are each jeugdige's (plan@2): in `extra`, a plan-level "segment" or
// "kader" stands for every jeugdige's (null: none recorded), as a plan@1 plan's did;
// everything else in `extra` is merged into the content as given.
inline Json family_content(const std::string& profile = "amsterdam-zaanstreek", const Json& extra = Json::object()) {
  Json content{
      {"id", "test-plan-1"},
      {"profile", profile},
      {"plan_type", "perspectiefplan"},
      {"entry_route", "lokale_toegang"},
      // R-STANDING: the lokale team is assigned from the start, and so is the GI, which has
      // standing only while a jeugdige is in the dwangkader.
      {"assignments",
       {{{"role", "lokaal_team"}, {"person", "lt-042"}, {"organisation", "Buurtteam Oost"}},
        {{"role", "gi"}, {"person", "gi-007"}, {"organisation", "Jeugdbescherming Regio"}}}},
      {"family",
       {{"name", "Familie Test"},
        {"members",
         {{{"id", "anna"}, {"role", "ouder"}, {"name", "Anna"}, {"gezag", true}},
          {{"id", "piet"}, {"role", "ouder"}, {"name", "Piet"}, {"gezag", false}},
          {{"id", "tim"}, {"role", "jeugdige"}, {"name", "Tim"}, {"birth_date", "2011-06-15"}},
          {{"id", "lotte"}, {"role", "jeugdige"}, {"name", "Lotte"}, {"birth_date", "2016-09-01"}}}}}},
      {"family_part",
       {{"hulpvragen", {{{"member", "anna"}, {"text", "Thuis loopt het vast."}}}},
        {"analysis",
         {{{"leefgebied", "opvoeding"},
           {"perspectives", {{{"author", moeder()}, {"situation", "Veel ruzie"}, {"wishes", "Rust in huis"}}}}}}},
        {"results",
         {{{"id", "r-wonen"}, {"leefgebied", "wonen"}, {"description", "Een grotere woning"}, {"performer", "gezin"}}}}}},
      {"children",
       {{{"jeugdige", "tim"},
         {"hulpvragen", {{{"member", "tim"}, {"text", "Ik wil weer naar school."}}}},
         {"results",
          {{{"id", "r-tim-school"},
            {"leefgebied", "psychische_gezondheid"},
            {"description", "Tim gaat weer naar school"},
            {"performer", "specialist"}}}},
         {"toekomstperspectief", "thuis_wonen"}},
        {{"jeugdige", "lotte"}, {"toekomstperspectief", "thuis_wonen"}}}}};
  Json frame{{"kader", "vrijwillig"}};
  if (profile == "amsterdam-zaanstreek") frame["segment"] = "C";
  Json rest = extra;
  for (const char* key : {"segment", "kader"}) {
    if (!rest.is_object() || !rest.contains(key)) continue;
    frame[key] = rest[key];
    rest.erase(key);
  }
  for (Json& child : content["children"]) child.merge_patch(frame);
  content.merge_patch(rest);
  return content;
}

// ---- applying events -------------------------------------------------------------------

inline Json event(const std::string& id, const Json& by, const std::string& when, const Json& payload = nullptr) {
  Json e{{"event", id}, {"actor", by}, {"at", when}};
  if (!payload.is_null()) e["payload"] = payload;
  return e;
}

inline Plan apply(const Engine& e, const Plan& plan, const Json& ev) {
  try {
    return perspectief::json_api::apply_event(e, plan, ev);
  } catch (const Error& error) {
    ADD_FAILURE() << "event " << ev.dump() << " was refused: " << error.what() << "\n"
                  << pp_test::describe(error.problems());
    throw;
  }
}

// The rejection an event gets; fails the test when the event is applied instead.
struct Rejection {
  ErrorCode code = ErrorCode::ok;
  std::vector<perspectief::Problem> problems;
  std::vector<std::string> rules;
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.code);
    return out;
  }
  bool has_code(const std::string& wanted) const {
    for (const auto& p : problems) {
      if (p.code == wanted) return true;
    }
    return false;
  }
  bool has_rule(const std::string& rule) const {
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
  }
};

inline Rejection rejection(const Engine& e, const Plan& plan, const Json& ev) {
  try {
    perspectief::json_api::apply_event(e, plan, ev);
  } catch (const Error& error) {
    return Rejection{error.code(), error.problems(), error.rules()};
  }
  ADD_FAILURE() << "event " << ev.dump() << " was applied but should have been refused";
  return {};
}

inline Json toewijzing(const std::string& number, const std::string& aanbieder_id, const std::string& start,
                       const std::string& category = "45") {
  return Json{{"number", number}, {"aanbieder", aanbieder_id}, {"product", {{"category", category}}}, {"start", start}};
}

inline Json provider_json(const std::string& id = "90000101", const std::string& name = "Jeugdhulp Amstel") {
  return Json{{"id", id}, {"name", name}, {"spic", true}};
}

// Anna and Tim agree with the results that need a provider (004 step 3, R-AKKOORD-SCOPE),
// just before `hour` on `day`; the family does so before it chooses a provider.
inline Plan agree_to_results(const Engine& e, Plan plan, int day, int hour) {
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(day, hour - 1, 58), {{"scope", "resultaten"}}));
  return apply(e, plan, event("akkoord_geven", tim(), at(day, hour - 1, 59), {{"scope", "resultaten"}}));
}

// Walks the test family (Amsterdam, segment C, vrijwillig) from plan_aanmaken to
// plan_akkoord: Anna and Tim agreed with the results before choosing the provider
// (R-AKKOORD-SCOPE, 004 step 3), the plan is fixed and waits for akkoorden; Tim's
// toewijzing runs from day 5 (R-TOEWIJZING). Days 2-6 of March.
inline Plan plan_ready_for_akkoord(const Engine& e, const Json& extra = Json::object()) {
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", moeder(), at(2, 9), family_content(e.profile().id, extra)));
  plan = apply(e, plan, event("vraagverheldering_starten", lokaal_team(), at(2, 10)));
  plan = apply(e, plan, event("vraag_duiden", lokaal_team(), at(3, 10)));
  plan = apply(e, plan, event("resultaten_vaststellen", lokaal_team(), at(3, 11)));
  plan = apply(e, plan,
               event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(4, 9),
                     {{"jeugdige", "tim"}, {"ondersteuningsprofiel", {{"code", "3"}, {"intensiteit", 2}}}}));
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(4, 9, 30), {{"scope", "resultaten"}}));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(4, 9, 35), {{"scope", "resultaten"}}));
  plan = apply(e, plan, event("aanbieder_kiezen", moeder(), at(4, 10), {{"jeugdige", "tim"}, {"aanbieder", provider_json()}}));
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), at(5, 9),
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("T-TIM-1", "90000101", "2026-03-05")}}));
  plan = apply(e, plan, event("versie_vaststellen", lokaal_team(), at(5, 10)));
  return plan;
}

// ... and with the akkoorden of Anna, Tim and the lokale team (day 6).
inline Plan plan_with_akkoorden(const Engine& e, const Json& extra = Json::object()) {
  Plan plan = plan_ready_for_akkoord(e, extra);
  plan = apply(e, plan, event("akkoord_geven", moeder(), at(6, 9)));
  plan = apply(e, plan, event("akkoord_geven", tim(), at(6, 9, 5)));
  plan = apply(e, plan, event("akkoord_geven", lokaal_team(), at(6, 10)));
  return plan;
}

// ... and with help started (day 9).
inline Plan plan_with_help(const Engine& e, const Json& extra = Json::object()) {
  return apply(e, plan_with_akkoorden(e, extra), event("hulp_starten", lokaal_team(), at(9, 9)));
}

}  // namespace wf_test
