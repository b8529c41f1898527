// Where perspectiefregie lies (002): the region's matrix (appendix B "basisopzet
// samenwerkingsafspraken") gives the cell for the entry route, the situation and the
// toekomstperspectief; a cell may defer to a local choice (regie_langdurig_verblijf).
// The minimum condition R-REGIE-LOKAAL is enforced by its guard, independently of the
// matrix; here it only marks the cells it makes binding.
#include "perspectief/workflow.hpp"
#include "workflow/definition/compiled_workflow.hpp"
#include "workflow/jeugdige/jeugdige_frame.hpp"

namespace perspectief::workflow {
namespace {

bool matches(const Engine& engine, const RegieCellDef& cell, EntryRoute route,
             std::optional<std::string_view> situatie, std::optional<std::string_view> fase,
             std::optional<Toekomstperspectief> perspective) {
  if (cell.entry_route != route) return false;
  if (cell.situatie && (!situatie || *cell.situatie != *situatie)) return false;
  if (cell.fase && (!fase || *cell.fase != *fase)) return false;
  if (cell.toekomstperspectief && cell.toekomstperspectief != perspective) return false;
  if (cell.when_choice && engine.local_choice(cell.when_choice->choice) != cell.when_choice->equals) return false;
  return true;
}

}  // namespace

RegieAdvice advise_regie(const Engine& engine, const Plan& plan, std::string_view jeugdige,
                         std::optional<std::string_view> situatie, std::optional<std::string_view> fase) {
  const CompiledWorkflow& workflow = compiled(engine);
  const ChildPart* child = find_child_part(plan, jeugdige);
  const std::optional<Toekomstperspectief> perspective = child ? child->toekomstperspectief : std::nullopt;
  // Without a recorded route the family came to the lokale toegang: the first row of 002's matrix.
  const EntryRoute route = plan.entry_route.value_or(EntryRoute::lokale_toegang);

  RegieAdvice advice;
  for (const RegieCellDef& cell : workflow.regie_matrix) {
    if (!matches(engine, cell, route, situatie, fase, perspective)) continue;
    advice.basis = cell.basis;
    advice.zicht_op_veiligheid = cell.zicht_op_veiligheid;
    if (cell.placed_at) {
      advice.placed_at = cell.placed_at;
    } else if (cell.placed_at_choice) {
      advice.local_choice = cell.placed_at_choice;
      const Json& value = engine.local_choice(*cell.placed_at_choice);
      if (value.is_string()) advice.placed_at = value.get<std::string>();
    }
    const bool home_or_independent = perspective == Toekomstperspectief::thuis_wonen ||
                                     perspective == Toekomstperspectief::zelfstandig_wonen;
    if ((home_or_independent && !(child && in_dwangkader(plan, *child)) && advice.placed_at == "lokale_toegang") ||
        (perspective == Toekomstperspectief::langdurig_verblijf && advice.local_choice)) {
      advice.rule = "R-REGIE-LOKAAL";
    }
    return advice;
  }
  advice.basis = Label{"geen cel in de regiematrix van deze regio voor deze route, situatie, fase en dit perspectief",
                       "no cell in this region's regie matrix for this route, situation, phase and perspective"};
  return advice;
}

}  // namespace perspectief::workflow
