// Whose akkoord is "the family's" for a jeugdige's help (R-FAMILY-AKKOORD, 004 step 5:
// "Is de jeugdige/het gezin akkoord met het perspectiefplan? Dan start de jeugdhulp").
// Agreeing to help is consent to it, so the Dutch age rules for consent apply
// (R-CONSENT-AGE, perspectief/consent_age.hpp).
#pragma once

#include <chrono>

#include "perspectief/gezag.hpp"  // R-GEZAG: whose akkoord counts for a jeugdige
#include "perspectief/model.hpp"

namespace perspectief::workflow {

struct ConsentNeed {
  bool jeugdige = false;  // the jeugdige's own akkoord is needed
  bool parent = false;    // an akkoord of a parent with gezag is needed
  int age = -1;           // age on the day, -1 when the birth date is unknown
};

// Who must agree for `jeugdige` on `day`. Without a birth date both are asked.
ConsentNeed consent_needed(const Member& jeugdige, std::chrono::year_month_day day);

}  // namespace perspectief::workflow
