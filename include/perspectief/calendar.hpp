// Dutch working-day calendar for workflow deadlines.
//
// The workflow rules (DOMAIN section 3, R-CRISIS) set deadlines such as "at the latest on the
// next working day" and "at the latest after 14 days"; those deadlines follow Dutch working
// days: Monday to Friday, excluding national holidays. Every holiday is computed from rules
// (Easter via the Gregorian computus), never looked up in a table of years, so the calendar
// works for any year without maintenance.
//
// All dates are std::chrono::year_month_day in the proleptic Gregorian calendar. Functions
// taking a date require a valid date (`ok()`); they throw std::invalid_argument otherwise,
// because an invalid date reaching a deadline computation is a programming error upstream
// (use parse_iso_date to validate external input).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perspectief {

// Which of the "optional" Dutch holidays count as days off.
//
// Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaartsdag, Pinksteren and Kerstmis are days off
// everywhere. Two days differ per employer and CAO, so they are settings, not hard-coded:
//  - Goede Vrijdag is not a generally paid day off in the Netherlands; off by default.
//  - Bevrijdingsdag (5 May) is under many CAOs a day off only once every five years, in the
//    "lustrum" years (year % 5 == 0: 2020, 2025, 2030, ...); that is the default.
// The defaults follow common working practice. Statutory time limits under the Algemene
// termijnenwet count 5 May every year and treat Goede Vrijdag as a holiday; use
// {.goede_vrijdag = true, .bevrijdingsdag = Bevrijdingsdag::always} for those.
struct HolidaySettings {
  bool goede_vrijdag = false;

  enum class Bevrijdingsdag {
    never,    // 5 May is always a working day (when it falls on a weekday)
    lustrum,  // 5 May is a holiday only when year % 5 == 0
    always,   // 5 May is a holiday every year
  };
  Bevrijdingsdag bevrijdingsdag = Bevrijdingsdag::lustrum;
};

// Easter Sunday of `year` in the Gregorian calendar, computed with the anonymous Gregorian
// algorithm (Meeus/Jones/Butcher). For years before 1583 the result is proleptic Gregorian,
// not the Julian date churches used at the time. Requires year.ok().
std::chrono::year_month_day easter_sunday(std::chrono::year year);

// Answers "is this a working day?" and computes working-day deadlines.
//
// Holidays (Dutch names as returned by holiday_name):
//  - Nieuwjaarsdag         1 January
//  - Goede Vrijdag         Easter - 2 days (only if HolidaySettings::goede_vrijdag)
//  - Eerste Paasdag        Easter Sunday
//  - Tweede Paasdag        Easter + 1 day
//  - Koningsdag            27 April; 26 April when 27 April is a Sunday (from 2014)
//    Koninginnedag         30 April; 29 April when 30 April is a Sunday (years before 2014).
//                          The 1980-2013 rule is applied to every year before 2014; the
//                          older rules (Juliana's Sunday-to-Monday move, Wilhelmina's 31
//                          August) are not modelled, as deadlines never reach that far back.
//  - Bevrijdingsdag        5 May (per HolidaySettings::bevrijdingsdag)
//  - Hemelvaartsdag        Easter + 39 days
//  - Eerste Pinksterdag    Easter + 49 days
//  - Tweede Pinksterdag    Easter + 50 days
//  - Eerste Kerstdag       25 December
//  - Tweede Kerstdag       26 December
// Eerste Paasdag and Eerste Pinksterdag are Sundays, so they never change whether a day is a
// working day, but they are listed and named so a date can be explained to a user. A holiday
// on a weekend is not moved to a weekday: Dutch law has no substitute days.
//
// The object is immutable after construction; all members are const and keep no caches, so
// one instance may be shared freely between threads.
class WorkingDayCalendar {
 public:
  using Date = std::chrono::year_month_day;

  explicit WorkingDayCalendar(HolidaySettings settings = {}) noexcept;

  const HolidaySettings& settings() const noexcept { return settings_; }

  // True if `date` is a holiday under this calendar's settings (whatever its weekday).
  bool is_holiday(Date date) const;

  // The Dutch name of the holiday on `date`, or nullopt when it is not a holiday. When two
  // holidays coincide (Hemelvaartsdag can fall on 30 April or 5 May) the one listed first by
  // holidays() is returned. The view refers to static storage and never dangles.
  std::optional<std::string_view> holiday_name(Date date) const;

  // True for Monday to Friday that is not a holiday.
  bool is_working_day(Date date) const;

  // The first working day strictly after `date`.
  Date next_working_day(Date date) const;

  // The date `n` working days after `date`: the n-th working day strictly after it.
  // n == 0 returns `date` itself if it is a working day, else the next working day; this
  // "roll forward" also serves deadlines counted in calendar days, e.g.
  // add_working_days(start + 14 days, 0) when the 14 days are calendar days.
  // Throws std::invalid_argument if n < 0.
  Date add_working_days(Date date, int n) const;

  // The number of working days in the half-open interval (from, to]: `from` itself is not
  // counted, `to` is. Returns 0 when to <= from. For n >= 1,
  // working_days_between(d, add_working_days(d, n)) == n.
  int working_days_between(Date from, Date to) const;

  // Every holiday of `year` under this calendar's settings, in date order (weekend ones
  // included). A date appears twice when two holidays coincide. Requires year.ok().
  std::vector<std::pair<Date, std::string_view>> holidays(std::chrono::year year) const;

 private:
  HolidaySettings settings_;
};

// Parses a strict ISO 8601 calendar date "YYYY-MM-DD": exactly ten characters, four-digit
// year, two-digit month and day, '-' separators, nothing before or after. Returns nullopt
// when the text does not match or the day does not exist (e.g. "2025-02-29").
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

// Age in completed years on `on` of someone born on `birth` (a birthday counts from its own
// day; someone born on 29 February turns a year older on 1 March in other years). The one
// age every rule uses: consent by age, the hand-over at 18, the records' age column.
// Negative when `on` is before `birth`.
int completed_years(std::chrono::year_month_day birth, std::chrono::year_month_day on);

// Formats a valid date as "YYYY-MM-DD" (year zero-padded to four digits). Years outside
// 0..9999 are written with a sign ("-0044-03-15", "+10000-01-01") as ISO 8601's expanded
// form; parse_iso_date accepts only the four-digit form. Throws std::invalid_argument when
// !date.ok().
std::string format_iso_date(std::chrono::year_month_day date);

}  // namespace perspectief
