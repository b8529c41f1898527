// Building the redacted plan (see view_builder.hpp). The builder walks the plan's field
// list (plan_fields.hpp) alongside the PartIndex, which says for every item which part it
// belongs to, and writes the released members with the model's own mapping: what part a
// member belongs to is read from the same declaration that made the index. It decides
// once what the view holds and writes it in either form (view_output.hpp): a tree, or
// canonical text straight from the typed plan.
#include "sharing/release/view_builder.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "model/plan_shape.hpp"
#include "sharing/release/view_output.hpp"

namespace perspectief::sharing {
namespace {

using detail::PartRule;

template <class Output>
class ViewBuilder {
  using Slot = typename Output::Slot;
  using Object = typename Output::Object;
  using List = typename Output::List;

 public:
  ViewBuilder(const PartIndex& index, const std::vector<bool>& released)
      : index_(index), plan_(index.plan()), released_(released) {}

  // The view always carries the plan's identity (format, id) and the family and family
  // part objects (empty when nothing in them is released).
  void build(Slot& out) const { object(plan_, index_.plan_members, out); }

 private:
  bool is_released(const std::optional<std::size_t>& part) const { return part && released_[*part]; }

  // The released members of one struct of the plan, as an object, in the order of their
  // names. Returns whether it holds anything besides the identity members (a jeugdige's
  // entry without anything released is left out).
  template <class T>
  bool object(const T& value, const MemberParts& parts, Slot& out) const {
    const bool unknown = is_released(parts.unknown);
    bool holds = unknown && value.unknown_fields.is_object() && !value.unknown_fields.empty();
    Object o(out, unknown ? &value.unknown_fields : nullptr);
    detail::for_each_field_by_name<T>(
        [&](const auto& f, std::size_t position) { holds = member(value, f, parts, position, o) || holds; });
    o.close();
    return holds;
  }

  // Writes member `f` of `value` when released; returns whether it wrote anything but an
  // identity member.
  template <class T, class F>
  bool member(const T& value, const F& f, const MemberParts& parts, std::size_t position, Object& o) const {
    using M = std::remove_cvref_t<decltype(value.*(f.member))>;
    const M& held = value.*(f.member);
    switch (f.shape.part) {
      case PartRule::parent: return field(value, f, is_released(parts.own), o);
      case PartRule::identity:
        // The plan's identity always; a jeugdige's with its entry, which is left out
        // when nothing else is in it.
        o.field(value, f);
        return false;
      case PartRule::own:
      case PartRule::with: return field(value, f, is_released(parts.single[position]), o);
      case PartRule::each:
      case PartRule::entries:
        if constexpr (std::is_same_v<M, std::vector<DomainAnalysis>>) {
          return put_analysis(o, f.name, f.shape.key, held, parts.items[position], parts.perspectives);
        } else if constexpr (detail::IsVector<M>::value) {
          return put_items(o, f.name, held, parts.items[position]);
        }
        return false;
      case PartRule::container:
        if constexpr (std::is_same_v<M, Family>) {
          object(held, index_.family, o.member(f.name));
        } else if constexpr (std::is_same_v<M, FamilyPart>) {
          object(held, index_.family_part, o.member(f.name));
        }
        return true;
      case PartRule::each_container:
        if constexpr (std::is_same_v<M, SharedVector<ChildPart>>) return child_parts(o, f.name, held);
        return false;
    }
    return false;
  }

  template <class T, class F>
  static bool field(const T& value, const F& f, bool released, Object& o) {
    if (!released || !detail::writes_field(value, f)) return false;
    o.field(value, f);
    return true;
  }

  // The jeugdigen's entries that hold anything released, each with its jeugdige id.
  bool child_parts(Object& o, std::string_view name, const SharedVector<ChildPart>& children) const {
    std::optional<List> list;  // opened on the first entry: a view may hold none
    for (std::size_t c = 0; c < children.size(); ++c) {
      Slot child{};
      if (!object(children[c], index_.children[c], child)) continue;
      if (!list) list.emplace(o.member(name));
      Output::put(list->item(), std::move(child));
    }
    if (list) list->close();
    return list.has_value();
  }

  // The released items of one list, in the plan's order.
  template <class Items>  // a std::vector or a SharedVector
  bool put_items(Object& o, std::string_view name, const Items& items,
                 const std::vector<std::size_t>& parts) const {
    std::optional<List> list;  // opened on the first released item: most lists release nothing
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!released_[parts[i]]) continue;
      if (!list) list.emplace(o.member(name));
      Output::whole(list->item(), items[i]);
    }
    if (list) list->close();
    return list.has_value();
  }

  // Analysis entries with the perspectives that are released: a personal perspective
  // (R-MEMBER-PRIVACY) is in its member's part, the others in the entry's. An entry whose
  // own part is withheld shows only its key (the leefgebied) around a released personal
  // perspective.
  bool put_analysis(Object& o, std::string_view name, std::string_view key, const std::vector<DomainAnalysis>& entries,
                    const std::vector<std::size_t>& parts,
                    const std::vector<std::vector<std::size_t>>& perspective_parts) const {
    std::optional<List> list;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const bool entry_released = released_[parts[i]];
      const auto& perspectives = perspective_parts[i];
      const bool any = std::any_of(perspectives.begin(), perspectives.end(), [&](std::size_t p) { return released_[p]; });
      if (!entry_released && !any) continue;
      if (!list) list.emplace(o.member(name));
      analysis_entry(entries[i], entry_released, key, perspectives, any, list->item());
    }
    if (list) list->close();
    return list.has_value();
  }

  void analysis_entry(const DomainAnalysis& entry, bool entry_released, std::string_view key,
                      const std::vector<std::size_t>& perspective_parts, bool any, Slot& out) const {
    Object e(out, entry_released ? &entry.unknown_fields : nullptr);
    detail::for_each_field_by_name<DomainAnalysis>([&](const auto& f, std::size_t) {
      using M = std::remove_cvref_t<decltype(entry.*(f.member))>;
      if constexpr (std::is_same_v<M, std::vector<Perspective>>) {
        if (!any) return e.omit(f.name);  // not even an unknown member of that name
        List list(e.member(f.name));
        for (std::size_t j = 0; j < entry.perspectives.size(); ++j) {
          if (released_[perspective_parts[j]]) Output::whole(list.item(), entry.perspectives[j]);
        }
        list.close();
      } else if (entry_released || f.name == key) {
        e.field(entry, f);
      }
    });
    e.close();
  }

  const PartIndex& index_;
  const Plan& plan_;
  const std::vector<bool>& released_;
};

}  // namespace

Json build_view(const PartIndex& index, const std::vector<bool>& released) {
  Json out;
  ViewBuilder<TreeOutput>(index, released).build(out);
  return out;
}

void write_view_text(const PartIndex& index, const std::vector<bool>& released, std::string& out) {
  ViewBuilder<TextOutput>(index, released).build(out);
}

}  // namespace perspectief::sharing
