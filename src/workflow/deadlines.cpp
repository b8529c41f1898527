// deadlines(plan, at): the obligations still open at a moment, each with its last day.
//
// Days are Dutch calendar dates at the offset of the moments given (the host passes
// Dutch local time); working days come from the engine's WorkingDayCalendar (weekends
// and national holidays, Goede Vrijdag and Bevrijdingsdag per local choice).
//  - crisis_startafspraken (R-CRISIS, 002 fn 4 "uiterlijk de eerstvolgende werkdag"):
//    the first working day after the day of crisis_starten.
//  - crisis_evaluatie (R-CRISIS, 002 fn 4 "maximaal na 14 dagen"): 14 calendar days
//    after that day - the footnote counts days where it means days and says werkdag
//    where it means working days. "Maximaal" is a ceiling: when day 14 is not a working
//    day the evaluation is due on the last working day before it, never later (a crisis
//    that starts on a Saturday gets no 16 days).
//  - crisis_toewijzing (R-TOEWIJZING, crisis exception): the toewijzing to the crisis
//    provider follows within the working days the profile sets
//    (workflow.crisis_toewijzing.working_days) after the crisis start; met by a
//    toewijzing to that provider that had not ended by the crisis start.
//  - toewijzing_einde (R-EVALUATION): a running toewijzing with an end date and no end
//    reason is announced from the local choice toewijzing_einde_signaal_dagen before its
//    end until that end, unless a toewijzing to the same provider continues it.
//  - evaluatie (R-EVALUATION, 004 step 6 "regelmatig contact over de voortgang ... conform
//    de afspraken in het perspectiefplan"): while a jeugdige's help runs and its
//    ondersteuningsprofiel sets evaluatie_weken, the next evaluation is due that many weeks
//    after its last evaluation (or, before the first, after its help started), on the last
//    working day on or before that day, as the crisis evaluation: an agreed rhythm is a
//    "no later than", and a weekend does not stretch it.
//  - regie_na_crisis (R-REGIE-VERBLIJF, "bij crisis ... achteraf"): in regions whose
//    workflow applies that rule, for a residential crisis placement in scope, by the start agreements or the first evaluation as the
//    local choice crisis_regie_toewijzing says (default: the first evaluation, where
//    the perspective and so the regisseur's place is known).
//  - overdracht_18 (002 "zorgt voor een goede overdracht bij de overgang naar 18+"):
//    when a regisseur is assigned, from lead_months before the 18th birthday until the
//    hand-over (overdracht_18) is recorded; due on the birthday.
#include <algorithm>
#include <tuple>

#include "perspectief/workflow.hpp"
#include "workflow/definition/compiled_workflow.hpp"
#include "workflow/pipeline/history_facts.hpp"
#include "workflow/regie/regie_scope.hpp"

namespace perspectief::workflow {
namespace {

using std::chrono::year_month_day;
using Days = std::chrono::sys_days;

DeadlineStatus status_on(year_month_day today, year_month_day due) {
  if (today < due) return DeadlineStatus::open;
  if (today == due) return DeadlineStatus::due;
  return DeadlineStatus::overdue;
}

// The 18th birthday; someone born on 29 February turns 18 on 1 March in a common year.
year_month_day eighteenth_birthday(year_month_day birth) {
  const year_month_day date = birth + std::chrono::years(18);
  if (date.ok()) return date;
  return year_month_day{date.year(), std::chrono::March, std::chrono::day{1}};
}

year_month_day months_before(year_month_day date, std::int64_t months) {
  year_month_day out = date - std::chrono::months(months);
  if (!out.ok()) out = out.year() / out.month() / std::chrono::last;  // 31 May - 3 months -> 28/29 February
  return out;
}

// `date` itself if it is a working day, else the last working day before it: the last day
// of a term that may never end later than `date` (R-CRISIS: "uiterlijk na 14 dagen").
year_month_day working_day_on_or_before(const WorkingDayCalendar& calendar, year_month_day date) {
  while (!calendar.is_working_day(date)) date = Days(date) - std::chrono::days(1);
  return date;
}

// A toewijzing to `aanbieder` that had not ended on `day`.
bool has_toewijzing_since(const ChildPart& child, const std::string& aanbieder, const std::string& day) {
  return std::any_of(child.toewijzingen.begin(), child.toewijzingen.end(), [&](const Toewijzing& t) {
    return t.aanbieder == aanbieder && (!t.end || t.end->value >= day);
  });
}

// Whether another toewijzing to the same provider takes over where `t` ends.
bool continued(const ChildPart& child, const Toewijzing& t) {
  const auto end = parse_iso_date(t.end->value);
  const std::string day_after = format_iso_date(Days(*end) + std::chrono::days(1));
  return std::any_of(child.toewijzingen.begin(), child.toewijzingen.end(), [&](const Toewijzing& other) {
    return &other != &t && other.aanbieder == t.aanbieder && other.start.value <= day_after &&
           (!other.end || other.end->value > t.end->value);
  });
}

class Collector {
 public:
  Collector(const Engine& engine, const Plan& plan, year_month_day today)
      : engine_(engine), plan_(plan), today_(today), regie_rule_(compiled(engine).guards_with("R-REGIE-VERBLIJF")) {}

