// The parts of a plan and their addresses (docs/sharing.md, "Addressing parts").
#include "sharing/case_file/part_index.hpp"

#include "model/personal_content.hpp"
#include "model/plan_shape.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace perspectief::sharing {
namespace {

using detail::Fields;
using detail::PartRule;

// The pattern of every kind, as the field list declares it: a member's kind is found at
// "<its struct's pattern>/<its name>", with "/*" for the items of a list; a struct's own
// part, its unknown members and its members' personal entries at the names its
// StructParts give. A kind declared twice must be declared with the same pattern.
class PatternCollector {
 public:
  std::array<std::string, kPartKindCount> patterns;

  template <class T>
  void collect(const std::string& base) {
    constexpr detail::StructParts parts = Fields<T>::parts;
    if (!parts.own_name.empty()) put(parts.own, member_address(base, parts.own_name));
    put(parts.unknown, member_address(base, parts.unknown_name));
    if (parts.personal) put(*parts.personal, member_address(base, "personal/*"));
    detail::for_each_field<T>([&](const auto& f) {
      using M = std::remove_cvref_t<decltype(std::declval<T&>().*(f.member))>;
      const std::string path = member_address(base, f.name);
      switch (f.shape.part) {
        case PartRule::own: put(f.shape.kind, path); break;
        case PartRule::each:
        case PartRule::entries: put(f.shape.kind, path + "/*"); break;
        case PartRule::container:
          if constexpr (detail::PartHolder<M>) collect<M>(path);
          break;
        case PartRule::each_container:
          if constexpr (detail::kListOfPartHolders<M>) collect<typename M::value_type>(path + "/*");
          break;
        default: break;
      }
    });
  }

 private:
  void put(PartKind kind, const std::string& pattern) {
    std::string& slot = patterns[static_cast<std::size_t>(kind)];
    if (!slot.empty() && slot != pattern) {
      throw Error(ErrorCode::internal, "part kind declared with two patterns: " + slot + ", " + pattern);
    }
    slot = pattern;
  }
};

const std::array<std::string, kPartKindCount>& kind_patterns() {
  static const std::array<std::string, kPartKindCount> patterns = [] {
    PatternCollector collector;
    collector.collect<Plan>("");
    for (std::size_t i = 0; i < kPartKindCount; ++i) {
      if (collector.patterns[i].empty()) {
        throw Error(ErrorCode::internal, "part kind " + std::to_string(i) + " has no member in plan_fields.hpp");
      }
    }
    return collector.patterns;
  }();
  return patterns;
}

// Up to kMaxSegments segments of an address or pattern, without allocating.
constexpr std::size_t kMaxSegments = 4;
struct Segments {
  std::array<std::string_view, kMaxSegments> items{};
  std::size_t count = 0;
  bool fits = true;  // false when there were more than kMaxSegments
};

constexpr Segments split(std::string_view text) {
  Segments out;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = text.find('/', start);
    const std::string_view segment =
        text.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (out.count == kMaxSegments) {
      out.fits = false;
      return out;
    }
    out.items[out.count++] = segment;
    if (slash == std::string_view::npos) return out;
    start = slash + 1;
  }
}

// The kind patterns split once.
const std::array<Segments, kPartKindCount>& kind_pattern_segments() {
  static const std::array<Segments, kPartKindCount> all = [] {
    std::array<Segments, kPartKindCount> out{};
    for (std::size_t i = 0; i < kPartKindCount; ++i) out[i] = split(kind_patterns()[i]);
    return out;
  }();
  return all;
}

// Whether `address` is `id` or an ancestor of it.
bool covers(std::string_view address, std::string_view id) {
  if (id.size() < address.size() || id.compare(0, address.size(), address) != 0) return false;
  return id.size() == address.size() || id[address.size()] == '/';
}

std::string token(std::string_view raw) { return json_pointer_escape(raw); }

}  // namespace

std::string member_address(std::string_view base, std::string_view name) {
  return base.empty() ? std::string(name) : std::string(base) + "/" + std::string(name);
}

std::string personal_part_address(std::string_view container, std::string_view owner) {
  return std::string(container) + "/personal/" + (owner.empty() ? std::string("~") : token(owner));
}

std::string_view part_kind_pattern(PartKind kind) { return kind_patterns()[static_cast<std::size_t>(kind)]; }

bool is_valid_address(std::string_view address) {
  const Segments segments = split(address);
  if (!segments.fits) return false;
  for (std::size_t i = 0; i < segments.count; ++i) {
    if (segments.items[i].empty()) return false;
  }
  const auto& patterns = kind_pattern_segments();
  return std::any_of(patterns.begin(), patterns.end(), [&](const Segments& pattern) {
    if (segments.count > pattern.count) return false;
    for (std::size_t i = 0; i < segments.count; ++i) {
      if (pattern.items[i] != "*" && pattern.items[i] != segments.items[i]) return false;
    }
    return true;
  });
}

