// Dutch holidays and working-day arithmetic; see calendar.hpp for the rules.
#include "perspectief/calendar.hpp"

#include <algorithm>
#include <stdexcept>

namespace perspectief {
namespace {

using std::chrono::year_month_day;

// Koningsdag took its current form when Willem-Alexander became king in 2013; 2014 was
// the first 27 April Koningsdag.
constexpr std::chrono::year kFirstKoningsdagYear{2014};

void require_valid(year_month_day date, const char* what) {
  if (!date.ok()) {
    throw std::invalid_argument(std::string(what) + ": invalid date");
  }
}

year_month_day shift_days(year_month_day date, int days) {
  return year_month_day{std::chrono::sys_days{date} + std::chrono::days{days}};
}

bool is_weekend(year_month_day date) {
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

// The king's (or queen's) birthday holiday. Both rules avoid Sunday by moving one day
// earlier, to the Saturday.
std::pair<year_month_day, std::string_view> royal_birthday(std::chrono::year year) {
  const bool koningsdag = year >= kFirstKoningsdagYear;
  const year_month_day nominal{year, std::chrono::April,
                               koningsdag ? std::chrono::day{27} : std::chrono::day{30}};
  const bool on_sunday = std::chrono::weekday{std::chrono::sys_days{nominal}} ==
                         std::chrono::Sunday;
  return {on_sunday ? shift_days(nominal, -1) : nominal,
          koningsdag ? std::string_view{"Koningsdag"} : std::string_view{"Koninginnedag"}};
}

bool bevrijdingsdag_is_holiday(HolidaySettings::Bevrijdingsdag rule, std::chrono::year year) {
  switch (rule) {
    case HolidaySettings::Bevrijdingsdag::never:
      return false;
    case HolidaySettings::Bevrijdingsdag::lustrum:
      return static_cast<int>(year) % 5 == 0;
    case HolidaySettings::Bevrijdingsdag::always:
      return true;
  }
  return false;  // unreachable for valid enumerators; keeps -Wreturn-type quiet
}

}  // namespace

WorkingDayCalendar::WorkingDayCalendar(HolidaySettings settings) noexcept
    : settings_(settings) {}

std::vector<std::pair<year_month_day, std::string_view>> WorkingDayCalendar::holidays(
    std::chrono::year year) const {
  if (!year.ok()) {
    throw std::invalid_argument("WorkingDayCalendar::holidays: year out of range");
  }
  const year_month_day easter = easter_sunday(year);

  std::vector<std::pair<year_month_day, std::string_view>> result;
  result.reserve(12);
  result.emplace_back(year / std::chrono::January / 1, "Nieuwjaarsdag");
  if (settings_.goede_vrijdag) {
    result.emplace_back(shift_days(easter, -2), "Goede Vrijdag");
  }
  result.emplace_back(easter, "Eerste Paasdag");
  result.emplace_back(shift_days(easter, 1), "Tweede Paasdag");
  result.push_back(royal_birthday(year));
  if (bevrijdingsdag_is_holiday(settings_.bevrijdingsdag, year)) {
    result.emplace_back(year / std::chrono::May / 5, "Bevrijdingsdag");
  }
  result.emplace_back(shift_days(easter, 39), "Hemelvaartsdag");
  result.emplace_back(shift_days(easter, 49), "Eerste Pinksterdag");
  result.emplace_back(shift_days(easter, 50), "Tweede Pinksterdag");
  result.emplace_back(year / std::chrono::December / 25, "Eerste Kerstdag");
  result.emplace_back(year / std::chrono::December / 26, "Tweede Kerstdag");

  // Hemelvaartsdag moves with Easter (30 April .. 3 June), so it can fall before or on
  // Bevrijdingsdag or on Koninginnedag. The stable sort keeps the listing order above for
  // coinciding holidays, which is the order holiday_name relies on.
  std::stable_sort(result.begin(), result.end(), [](const auto& lhs, const auto& rhs) {
    return std::chrono::sys_days{lhs.first} < std::chrono::sys_days{rhs.first};
  });
  return result;
}

std::optional<std::string_view> WorkingDayCalendar::holiday_name(year_month_day date) const {
  require_valid(date, "WorkingDayCalendar::holiday_name");
  for (const auto& [holiday, name] : holidays(date.year())) {
    if (holiday == date) {
      return name;
    }
  }
  return std::nullopt;
}

bool WorkingDayCalendar::is_holiday(year_month_day date) const {
  return holiday_name(date).has_value();
}

bool WorkingDayCalendar::is_working_day(year_month_day date) const {
  require_valid(date, "WorkingDayCalendar::is_working_day");
  return !is_weekend(date) && !is_holiday(date);
}

year_month_day WorkingDayCalendar::next_working_day(year_month_day date) const {
  require_valid(date, "WorkingDayCalendar::next_working_day");
  // Terminates quickly: no run of non-working days is longer than four (e.g. Goede
  // Vrijdag through Tweede Paasdag).
  year_month_day candidate = shift_days(date, 1);
  while (!is_working_day(candidate)) {
    candidate = shift_days(candidate, 1);
  }
  return candidate;
}

year_month_day WorkingDayCalendar::add_working_days(year_month_day date, int n) const {
  require_valid(date, "WorkingDayCalendar::add_working_days");
  if (n < 0) {
    throw std::invalid_argument("WorkingDayCalendar::add_working_days: n must be >= 0");
  }
  if (n == 0) {
    return is_working_day(date) ? date : next_working_day(date);
  }
  year_month_day result = date;
  for (int step = 0; step < n; ++step) {
    result = next_working_day(result);
  }
  return result;
}

int WorkingDayCalendar::working_days_between(year_month_day from, year_month_day to) const {
  require_valid(from, "WorkingDayCalendar::working_days_between");
  require_valid(to, "WorkingDayCalendar::working_days_between");
  const std::chrono::sys_days last{to};
  int count = 0;
  for (std::chrono::sys_days day = std::chrono::sys_days{from} + std::chrono::days{1};
       day <= last; day += std::chrono::days{1}) {
    if (is_working_day(year_month_day{day})) {
      ++count;
    }
  }
  return count;
}

}  // namespace perspectief