  void add(std::string kind, std::string rule, const ChildPart& child, std::optional<Timestamp> since,
           year_month_day due, Label label) {
    Deadline deadline;
    deadline.kind = std::move(kind);
    deadline.rule = std::move(rule);
    deadline.jeugdige = child.jeugdige;
    deadline.since = std::move(since);
    deadline.due = IsoDate{format_iso_date(due)};
    deadline.status = status_on(today_, due);
    deadline.label = std::move(label);
    out_.push_back(std::move(deadline));
  }

  void crisis(const CrisisFact& crisis, const ChildPart& child) {
    const WorkingDayCalendar& calendar = engine_.calendar();
    const year_month_day start = crisis.moment.local_date();
    const year_month_day agreements_due = calendar.next_working_day(start);
    const year_month_day evaluation_due = working_day_on_or_before(calendar, Days(start) + std::chrono::days(14));
    if (!crisis.start_agreements) {
      add("crisis_startafspraken", "R-CRISIS", child, crisis.at, agreements_due,
          {"Startafspraken na de crisisstart (uiterlijk de eerstvolgende werkdag)",
           "Start agreements after the crisis start (the next working day at the latest)"});
    }
    if (!crisis.evaluated) {
      add("crisis_evaluatie", "R-CRISIS", child, crisis.at, evaluation_due,
          {"Evaluatie van het perspectief na de crisisstart (uiterlijk na 14 dagen)",
           "Evaluation of the perspective after the crisis start (within 14 days)"});
    }
    const auto& toewijzing = compiled(engine_).crisis_toewijzing;
    if (toewijzing && child.aanbieder && !has_toewijzing_since(child, child.aanbieder->id, format_iso_date(start))) {
      add("crisis_toewijzing", "R-TOEWIJZING", child, crisis.at,
          calendar.add_working_days(start, static_cast<int>(toewijzing->working_days)),
          {"Toewijzing aan de crisisaanbieder na de crisisstart (hulp eerst, de toewijzing volgt)",
           "Toewijzing to the crisis provider after the crisis start (help first, the toewijzing follows)"});
    }
    if (regie_rule_ && !plan_.regie && regie_required(engine_, plan_, child)) {
      const Json& moment = engine_.local_choice("crisis_regie_toewijzing");
      const bool at_agreements = moment.is_string() && moment.get<std::string>() == "startafspraken";
      add("regie_na_crisis", "R-REGIE-VERBLIJF", child, crisis.at, at_agreements ? agreements_due : evaluation_due,
          {"Perspectiefregisseur toewijzen na de crisisplaatsing (achteraf)",
           "Assign the perspectiefregisseur after the crisis placement (afterwards)"});
    }
  }

