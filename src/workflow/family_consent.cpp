#include "workflow/family_consent.hpp"

#include "perspectief/calendar.hpp"

namespace perspectief::workflow {

int age_on(std::chrono::year_month_day birth, std::chrono::year_month_day day) {
  int age = static_cast<int>(day.year()) - static_cast<int>(birth.year());
  if (std::chrono::month_day{day.month(), day.day()} < std::chrono::month_day{birth.month(), birth.day()}) --age;
  return age;
}

ConsentNeed consent_needed(const Member& jeugdige, std::chrono::year_month_day day) {
  std::optional<std::chrono::year_month_day> birth;
  if (jeugdige.birth_date) birth = parse_iso_date(jeugdige.birth_date->value);
  if (!birth) return ConsentNeed{true, true, -1};
  const int age = age_on(*birth, day);
  if (age < 12) return ConsentNeed{false, true, age};
  if (age < 16) return ConsentNeed{true, true, age};
  return ConsentNeed{true, false, age};
}


}  // namespace perspectief::workflow
