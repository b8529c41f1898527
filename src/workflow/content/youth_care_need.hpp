// R-REOPEN (000): "a change that leads to new or other youth-care needs requires the
// lokale team's akkoord again". This decides whether a content change is such a change.
#pragma once

#include <vector>

#include "perspectief/profile.hpp"
#include "workflow/content/content_diff.hpp"

namespace perspectief::workflow {

// True when a result in the Jeugdwet framework was added, removed, or changed in what it
// asks for (description, leefgebied, performer, framework); a change of status alone is
// progress, not a new need. A provider's own results (set_by a provider) do not count:
// they specify how the provider reaches the agreed results (004 step 5).
bool creates_youth_care_need(const std::vector<ContentChange>& changes, const RegionProfile& profile);

}  // namespace perspectief::workflow
