// R-CONSENT-AGE: whose consent counts for a minor, by age in completed years (Jeugdwet
// art. 7.3.4 and 7.3.5, mirroring the WGBO, BW 7:447 and 7:450):
//   under 12       the parents with gezag;
//   12 up to 16    the child and the parents with gezag;
//   16 and older   the child alone.
// One statement of the rule that the workflow (whose akkoord on the help counts,
// R-FAMILY-AKKOORD) and the sharing rules (whose consent releases a child's information,
// and whether a parent with gezag reads the child's part) both ask. Who holds gezag is
// perspectief/gezag.hpp's question (R-GEZAG).
#pragma once

namespace perspectief {

inline constexpr int kConsentWithParentsFrom = 12;  // Jeugdwet 7.3.4 lid 2, BW 7:450 lid 2
inline constexpr int kConsentAloneFrom = 16;        // Jeugdwet 7.3.5 lid 1, BW 7:447

struct ConsentByAge {
  bool child = false;    // the child's own consent is needed
  bool parents = false;  // the consent of the parents with gezag is needed
};

constexpr ConsentByAge consent_by_age(int completed_years) {
  if (completed_years < kConsentWithParentsFrom) return {false, true};
  if (completed_years < kConsentAloneFrom) return {true, true};
  return {true, false};
}

}  // namespace perspectief
