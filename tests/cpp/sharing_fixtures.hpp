// The family and the helpers the sharing tests share (docs/sharing.md).
//
// The Jansen family, on 2 March 2026: moeder and vader, both with gezag;
// Sam (11, under 12), Noor (15, between 12 and 16) and Lars (16). The lokale
// team worker lt-1 of Buurtteam Oost referred them; provider AGB-111 holds
// toewijzing TW-1 for Sam's result r-sam-1 (running through 2026), provider
// AGB-222 held TW-2 for Noor, which ended on 31 December 2025.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "perspectief/json_api.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/sharing.hpp"

namespace sharing_test {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Plan;

inline constexpr const char* kAt = "2026-03-02T10:00:00+01:00";

inline Json actor(const char* role, const char* person, const char* organisation = nullptr) {
  Json a = {{"role", role}, {"person", person}};
  if (organisation) a["organisation"] = organisation;
  return a;
}

inline Json perspective(Json author, const char* situation) {
  return {{"author", std::move(author)}, {"situation", situation}};
}

inline Json family_plan_json() {
  const Json lt = actor("lokaal_team", "lt-1", "Buurtteam Oost");
  const Json mother = {{"role", "ouder"}, {"person", "p-moeder"}, {"member", "moeder"}};
  return Json{
      {"format", "perspectief/plan@1"},
      {"id", "plan-jansen"},
      {"profile", "amsterdam-zaanstreek"},
      {"municipality", "amsterdam"},
      {"plan_type", "perspectiefplan"},
      {"version", 3},
      {"status", "hulp_gestart"},
      {"segment", "C"},
      {"kader", "vrijwillig"},
      {"referrer", lt},
      {"family",
       {{"name", "Jansen"},
        {"members",
         Json::array({{{"id", "moeder"}, {"role", "ouder"}, {"birth_date", "1985-04-02"}, {"gezag", true}},
                      {{"id", "vader"}, {"role", "ouder"}, {"birth_date", "1983-09-10"}, {"gezag", true}},
                      {{"id", "sam"}, {"role", "jeugdige"}, {"birth_date", "2014-06-15"}},
                      {{"id", "noor"}, {"role", "jeugdige"}, {"birth_date", "2011-01-20"}},
                      {{"id", "lars"}, {"role", "jeugdige"}, {"birth_date", "2009-05-01"}}})}}},
      {"family_part",
       {{"hulpvragen", Json::array({{{"member", "moeder"}, {"text", "Rust in huis."}},
                                    {{"member", "vader"}, {"text", "Minder schulden."}}})},
        {"analysis",
         Json::array({{{"leefgebied", "opvoeding"},
                       {"perspectives", Json::array({perspective(mother, "Veel ruzie."),
                                                     perspective(lt, "Opvoedingsspanning.")})}},
                      {{"leefgebied", "veiligheid"}, {"perspectives", Json::array({perspective(lt, "Geen acuut gevaar.")})}},
                      {{"leefgebied", "financien"}, {"perspectives", Json::array({perspective(lt, "Schulden.")})}}})},
        {"results", Json::array({{{"id", "fr-1"}, {"leefgebied", "opvoeding"}, {"description", "Rust"},
                                  {"performer", "lokale_toegang"}}})},
        {"agreements", Json::array({{{"id", "fa-1"}, {"description", "Gezinsgesprekken"}, {"performer", "lokale_toegang"},
                                     {"results", Json::array({"fr-1"})}}})}}},
      {"children",
       Json::array(
           {{{"jeugdige", "sam"},
             {"hulpvragen", Json::array({{{"member", "sam"}, {"text", "Ik wil vriendjes."}}})},
             {"analysis", Json::array({{{"leefgebied", "ontwikkeling"}, {"perspectives", Json::array({perspective(lt, "Sociaal kwetsbaar.")})}},
                                       {{"leefgebied", "veiligheid"}, {"perspectives", Json::array({perspective(lt, "Veilig.")})}}})},
             {"results", Json::array({{{"id", "r-sam-1"}, {"leefgebied", "ontwikkeling"}, {"description", "Sociale vaardigheden"},
                                       {"performer", "specialist"}},
                                      {{"id", "r-sam-2"}, {"leefgebied", "onderwijs"}, {"description", "Naar school"},
                                       {"performer", "netwerk"}}})},
             {"agreements", Json::array({{{"id", "a-sam-1"}, {"description", "Training"}, {"performer", "specialist"},
                                          {"results", Json::array({"r-sam-1"})}},
                                         {{"id", "a-sam-2"}, {"description", "Oma brengt"}, {"performer", "netwerk"},
                                          {"results", Json::array({"r-sam-2"})}}})},
             {"toekomstperspectief", "thuis_wonen"},
             {"ondersteuningsprofiel", {{"code", "3"}, {"intensiteit", 2}}},
             {"aanbieder", {{"id", "AGB-111"}, {"name", "Jeugdhulp Oost"}}},
             {"behandelplan", {{"reference", "BP-1"}}},
             {"toewijzingen", Json::array({{{"number", "TW-1"}, {"aanbieder", "AGB-111"}, {"product", {{"category", "45"}}},
                                            {"start", "2026-01-01"}, {"end", "2026-12-31"},
                                            {"results", Json::array({"r-sam-1"})}}})},
             {"evaluations", Json::array({{{"id", "ev-1"}, {"at", "2026-02-15T10:00:00+01:00"},
                                           {"outcomes", Json::array({{{"result", "r-sam-1"}, {"outcome", "deels_behaald"}}})}}})}},
            {{"jeugdige", "noor"},
             {"hulpvragen", Json::array({{{"member", "noor"}, {"text", "Ik slaap slecht."}}})},
             {"analysis", Json::array({{{"leefgebied", "psychische_gezondheid"}, {"perspectives", Json::array({perspective(lt, "Somber.")})}},
                                       {{"leefgebied", "veiligheid"}, {"perspectives", Json::array({perspective(lt, "Zorgen.")})}}})},
             {"results", Json::array({{{"id", "r-noor-1"}, {"leefgebied", "psychische_gezondheid"}, {"description", "Beter slapen"},
                                       {"performer", "specialist"}}})},
             {"toewijzingen", Json::array({{{"number", "TW-2"}, {"aanbieder", "AGB-222"}, {"product", {{"category", "45"}}},
                                            {"start", "2025-01-01"}, {"end", "2025-12-31"},
                                            {"results", Json::array({"r-noor-1"})}}})}},
            {{"jeugdige", "lars"},
             {"hulpvragen", Json::array({{{"member", "lars"}, {"text", "Ik wil een baan."}}})},
             {"analysis", Json::array({{{"leefgebied", "justitie"}, {"perspectives", Json::array({perspective(lt, "Taakstraf.")})}}})},
             {"results", Json::array({{{"id", "r-lars-1"}, {"leefgebied", "werk_inkomen"}, {"description", "Werk"},
                                       {"performer", "lokale_toegang"}}})}}})},
      {"akkoorden", Json::array({{{"by", lt}, {"version", 2}, {"at", "2026-01-10T09:00:00+01:00"}}})},
      {"history", Json::array({{{"seq", 1}, {"event", "hulpvraag_ingediend"}, {"at", "2025-12-01T09:00:00+01:00"},
                                {"actor", lt}, {"payload", nullptr}, {"from_state", "hulpvraag"},
                                {"to_state", "vraagverheldering"}, {"version", 1}}})},
  };
}

inline Plan to_plan(const Json& json) { return perspectief::plan_from_json(json); }
inline Plan family_plan() { return to_plan(family_plan_json()); }

inline const Engine& engine(const char* profile = "amsterdam-zaanstreek") {
  static const Engine amsterdam = Engine::load_builtin("amsterdam-zaanstreek");
  static const Engine flevoland = Engine::load_builtin("flevoland");
  static const Engine foodvalley = Engine::load_builtin("foodvalley");
  static const Engine werkproces = Engine::load_builtin("werkproces-jeugdhulp");
  const std::string id = profile;
  if (id == "flevoland") return flevoland;
  if (id == "foodvalley") return foodvalley;
  if (id == "werkproces-jeugdhulp") return werkproces;
  return amsterdam;
}

// Comparing lists of ids readably (the test binary links GoogleTest without gmock).
using Strings = std::vector<std::string>;
inline Strings as_strings(const Json& array) { return array.get<Strings>(); }
inline Strings as_strings(Strings strings) { return strings; }
inline Strings sorted(Strings strings) {
  std::sort(strings.begin(), strings.end());
  return strings;
}
inline bool contains(const Strings& strings, const std::string& item) {
  return std::find(strings.begin(), strings.end(), item) != strings.end();
}

// Parties.
inline Json member(const char* role, const char* id) {
  return {{"role", role}, {"person", std::string("p-") + id}, {"member", id}};
}
inline Json lokaal_team(const char* person = "lt-1") {
  return {{"role", "lokaal_team"}, {"person", person}, {"organisation", "Buurtteam Oost"}};
}
inline Json provider(const char* organisation, const char* person = "pr-1") {
  return {{"role", "hoofdaannemer"}, {"person", person}, {"organisation", organisation}};
}
inline Json party(const char* role, const char* person, const char* organisation = nullptr) {
  return actor(role, person, organisation);
}

// A request; `parts` empty addresses the whole plan.
inline Json request(Json requester, const char* action, const char* purpose, const char* channel,
                    std::vector<std::string> parts = {}, const char* at = kAt) {
  Json r = {{"requester", std::move(requester)}, {"action", action}, {"purpose", purpose},
            {"channel", channel}, {"at", at}};
  if (!parts.empty()) r["parts"] = parts;
  return r;
}
inline Json forward(Json requester, Json recipient, const char* purpose, const char* channel,
                    std::vector<std::string> parts = {}) {
  Json r = request(std::move(requester), "forward", purpose, channel, std::move(parts));
  r["recipient"] = std::move(recipient);
  return r;
}

// Reading decisions.
inline const Json* part_entry(const Json& decision, const std::string& part) {
  if (!decision.contains("parts")) return nullptr;
  for (const Json& p : decision.at("parts")) {
    if (p.at("part") == part) return &p;
  }
  return nullptr;
}
// "allow", "deny", or "absent" when the decision does not list the part.
inline std::string verdict(const Json& decision, const std::string& part) {
  const Json* p = part_entry(decision, part);
  return p ? p->at("decision").get<std::string>() : "absent";
}
inline std::string reason(const Json& decision, const std::string& part) {
  const Json* p = part_entry(decision, part);
  return p ? p->at("reason").get<std::string>() : "absent";
}
inline std::vector<std::string> part_rules(const Json& decision, const std::string& part) {
  const Json* p = part_entry(decision, part);
  return p ? p->value("rules", std::vector<std::string>{}) : std::vector<std::string>{};
}
inline std::vector<std::string> allowed_parts(const Json& decision) {
  std::vector<std::string> out;
  for (const Json& p : decision.value("parts", Json::array())) {
    if (p.at("decision") == "allow") out.push_back(p.at("part").get<std::string>());
  }
  return out;
}
inline std::vector<std::string> obligation_codes(const Json& decision) {
  std::vector<std::string> out;
  for (const Json& o : decision.value("obligations", Json::array())) out.push_back(o.at("code").get<std::string>());
  return out;
}

// The rules' tests read every part's verdict and rules, also for roles that in a real
// engine are not told what was withheld from them (the local choice
// sharing_withheld_list_roles; what they are told instead is tested in
// security_denial_test.cpp). This engine lists the withheld parts to every role; the
// verdicts themselves are the same in every engine.
inline const Engine& listing_engine(const char* profile = "amsterdam-zaanstreek") {
  static std::map<std::string, Engine> engines;
  const std::string id = profile;
  auto it = engines.find(id);
  if (it == engines.end()) {
    const Json settings{{"format", "perspectief/settings@1"},
                        {"profile", id},
                        {"municipality", "testgemeente"},
                        {"local_choices",
                         {{"sharing_withheld_list_roles",
                           {"jeugdige", "ouder", "gezinslid", "netwerk", "lokaal_team", "verwijzer", "gi", "gemeente", "gemeentelijke_toegang",
                            "hoofdaannemer", "onderaannemer", "perspectiefregisseur", "veilig_thuis", "raad",
                            "accountant", "rechter"}}}}};
    it = engines.emplace(id, Engine::load_builtin(id, &settings)).first;
  }
  return it->second;
}

// The decision with every part's verdict (listing_engine).
inline Json decide(const Plan& plan, const Json& req, const char* profile = "amsterdam-zaanstreek") {
  return perspectief::json_api::decide(listing_engine(profile), plan, req);
}

}  // namespace sharing_test
