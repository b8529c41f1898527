// Addressing the parts of a plan (docs/sharing.md, "Addressing parts").
//
// A plan is divided into parts, each released or withheld as a whole. The
// PartIndex lists the parts present in one plan, in document order, and
// remembers for every item of the plan which part it belongs to, so that the
// view builder can walk the plan and keep exactly the released items.
// Analysis is one part per leefgebied because R-PERSPECTIVES keeps every
// perspective on a leefgebied together: a reader never gets the professional's
// assessment without the family's own view next to it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

// Item position -> part number, for the three parts of 001 in one container. A personal
// entry (R-MEMBER-PRIVACY, model/personal_content.hpp) is in its member's personal part:
// results[i] and agreements[i] say so directly, and perspectives[i][j] gives the part of
// perspective j of analysis entry i (the entry's own part unless it is personal).
struct ContainerParts {
  std::vector<std::size_t> hulpvragen;
  std::vector<std::size_t> analysis;
  std::vector<std::vector<std::size_t>> perspectives;
  std::vector<std::size_t> results;
  std::vector<std::size_t> agreements;
  std::optional<std::size_t> opvoedsituatie;
  std::optional<std::size_t> extensions;
};

struct ChildParts : ContainerParts {
  std::optional<std::size_t> toekomstperspectief;
  std::optional<std::size_t> ondersteuningsprofiel;
  std::optional<std::size_t> aanbieder;
  std::optional<std::size_t> behandelplan;
  std::optional<std::size_t> youth_care_closed;
  std::optional<std::size_t> segment;
  std::optional<std::size_t> kader;  // kader and kader_changes
  std::optional<std::size_t> help;
  std::vector<std::size_t> toewijzingen;
  std::vector<std::size_t> evaluations;
};

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

  // Where each item went; nullopt / empty where the plan has no such item.
  std::size_t header = 0;
  std::optional<std::size_t> extensions;
  std::optional<std::size_t> family_general;
  std::vector<std::size_t> family_members;
  ContainerParts family_part;
  std::vector<ChildParts> children;
  std::optional<std::size_t> akkoorden;
  std::vector<std::size_t> consents;
  std::optional<std::size_t> regie;
  std::optional<std::size_t> assignments;
  std::optional<std::size_t> versions;
  std::optional<std::size_t> history;
  std::optional<std::size_t> local_fields;

 private:
  // subject_id: the member the part is about; empty for family-level parts.
  std::size_t add(PartKind kind, std::string id, std::string_view subject_id, int child = -1,
                  std::string leefgebied = {});
  void index_container(const std::string& base, PartKind hulpvragen, PartKind analysis, PartKind result,
                       PartKind agreement, PartKind personal, std::string_view subject, int child,
                       const std::vector<Hulpvraag>& hulpvraag_items,
                       const std::vector<DomainAnalysis>& analysis_items, const std::vector<Result>& result_items,
                       const std::vector<Agreement>& agreement_items, ContainerParts& out);

  const Plan* plan_;
  std::vector<IndexedPart> parts_;
  std::size_t list_start_ = 0;  // where the list being indexed began (see add)
};

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