  // R-EVALUATION: a toewijzing about to end, announced `lead_days` ahead.
  void toewijzing_end(const ChildPart& child, std::int64_t lead_days) {
    for (const Toewijzing& t : child.toewijzingen) {
      if (!t.end || t.end_reason) continue;
      const auto end = parse_iso_date(t.end->value);
      if (!end || Days(today_) > Days(*end) || Days(today_) < Days(*end) - std::chrono::days(lead_days)) continue;
      if (continued(child, t)) continue;
      add("toewijzing_einde", "R-EVALUATION", child, std::nullopt, *end,
          {"Toewijzing " + t.number + " loopt af: verlengen, afschalen of afsluiten",
           "Toewijzing " + t.number + " is about to end: extend, scale down or close"});
    }
  }

  // R-EVALUATION: the next regular evaluation of a jeugdige whose help runs.
  void regular_evaluation(const ChildPart& child, const Moment& anchor, std::int64_t weeks) {
    const year_month_day due =
        working_day_on_or_before(engine_.calendar(), Days(anchor.local_date()) + std::chrono::weeks(weeks));
    add("evaluatie", "R-EVALUATION", child, std::nullopt, due,
        {"Evaluatie van de voortgang (elke " + std::to_string(weeks) + " weken, zoals het plan afspreekt)",
         "Evaluation of progress (every " + std::to_string(weeks) + " weeks, as the plan agrees)"});
  }

  void handover(const ChildPart& child, std::int64_t lead_months) {
    const Member* member = find_member(plan_, child.jeugdige);
    if (!member || !member->birth_date) return;
    const auto birth = parse_iso_date(member->birth_date->value);
    if (!birth) return;
    const year_month_day birthday = eighteenth_birthday(*birth);
    if (today_ < months_before(birthday, lead_months)) return;
    add("overdracht_18", "", child, std::nullopt, birthday,
        {"Overdracht bij de overgang naar 18+ door de perspectiefregisseur",
         "Hand-over at the transition to 18+ by the perspectiefregisseur"});
  }

  std::vector<Deadline> take() {
    std::sort(out_.begin(), out_.end(), [](const Deadline& a, const Deadline& b) {
      return std::tie(a.due.value, a.kind, *a.jeugdige) < std::tie(b.due.value, b.kind, *b.jeugdige);
    });
    return std::move(out_);
  }

 private:
  const Engine& engine_;
  const Plan& plan_;
  year_month_day today_;
  bool regie_rule_;  // the region's workflow applies R-REGIE-VERBLIJF
  std::vector<Deadline> out_;
};

}  // namespace

std::vector<Deadline> deadlines(const Engine& engine, const Plan& plan, const Timestamp& at) {
  const auto moment = parse_moment(at.value);
  if (!moment) {
    throw Error(ErrorCode::invalid_argument, "'at' is not an RFC 3339 timestamp with offset: '" + at.value + "'");
  }
  const CompiledWorkflow& workflow = compiled(engine);
  Collector collector(engine, plan, moment->local_date());
  if (plan.status == "afgerond") return collector.take();
  const HistoryFacts facts = collect_history_facts(workflow, plan);
  const Json& lead = engine.local_choice("toewijzing_einde_signaal_dagen");
  for (const ChildPart& child : plan.children) {
    if (child.youth_care_closed.value_or(false)) continue;
    if (const CrisisFact* crisis = facts.last_crisis(child.jeugdige)) collector.crisis(*crisis, child);
    const auto& profile = child.ondersteuningsprofiel;
    if (child.help == HelpState::hulp_gestart && profile && profile->evaluatie_weken && *profile->evaluatie_weken > 0 &&
        *profile->evaluatie_weken <= 104) {
      if (const Moment* anchor = facts.evaluation_anchor(child.jeugdige)) {
        collector.regular_evaluation(child, *anchor, *profile->evaluatie_weken);
      }
    }
    if (lead.is_number_integer()) collector.toewijzing_end(child, std::max<std::int64_t>(0, lead.get<std::int64_t>()));
    const auto& done = facts.handed_over_18;
    if (workflow.handover_18 && plan.regie && std::find(done.begin(), done.end(), child.jeugdige) == done.end()) {
      collector.handover(child, workflow.handover_18->lead_months);
    }
  }
  return collector.take();
}

}  // namespace perspectief::workflow
