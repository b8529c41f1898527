// 004 steps 4 and 5, after the family chose a provider (aanbieder_kiezen):
//  - aanbieder_antwoorden: the chosen provider answers "can you reach these results?". It
//    accepts the results it can reach (ids of this jeugdige's or the family's results),
//    proposing intensity, herstel or duurzaam and additions, or it declines with a reason.
//    Only that provider answers, for itself (R-PROVIDER-NOT-DRAFTING: a provider changes
//    only what is its own). A new answer voids an arrangement built on the old one.
//  - arrangement_vaststellen: the lokale toegang and the provider fix the arrangement and
//    its components (per accepted result: product, intensity, additions). Each of them
//    agrees by sending the components; the same components from the other side fix it
//    (workflow/jeugdige/arrangement.hpp), different ones are a new proposal that starts again.
// The answer and the arrangement belong to the chosen provider (`aanbieder`): choosing
// another provider starts both again, and the history keeps what was said before.
#include "model/plan_fields.hpp"
#include "workflow/jeugdige/arrangement.hpp"
#include "workflow/effects/effect.hpp"
#include "workflow/effects/payload.hpp"

namespace perspectief {
namespace workflow {
struct AnswerPayload {
  std::string jeugdige;
  bool accepts = false;
  std::vector<std::string> results;
  std::optional<std::int64_t> intensiteit;
  std::optional<std::string> variant;
  std::vector<std::string> additions;
  std::optional<std::string> reason;
};
struct ArrangementPayload {
  std::string jeugdige;
  std::vector<ArrangementComponent> components;
};
}  // namespace workflow
namespace detail {
template <>
struct Fields<workflow::AnswerPayload> {
  using T = workflow::AnswerPayload;
  static constexpr auto fields =
      std::make_tuple(field("jeugdige", &T::jeugdige), field("accepts", &T::accepts), field("results", &T::results),
                      field("intensiteit", &T::intensiteit), field("variant", &T::variant),
                      field("additions", &T::additions), field("reason", &T::reason));
};
template <>
struct Fields<workflow::ArrangementPayload> {
  using T = workflow::ArrangementPayload;
  static constexpr auto fields = std::make_tuple(field("jeugdige", &T::jeugdige), field("components", &T::components));
};
}  // namespace detail

namespace workflow {
namespace {

bool names_a_result(const Plan& plan, const ChildPart& part, const std::string& id) {
  const auto has = [&](const std::vector<Result>& results) {
    return std::any_of(results.begin(), results.end(), [&](const Result& r) { return r.id == id; });
  };
  return has(part.results) || has(plan.family_part.results);
}

// The chosen provider of `part`, or a problem: nobody was chosen, or the actor is not it
// (for the answer) / neither it nor the lokale toegang (for the arrangement).
Provider* provider_for(ChildPart& part, const Actor& actor, bool toegang_too, Findings& findings) {
  if (!part.aanbieder) {
    findings.add("PP-W-NO-PROVIDER", "/payload/jeugdige", "voor " + part.jeugdige + " is geen aanbieder gekozen",
                 "no provider was chosen for " + part.jeugdige);
    return nullptr;
  }
  if (is_the_provider(*part.aanbieder, actor) || (toegang_too && is_lokale_toegang(actor))) return &*part.aanbieder;
  findings.add("PP-W-NOT-THE-PROVIDER", "/actor/organisation",
               "alleen de gekozen aanbieder " + part.aanbieder->id + " spreekt hier voor zichzelf",
               "only the chosen provider " + part.aanbieder->id + " speaks for itself here", "R-PROVIDER-NOT-DRAFTING");
  return nullptr;
}

}  // namespace

void effect_answer_as_provider(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<AnswerPayload>(
      context, outcome, findings, [&](AnswerPayload& payload, Plan& plan, ChildPart& part) {
        Provider* provider = provider_for(part, context.event.actor, false, findings);
        if (!provider) return false;
        bool ok = true;
        if (payload.accepts && payload.results.empty()) {
          findings.add("PP-W-ANSWER-RESULTS", "/payload/results",
                       "wie accepteert, noemt de resultaten die de aanbieder kan behalen",
                       "an acceptance names the results the provider can reach");
          ok = false;
        }
        for (std::size_t i = 0; i < payload.results.size(); ++i) {
          if (names_a_result(plan, part, payload.results[i])) continue;
          findings.add("PP-W-ANSWER-RESULT", "/payload/results/" + std::to_string(i),
                       "resultaat '" + payload.results[i] + "' staat niet in het plan van " + part.jeugdige + " of het gezin",
                       "result '" + payload.results[i] + "' is not in the plan of " + part.jeugdige + " or the family");
          ok = false;
        }
        const bool reason_given = payload.reason && payload.reason->find_first_not_of(" \t\r\n") != std::string::npos;
        if (!payload.accepts && !reason_given) {
          findings.add("PP-W-ANSWER-REASON", "/payload/reason", "wie afwijst, zegt waarom",
                       "a provider that declines says why");
          ok = false;
        }
        if (!ok) return false;
        ProviderAnswer answer;
        answer.accepts = payload.accepts;
        answer.results = std::move(payload.results);
        answer.intensiteit = payload.intensiteit;
        answer.variant = std::move(payload.variant);
        answer.additions = std::move(payload.additions);
        answer.reason = std::move(payload.reason);
        answer.by = context.event.actor;
        answer.at = context.event.at;
        provider->answer = std::move(answer);
        provider->arrangement.reset();  // an arrangement rests on the answer it followed
        return true;
      });
}

void effect_fix_arrangement(const EventContext& context, EffectOutcome& outcome, Findings& findings) {
  change_child_part<ArrangementPayload>(
      context, outcome, findings, [&](ArrangementPayload& payload, Plan&, ChildPart& part) {
        Provider* provider = provider_for(part, context.event.actor, true, findings);
        if (!provider) return false;
        if (!provider->answer || !provider->answer->accepts) {
          findings.add("PP-W-ARRANGEMENT-NO-ANSWER", "/payload/jeugdige",
                       "de aanbieder heeft de resultaten nog niet aanvaard (aanbieder_antwoorden)",
                       "the provider has not accepted the results yet (aanbieder_antwoorden)");
          return false;
        }
        bool ok = !payload.components.empty();
        if (!ok) {
          findings.add("PP-W-ARRANGEMENT-COMPONENTS", "/payload/components", "een arrangement heeft componenten",
                       "an arrangement has components");
        }
        const auto& accepted = provider->answer->results;
        for (std::size_t i = 0; i < payload.components.size(); ++i) {
          const std::string& result = payload.components[i].result;
          if (std::find(accepted.begin(), accepted.end(), result) != accepted.end()) continue;
          findings.add("PP-W-ARRANGEMENT-RESULT", "/payload/components/" + std::to_string(i) + "/result",
                       "resultaat '" + result + "' heeft de aanbieder niet aanvaard",
                       "the provider did not accept result '" + result + "'");
          ok = false;
        }
        if (!ok) return false;
        const Actor& actor = context.event.actor;
        Arrangement& current = provider->arrangement ? *provider->arrangement : provider->arrangement.emplace();
        if (detail::write(current.components) != detail::write(payload.components)) {
          current = Arrangement{};  // a different proposal: the agreement starts again
          current.components = std::move(payload.components);
        }
        const bool same_side_agreed = std::any_of(current.agreed_by.begin(), current.agreed_by.end(), [&](const Actor& a) {
          return is_lokale_toegang(a) == is_lokale_toegang(actor);
        });
        if (!same_side_agreed) current.agreed_by.push_back(actor);
        current.at = context.event.at;
        return true;
      });
}

}  // namespace workflow
}  // namespace perspectief
