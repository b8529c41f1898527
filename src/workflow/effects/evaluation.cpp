// evalueren: a dated review of the results (004 step 6 and afronding; 002 footnote 4
// in crisis). The outcome per result also becomes that result's status, so that what
// is still open (R-CLOSE-PARTIAL) follows from the evaluations.
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct EvaluationPayload {
  std::string jeugdige;
  Evaluation evaluation;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::EvaluationPayload> {
  using T = workflow::EvaluationPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("evaluation", &T::evaluation));
};
}  // namespace detail

namespace workflow {
namespace {

ResultStatus status_for(Outcome outcome) {
  switch (outcome) {
    case Outcome::behaald: return ResultStatus::behaald;
    case Outcome::deels_behaald: return ResultStatus::deels_behaald;
    case Outcome::niet_behaald: return ResultStatus::niet_behaald;
  }
  return ResultStatus::open;
}

void set_status(std::vector<Result>& results, const ResultEvaluation& outcome) {
  for (Result& result : results) {
    if (result.id == outcome.result) result.status = status_for(outcome.outcome);
  }
}

}  // namespace

void effect_evaluate(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<EvaluationPayload>(context, outcome, findings,
                                       [](EvaluationPayload& payload, Plan& plan, ChildPart& part) {
                                         for (const ResultEvaluation& result : payload.evaluation.outcomes) {
                                           set_status(plan.family_part.results, result);
                                           plan.children.edit_each([&](ChildPart& each) { set_status(each.results, result); });
                                         }
                                         part.evaluations.push_back(std::move(payload.evaluation));
                                         return true;
                                       });
}

}  // namespace workflow
}  // namespace perspectief
