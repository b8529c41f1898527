// Building the redacted plan (see view_builder.hpp). The builder walks the plan's field
// list (plan_fields.hpp) alongside the PartIndex, which says for every item which part it
// belongs to, and writes the released members with the model's own JSON mapping: what
// part a member belongs to is read from the same declaration that made the index.
#include "sharing/release/view_builder.hpp"

#include <string_view>

#include "model/plan_shape.hpp"

namespace perspectief::sharing {
namespace {

using detail::Fields;
using detail::PartRule;

void merge(Json& into, const Json& unknown_fields) {
  if (!unknown_fields.is_object()) return;
  for (auto it = unknown_fields.begin(); it != unknown_fields.end(); ++it) into[it.key()] = it.value();
}

class ViewBuilder {
 public:
  ViewBuilder(const PartIndex& index, const std::vector<bool>& released)
      : index_(index), plan_(index.plan()), released_(released) {}

  // The view always carries the plan's identity (format, id) and the family and family
  // part objects (empty when nothing in them is released).
  Json build() { return object(plan_, index_.plan_members); }

 private:
  bool is_released(const std::optional<std::size_t>& part) const { return part && released_[*part]; }

  // The released members of one struct of the plan, as an object.
  template <class T>
  Json object(const T& value, const MemberParts& parts) const {
    Json out = Json::object();
    if (is_released(parts.unknown)) merge(out, value.unknown_fields);
    std::size_t position = 0;
    detail::for_each_field<T>([&](const auto& f) { member(value, f, parts, position++, out); });
    return out;
  }

  template <class T, class F>
  void member(const T& value, const F& f, const MemberParts& parts, std::size_t position, Json& out) const {
    using M = std::remove_cvref_t<decltype(value.*(f.member))>;
    const M& held = value.*(f.member);
    switch (f.shape.part) {
      case PartRule::parent:
        if (is_released(parts.own)) detail::write_field(value, f, out);
        break;
      case PartRule::identity:
        // A jeugdige's id is added to its entry once the entry holds anything (child_parts).
        if constexpr (std::is_same_v<T, Plan>) detail::write_field(value, f, out);
        break;
      case PartRule::own:
      case PartRule::with:
        if (is_released(parts.single[position])) detail::write_field(value, f, out);
        break;
      case PartRule::each:
      case PartRule::entries:
        if constexpr (std::is_same_v<M, std::vector<DomainAnalysis>>) {
          put_analysis(out, f.name, held, parts.items[position], parts.perspectives);
        } else if constexpr (detail::IsVector<M>::value) {
          put_items(out, f.name, held, parts.items[position]);
        }
        break;
      case PartRule::container:
        if constexpr (std::is_same_v<M, Family>) {
          out[std::string(f.name)] = object(held, index_.family);
        } else if constexpr (std::is_same_v<M, FamilyPart>) {
          out[std::string(f.name)] = object(held, index_.family_part);
        }
        break;
      case PartRule::each_container:
        if constexpr (std::is_same_v<M, std::vector<ChildPart>>) child_parts(out, f.name, held);
        break;
    }
  }

  // The jeugdigen's entries that hold anything released, each with its jeugdige id.
  void child_parts(Json& out, std::string_view name, const std::vector<ChildPart>& children) const {
    for (std::size_t c = 0; c < children.size(); ++c) {
      Json child = object(children[c], index_.children[c]);
      if (child.empty()) continue;
      detail::for_each_field<ChildPart>([&](const auto& f) {
        if (f.shape.part == PartRule::identity) detail::write_field(children[c], f, child);
      });
      Json& list = out[std::string(name)];
      if (list.is_null()) list = Json::array();
      list.push_back(std::move(child));
    }
  }

  // The released items of one list, in the plan's order.
  template <class Item>
  void put_items(Json& out, std::string_view name, const std::vector<Item>& items,
                 const std::vector<std::size_t>& parts) const {
    Json* array = nullptr;  // created on the first released item: most lists release nothing
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!released_[parts[i]]) continue;
      if (!array) array = &(out[std::string(name)] = Json::array());
      array->push_back(detail::write(items[i]));
    }
  }

  // Analysis entries with the perspectives that are released: a personal perspective
  // (R-MEMBER-PRIVACY) is in its member's part, the others in the entry's. An entry whose
  // own part is withheld shows only its leefgebied around a released personal perspective.
  void put_analysis(Json& out, std::string_view name, const std::vector<DomainAnalysis>& entries,
                    const std::vector<std::size_t>& parts,
                    const std::vector<std::vector<std::size_t>>& perspective_parts) const {
    Json* array = nullptr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const DomainAnalysis& entry = entries[i];
      const bool entry_released = released_[parts[i]];
      Json perspectives = Json::array();
      for (std::size_t j = 0; j < entry.perspectives.size(); ++j) {
        if (released_[perspective_parts[i][j]]) perspectives.push_back(detail::write(entry.perspectives[j]));
      }
      if (!entry_released && perspectives.empty()) continue;
      Json written = entry_released ? detail::write(entry) : Json{{"leefgebied", entry.leefgebied}};
      if (perspectives.empty()) {
        written.erase("perspectives");
      } else {
        written["perspectives"] = std::move(perspectives);
      }
      if (!array) array = &(out[std::string(name)] = Json::array());
      array->push_back(std::move(written));
    }
  }

  const PartIndex& index_;
  const Plan& plan_;
  const std::vector<bool>& released_;
};

}  // namespace

Json build_view(const PartIndex& index, const std::vector<bool>& released) {
  return ViewBuilder(index, released).build();
}

}  // namespace perspectief::sharing
