// Deadlines in Dutch working days (R-CRISIS, R-REGIE-VERBLIJF, the hand-over at 18):
// right across weekends and holidays, open / due / overdue at a moment, and gone once met.
#include <gtest/gtest.h>

#include "perspectief/json_api.hpp"
#include "workflow_support.hpp"

namespace {

using namespace wf_test;

// Creates the family's plan and starts crisis help for Tim at `start` (Amsterdam, or
// `profile`); Tim's crisis placement is residential.
Plan crisis_at(const Engine& e, const std::string& start) {
  const std::string created = start.substr(0, 10) + "T08:00:00" + start.substr(19);
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), created, family_content(e.profile().id)));
  const std::string code = e.profile().id == "flevoland" ? "crisis" : "11";
  return apply(e, plan, event("crisis_starten", lokaal_team(), start,
                              {{"jeugdige", "tim"},
                               {"ondersteuningsprofiel", {{"code", code}, {"additions", {"verblijf"}}}},
                               {"aanbieder", provider_json()}}));
}

struct Due {
  std::string kind;
  std::string due;
  std::string status;
  friend bool operator==(const Due&, const Due&) = default;
  friend std::ostream& operator<<(std::ostream& out, const Due& d) {
    return out << d.kind << " " << d.due << " " << d.status;
  }
};

std::vector<Due> due(const Engine& e, const Plan& plan, const std::string& when) {
  std::vector<Due> out;
  for (const Json& d : perspectief::json_api::deadlines(e, plan, when)) out.push_back({d["kind"], d["due"], d["status"]});
  return out;
}

TEST(WorkflowDeadlines, CrisisOnAFridayBeforeKoningsdag) {
  // Friday 24 April 2026; Monday 27 April is Koningsdag: start agreements by Tuesday 28.
  // Fourteen days later is Friday 8 May, a working day (2026 is no lustrum year).
  const Engine& e = engine();
  const Plan plan = crisis_at(e, "2026-04-24T22:30:00+02:00");
  // The toewijzing follows within 5 working days (the profile's crisis_toewijzing):
  // 28, 29, 30 April, 1 and 4 May.
  EXPECT_EQ(due(e, plan, "2026-04-25T10:00:00+02:00"),
            (std::vector<Due>{{"crisis_startafspraken", "2026-04-28", "open"},
                              {"crisis_toewijzing", "2026-05-04", "open"},
                              {"crisis_evaluatie", "2026-05-08", "open"}}));
  EXPECT_EQ(due(e, plan, "2026-04-28T09:00:00+02:00")[0], (Due{"crisis_startafspraken", "2026-04-28", "due"}));
  EXPECT_EQ(due(e, plan, "2026-04-29T09:00:00+02:00")[0], (Due{"crisis_startafspraken", "2026-04-28", "overdue"}));
  const Json first = perspectief::json_api::deadlines(e, plan, "2026-04-29T09:00:00+02:00")[0];
  EXPECT_EQ(first["rule"], "R-CRISIS");
  EXPECT_FALSE(first.contains("seed")) << "the rule id names the source; no document numbers in output";
  EXPECT_EQ(first["jeugdige"], "tim");
  EXPECT_EQ(first["since"], "2026-04-24T22:30:00+02:00");
}

TEST(WorkflowDeadlines, CrisisOnChristmasEve) {
  // Thursday 24 December 2026: 25 and 26 December are holidays, 26-27 a weekend, so the
  // start agreements are due Monday 28 December; 14 days later, 7 January 2027, a Thursday.
  const Engine& e = engine();
  const Plan plan = crisis_at(e, "2026-12-24T20:00:00+01:00");
  // Nieuwjaarsdag is no working day: the toewijzing is due Monday 4 January 2027.
  EXPECT_EQ(due(e, plan, "2026-12-24T21:00:00+01:00"),
            (std::vector<Due>{{"crisis_startafspraken", "2026-12-28", "open"},
                              {"crisis_toewijzing", "2027-01-04", "open"},
                              {"crisis_evaluatie", "2027-01-07", "open"}}));
}

