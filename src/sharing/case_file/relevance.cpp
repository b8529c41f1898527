// Relevance of parts to a toewijzing and to safety (see relevance.hpp).
#include "sharing/case_file/relevance.hpp"

#include <algorithm>
#include <string>

#include "model/plan_shape.hpp"

namespace perspectief::sharing {
namespace {

bool names_any(const std::vector<std::string>& ids, const std::vector<std::string>& wanted) {
  return std::any_of(ids.begin(), ids.end(),
                     [&](const std::string& id) { return std::find(wanted.begin(), wanted.end(), id) != wanted.end(); });
}

// Agreements toward the linked results, and analysis on their leefgebieden, in one container.
// A member's personal entries are never linked (R-MEMBER-PRIVACY): a toewijzing is about the
// jeugdige's help, and what one member told about themselves goes to a provider only by
// that member's consent, even when a toewijzing names a personal result.
template <class Container>
void mark_container(const PartIndex& index, const Container& container, const MemberParts& parts,
                    const std::vector<std::string>& linked_results, std::vector<bool>& linked) {
  const std::vector<DomainAnalysis>& analysis = container.analysis;
  const std::vector<Result>& results = container.results;
  const std::vector<Agreement>& agreements = container.agreements;
  const auto& analysis_parts = parts.items[detail::field_position<Container>("analysis")];
  const auto& result_parts = parts.items[detail::field_position<Container>("results")];
  const auto& agreement_parts = parts.items[detail::field_position<Container>("agreements")];
  auto link = [&](std::size_t part) {
    if (!index.is_personal(part)) linked[part] = true;
  };
  std::vector<const std::string*> leefgebieden;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (std::find(linked_results.begin(), linked_results.end(), results[i].id) != linked_results.end()) {
      link(result_parts[i]);
      leefgebieden.push_back(&results[i].leefgebied);
    }
  }
  for (std::size_t i = 0; i < analysis.size(); ++i) {
    if (std::any_of(leefgebieden.begin(), leefgebieden.end(),
                    [&](const std::string* lg) { return *lg == analysis[i].leefgebied; })) {
      link(analysis_parts[i]);
    }
  }
  for (std::size_t i = 0; i < agreements.size(); ++i) {
    if (names_any(agreements[i].results, linked_results)) link(agreement_parts[i]);
  }
}

}  // namespace

void mark_toewijzing_parts(const PartIndex& index, std::size_t child, const Toewijzing& toewijzing,
                           std::vector<bool>& linked) {
  const Plan& plan = index.plan();
  const ChildPart& part = plan.children[child];
  const MemberParts& parts = index.children[child];
  linked[index.header] = true;
  const int member = index.member_index(part.jeugdige);
  constexpr std::size_t members = detail::field_position<Family>("members");
  if (member >= 0) linked[index.family.items[members][static_cast<std::size_t>(member)]] = true;
  const auto& toewijzing_parts = parts.items[detail::field_position<ChildPart>("toewijzingen")];
  for (std::size_t t = 0; t < part.toewijzingen.size(); ++t) {
    if (&part.toewijzingen[t] == &toewijzing) linked[toewijzing_parts[t]] = true;
  }
  // The members the field list releases with a toewijzing (with_toewijzing): the jeugdige's
  // support profile, provider, behandelplan and toekomstperspectief, and its segment, kader
  // and help state - the header carried those while they were the plan's (plan@1), so the
  // provider keeps seeing the frame its help runs in.
  std::size_t position = 0;
  detail::for_each_field<ChildPart>([&](const auto& f) {
    const std::optional<std::size_t>& slot = parts.single[position++];
    if (f.shape.with_toewijzing && slot) linked[*slot] = true;
  });
  // Only the jeugdige's own results and the family part's count: a toewijzing
  // that names a sibling's result (validation reports it, PP-V-TOEWIJZING-RESULT)
  // releases nothing of that sibling (R-MEMBER-PRIVACY).
  const auto& results = toewijzing.results;
  mark_container(index, plan.family_part, index.family_part, results, linked);
  mark_container(index, part, parts, results, linked);
  const auto& evaluation_parts = parts.items[detail::field_position<ChildPart>("evaluations")];
  for (std::size_t e = 0; e < part.evaluations.size(); ++e) {
    const auto& outcomes = part.evaluations[e].outcomes;
    if (std::any_of(outcomes.begin(), outcomes.end(), [&](const ResultEvaluation& o) {
          return std::find(results.begin(), results.end(), o.result) != results.end();
        })) {
      linked[evaluation_parts[e]] = true;
    }
  }
}

std::vector<bool> safety_parts(const PartIndex& index, const CompiledPolicy& policy) {
  std::vector<bool> safety(index.size(), false);
  safety[index.header] = true;
  for (std::size_t i = 0; i < index.size(); ++i) {
    switch (index[i].kind) {
      case PartKind::family_analysis:
      case PartKind::family_result:
      case PartKind::family_agreement:
      case PartKind::child_analysis:
      case PartKind::child_result:
      case PartKind::child_agreement:
        if (policy.is_safety_leefgebied(index[i].leefgebied)) safety[i] = true;
        break;
      default: break;
    }
  }
  return safety;
}

}  // namespace perspectief::sharing
