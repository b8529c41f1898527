// The columns of each record kind (analysis.hpp, docs/python.md "Records"), with their
// types. A column that shows one member of the plan takes its name and type from that
// member's declaration in the plan's field list (column(...) in plan_fields.hpp); the
// others are facts the records compute from several members (age, crisis, verblijf, ...)
// and are declared here.
#pragma once

#include <span>
#include <string_view>

#include "model/field_shape.hpp"

namespace perspectief::analysis {

// The columns that describe one jeugdige's part (jeugdige_columns.hpp), in order.
std::span<const detail::ColumnDecl> jeugdige_column_decls();

// The columns of a record kind, in order; empty for an unknown kind.
std::span<const detail::ColumnDecl> record_column_decls(std::string_view kind);

}  // namespace perspectief::analysis
