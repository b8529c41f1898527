#include "workflow/jeugdige/family_consent.hpp"

#include "perspectief/calendar.hpp"
#include "perspectief/consent_age.hpp"

namespace perspectief::workflow {

ConsentNeed consent_needed(const Member& jeugdige, std::chrono::year_month_day day) {
  std::optional<std::chrono::year_month_day> birth;
  if (jeugdige.birth_date) birth = parse_iso_date(jeugdige.birth_date->value);
  if (!birth) return ConsentNeed{true, true, -1};
  const int age = completed_years(*birth, day);
  const ConsentByAge by_age = consent_by_age(age);
  return ConsentNeed{by_age.child, by_age.parents, age};
}


}  // namespace perspectief::workflow
