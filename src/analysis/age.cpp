// Age in completed years, for the "age" column of the records (analysis.hpp).
#include <chrono>

#include "perspectief/analysis.hpp"
#include "perspectief/calendar.hpp"
#include "perspectief/time.hpp"

namespace perspectief::analysis {
namespace {

// The calendar day of a date or a moment; a moment's day is taken at its own
// offset, which for Dutch timestamps is the Dutch local date.
std::optional<std::chrono::year_month_day> day_of(std::string_view text) {
  if (text.size() == 10) return parse_iso_date(text);
  if (const auto moment = parse_moment(text)) return moment->local_date();
  return std::nullopt;
}

}  // namespace

std::optional<int> age_in_years(std::string_view birth_date, std::string_view on) {
  const auto birth = parse_iso_date(birth_date);
  const auto day = day_of(on);
  if (!birth || !day) return std::nullopt;
  return age_in_years(*birth, *day);
}

std::optional<int> age_in_years(std::chrono::year_month_day birth_date, std::chrono::year_month_day on) {
  if (on < birth_date) return std::nullopt;
  return completed_years(birth_date, on);
}

}  // namespace perspectief::analysis
