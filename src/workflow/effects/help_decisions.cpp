// The decisions that shape the help (004 steps 3-5, 000): ondersteuningsprofiel and
// intensity, the chosen provider, the toewijzing, and the start after a hospital
// transfer (whose conditions are R-SEG-B's guard). The jeugdige's segment and kader are
// in frame.cpp.
#include <algorithm>

#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct SupportProfilePayload {
  std::string jeugdige;
  SupportProfile ondersteuningsprofiel;
};
struct ProviderPayload {
  std::string jeugdige;
  Provider aanbieder;
};
struct ToewijzingPayload {
  std::string jeugdige;
  Toewijzing toewijzing;
};
struct TransferPayload {
  std::string jeugdige;
  std::optional<Provider> aanbieder;  // the receiving provider, when not chosen before
};
}  // namespace workflow

namespace detail {
template <>
struct Fields<workflow::SupportProfilePayload> {
  using T = workflow::SupportProfilePayload;
  static constexpr auto fields =
      std::make_tuple(field("jeugdige", &T::jeugdige), field("ondersteuningsprofiel", &T::ondersteuningsprofiel));
};
template <>
struct Fields<workflow::ProviderPayload> {
  using T = workflow::ProviderPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("aanbieder", &T::aanbieder));
};
template <>
struct Fields<workflow::ToewijzingPayload> {
  using T = workflow::ToewijzingPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("toewijzing", &T::toewijzing));
};
template <>
struct Fields<workflow::TransferPayload> {
  using T = workflow::TransferPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("aanbieder", &T::aanbieder));
};
}  // namespace detail

namespace workflow {

void effect_set_support_profile(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<SupportProfilePayload>(context, outcome, findings,
                                           [](SupportProfilePayload& payload, Plan&, ChildPart& part) {
                                             part.ondersteuningsprofiel = std::move(payload.ondersteuningsprofiel);
                                             return true;
                                           });
}

// While help runs (hulp_gestart) the family chooses the provider for a sibling whose help
// has not started (help starts per jeugdige); the provider of help that runs is changed by
// a plan change with new youth-care needs (R-REOPEN), which asks for akkoord again.
void effect_choose_provider(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<ProviderPayload>(
      context, outcome, findings, [&context, &findings](ProviderPayload& payload, Plan&, ChildPart& part) {
        if (context.from == StateId::hulp_gestart && part.help == HelpState::hulp_gestart) {
          findings.add("PP-W-HULP-RUNS", "/payload/jeugdige",
                       "de hulp voor " + part.jeugdige +
                           " loopt al; een andere aanbieder vraagt een planwijziging met opnieuw akkoord (R-REOPEN)",
                       "help for " + part.jeugdige +
                           " already runs; another provider needs a plan change with akkoord again (R-REOPEN)",
                       "R-REOPEN");
          return false;
        }
        part.aanbieder = std::move(payload.aanbieder);
        return true;
      });
}

void effect_record_toewijzing(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<ToewijzingPayload>(
      context, outcome, findings, [&findings](ToewijzingPayload& payload, Plan& plan, ChildPart& part) {
        for (const ChildPart& other : plan.children) {
          for (const Toewijzing& existing : other.toewijzingen) {
            if (existing.number != payload.toewijzing.number) continue;
            findings.add("PP-W-TOEWIJZING-DUPLICATE", "/payload/toewijzing/number",
                         "toewijzing " + existing.number + " staat al in het plan",
                         "toewijzing " + existing.number + " is already in the plan");
            return false;
          }
        }
        part.toewijzingen.push_back(std::move(payload.toewijzing));
        return true;
      });
}

void effect_start_after_transfer(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<TransferPayload>(context, outcome, findings, [](TransferPayload& payload, Plan&, ChildPart& part) {
    if (payload.aanbieder) part.aanbieder = std::move(payload.aanbieder);
    part.help = HelpState::hulp_gestart;  // this jeugdige's help runs (R-SEG-B decides whether it may)
    return true;
  });
}

}  // namespace workflow
}  // namespace perspectief
