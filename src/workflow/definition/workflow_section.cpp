// Reading the profile's workflow section with the declarative mapping.
#include "workflow/definition/workflow_section.hpp"

#include <algorithm>
#include <array>

#include "model/json_mapping.hpp"
#include "model/label_fields.hpp"

namespace perspectief {
namespace detail {

template <>
struct Fields<workflow::StateDef> {
  static constexpr auto fields =
      std::make_tuple(field("id", &workflow::StateDef::id), field("label", &workflow::StateDef::label));
};
template <>
struct Fields<workflow::ChoiceRolesDef> {
  using T = workflow::ChoiceRolesDef;
  static constexpr auto fields =
      std::make_tuple(field("choice", &T::choice), field("equals", &T::equals), field("roles", &T::roles));
};
template <>
struct Fields<workflow::ChoiceConditionDef> {
  using T = workflow::ChoiceConditionDef;
  static constexpr auto fields = std::make_tuple(field("choice", &T::choice), field("equals", &T::equals));
};
template <>
struct Fields<workflow::TransitionDef> {
  using T = workflow::TransitionDef;
  static constexpr auto fields =
      std::make_tuple(field("event", &T::event), field("from", &T::from), field("to", &T::to),
                      field("when", &T::when), field("roles", &T::roles), field("guards", &T::guards),
                      field("choice_roles", &T::choice_roles), field("label", &T::label));
};
template <>
struct Fields<workflow::RegieCellDef> {
  using T = workflow::RegieCellDef;
  static constexpr auto fields = std::make_tuple(
      field("entry_route", &T::entry_route), field("situatie", &T::situatie), field("fase", &T::fase),
      field("when_choice", &T::when_choice),
      field("toekomstperspectief", &T::toekomstperspectief), field("placed_at", &T::placed_at),
      field("placed_at_choice", &T::placed_at_choice), field("zicht_op_veiligheid", &T::zicht_op_veiligheid),
      field("basis", &T::basis));
};
template <>
struct Fields<workflow::HandoverDef> {
  static constexpr auto fields = std::make_tuple(defaulted_field("lead_months", &workflow::HandoverDef::lead_months));
};
template <>
struct Fields<workflow::CrisisToewijzingDef> {
  static constexpr auto fields = std::make_tuple(field("working_days", &workflow::CrisisToewijzingDef::working_days));
};
template <>
struct Fields<workflow::WorkflowSection> {
  using T = workflow::WorkflowSection;
  static constexpr auto fields =
      std::make_tuple(field("states", &T::states), field("transitions", &T::transitions),
                      field("regie_matrix", &T::regie_matrix), field("handover_18", &T::handover_18),
                      field("crisis_toewijzing", &T::crisis_toewijzing));
};

}  // namespace detail

namespace workflow {

WorkflowSection read_workflow_section(const Json& section, std::vector<Problem>& problems) {
  detail::Reader reader(problems);
  reader.enter("workflow");
  WorkflowSection out;
  detail::read(section, out, reader);
  reader.leave();
  return out;
}

bool is_regie_placement(std::string_view placed_at) {
  static constexpr std::array<std::string_view, 5> kPlacements = {"lokale_toegang", "verblijfsinstelling", "gemeente",
                                                                  "gi", "veilig_thuis"};
  return std::find(kPlacements.begin(), kPlacements.end(), placed_at) != kPlacements.end();
}

}  // namespace workflow
}  // namespace perspectief
