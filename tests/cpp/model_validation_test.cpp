// Semantic validation (Engine::validate, src/model/validation.cpp): every PP-V code
// on both sides. Each deny case breaks one thing in a valid plan and must yield
// exactly that code, at that JSON pointer, with that rule; each allow case is the
// nearest change that is still fine and must yield no problem at all. A last test
// reads validation.cpp and fails when a code has no deny or no allow case.
#include <gtest/gtest.h>

#include <functional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "perspectief/engine.hpp"
#include "test_support.hpp"

namespace {

using perspectief::Engine;
using perspectief::Json;
using perspectief::Problem;

// A plan without optional parts, valid against any built-in profile.
Json minimal_plan(const std::string& profile) {
  return Json{
      {"format", "perspectief/plan@2"},
      {"id", "val-1"},
      {"profile", profile},
      {"plan_type", profile == "foodvalley" ? "ondersteuningsplan" : "perspectiefplan"},
      {"version", 0},
      {"status", "hulpvraag"},
      {"family",
       {{"members",
         {{{"id", "moeder"}, {"role", "ouder"}, {"gezag", true}},
          {{"id", "kind"}, {"role", "jeugdige"}, {"birth_date", "2012-05-05"}}}}}},
      {"family_part", {{"hulpvragen", {{{"member", "moeder"}, {"text", "Wij willen rust in huis."}}}}}},
      {"children", {{{"jeugdige", "kind"}}}},
  };
}

Json actor(const std::string& role, const std::string& person) { return Json{{"role", role}, {"person", person}}; }

// A plan that uses every part validation looks at, valid against amsterdam-zaanstreek.
Json full_plan() {
  Json plan = minimal_plan("amsterdam-zaanstreek");
  plan["version"] = 2;
  plan["children"][0]["segment"] = "C";
  plan["children"][0]["kader"] = "vrijwillig";
  plan["referrer"] = actor("lokaal_team", "lt-1");
  plan["family_part"]["analysis"] = Json::array(
      {{{"leefgebied", "opvoeding"},
        {"perspectives",
         {{{"author", {{"role", "ouder"}, {"person", "moeder"}, {"member", "moeder"}}}, {"zrm_score", 3}},
          {{"author", actor("lokaal_team", "lt-1")}, {"zrm_score", 2}}}}}});
  plan["family_part"]["results"] = Json::array(
      {{{"id", "r1"}, {"leefgebied", "opvoeding"}, {"description", "Rust in huis"}, {"performer", "specialist"}}});
  plan["family_part"]["agreements"] = Json::array(
      {{{"id", "a1"}, {"description", "Oma helpt"}, {"performer", "netwerk"}, {"results", {"r1"}}}});
  Json& child = plan["children"][0];
  child["results"] = Json::array(
      {{{"id", "r2"}, {"leefgebied", "onderwijs"}, {"description", "Naar school"}, {"performer", "specialist"}}});
  child["agreements"] = Json::array({{{"id", "a2"},
                                      {"description", "Mentor maakt rooster"},
                                      {"performer", "netwerk"},
                                      {"leefgebied", "onderwijs"},
                                      {"responsible", actor("lokaal_team", "lt-1")},
                                      {"results", {"r1", "r2"}}}});
  child["ondersteuningsprofiel"] = {{"code", "3"}, {"intensiteit", 2}, {"variant", "herstel"}, {"additions", {"verblijf"}}};
  child["behandelplan"] = {{"reference", "BP-1"}, {"author", actor("hoofdaannemer", "hb-1")}};
  child["toewijzingen"] = Json::array({{{"number", "26000001"},
                                        {"aanbieder", "90000101"},
                                        {"product", {{"category", "45"}}},
                                        {"start", "2026-03-01"},
                                        {"end", "2026-06-30"},
                                        {"results", {"r2"}}}});
  child["evaluations"] = Json::array({{{"id", "e1"},
                                       {"at", "2026-05-01T10:00:00+02:00"},
                                       {"participants", {actor("lokaal_team", "lt-1")}},
                                       {"outcomes", {{{"result", "r2"}, {"outcome", "deels_behaald"}}}}}});
  plan["akkoorden"] = Json::array({{{"by", actor("lokaal_team", "lt-1")}, {"version", 1}, {"at", "2026-02-20T10:00:00+01:00"}}});
  plan["consents"] = Json::array({{{"id", "c1"},
                                   {"given_by", {"kind", "moeder"}},
                                   {"subject", "kind"},
                                   {"purposes", {"uitvoering"}},
                                   {"actions", {"read", "store"}},
                                   {"parts", {"children/kind"}},
                                   {"recipients", {"agb:90000101", "person:ha-7"}},
                                   {"from", "2026-02-20T10:00:00+01:00"},
                                   {"until", "2026-12-31T23:59:59+01:00"}}});
  plan["regie"] = {{"regisseur", actor("perspectiefregisseur", "pr-1")}};
  plan["versions"] = Json::array({{{"version", 1}, {"at", "2026-02-20T10:00:00+01:00"}, {"by", actor("lokaal_team", "lt-1")}},
                                  {{"version", 2}, {"at", "2026-03-02T10:00:00+01:00"}, {"by", actor("lokaal_team", "lt-1")}}});
  auto entry = [](int seq, const char* at, int version) {
    return Json{{"seq", seq},         {"event", "stap"},        {"at", at},   {"actor", actor("lokaal_team", "lt-1")},
                {"from_state", "a"}, {"to_state", "b"}, {"version", version}};
  };
  plan["history"] = Json::array({entry(1, "2026-02-20T10:00:00+01:00", 1), entry(2, "2026-03-02T10:00:00+01:00", 2)});
  plan["local_fields"] = {{"stadsdeel", "Oost"}};
  return plan;
}

// A municipality that adds two local fields of its own (R-LOCAL-FIELDS).
Json amsterdam_settings_with_fields() {
  return Json{{"format", "perspectief/settings@1"},
              {"profile", "amsterdam-zaanstreek"},
              {"municipality", "amsterdam"},
              {"local_fields",
               {{{"key", "wijkteam_code"}, {"type", "string"}, {"label", {{"nl", "Wijkteam"}, {"en", "Team"}}}, {"required", true}},
                {{"key", "intake_datum"}, {"type", "date"}, {"label", {{"nl", "Intakedatum"}, {"en", "Intake date"}}}}}}};
}

struct Case {
  std::string name;     // the rule id (where one applies) and what is changed
  std::string code;     // the code this case is about
  std::string pointer;  // deny: where the problem must be reported
  std::string rule;     // deny: the rule id the problem must carry ("" = none)
  std::function<void(Json&)> change;
  std::string profile = "amsterdam-zaanstreek";  // full_plan() for amsterdam, minimal_plan() otherwise
  bool municipal_fields = false;                 // load amsterdam_settings_with_fields()
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

Json document_for(const Case& c) {
  Json doc = c.profile == "amsterdam-zaanstreek" ? full_plan() : minimal_plan(c.profile);
  if (c.municipal_fields) doc["local_fields"]["wijkteam_code"] = "OOST-2";
  c.change(doc);
  return doc;
}

std::vector<Problem> validate(const Case& c) {
  const Json settings = amsterdam_settings_with_fields();
  const Engine engine = Engine::load_builtin(c.profile, c.municipal_fields ? &settings : nullptr);
  return engine.validate(perspectief::plan_from_json(document_for(c)));
}

void set(Json& doc, const std::string& pointer, Json value) { doc[Json::json_pointer(pointer)] = std::move(value); }
void erase(Json& doc, const std::string& pointer) {
  const Json::json_pointer p(pointer);
  Json& parent = doc[p.parent_pointer()];
  if (parent.is_array()) {
    parent.erase(std::stoul(p.back()));
  } else {
    parent.erase(p.back());
  }
}
void push(Json& doc, const std::string& pointer, Json value) { doc[Json::json_pointer(pointer)].push_back(std::move(value)); }

std::vector<Case> deny_cases() {
  const std::string child = "/children/0";
  return {
      {"profile_other_region", "PP-V-PROFILE", "/profile", "", [](Json& d) { set(d, "/profile", "flevoland"); }},
      {"plan_type_not_accepted_in_region", "PP-V-PLAN-TYPE", "/plan_type", "",
       [](Json& d) { set(d, "/plan_type", "familiegroepsplan"); }},
      {"segment_not_in_region", "PP-V-SEGMENT", "/children/0/segment", "",
       [](Json& d) { set(d, "/children/0/segment", "C"); }, "flevoland"},
      {"R_KADER_CHANGE_kader_is_not_the_last_change", "PP-V-KADER-CHANGES", "/children/0/kader", "R-KADER-CHANGE",
       [](Json& d) {
         set(d, "/children/0/kader", "vrijwillig");
         set(d, "/children/0/kader_changes",
             Json::array({{{"kader", "dwang"}, {"previous", "vrijwillig"}, {"date", "2026-03-01"}, {"basis", "OTS"},
                           {"recorded_by", actor("lokaal_team", "lt-1")}, {"at", "2026-03-02T09:00:00+01:00"}}}));
       }},
      {"version_negative", "PP-V-VERSION", "/version", "", [](Json& d) { set(d, "/version", -1); }, "foodvalley"},
      {"R_DWANG_GI_gezinsplan_in_vrijwillig_kader", "PP-V-GEZINSPLAN-KADER", "/plan_type", "R-DWANG-GI",
       [](Json& d) { set(d, "/plan_type", "gezinsplan"); }},
      {"R_DWANG_GI_gezinsplan_without_kader", "PP-V-GEZINSPLAN-KADER", "/plan_type", "R-DWANG-GI",
       [](Json& d) { set(d, "/plan_type", "gezinsplan"); }, "foodvalley"},
      {"R_STRUCTURE_member_id_twice", "PP-V-MEMBER-DUPLICATE", "/family/members/2/id", "R-STRUCTURE",
       [](Json& d) { push(d, "/family/members", {{"id", "moeder"}, {"role", "gezinslid"}}); }},
      {"R_STRUCTURE_member_with_professional_role", "PP-V-MEMBER-ROLE", "/family/members/2/role", "R-STRUCTURE",
       [](Json& d) { push(d, "/family/members", {{"id", "buurman"}, {"role", "netwerk"}}); }},
      {"R_GEZAG_gezag_claimed_by_jeugdige", "PP-V-GEZAG", "/family/members/1/gezag", "R-GEZAG",
       [](Json& d) { set(d, "/family/members/1/gezag", true); }},
      {"R_GEZAG_gezag_per_child_claimed_by_jeugdige", "PP-V-GEZAG", "/family/members/1/gezag_per_child/0/gezag",
       "R-GEZAG", [](Json& d) { set(d, "/family/members/1/gezag_per_child", {{{"child", "kind"}, {"gezag", true}}}); }},
      {"R_GEZAG_over_a_parent", "PP-V-GEZAG-CHILD", "/family/members/0/gezag_per_child/0/child", "R-GEZAG",
       [](Json& d) {
         push(d, "/family/members", {{"id", "vader"}, {"role", "ouder"}, {"gezag", true}});
         set(d, "/family/members/0/gezag_per_child", {{{"child", "vader"}, {"gezag", true}}});
       }},
      {"R_GEZAG_child_recorded_twice", "PP-V-GEZAG-DUPLICATE", "/family/members/0/gezag_per_child/1/child", "R-GEZAG",
       [](Json& d) {
         set(d, "/family/members/0/gezag_per_child",
             {{{"child", "kind"}, {"gezag", true}}, {{"child", "kind"}, {"gezag", false}}});
       }},
      {"R_STRUCTURE_gezag_over_an_unknown_member", "PP-V-MEMBER-REF", "/family/members/0/gezag_per_child/0/child",
       "R-STRUCTURE", [](Json& d) { set(d, "/family/members/0/gezag_per_child", {{{"child", "zus"}, {"gezag", true}}}); }},
      {"R_GEZAG_parent_without_recorded_gezag", "PP-V-GEZAG-UNRECORDED", "/family/members/0", "R-GEZAG",
       [](Json& d) { erase(d, "/family/members/0/gezag"); }},
      {"R_GEZAG_parent_whose_gezag_over_one_child_is_not_recorded", "PP-V-GEZAG-UNRECORDED", "/family/members/0",
       "R-GEZAG",
       [](Json& d) {
         erase(d, "/family/members/0/gezag");
         push(d, "/family/members", {{"id", "zus"}, {"role", "jeugdige"}, {"birth_date", "2015-01-01"}});
         push(d, "/children", {{"jeugdige", "zus"}});
         set(d, "/family/members/0/gezag_per_child", {{{"child", "zus"}, {"gezag", true}}});
       }},
      {"R_CONSENT_AGE_jeugdige_without_birth_date", "PP-V-BIRTH-DATE", "/family/members/1/birth_date", "R-CONSENT-AGE",
       [](Json& d) { erase(d, "/family/members/1/birth_date"); }},
      {"R_STRUCTURE_hulpvraag_of_unknown_member", "PP-V-MEMBER-REF", "/family_part/hulpvragen/0/member", "R-STRUCTURE",
       [](Json& d) { set(d, "/family_part/hulpvragen/0/member", "vader"); }},
      {"R_CONSENT_VALID_consent_subject_unknown", "PP-V-MEMBER-REF", "/consents/0/subject", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/subject", "vader"); }},
      {"R_CONSENT_VALID_consent_giver_unknown", "PP-V-MEMBER-REF", "/consents/0/given_by/1", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/given_by/1", "vader"); }},
      {"R_STRUCTURE_actor_member_unknown", "PP-V-MEMBER-REF", "/family_part/analysis/0/perspectives/0/author/member",
       "R-STRUCTURE", [](Json& d) { set(d, "/family_part/analysis/0/perspectives/0/author/member", "vader"); }},
      {"R_LOG_referrer_without_person", "PP-V-ACTOR-PERSON", "/referrer/person", "R-LOG",
       [](Json& d) { set(d, "/referrer/person", ""); }},
      {"R_LOG_history_actor_without_person", "PP-V-ACTOR-PERSON", "/history/1/actor/person", "R-LOG",
       [](Json& d) { set(d, "/history/1/actor/person", ""); }},
      {"R_STRUCTURE_family_author_without_member", "PP-V-ACTOR-MEMBER",
       "/family_part/analysis/0/perspectives/0/author/member", "R-STRUCTURE",
       [](Json& d) { erase(d, "/family_part/analysis/0/perspectives/0/author/member"); }},
      {"R_DOMAINS_analysis_leefgebied_unknown", "PP-V-LEEFGEBIED", "/family_part/analysis/0/leefgebied", "R-DOMAINS",
       [](Json& d) { set(d, "/family_part/analysis/0/leefgebied", "schulden"); }},
      {"R_DOMAINS_result_leefgebied_unknown", "PP-V-LEEFGEBIED", child + "/results/0/leefgebied", "R-DOMAINS",
       [child](Json& d) { set(d, child + "/results/0/leefgebied", "school"); }},
      {"R_DOMAINS_agreement_leefgebied_unknown", "PP-V-LEEFGEBIED", child + "/agreements/0/leefgebied", "R-DOMAINS",
       [child](Json& d) { set(d, child + "/agreements/0/leefgebied", "school"); }},
      {"R_DOMAINS_justitie_is_not_a_foodvalley_leefgebied", "PP-V-LEEFGEBIED", "/family_part/analysis/0/leefgebied",
       "R-DOMAINS", [](Json& d) { set(d, "/family_part/analysis", {{{"leefgebied", "justitie"}}}); }, "foodvalley"},
      {"R_PERSPECTIVES_leefgebied_analysed_twice", "PP-V-ANALYSIS-DUPLICATE", "/family_part/analysis/1/leefgebied",
       "R-PERSPECTIVES", [](Json& d) { push(d, "/family_part/analysis", {{"leefgebied", "opvoeding"}}); }},
      {"R_MEMBER_PRIVACY_personal_result_of_nobody", "PP-V-PERSONAL-OWNER", child + "/results/0/personal",
       "R-MEMBER-PRIVACY", [child](Json& d) { set(d, child + "/results/0/personal", true); }},
      {"R_MEMBER_PRIVACY_about_an_unknown_member", "PP-V-MEMBER-REF", child + "/agreements/0/about", "R-STRUCTURE",
       [child](Json& d) { set(d, child + "/agreements/0/about", "buurman"); }},
      {"zrm_score_zero", "PP-V-ZRM-SCORE", "/family_part/analysis/0/perspectives/1/zrm_score", "",
       [](Json& d) { set(d, "/family_part/analysis/0/perspectives/1/zrm_score", 0); }},
      {"zrm_score_six", "PP-V-ZRM-SCORE", "/family_part/analysis/0/perspectives/1/zrm_score", "",
       [](Json& d) { set(d, "/family_part/analysis/0/perspectives/1/zrm_score", 6); }},
      {"result_id_twice_across_parts", "PP-V-RESULT-DUPLICATE", child + "/results/0/id", "",
       [child](Json& d) {
         set(d, child + "/results/0/id", "r1");
         set(d, child + "/agreements/0/results", {"r1"});
         set(d, child + "/toewijzingen/0/results", {"r1"});
         set(d, child + "/evaluations/0/outcomes/0/result", "r1");
       }},
      {"family_agreement_names_unknown_result", "PP-V-RESULT-REF", "/family_part/agreements/0/results/0", "",
       [](Json& d) { set(d, "/family_part/agreements/0/results/0", "r9"); }},
      {"child_agreement_names_unknown_result", "PP-V-RESULT-REF", child + "/agreements/0/results/1", "",
       [child](Json& d) { set(d, child + "/agreements/0/results/1", "r9"); }},
      {"toewijzing_names_unknown_result", "PP-V-RESULT-REF", child + "/toewijzingen/0/results/0", "",
       [child](Json& d) { set(d, child + "/toewijzingen/0/results/0", "r9"); }},
      {"evaluation_names_unknown_result", "PP-V-RESULT-REF", child + "/evaluations/0/outcomes/0/result", "",
       [child](Json& d) { set(d, child + "/evaluations/0/outcomes/0/result", "r9"); }},
      {"toewijzing_ends_before_it_starts", "PP-V-DATE-ORDER", child + "/toewijzingen/0/end", "",
       [child](Json& d) { set(d, child + "/toewijzingen/0/end", "2026-02-28"); }},
      {"R_CONSENT_VALID_consent_until_before_from", "PP-V-CONSENT-PERIOD", "/consents/0/until", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/until", "2026-02-20T09:59:59+01:00"); }},
      {"history_goes_back_in_time", "PP-V-DATE-ORDER", "/history/1/at", "",
       [](Json& d) { set(d, "/history/1/at", "2026-02-20T08:59:59Z"); }},
      {"R_STRUCTURE_child_part_for_an_ouder", "PP-V-CHILD-ROLE", "/children/1/jeugdige", "R-STRUCTURE",
       [](Json& d) { push(d, "/children", {{"jeugdige", "moeder"}}); }},
      {"R_STRUCTURE_two_parts_for_one_jeugdige", "PP-V-CHILD-DUPLICATE", "/children/1/jeugdige", "R-STRUCTURE",
       [](Json& d) { push(d, "/children", {{"jeugdige", "kind"}}); }},
      {"ondersteuningsprofiel_unknown", "PP-V-SUPPORT-PROFILE", child + "/ondersteuningsprofiel/code", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/code", "12"); }},
      {"intensity_block_4", "PP-V-INTENSITY", child + "/ondersteuningsprofiel/intensiteit", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/intensiteit", 4); }},
      {"intensity_in_region_without_blocks", "PP-V-INTENSITY", child + "/ondersteuningsprofiel/intensiteit", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel", {{"code", "begeleiding"}, {"intensiteit", 1}}); },
       "flevoland"},
      {"R_EVALUATION_no_rhythm_of_zero_weeks", "PP-V-EVALUATION-INTERVAL", child + "/ondersteuningsprofiel/evaluatie_weken", "R-EVALUATION",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/evaluatie_weken", 0); }},
      {"R_EVALUATION_no_rhythm_beyond_two_years", "PP-V-EVALUATION-INTERVAL", child + "/ondersteuningsprofiel/evaluatie_weken", "R-EVALUATION",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/evaluatie_weken", 105); }},
      {"variant_unknown", "PP-V-VARIANT", child + "/ondersteuningsprofiel/variant", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/variant", "tijdelijk"); }},
      {"addition_not_in_region", "PP-V-ADDITION", child + "/ondersteuningsprofiel/additions/1", "",
       [child](Json& d) { push(d, child + "/ondersteuningsprofiel/additions", "pleegzorg"); }},
      {"evaluation_id_twice", "PP-V-EVALUATION-DUPLICATE", child + "/evaluations/1/id", "",
       [child](Json& d) { push(d, child + "/evaluations", {{"id", "e1"}, {"at", "2026-06-01T10:00:00+02:00"}}); }},
      {"versions_out_of_order", "PP-V-VERSION-ORDER", "/versions/1/version", "",
       [](Json& d) {
         set(d, "/versions/0/version", 2);
         set(d, "/versions/1/version", 1);
       }},
      {"version_record_beyond_plan_version", "PP-V-VERSION-ORDER", "/versions/1/version", "",
       [](Json& d) { set(d, "/versions/1/version", 3); }},
      {"akkoord_on_future_version", "PP-V-AKKOORD-VERSION", "/akkoorden/0/version", "",
       [](Json& d) { set(d, "/akkoorden/0/version", 3); }},
      {"akkoord_on_version_zero", "PP-V-AKKOORD-VERSION", "/akkoorden/0/version", "",
       [](Json& d) { set(d, "/akkoorden/0/version", 0); }},
      {"akkoord_on_version_that_was_never_fixed", "PP-V-AKKOORD-VERSION", "/akkoorden/0/version", "",
       [](Json& d) { erase(d, "/versions/0"); }},
      {"R_CONSENT_VALID_consent_without_giver", "PP-V-CONSENT-GIVER", "/consents/0/given_by", "R-CONSENT-VALID",
       [](Json& d) { erase(d, "/consents/0/given_by"); }},
      {"R_CONSENT_VALID_recipient_a_bare_role", "PP-V-CONSENT-RECIPIENT-ROLE", "/consents/0/recipients/1",
       "R-CONSENT-VALID", [](Json& d) { set(d, "/consents/0/recipients/1", "hoofdaannemer"); }},
      {"R_CONSENT_VALID_recipient_free_text", "PP-V-CONSENT-RECIPIENT", "/consents/0/recipients/0", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/recipients/0", "Jeugdhulp Amstelkring"); }},
      {"R_CONSENT_VALID_agb_code_not_eight_digits", "PP-V-CONSENT-RECIPIENT", "/consents/0/recipients/0",
       "R-CONSENT-VALID", [](Json& d) { set(d, "/consents/0/recipients/0", "agb:9000010"); }},
      {"R_CONSENT_VALID_no_recipient", "PP-V-CONSENT-RECIPIENT", "/consents/0/recipients", "R-CONSENT-VALID",
       [](Json& d) { erase(d, "/consents/0/recipients"); }},
      {"R_CONSENT_VALID_recipient_member_unknown", "PP-V-MEMBER-REF", "/consents/0/recipients/1", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/recipients/1", "member:oom"); }},
      {"R_CONSENT_VALID_purpose_outside_vocabulary", "PP-V-CONSENT-PURPOSE", "/consents/0/purposes/0",
       "R-CONSENT-VALID", [](Json& d) { set(d, "/consents/0/purposes/0", "uitvoering_jeugdhulp"); }},
      {"R_CONSENT_VALID_no_purpose", "PP-V-CONSENT-PURPOSE", "/consents/0/purposes", "R-CONSENT-VALID",
       [](Json& d) { erase(d, "/consents/0/purposes"); }},
      {"R_CONSENT_VALID_action_outside_vocabulary", "PP-V-CONSENT-ACTION", "/consents/0/actions/1", "R-CONSENT-VALID",
       [](Json& d) { set(d, "/consents/0/actions/1", "inzien"); }},
      {"R_CONSENT_VALID_action_the_region_does_not_let_consent_allow", "PP-V-CONSENT-ACTION", "/consents/0/actions/1",
       "R-CONSENT-VALID", [](Json& d) { set(d, "/consents/0/actions/1", "amend"); }},
      {"R_CONSENT_VALID_no_actions_as_in_older_plans", "PP-V-CONSENT-ACTION", "/consents/0/actions", "R-CONSENT-VALID",
       [](Json& d) { erase(d, "/consents/0/actions"); }},
      {"R_CONSENT_VALID_withdrawn_before_it_began", "PP-V-CONSENT-PERIOD", "/consents/0/withdrawn_at",
       "R-CONSENT-VALID", [](Json& d) { set(d, "/consents/0/withdrawn_at", "2026-02-19T10:00:00+01:00"); }},
      {"R_MEMBER_PRIVACY_toewijzing_names_a_siblings_result", "PP-V-TOEWIJZING-RESULT",
       child + "/toewijzingen/0/results/1", "R-MEMBER-PRIVACY",
       [child](Json& d) {
         push(d, "/family/members", {{"id", "zus"}, {"role", "jeugdige"}, {"birth_date", "2015-01-01"}});
         push(d, "/children", {{"jeugdige", "zus"},
                               {"results", {{{"id", "r-zus"}, {"leefgebied", "onderwijs"}, {"description", "School"},
                                             {"performer", "specialist"}}}}});
         push(d, child + "/toewijzingen/0/results", "r-zus");
       }},
      {"history_sequence_gap", "PP-V-HISTORY-SEQ", "/history/1/seq", "", [](Json& d) { set(d, "/history/1/seq", 3); }},
      {"R_LOCAL_FIELDS_local_fields_not_an_object", "PP-V-LOCAL-FIELDS", "/local_fields", "R-LOCAL-FIELDS",
       [](Json& d) { set(d, "/local_fields", {"Oost"}); }},
      {"R_LOCAL_FIELDS_required_municipal_field_missing", "PP-V-LOCAL-FIELD-MISSING", "/local_fields/wijkteam_code",
       "R-LOCAL-FIELDS", [](Json& d) { erase(d, "/local_fields/wijkteam_code"); }, "amsterdam-zaanstreek", true},
      {"R_LOCAL_FIELDS_regional_field_wrong_type", "PP-V-LOCAL-FIELD-TYPE", "/local_fields/vindplaats",
       "R-LOCAL-FIELDS", [](Json& d) { set(d, "/local_fields", {{"vindplaats", 42}}); }, "foodvalley"},
      {"R_LOCAL_FIELDS_municipal_date_field_not_a_date", "PP-V-LOCAL-FIELD-TYPE", "/local_fields/intake_datum",
       "R-LOCAL-FIELDS", [](Json& d) { set(d, "/local_fields/intake_datum", "3 maart"); }, "amsterdam-zaanstreek",
       true},
  };
}

std::vector<Case> allow_cases() {
  const std::string child = "/children/0";
  auto none = [](Json&) {};
  return {
      {"profile_matches_engine_flevoland", "PP-V-PROFILE", "", "", none, "flevoland"},
      {"familiegroepsplan_counts_in_foodvalley", "PP-V-PLAN-TYPE", "", "",
       [](Json& d) { set(d, "/plan_type", "familiegroepsplan"); }, "foodvalley"},
      {"segment_B_in_amsterdam", "PP-V-SEGMENT", "", "", [](Json& d) { set(d, "/children/0/segment", "B"); }},
      {"R_KADER_CHANGE_kader_is_the_last_change", "PP-V-KADER-CHANGES", "", "",
       [](Json& d) {
         set(d, "/children/0/kader", "dwang");
         set(d, "/children/0/kader_changes",
             Json::array({{{"kader", "dwang"}, {"previous", "vrijwillig"}, {"date", "2026-03-01"}, {"basis", "OTS"},
                           {"recorded_by", actor("lokaal_team", "lt-1")}, {"at", "2026-03-02T09:00:00+01:00"}}}));
       }},
      {"no_segment_in_flevoland", "PP-V-SEGMENT", "", "", none, "flevoland"},
      {"version_zero", "PP-V-VERSION", "", "", [](Json& d) { set(d, "/version", 0); }, "foodvalley"},
      {"R_DWANG_GI_gezinsplan_in_dwangkader", "PP-V-GEZINSPLAN-KADER", "", "",
       [](Json& d) {
         set(d, "/plan_type", "gezinsplan");
         set(d, "/children/0/kader", "dwang");
       }},
      {"R_STRUCTURE_distinct_member_ids", "PP-V-MEMBER-DUPLICATE", "", "",
       [](Json& d) { push(d, "/family/members", {{"id", "oma"}, {"role", "gezinslid"}}); }},
      {"R_STRUCTURE_gezinslid_is_a_member_role", "PP-V-MEMBER-ROLE", "", "",
       [](Json& d) { push(d, "/family/members", {{"id", "broer"}, {"role", "gezinslid"}}); }},
      {"R_GEZAG_over_one_child", "PP-V-GEZAG-CHILD", "", "",
       [](Json& d) { set(d, "/family/members/0/gezag_per_child", {{{"child", "kind"}, {"gezag", true}}}); }},
      {"R_GEZAG_each_child_once", "PP-V-GEZAG-DUPLICATE", "", "",
       [](Json& d) {
         push(d, "/family/members", {{"id", "zus"}, {"role", "jeugdige"}, {"birth_date", "2015-01-01"}});
         push(d, "/children", {{"jeugdige", "zus"}});
         set(d, "/family/members/0/gezag_per_child",
             {{{"child", "kind"}, {"gezag", true}}, {{"child", "zus"}, {"gezag", false}}});
       }},
      {"R_GEZAG_recorded_as_not_held_for_the_child", "PP-V-GEZAG-UNRECORDED", "", "",
       [](Json& d) {
         erase(d, "/family/members/0/gezag");
         set(d, "/family/members/0/gezag_per_child", {{{"child", "kind"}, {"gezag", false}}});
       }},
      {"gezag_false_on_a_stepparent", "PP-V-GEZAG", "", "",
       [](Json& d) { push(d, "/family/members", {{"id", "stiefvader"}, {"role", "gezinslid"}, {"gezag", false}}); }},
      {"R_CONSENT_AGE_ouder_without_birth_date", "PP-V-BIRTH-DATE", "", "",
       [](Json& d) { erase(d, "/family/members/0/birth_date"); }},
      {"R_STRUCTURE_hulpvraag_of_the_jeugdige", "PP-V-MEMBER-REF", "", "",
       [](Json& d) { set(d, "/family_part/hulpvragen/0/member", "kind"); }},
      {"R_LOG_actor_with_person", "PP-V-ACTOR-PERSON", "", "", [](Json& d) { set(d, "/referrer/person", "lt-2"); }},
      {"R_STRUCTURE_network_author_needs_no_member", "PP-V-ACTOR-MEMBER", "", "",
       [](Json& d) { set(d, "/family_part/analysis/0/perspectives/0/author", actor("netwerk", "oma-ans")); }},
      {"R_DOMAINS_werk_inkomen_in_amsterdam", "PP-V-LEEFGEBIED", "", "",
       [](Json& d) { set(d, "/family_part/analysis/0/leefgebied", "werk_inkomen"); }},
      {"R_PERSPECTIVES_contradicting_perspectives_in_one_entry", "PP-V-ANALYSIS-DUPLICATE", "", "",
       [](Json& d) {
         set(d, "/family_part/analysis/0/perspectives/0/situation", "Het gaat goed.");
         set(d, "/family_part/analysis/0/perspectives/1/situation", "Het gaat niet goed.");
         push(d, "/family_part/analysis", {{"leefgebied", "financien"}});
       }},
      {"R_MEMBER_PRIVACY_personal_perspective_of_its_author", "PP-V-PERSONAL-OWNER", "", "",
       [](Json& d) { set(d, "/family_part/analysis/0/perspectives/0/personal", true); }},
      {"R_MEMBER_PRIVACY_personal_result_about_a_member", "PP-V-PERSONAL-OWNER", "", "",
       [child](Json& d) {
         set(d, child + "/results/0/personal", true);
         set(d, child + "/results/0/about", "moeder");
       }},
      {"zrm_score_one_and_five", "PP-V-ZRM-SCORE", "", "",
       [](Json& d) {
         set(d, "/family_part/analysis/0/perspectives/0/zrm_score", 1);
         set(d, "/family_part/analysis/0/perspectives/1/zrm_score", 5);
       }},
      {"result_ids_distinct", "PP-V-RESULT-DUPLICATE", "", "",
       [child](Json& d) {
         push(d, child + "/results",
              {{"id", "r3"}, {"leefgebied", "wonen"}, {"description", "Eigen kamer"}, {"performer", "gezin"}});
       }},
      {"family_agreement_names_a_child_result", "PP-V-RESULT-REF", "", "",
       [](Json& d) { push(d, "/family_part/agreements/0/results", "r2"); }},
      {"toewijzing_of_one_day", "PP-V-DATE-ORDER", "", "",
       [child](Json& d) { set(d, child + "/toewijzingen/0/end", "2026-03-01"); }},
      {"history_later_in_utc_though_earlier_on_the_clock", "PP-V-DATE-ORDER", "", "",
       [](Json& d) { set(d, "/history/1/at", "2026-02-20T09:30:00Z"); }},
      {"R_STRUCTURE_part_for_each_jeugdige", "PP-V-CHILD-ROLE", "", "",
       [](Json& d) {
         push(d, "/family/members", {{"id", "zus"}, {"role", "jeugdige"}, {"birth_date", "2015-01-01"}});
         push(d, "/children", {{"jeugdige", "zus"}});
       }},
      {"R_STRUCTURE_one_part_per_jeugdige", "PP-V-CHILD-DUPLICATE", "", "", none},
      {"R_CRISIS_profile_11_exists", "PP-V-SUPPORT-PROFILE", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/code", "11"); }},
      {"intensity_block_3", "PP-V-INTENSITY", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/intensiteit", 3); }},
      {"no_intensity_in_region_without_blocks", "PP-V-INTENSITY", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel", {{"code", "begeleiding"}}); }, "flevoland"},
      {"R_EVALUATION_every_six_weeks", "PP-V-EVALUATION-INTERVAL", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/evaluatie_weken", 6); }},
      {"R_EVALUATION_every_two_years_at_most", "PP-V-EVALUATION-INTERVAL", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/evaluatie_weken", 104); }},
      {"variant_duurzaam", "PP-V-VARIANT", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel/variant", "duurzaam"); }},
      {"pleegzorg_is_an_addition_in_flevoland", "PP-V-ADDITION", "", "",
       [child](Json& d) { set(d, child + "/ondersteuningsprofiel", {{"code", "begeleiding"}, {"additions", {"pleegzorg"}}}); },
       "flevoland"},
      {"evaluation_ids_distinct", "PP-V-EVALUATION-DUPLICATE", "", "",
       [child](Json& d) { push(d, child + "/evaluations", {{"id", "e2"}, {"at", "2026-06-01T10:00:00+02:00"}}); }},
      {"versions_may_skip_numbers", "PP-V-VERSION-ORDER", "", "",
       [](Json& d) {
         erase(d, "/versions/0");
         set(d, "/akkoorden/0/version", 2);
       }},
      {"akkoord_on_the_current_version", "PP-V-AKKOORD-VERSION", "", "",
       [](Json& d) { set(d, "/akkoorden/0/version", 2); }},
      {"R_CONSENT_VALID_recipient_by_kvk_number", "PP-V-CONSENT-RECIPIENT", "", "",
       [](Json& d) { set(d, "/consents/0/recipients/0", "kvk:34567890"); }},
      {"R_CONSENT_VALID_recipient_a_family_member", "PP-V-CONSENT-RECIPIENT", "", "",
       [](Json& d) { set(d, "/consents/0/recipients/1", "member:moeder"); }},
      {"R_CONSENT_VALID_withdrawn_after_it_began", "PP-V-CONSENT-PERIOD", "", "",
       [](Json& d) { set(d, "/consents/0/withdrawn_at", "2026-04-01T10:00:00+02:00"); }},
      {"R_MEMBER_PRIVACY_toewijzing_names_a_family_result", "PP-V-TOEWIJZING-RESULT", "", "",
       [child](Json& d) { push(d, child + "/toewijzingen/0/results", "r1"); }},
      {"R_CONSENT_AGE_consent_by_one_parent", "PP-V-CONSENT-GIVER", "", "",
       [](Json& d) { set(d, "/consents/0/given_by", {"moeder"}); }},
      {"history_numbered_from_one", "PP-V-HISTORY-SEQ", "", "", none},
      {"R_LOCAL_FIELDS_nested_local_fields", "PP-V-LOCAL-FIELDS", "", "",
       [](Json& d) { set(d, "/local_fields", {{"geel", {{"school", {"ma", "wo"}}}}}); }},
      {"R_LOCAL_FIELDS_required_municipal_field_present", "PP-V-LOCAL-FIELD-MISSING", "", "", none,
       "amsterdam-zaanstreek", true},
      {"R_LOCAL_FIELDS_fields_of_the_right_type", "PP-V-LOCAL-FIELD-TYPE", "", "",
       [](Json& d) { set(d, "/local_fields/intake_datum", "2026-03-03"); }, "amsterdam-zaanstreek", true},
  };
}

class DenyCase : public ::testing::TestWithParam<Case> {};
class AllowCase : public ::testing::TestWithParam<Case> {};

TEST_P(DenyCase, YieldsExactlyThatCodeAtThatPointer) {
  const Case& c = GetParam();
  const auto problems = validate(c);
  ASSERT_EQ(problems.size(), 1u) << pp_test::describe(problems);
  EXPECT_EQ(problems[0].code, c.code);
  EXPECT_EQ(problems[0].pointer, c.pointer);
  EXPECT_EQ(problems[0].rule, c.rule);
  // Only unrecorded gezag is a warning (a gap the rules handle safely); all else is an error.
  EXPECT_EQ(problems[0].severity,
            c.code == "PP-V-GEZAG-UNRECORDED" ? perspectief::Severity::warning : perspectief::Severity::error);
  EXPECT_FALSE(problems[0].message_nl.empty());
  EXPECT_FALSE(problems[0].message_en.empty());
}

TEST_P(AllowCase, YieldsNoProblem) {
  const auto problems = validate(GetParam());
  EXPECT_TRUE(problems.empty()) << pp_test::describe(problems);
}

auto case_name = [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; };
INSTANTIATE_TEST_SUITE_P(Validation, DenyCase, ::testing::ValuesIn(deny_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(Validation, AllowCase, ::testing::ValuesIn(allow_cases()), case_name);

TEST(Validation, BasePlansAreValidForEveryBuiltinProfile) {
  EXPECT_TRUE(Engine::load_builtin("amsterdam-zaanstreek").validate(perspectief::plan_from_json(full_plan())).empty());
  for (const auto& info : perspectief::builtin_profiles()) {
    const auto problems = Engine::load_builtin(info.id).validate(perspectief::plan_from_json(minimal_plan(info.id)));
    EXPECT_TRUE(problems.empty()) << info.id << "\n" << pp_test::describe(problems);
  }
}

// Validation returns every problem at once, not only the first.
TEST(Validation, ReportsAllProblemsAtOnce) {
  Json doc = full_plan();
  set(doc, "/family_part/hulpvragen/0/member", "vader");
  set(doc, "/children/0/ondersteuningsprofiel/code", "12");
  set(doc, "/akkoorden/0/version", 7);
  const auto problems = Engine::load_builtin("amsterdam-zaanstreek").validate(perspectief::plan_from_json(doc));
  std::set<std::string> codes;
  for (const auto& p : problems) codes.insert(p.code);
  EXPECT_EQ(codes, (std::set<std::string>{"PP-V-MEMBER-REF", "PP-V-SUPPORT-PROFILE", "PP-V-AKKOORD-VERSION"}))
      << pp_test::describe(problems);
}

// Every code validation.cpp can emit has a deny case and an allow case above.
TEST(Validation, EveryCodeInValidationCppHasADenyAndAnAllowCase) {
  const std::string source = pp_test::read_source_file("src/model/validation.cpp");
  const std::regex code_pattern("\"(PP-V-[A-Z0-9-]+)\"");
  std::set<std::string> emitted;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), code_pattern); it != std::sregex_iterator(); ++it) {
    emitted.insert((*it)[1].str());
  }
  ASSERT_GT(emitted.size(), 20u);
  std::set<std::string> denied, allowed;
  for (const auto& c : deny_cases()) denied.insert(c.code);
  for (const auto& c : allow_cases()) allowed.insert(c.code);
  for (const auto& code : emitted) {
    EXPECT_TRUE(denied.count(code)) << code << " has no deny case";
    EXPECT_TRUE(allowed.count(code)) << code << " has no allow case";
  }
}

}  // namespace
