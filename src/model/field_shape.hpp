// What a field of the plan declares besides its JSON name (issue #13, "the plan's shape
// once"): which sharing part it lies in, who may set it, and the analysis column it
// feeds. The plan's field list (plan_fields.hpp) states these once per field; the part
// index, the redacted view, change scope, the controlled members, the record columns
// and the generated Python classes all read them from there, so a field is added in one
// place (docs/architecture.md, "Adding a plan field").
//
// Fields of other documents (profiles, event payloads, sharing requests) leave the shape
// at its defaults: they are no part of a plan.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "perspectief/sharing.hpp"

namespace perspectief::detail {

// Where a member lies among the parts a plan is divided into (docs/sharing.md,
// "Addressing parts"). `base` below is the address of the struct holding the member:
// "" for the plan, "family", "family_part", "children/<jeugdige>".
enum class PartRule : std::uint8_t {
  parent,     // in its struct's own part: the plan's header, the family's general part
  identity,   // names what its struct's parts belong to (format, id, jeugdige): shown with them
  own,        // a part of its own, "<base>/<name>", present when the member has content
  each,       // each item a part, "<base>/<name>/<the item's key member>"
  entries,    // as `each`, but an item marked personal goes to its member's personal part
              // (R-MEMBER-PRIVACY): results, agreements, the analysis' perspectives
  container,  // an object whose members are parts in their turn: "<name>"
  each_container,  // each item such an object: "<name>/<the item's key member>"
  with,       // in the part of the sibling member `key` names (kader_changes: the kader's)
};

// Who may set a member, and how. plan_wijzigen changes only `content` and
// `standing_fact` members; the genesis event (plan_aanmaken) may carry the members
// whose Setter says so.
enum class Setter : std::uint8_t {
  content,        // the plan's content: whoever R-CHANGE-SCOPE lets amend its part
  standing_fact,  // content that standing rests on (R-STANDING): not a family member
  creation,       // recorded when the plan is created, never changed after
  creation_or_event,  // recorded at creation or later by its own event (`event`)
  event,          // only by its own event (`event`), never at creation
  workflow,       // the workflow's bookkeeping, not content; `event` when one event adds to it
};

// The type of a record column's values (docs/python.md, "Records"); each may also be null.
enum class ColumnType : std::uint8_t { string, date, timestamp, integer, boolean, list_of_string };

constexpr std::string_view column_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::string: return "string";
    case ColumnType::date: return "date";
    case ColumnType::timestamp: return "timestamp";
    case ColumnType::integer: return "integer";
    case ColumnType::boolean: return "boolean";
    case ColumnType::list_of_string: return "list-of-string";
  }
  return {};
}

// An analysis record column a field feeds (src/analysis): its name and type.
struct ColumnDecl {
  std::string_view name;  // empty: the field feeds no column
  ColumnType type = ColumnType::string;
};

struct FieldShape {
  PartRule part = PartRule::parent;
  sharing::PartKind kind{};   // for own, each, entries
  std::string_view key;       // each/entries/each_container: the item's identifying member; with: the sibling
  std::string_view about;     // each: the item's member naming whom it is about (empty: the struct's subject)
  Setter setter = Setter::content;
  std::string_view event;     // the event that sets it (creation_or_event, event, workflow)
  bool with_toewijzing = false;  // released with a toewijzing for the jeugdige (R-SHARE-HOOFDAANNEMER)
  ColumnDecl column;
};

// The parts of a struct of the plan itself, beside those of its members: its own part
// (for `parent` members) and the part of members this version does not know, each as
// a kind and its name below the struct's address; and, for the three parts of 001, the
// kind of a member's personal entries there. A struct without its own part (a
// jeugdige's) leaves `own_name` empty.
struct StructParts {
  sharing::PartKind own{};
  std::string_view own_name;
  sharing::PartKind unknown{};
  std::string_view unknown_name;
  std::optional<sharing::PartKind> personal;
};

}  // namespace perspectief::detail
