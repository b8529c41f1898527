// Whether two plans have the same content, compared member by member through the
// model's field lists (plan_fields.hpp) without building JSON: the pipeline asks this
// for every content-changing event to decide whether the version rises.
#pragma once

#include "perspectief/model.hpp"

namespace perspectief::workflow {

// Equal in every member except the workflow's bookkeeping (status, version, history,
// versions, akkoorden); unknown members included.
bool same_content(const Plan& a, const Plan& b);

}  // namespace perspectief::workflow
