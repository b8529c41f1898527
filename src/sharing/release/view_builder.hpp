// Building the redacted plan: the plan's JSON shape, holding exactly the
// released parts (docs/sharing.md, "Views"), as a tree or as canonical text.
#pragma once

#include <string>
#include <vector>

#include "perspectief/json.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief::sharing {

// `released[p]` says whether part p goes into the view. The view always
// carries the plan's "format" and "id" (they identify, they tell nothing),
// and the "family" and "family_part" objects, empty when nothing in them is
// released. When every part is released the view equals the plan's JSON
// (except a child entry with nothing in it but its jeugdige id: it has no parts).
Json build_view(const PartIndex& index, const std::vector<bool>& released);

// The same view as canonical text, appended to `out`: canonical_json(build_view(index,
// released)), written straight from the typed plan without the tree (issue #14).
void write_view_text(const PartIndex& index, const std::vector<bool>& released, std::string& out);

}  // namespace perspectief::sharing
