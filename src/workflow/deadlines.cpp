// deadlines(plan, at): the obligations still open at a moment, each with its last day.
//
// Days are Dutch calendar dates at the offset of the moments given (the host passes
// Dutch local time); working days come from the engine's WorkingDayCalendar (weekends
// and national holidays, Goede Vrijdag and Bevrijdingsdag per local choice).
//  - crisis_startafspraken (R-CRISIS, 002 fn 4 "uiterlijk de eerstvolgende werkdag"):
//    the first working day after the day of crisis_starten.
//  - crisis_evaluatie (R-CRISIS, 002 fn 4 "maximaal na 14 dagen"): 14 calendar days
//    after that day - the footnote counts days where it means days and says werkdag
//    where it means working days - and when that day is not a working day, the next
//    working day, as the Algemene termijnenwet (art. 1) does for a term ending on a
//    weekend or holiday.
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
#include "workflow/compiled_workflow.hpp"
#include "workflow/history_facts.hpp"
#include "workflow/regie_scope.hpp"

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

class Collector {
 public:
  Collector(const Engine& engine, const Plan& plan, year_month_day today)
      : engine_(engine), plan_(plan), today_(today), regie_rule_(compiled(engine).guards_with("R-REGIE-VERBLIJF")) {}

  void add(std::string kind, std::string rule, const ChildPart& child, std::optional<Timestamp> since,
           year_month_day due, Label label) {
    Deadline deadline;
    deadline.kind = std::move(kind);
    deadline.rule = std::move(rule);
    deadline.seed = "002";
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
    const year_month_day evaluation_due = calendar.add_working_days(Days(start) + std::chrono::days(14), 0);
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
    if (regie_rule_ && !plan_.regie && regie_required(engine_, plan_, child)) {
      const Json& moment = engine_.local_choice("crisis_regie_toewijzing");
      const bool at_agreements = moment.is_string() && moment.get<std::string>() == "startafspraken";
      add("regie_na_crisis", "R-REGIE-VERBLIJF", child, crisis.at, at_agreements ? agreements_due : evaluation_due,
          {"Perspectiefregisseur toewijzen na de crisisplaatsing (achteraf)",
           "Assign the perspectiefregisseur after the crisis placement (afterwards)"});
    }
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
  for (const ChildPart& child : plan.children) {
    if (child.youth_care_closed.value_or(false)) continue;
    if (const CrisisFact* crisis = facts.last_crisis(child.jeugdige)) collector.crisis(*crisis, child);
    const auto& done = facts.handed_over_18;
    if (workflow.handover_18 && plan.regie && std::find(done.begin(), done.end(), child.jeugdige) == done.end()) {
      collector.handover(child, workflow.handover_18->lead_months);
    }
  }
  return collector.take();
}

}  // namespace perspectief::workflow