// R-CRISIS: "at the latest after 14 days" is a ceiling. When day 14 is no working day the
// evaluation is due on the last working day before it, never later.
TEST(WorkflowDeadlines, TheFourteenDaysEndingOnAHolidayComeBackToTheLastWorkingDayBefore) {
  // Friday 11 December 2026 + 14 days = Friday 25 December (Eerste Kerstdag) -> Thursday 24.
  const Engine& e = engine();
  const Plan plan = crisis_at(e, "2026-12-11T15:00:00+01:00");
  EXPECT_EQ(due(e, plan, "2026-12-11T16:00:00+01:00").back(), (Due{"crisis_evaluatie", "2026-12-24", "open"}));
}

TEST(WorkflowDeadlines, ACrisisStartingOnASaturdayGetsNoSixteenDays) {
  // Saturday 2 May 2026 + 14 = Saturday 16 May -> Friday 15 May (Hemelvaartsdag is the
  // 14th); the start agreements are due Monday 4 May (Bevrijdingsdag 5 May is not a day
  // off in 2026), the toewijzing Friday 8 May. Before the fix the evaluation was due
  // Monday 18 May: 16 days.
  const Engine& e = engine();
  const Plan may = crisis_at(e, "2026-05-02T11:00:00+02:00");
  EXPECT_EQ(due(e, may, "2026-05-02T12:00:00+02:00"),
            (std::vector<Due>{{"crisis_startafspraken", "2026-05-04", "open"},
                              {"crisis_toewijzing", "2026-05-08", "open"},
                              {"crisis_evaluatie", "2026-05-15", "open"}}));
  // A Sunday start: 14 days is Sunday 17 May -> Friday 15 May as well.
  const Plan sunday = crisis_at(e, "2026-05-03T11:00:00+02:00");
  EXPECT_EQ(due(e, sunday, "2026-05-03T12:00:00+02:00").back(), (Due{"crisis_evaluatie", "2026-05-15", "open"}));
  // A working day 14 stays itself: Monday 4 May -> Monday 18 May.
  const Plan monday = crisis_at(e, "2026-05-04T11:00:00+02:00");
  EXPECT_EQ(due(e, monday, "2026-05-04T12:00:00+02:00").back(), (Due{"crisis_evaluatie", "2026-05-18", "open"}));
}

TEST(WorkflowDeadlines, HolidaySettingsOfTheMunicipalityCount) {
  // Thursday 2 April 2026, the day before Goede Vrijdag; Easter Monday is 6 April.
  const Plan regional = crisis_at(engine(), "2026-04-02T18:00:00+02:00");
  EXPECT_EQ(due(engine(), regional, "2026-04-02T19:00:00+02:00")[0], (Due{"crisis_startafspraken", "2026-04-03", "open"}));
  const Engine good_friday = engine_with("amsterdam-zaanstreek", Json{{"goede_vrijdag_vrij", true}});
  const Plan local = crisis_at(good_friday, "2026-04-02T18:00:00+02:00");
  EXPECT_EQ(due(good_friday, local, "2026-04-02T19:00:00+02:00")[0], (Due{"crisis_startafspraken", "2026-04-07", "open"}));
  // Bevrijdingsdag every year: Monday 4 May 2026 -> start agreements on Wednesday 6 May.
  const Engine liberation = engine_with("amsterdam-zaanstreek", Json{{"bevrijdingsdag_vrij", "altijd"}});
  const Plan may = crisis_at(liberation, "2026-05-04T10:00:00+02:00");
  EXPECT_EQ(due(liberation, may, "2026-05-04T11:00:00+02:00")[0], (Due{"crisis_startafspraken", "2026-05-06", "open"}));
}

TEST(WorkflowDeadlines, MetObligationsAreNoLongerDue) {
  const Engine& e = engine();
  Plan plan = crisis_at(e, "2026-03-12T23:00:00+01:00");
  plan = apply(e, plan, event("startafspraken_vastleggen", aanbieder(), "2026-03-13T11:00:00+01:00",
                              {{"jeugdige", "tim"}, {"agreements", {{{"id", "s1"}, {"description", "Start"}, {"performer", "specialist"}}}}}));
  // Thursday 12 March + 5 working days = Thursday 19 March: the toewijzing is overdue.
  EXPECT_EQ(due(e, plan, "2026-03-20T09:00:00+01:00"),
            (std::vector<Due>{{"crisis_toewijzing", "2026-03-19", "overdue"}, {"crisis_evaluatie", "2026-03-26", "open"}}));
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), "2026-03-20T10:00:00+01:00",
                              {{"jeugdige", "tim"}, {"toewijzing", toewijzing("C-1", "90000101", "2026-03-12")}}));
  EXPECT_EQ(due(e, plan, "2026-03-20T11:00:00+01:00"), (std::vector<Due>{{"crisis_evaluatie", "2026-03-26", "open"}}));
  plan = apply(e, plan, event("evalueren", lokaal_team(), "2026-03-24T10:00:00+01:00",
                              {{"jeugdige", "tim"}, {"evaluation", {{"id", "e1"}, {"at", "2026-03-24T10:00:00+01:00"}}}}));
  EXPECT_TRUE(perspectief::json_api::deadlines(e, plan, "2026-03-30T09:00:00+01:00").empty());
}

