// The columns that describe one jeugdige's part: repeated on every "results"
// row of that part and the body of a "jeugdigen" row, so that a table of
// results can be grouped by kind of help without a join.
#pragma once

#include "perspectief/json.hpp"
#include "perspectief/model.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::analysis {

// The part's latest evaluation (by instant; on equal instants the later entry),
// or nullptr when it has none.
const Evaluation* latest_evaluation(const ChildPart& child);

// {jeugdige, age, toekomstperspectief, ondersteuningsprofiel, intensiteit,
//  crisis, additions, verblijf, product_categories} for one part:
//  * age: completed years at the latest evaluation, null when there is none
//    or the birth date is unknown;
//  * crisis: whether the ondersteuningsprofiel is the region's crisis profile
//    (null when there is no profile or its code is unknown to the region);
//  * additions: the profile's additions, a list ([] when it has none, null
//    without an ondersteuningsprofiel);
//  * verblijf: a residential addition (per the region profile) or a toewijzing
//    in a residential product category (analysis.hpp);
//  * product_categories: the toewijzingen's JZ020 categories, sorted, unique,
//    a list ([] when none).
Json jeugdige_columns(const Plan& plan, const ChildPart& child, const RegionProfile& profile);

// The same keys, all null: for rows of the family part.
Json no_jeugdige_columns();

}  // namespace perspectief::analysis
