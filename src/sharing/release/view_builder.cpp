// Building the redacted plan (see view_builder.hpp). The builder walks the
// plan alongside the PartIndex, which says for every item which part it
// belongs to, and writes the released items with the model's own JSON mapping.
#include "sharing/release/view_builder.hpp"

#include <array>
#include <string_view>

#include "model/plan_fields.hpp"

namespace perspectief::sharing {
namespace {

// Top-level plan members that are containers of other parts; every other
// top-level member belongs to the "header" part.
constexpr std::array<std::string_view, 12> kNotHeader{"format",   "id",       "family",  "family_part",
                                                      "children", "akkoorden", "consents", "regie",
                                                      "assignments", "versions", "history", "local_fields"};

void merge(Json& into, const Json& unknown_fields) {
  if (!unknown_fields.is_object()) return;
  for (auto it = unknown_fields.begin(); it != unknown_fields.end(); ++it) into[it.key()] = it.value();
}

// The header fields, written exactly as the plan mapping writes them.
void write_header(const Plan& plan, Json& out) {
  std::apply(
      [&](const auto&... f) {
        (
            [&] {
              if (std::find(kNotHeader.begin(), kNotHeader.end(), f.name) != kNotHeader.end()) return;
              using M = std::remove_cvref_t<decltype(plan.*(f.member))>;
              const M& member = plan.*(f.member);
              if constexpr (detail::IsOptional<M>::value) {
                if (member) out[std::string(f.name)] = detail::write(*member);
              } else if constexpr (detail::IsVector<M>::value) {
                if (!member.empty()) out[std::string(f.name)] = detail::write(member);
              } else if constexpr (std::is_same_v<M, Json>) {
                if (has_content(member)) out[std::string(f.name)] = member;
              } else {
                out[std::string(f.name)] = detail::write(member);
              }
            }(),
            ...);
      },
      detail::Fields<Plan>::fields);
}

class ViewBuilder {
 public:
  ViewBuilder(const PartIndex& index, const std::vector<bool>& released)
      : index_(index), plan_(index.plan()), released_(released) {}

  Json build() {
    Json view = Json::object();
    view["format"] = plan_.format;
    view["id"] = plan_.id;
    if (released_[index_.header]) write_header(plan_, view);
    if (is_released(index_.extensions)) merge(view, plan_.unknown_fields);
    view["family"] = family();
    view["family_part"] = container(plan_.family_part, index_.family_part);
    for (std::size_t c = 0; c < plan_.children.size(); ++c) {
      Json child = child_part(plan_.children[c], index_.children[c]);
      if (child.empty()) continue;
      child["jeugdige"] = plan_.children[c].jeugdige;
      if (!view.contains("children")) view["children"] = Json::array();
      view["children"].push_back(std::move(child));
    }
    if (is_released(index_.akkoorden)) view["akkoorden"] = detail::write(plan_.akkoorden);
    put_items(view, "consents", plan_.consents, index_.consents);
    if (is_released(index_.regie)) view["regie"] = detail::write(*plan_.regie);
    if (is_released(index_.assignments)) view["assignments"] = detail::write(plan_.assignments);
    if (is_released(index_.versions)) view["versions"] = detail::write(plan_.versions);
    if (is_released(index_.history)) view["history"] = detail::write(plan_.history);
    if (is_released(index_.local_fields)) view["local_fields"] = plan_.local_fields;
    return view;
  }

 private:
  bool is_released(const std::optional<std::size_t>& part) const { return part && released_[*part]; }

  // The released items of one list, in the plan's order.
  template <class T>
  void put_items(Json& out, std::string_view name, const std::vector<T>& items,
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
  void put_analysis(Json& out, const std::vector<DomainAnalysis>& entries, const ContainerParts& parts) const {
    Json* array = nullptr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const DomainAnalysis& entry = entries[i];
      const bool entry_released = released_[parts.analysis[i]];
      Json perspectives = Json::array();
      for (std::size_t j = 0; j < entry.perspectives.size(); ++j) {
        if (released_[parts.perspectives[i][j]]) perspectives.push_back(detail::write(entry.perspectives[j]));
      }
      if (!entry_released && perspectives.empty()) continue;
      Json written = entry_released ? detail::write(entry) : Json{{"leefgebied", entry.leefgebied}};
      if (perspectives.empty()) {
        written.erase("perspectives");
      } else {
        written["perspectives"] = std::move(perspectives);
      }
      if (!array) array = &(out["analysis"] = Json::array());
      array->push_back(std::move(written));
    }
  }

  template <class T>
  void put_single(Json& out, std::string_view name, const std::optional<T>& value,
                  const std::optional<std::size_t>& part) const {
    if (value && is_released(part)) out[std::string(name)] = detail::write(*value);
  }

  Json family() const {
    Json out = Json::object();
    if (is_released(index_.family_general)) {
      merge(out, plan_.family.unknown_fields);
      if (plan_.family.name) out["name"] = *plan_.family.name;
    }
    put_items(out, "members", plan_.family.members, index_.family_members);
    return out;
  }

  template <class Part>
  Json container(const Part& part, const ContainerParts& parts) const {
    Json out = Json::object();
    if (is_released(parts.extensions)) merge(out, part.unknown_fields);
    put_items(out, "hulpvragen", part.hulpvragen, parts.hulpvragen);
    put_analysis(out, part.analysis, parts);
    put_items(out, "results", part.results, parts.results);
    put_items(out, "agreements", part.agreements, parts.agreements);
    put_single(out, "opvoedsituatie", part.opvoedsituatie, parts.opvoedsituatie);
    return out;
  }

  Json child_part(const ChildPart& child, const ChildParts& parts) const {
    Json out = container(child, parts);
    put_single(out, "toekomstperspectief", child.toekomstperspectief, parts.toekomstperspectief);
    put_single(out, "ondersteuningsprofiel", child.ondersteuningsprofiel, parts.ondersteuningsprofiel);
    put_single(out, "aanbieder", child.aanbieder, parts.aanbieder);
    put_single(out, "behandelplan", child.behandelplan, parts.behandelplan);
    put_items(out, "toewijzingen", child.toewijzingen, parts.toewijzingen);
    put_items(out, "evaluations", child.evaluations, parts.evaluations);
    put_single(out, "youth_care_closed", child.youth_care_closed, parts.youth_care_closed);
    put_single(out, "segment", child.segment, parts.segment);
    put_single(out, "help", child.help, parts.help);
    if (is_released(parts.kader)) {
      if (child.kader) out["kader"] = detail::write(*child.kader);
      if (!child.kader_changes.empty()) out["kader_changes"] = detail::write(child.kader_changes);
    }
    return out;
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