TEST(WorkflowDeadlines, RegisseurAfterACrisisPlacementPerLocalChoice) {
  // Flevoland: by default at the start agreements (the next working day).
  const Engine& e = engine("flevoland");
  const Plan plan = crisis_at(e, "2026-03-12T23:00:00+01:00");
  const auto items = due(e, plan, "2026-03-13T09:00:00+01:00");
  EXPECT_EQ(items, (std::vector<Due>{{"crisis_startafspraken", "2026-03-13", "due"},
                                     {"regie_na_crisis", "2026-03-13", "due"},
                                     {"crisis_toewijzing", "2026-03-19", "open"},
                                     {"crisis_evaluatie", "2026-03-26", "open"}}));
  EXPECT_EQ(perspectief::json_api::deadlines(e, plan, "2026-03-13T09:00:00+01:00")[1]["rule"], "R-REGIE-VERBLIJF");
  // A municipality that assigns at the first evaluation.
  const Engine later = engine_with("flevoland", Json{{"crisis_regie_toewijzing", "eerste_evaluatie"}});
  const Plan local = crisis_at(later, "2026-03-12T23:00:00+01:00");
  EXPECT_EQ(due(later, local, "2026-03-13T09:00:00+01:00")[3], (Due{"regie_na_crisis", "2026-03-26", "open"}));
  // Once assigned it is no longer due.
  const Plan assigned = apply(e, plan, event("regie_toewijzen", lokaal_team(), "2026-03-13T10:00:00+01:00",
                                             {{"jeugdige", "tim"}, {"regie", {{"regisseur", regisseur()}, {"placed_at", "lokale_toegang"}}}}));
  for (const Due& d : due(e, assigned, "2026-03-13T11:00:00+01:00")) EXPECT_NE(d.kind, "regie_na_crisis");
}

TEST(WorkflowDeadlines, HandOverAtEighteen) {
  // Tim born 15 June 2008 turns 18 on 15 June 2026; the reminder opens six months before.
  const Engine& e = engine("flevoland");
  Json content = family_content("flevoland");
  content["family"]["members"][2]["birth_date"] = "2008-06-15";
  Plan plan = apply(e, Plan{}, event("plan_aanmaken", lokaal_team(), "2025-11-01T09:00:00+01:00", content));
  EXPECT_TRUE(perspectief::json_api::deadlines(e, plan, "2026-01-10T09:00:00+01:00").empty()) << "no regie, no reminder";
  plan = apply(e, plan, event("regie_toewijzen", lokaal_team(), "2025-11-02T09:00:00+01:00",
                              {{"jeugdige", "tim"}, {"regie", {{"regisseur", regisseur()}, {"placed_at", "lokale_toegang"}}}}));
  EXPECT_TRUE(perspectief::json_api::deadlines(e, plan, "2025-12-14T09:00:00+01:00").empty()) << "before the window";
  EXPECT_EQ(due(e, plan, "2025-12-15T09:00:00+01:00"), (std::vector<Due>{{"overdracht_18", "2026-06-15", "open"}}));
  EXPECT_EQ(due(e, plan, "2026-06-15T09:00:00+02:00"), (std::vector<Due>{{"overdracht_18", "2026-06-15", "due"}}));
  EXPECT_EQ(due(e, plan, "2026-06-16T09:00:00+02:00"), (std::vector<Due>{{"overdracht_18", "2026-06-15", "overdue"}}));
  // Once the hand-over is recorded the reminder is gone.
  plan = apply(e, plan, event("overdracht_18", regisseur(), "2026-05-01T09:00:00+02:00", {{"jeugdige", "tim"}}));
  EXPECT_TRUE(perspectief::json_api::deadlines(e, plan, "2026-06-16T09:00:00+02:00").empty());
}