std::vector<PartKind> kinds_matching(std::string_view pattern) {
  std::vector<PartKind> kinds;
  const auto& patterns = kind_patterns();
  for (std::size_t i = 0; i < kPartKindCount; ++i) {
    if (pattern == "*" || covers(pattern, patterns[i])) kinds.push_back(static_cast<PartKind>(i));
  }
  return kinds;
}

bool has_content(const Json& value) { return !value.is_null() && !(value.is_object() && value.empty()); }

namespace {

// Indexes one struct of the plan at `base` ("" for the plan, "family", "family_part",
// "children/<jeugdige>"), member by member in the order of its field list. `subject` is
// the member every part in it is about (a jeugdige), empty for the family level.
template <class T>
struct StructIndexer {
  PartIndex& index;
  std::string base;
  std::string_view subject;
  int child = -1;
  MemberParts& out;
  // Personal entries (R-MEMBER-PRIVACY) go to their owner's personal part, one per owner
  // in this struct, created where the first of them stands.
  std::vector<std::pair<std::string, std::size_t>> personal_parts{};

  static constexpr detail::StructParts kParts = Fields<T>::parts;

  void run(const T& value) {
    out.single.assign(detail::kFieldCount<T>, std::nullopt);
    out.items.assign(detail::kFieldCount<T>, {});
    // A struct with its own part (the plan's header, the family's general part) lists it,
    // and the part of the members this version does not know, before its members; a
    // struct without (the family part, a jeugdige's) lists the unknown members' part last.
    const bool unknown = has_content(value.unknown_fields);
    if (!kParts.own_name.empty()) {
      bool own = kParts.unknown == kParts.own && unknown;
      detail::for_each_field<T>([&](const auto& f) {
        if (f.shape.part == PartRule::parent) own = own || detail::has_member_content(value.*(f.member));
      });
      // The plan's header is always there: it holds the plan's identity and status.
      if (own || kParts.own == PartKind::header) out.own = add(kParts.own, kParts.own_name);
      if (unknown && kParts.unknown != kParts.own) out.unknown = add(kParts.unknown, kParts.unknown_name);
      if (kParts.unknown == kParts.own) out.unknown = out.own;
    }
    std::size_t position = 0;
    detail::for_each_field<T>([&](const auto& f) { member(value, f, position++); });
    if (kParts.own_name.empty() && unknown) out.unknown = add(kParts.unknown, kParts.unknown_name);
  }

  std::size_t add(PartKind kind, std::string_view name, std::string_view about = {}, std::string leefgebied = {}) {
    return index.add(kind, member_address(base, name), about.empty() ? subject : about, child, std::move(leefgebied));
  }

  template <class F>
  void member(const T& value, const F& f, std::size_t position) {
    using M = std::remove_cvref_t<decltype(value.*(f.member))>;
    const M& held = value.*(f.member);
    switch (f.shape.part) {
      case PartRule::own: {
        bool present = detail::has_member_content(held);
        // Members that lie in this one's part (kader_changes in the kader's) make it present too.
        detail::for_each_field<T>([&](const auto& sibling) {
          if (sibling.shape.part == PartRule::with && sibling.shape.key == f.name) {
            present = present || detail::has_member_content(value.*(sibling.member));
          }
        });
        if (present) out.single[position] = add(f.shape.kind, f.name);
        break;
      }
      case PartRule::with:
        out.single[position] = out.single[sibling_position(f.shape.key)];
        break;
      case PartRule::each:
        if constexpr (detail::IsVector<M>::value) each(held, f, out.items[position]);
        break;
      case PartRule::entries:
        if constexpr (detail::IsVector<M>::value) entries(held, f, out.items[position]);
        break;
      case PartRule::container:
        if constexpr (std::is_same_v<M, Family>) {
          StructIndexer<Family>{index, std::string(f.name), {}, -1, index.family}.run(held);
        } else if constexpr (std::is_same_v<M, FamilyPart>) {
          StructIndexer<FamilyPart>{index, std::string(f.name), {}, -1, index.family_part}.run(held);
        }
        break;
      case PartRule::each_container:
        if constexpr (std::is_same_v<M, SharedVector<ChildPart>>) {
          index.children.resize(held.size());
          for (std::size_t c = 0; c < held.size(); ++c) {
            const std::string_view jeugdige = detail::text_member(held[c], f.shape.key);
            StructIndexer<ChildPart>{index, member_address(f.name, token(jeugdige)), jeugdige, static_cast<int>(c),
                                     index.children[c]}
                .run(held[c]);
          }
        }
        break;
      case PartRule::parent:
      case PartRule::identity: break;
    }
  }

  static std::size_t sibling_position(std::string_view name) {
    std::size_t position = 0;
    std::size_t found = 0;
    detail::for_each_field<T>([&](const auto& f) {
      if (f.name == name) found = position;
      ++position;
    });
    return found;
  }

