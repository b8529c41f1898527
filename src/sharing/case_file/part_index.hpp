// Addressing the parts of a plan (docs/sharing.md, "Addressing parts").
//
// A plan is divided into parts, each released or withheld as a whole. The
// PartIndex lists the parts present in one plan, in document order, and
// remembers for every item of the plan which part it belongs to, so that the
// view builder can walk the plan and keep exactly the released items. Which
// member is which kind of part is declared once, in the plan's field list
// (src/model/plan_fields.hpp); the index and the kinds' patterns follow from it.
// Analysis is one part per leefgebied because R-PERSPECTIVES keeps every
// perspective on a leefgebied together: a reader never gets the professional's
// assessment without the family's own view next to it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "perspectief/model.hpp"
#include "perspectief/sharing.hpp"

namespace perspectief::sharing {

inline constexpr int kFamilyLevel = -1;    // a part about the family as a whole
inline constexpr int kUnknownMember = -2;  // a part about a member id the family does not list

struct IndexedPart {
  PartId id;
  PartKind kind{};
  int subject = kFamilyLevel;     // index into plan.family.members, or kFamilyLevel / kUnknownMember
  std::string subject_id;         // the member id, empty for family-level parts
  int child = -1;                 // index into plan.children for child parts
  std::string leefgebied;         // analysis, results and agreements that name one
};

// The parts of one struct's members, by the member's position in the struct's field list
// (plan_fields.hpp; detail::field_position gives it): `single` for a member that is a
// part of its own (and for one that lies in a sibling's part), `items` for each item of a
// list of parts. A personal entry (R-MEMBER-PRIVACY, model/personal_content.hpp) is in its
// member's personal part: items say so directly for results and agreements, and
// perspectives[i][j] gives the part of perspective j of analysis entry i (the entry's own
// part unless it is personal).
struct MemberParts {
  std::optional<std::size_t> own;      // the struct's own part (the header, the family's general part)
  std::optional<std::size_t> unknown;  // members this version does not know
  std::vector<std::optional<std::size_t>> single;
  std::vector<std::vector<std::size_t>> items;
  std::vector<std::vector<std::size_t>> perspectives;
};

// A plan's parts, found by walking the plan's field list (plan_fields.hpp): every
// member that declares a part kind gets its parts at "<its struct's address>/<its name>".
class PartIndex {
 public:
  // The plan must outlive the index.
  explicit PartIndex(const Plan& plan);

  const Plan& plan() const { return *plan_; }
  const std::vector<IndexedPart>& parts() const { return parts_; }
  std::size_t size() const { return parts_.size(); }
  const IndexedPart& operator[](std::size_t part) const { return parts_[part]; }

  // Index of the member in plan.family.members, or kUnknownMember.
  int member_index(std::string_view member_id) const;
  // The parts an address selects: the part itself and every part below it.
  std::vector<std::size_t> select(std::string_view address) const;
  // The part holding the result with this id, wherever it is.
  std::optional<std::size_t> result_part(std::string_view result_id) const;
  // Whether the part holds one member's personal entries (R-MEMBER-PRIVACY).
  bool is_personal(std::size_t part) const {
    return parts_[part].kind == PartKind::family_personal || parts_[part].kind == PartKind::child_personal;
  }

  // Where each item went, per struct of the plan; the header is the plan's own part.
  std::size_t header = 0;
  MemberParts plan_members;
  MemberParts family;
  MemberParts family_part;
  std::vector<MemberParts> children;

  // Used while the index is built (part_index.cpp): adds a part, or returns the part of
  // the list being indexed that has the same address (items that share an address share
  // a part); subject_id is the member the part is about, empty for family-level parts.
  std::size_t add(PartKind kind, std::string id, std::string_view subject_id, int child = -1,
                  std::string leefgebied = {});
  // A new list starts here; returns where the previous one started, for resume_list.
  std::size_t start_list() { return std::exchange(list_start_, parts_.size()); }
  void resume_list(std::size_t start) { list_start_ = start; }
  void make_unknown_subject(std::size_t part) { parts_[part].subject = kUnknownMember; }

 private:
  const Plan* plan_;
  std::vector<IndexedPart> parts_;
  std::size_t list_start_ = 0;  // where the list being indexed began (see add)
};

// The address of member `name` of the struct at `base` ("" for the plan, "family_part",
// "children/<jeugdige>", ...): "<base>/<name>", or "<name>" at the plan's level.
std::string member_address(std::string_view base, std::string_view name);

// The address of one member's personal entries in a container ("family_part",
// "children/<jeugdige>"): "<container>/personal/<member>". Entries that name no member
// get "<container>/personal/~": a lone tilde is no escaped member id, so that part is
// never confused with, nor an ancestor of, a member's.
std::string personal_part_address(std::string_view container, std::string_view owner);

// Whether a part address is well formed: it names a kind of part or a level
// above one (e.g. "children/j1", "children/j1/results/r1", "family_part").
bool is_valid_address(std::string_view address);

// The kinds a policy pattern covers: "*", a kind pattern, or a level above
// kinds ("children" covers every child kind). Empty when it covers none.
std::vector<PartKind> kinds_matching(std::string_view pattern);

// True when a JSON member holds content worth a part (not null, not {}).
bool has_content(const Json& value);

}  // namespace perspectief::sharing