std::string e_first_rule(const Engine& e, const Plan& plan, const std::string& kind) {
  for (const Json& d : perspectief::json_api::deadlines(e, plan, "2026-03-13T09:00:00+01:00")) {
    if (d["kind"] == kind) return d["rule"];
  }
  return {};
}

std::vector<Due> of_kind(const Engine& e, const Plan& plan, const std::string& when, const std::string& kind) {
  std::vector<Due> out;
  for (const Due& d : due(e, plan, when)) {
    if (d.kind == kind) out.push_back(d);
  }
  return out;
}

// R-TOEWIJZING's crisis exception: the region sets the period (workflow.crisis_toewijzing).
TEST(WorkflowDeadlines, TheCrisisToewijzingFollowsWithinTheProfilesWorkingDays) {
  Json profile = perspectief::builtin_profile_json("amsterdam-zaanstreek");
  profile["workflow"]["crisis_toewijzing"]["working_days"] = 2;
  const Engine strict = Engine::load(profile);
  const Plan plan = crisis_at(strict, "2026-03-12T23:00:00+01:00");  // Thursday
  EXPECT_EQ(of_kind(strict, plan, "2026-03-13T09:00:00+01:00", "crisis_toewijzing"),
            (std::vector<Due>{{"crisis_toewijzing", "2026-03-16", "open"}}));
  EXPECT_EQ(e_first_rule(strict, plan, "crisis_toewijzing"), "R-TOEWIJZING");
  // A toewijzing to another provider does not meet it.
  const Plan other = apply(strict, plan, event("toewijzing_vastleggen", lokaal_team(), "2026-03-13T10:00:00+01:00",
                                               {{"jeugdige", "tim"}, {"toewijzing", toewijzing("X-1", "90000999", "2026-03-12")}}));
  EXPECT_EQ(of_kind(strict, other, "2026-03-17T09:00:00+01:00", "crisis_toewijzing"),
            (std::vector<Due>{{"crisis_toewijzing", "2026-03-16", "overdue"}}));
  profile["workflow"]["crisis_toewijzing"]["working_days"] = 0;
  EXPECT_THROW(Engine::load(profile), Error);
}

// R-EVALUATION: a toewijzing about to end is announced ahead (local choice, default 28 days).
TEST(WorkflowDeadlines, AToewijzingsEndIsAnnouncedAhead) {
  const Engine& e = engine();
  Plan plan = crisis_at(e, "2026-03-12T23:00:00+01:00");
  Json ending = toewijzing("C-1", "90000101", "2026-03-12");
  ending["end"] = "2026-04-30";
  plan = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), "2026-03-13T10:00:00+01:00", {{"jeugdige", "tim"}, {"toewijzing", ending}}));
  EXPECT_TRUE(of_kind(e, plan, "2026-04-01T09:00:00+02:00", "toewijzing_einde").empty()) << "29 days ahead";
  EXPECT_EQ(of_kind(e, plan, "2026-04-02T09:00:00+02:00", "toewijzing_einde"),
            (std::vector<Due>{{"toewijzing_einde", "2026-04-30", "open"}}));
  EXPECT_EQ(of_kind(e, plan, "2026-04-30T09:00:00+02:00", "toewijzing_einde"),
            (std::vector<Due>{{"toewijzing_einde", "2026-04-30", "due"}}));
  EXPECT_TRUE(of_kind(e, plan, "2026-05-01T09:00:00+02:00", "toewijzing_einde").empty()) << "it has ended";
  // A municipality that wants eight weeks' notice.
  const Engine early = engine_with("amsterdam-zaanstreek", Json{{"toewijzing_einde_signaal_dagen", 56}});
  EXPECT_EQ(of_kind(early, plan, "2026-03-05T09:00:00+01:00", "toewijzing_einde").size(), 1u);
  // Extended by a toewijzing that takes over: no longer announced.
  const Plan extended = apply(e, plan, event("toewijzing_vastleggen", lokaal_team(), "2026-04-10T10:00:00+02:00",
                                             {{"jeugdige", "tim"}, {"toewijzing", toewijzing("C-2", "90000101", "2026-05-01")}}));
  EXPECT_TRUE(of_kind(e, extended, "2026-04-20T09:00:00+02:00", "toewijzing_einde").empty());
}