  template <class Items, class F>
  void each(const Items& items, const F& f, std::vector<std::size_t>& parts) {
    using Item = typename Items::value_type;  // a std::vector or a SharedVector
    index.start_list();
    for (const Item& item : items) {
      const std::string_view about = f.shape.about.empty() ? std::string_view() : detail::text_member(item, f.shape.about);
      parts.push_back(add(f.shape.kind, std::string(f.name) + "/" + token(detail::text_member(item, f.shape.key)),
                          f.shape.about.empty() ? subject : about));
    }
  }

  // The part of `owner`'s personal entries in this struct.
  std::size_t personal_part(const std::string& owner) {
    for (const auto& [id, part] : personal_parts) {
      if (id == owner) return part;
    }
    // Created within another list: that list goes on where it was afterwards, so that its
    // items still share parts only with each other.
    const std::size_t list = index.start_list();
    const std::size_t part = index.add(*kParts.personal, personal_part_address(base, owner), owner, child);
    index.resume_list(list);
    // An entry that names no owner is about a member nobody is: no member sees it.
    if (owner.empty()) index.make_unknown_subject(part);
    personal_parts.emplace_back(owner, part);
    return part;
  }

  template <class Items, class F>
  void entries(const Items& items, const F& f, std::vector<std::size_t>& parts) {
    using Item = typename Items::value_type;  // a std::vector or a SharedVector
    index.start_list();
    for (const Item& item : items) {
      const std::string_view key = detail::text_member(item, f.shape.key);
      const std::string address = std::string(f.name) + "/" + token(key);
      const std::string leefgebied(detail::text_member(item, "leefgebied"));
      if constexpr (std::is_same_v<Item, DomainAnalysis>) {
        // The entry is one part (R-PERSPECTIVES); a personal perspective is its member's.
        const std::size_t entry = add(f.shape.kind, address, {}, leefgebied);
        parts.push_back(entry);
        std::vector<std::size_t>& by_perspective = out.perspectives.emplace_back();
        for (const Perspective& p : item.perspectives) {
          const auto owner = personal_owner(p);
          by_perspective.push_back(owner ? personal_part(*owner) : entry);
        }
      } else if constexpr (requires { personal_owner(item); }) {
        const auto owner = personal_owner(item);
        parts.push_back(owner ? personal_part(*owner) : add(f.shape.kind, address, {}, leefgebied));
      } else {
        parts.push_back(add(f.shape.kind, address, {}, leefgebied));
      }
    }
  }
};

}  // namespace

PartIndex::PartIndex(const Plan& plan) : plan_(&plan) {
  StructIndexer<Plan>{*this, {}, {}, -1, plan_members}.run(plan);
  header = *plan_members.own;
}

std::size_t PartIndex::add(PartKind kind, std::string id, std::string_view subject_id, int child,
                           std::string leefgebied) {
  // Items that share an address (a member's hulpvragen, entries on one
  // leefgebied, a duplicated id) share one part; they are in the same list.
  for (std::size_t i = parts_.size(); i-- > list_start_;) {
    if (parts_[i].id.value == id) return i;
  }
  IndexedPart part;
  part.id.value = std::move(id);
  part.kind = kind;
  part.subject = subject_id.empty() ? kFamilyLevel : member_index(subject_id);
  part.subject_id = std::string(subject_id);
  part.child = child;
  part.leefgebied = std::move(leefgebied);
  parts_.push_back(std::move(part));
  return parts_.size() - 1;
}

int PartIndex::member_index(std::string_view member_id) const {
  const auto& members = plan_->family.members;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].id == member_id) return static_cast<int>(i);
  }
  return kUnknownMember;
}

std::vector<std::size_t> PartIndex::select(std::string_view address) const {
  std::vector<std::size_t> selected;
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    if (covers(address, parts_[i].id.value)) selected.push_back(i);
  }
  return selected;
}

std::optional<std::size_t> PartIndex::result_part(std::string_view result_id) const {
  auto find_in = [&](const std::vector<Result>& results,
                     const std::vector<std::size_t>& parts) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (results[i].id == result_id) return parts[i];
    }
    return std::nullopt;
  };
  constexpr std::size_t family_results = detail::field_position<FamilyPart>("results");
  constexpr std::size_t child_results = detail::field_position<ChildPart>("results");
  if (auto found = find_in(plan_->family_part.results, family_part.items[family_results])) return found;
  for (std::size_t c = 0; c < plan_->children.size(); ++c) {
    if (auto found = find_in(plan_->children[c].results, children[c].items[child_results])) return found;
  }
  return std::nullopt;
}

std::vector<PartInfo> list_parts(const Plan& plan) {
  const PartIndex index(plan);
  std::vector<PartInfo> out;
  out.reserve(index.size());
  for (const IndexedPart& p : index.parts()) out.push_back(PartInfo{p.id, p.kind, p.subject_id});
  return out;
}

}  // namespace perspectief::sharing