// R-EVALUATION: the rhythm the plan agrees (evaluatie_weken in the jeugdige's
// ondersteuningsprofiel) sets when progress is next evaluated while the help runs: counted
// from the start of the help, then from each evaluation, never later because of a weekend.
Json support_profile(const Json& weeks) {
  Json profile{{"code", "3"}, {"intensiteit", 2}};
  if (!weeks.is_null()) profile["evaluatie_weken"] = weeks;
  return Json{{"jeugdige", "tim"}, {"ondersteuningsprofiel", profile}};
}

TEST(WorkflowDeadlines, RegularEvaluationsFollowTheRhythmThePlanAgrees) {
  const Engine& e = engine();
  const Plan started = plan_with_help(e);  // Tim's help started Monday 9 March
  EXPECT_TRUE(of_kind(e, started, at(20, 9), "evaluatie").empty()) << "no rhythm agreed, none reported";
  Plan plan = apply(e, started, event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(10, 9), support_profile(6)));
  // Six weeks after the start: Monday 20 April.
  EXPECT_EQ(of_kind(e, plan, at(20, 9), "evaluatie"), (std::vector<Due>{{"evaluatie", "2026-04-20", "open"}}));
  EXPECT_EQ(of_kind(e, plan, "2026-04-20T09:00:00+02:00", "evaluatie")[0].status, "due");
  EXPECT_EQ(of_kind(e, plan, "2026-04-21T09:00:00+02:00", "evaluatie")[0].status, "overdue");
  const Json reported = perspectief::json_api::deadlines(e, plan, "2026-04-21T09:00:00+02:00");
  const auto it = std::find_if(reported.begin(), reported.end(), [](const Json& d) { return d["kind"] == "evaluatie"; });
  ASSERT_NE(it, reported.end());
  EXPECT_EQ((*it)["rule"], "R-EVALUATION");
  EXPECT_EQ((*it)["jeugdige"], "tim");
  // Evaluated on Saturday 11 April: six weeks later is Saturday 23 May, so Friday 22 May.
  plan = apply(e, plan, event("evalueren", lokaal_team(), "2026-04-11T10:00:00+02:00",
                              {{"jeugdige", "tim"},
                               {"evaluation", {{"id", "ev-1"}, {"at", "2026-04-11T10:00:00+02:00"}, {"participants", {moeder(), lokaal_team()}}}}}));
  EXPECT_EQ(of_kind(e, plan, "2026-04-21T09:00:00+02:00", "evaluatie"), (std::vector<Due>{{"evaluatie", "2026-05-22", "open"}}));
  // Lotte's help does not run, so she has no rhythm to keep; once Tim's part is closed, neither has he.
  plan = apply(e, plan, event("afronding_starten", lokaal_team(), "2026-05-01T09:00:00+02:00"));
  plan = apply(e, plan, event("jeugdhulp_afsluiten", lokaal_team(), "2026-05-01T10:00:00+02:00", {{"jeugdige", "tim"}, {"end_reason", "31"}}));
  EXPECT_TRUE(of_kind(e, plan, "2026-05-02T09:00:00+02:00", "evaluatie").empty());
  // A rhythm outside 1..104 weeks is refused with its pointer.
  for (const int weeks : {0, 105}) {
    const Rejection r = rejection(e, started, event("ondersteuningsprofiel_vaststellen", lokaal_team(), at(10, 9), support_profile(weeks)));
    EXPECT_EQ(r.codes(), std::vector<std::string>{"PP-V-EVALUATION-INTERVAL"}) << weeks;
    EXPECT_EQ(r.problems.front().pointer, "/children/0/ondersteuningsprofiel/evaluatie_weken");
    EXPECT_EQ(r.rules, std::vector<std::string>{"R-EVALUATION"});
  }
}

TEST(WorkflowDeadlines, AClosedPlanHasNoDeadlines) {
  const Engine& e = engine();
  Plan plan = crisis_at(e, "2026-03-12T23:00:00+01:00");
  plan.status = "afgerond";
  EXPECT_TRUE(perspectief::json_api::deadlines(e, plan, "2026-04-30T09:00:00+02:00").empty());
}

TEST(WorkflowDeadlines, ABadMomentIsAnInvalidArgument) {
  try {
    perspectief::json_api::deadlines(engine(), Plan{}, "morgen");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
  }
}

}  // namespace
