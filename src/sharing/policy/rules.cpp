// Texts of the rule catalogue: reasons and obligations in Dutch and English.
// docs/sharing.md explains each rule with its seed or article.
#include "sharing/policy/rules.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace perspectief::sharing {
namespace {

constexpr std::array<std::pair<Rule, std::string_view>, kRuleCount> kRuleIds{{
    {Rule::owner, "R-OWNER"},
    {Rule::member_privacy, "R-MEMBER-PRIVACY"},
    {Rule::lt_involved, "R-LT-INVOLVED"},
    {Rule::lt_store, "R-LT-STORE"},
    {Rule::gemeente, "R-GEMEENTE"},
    {Rule::share_hoofdaannemer, "R-SHARE-HOOFDAANNEMER"},
    {Rule::safety, "R-SAFETY"},
    {Rule::consent_age, "R-CONSENT-AGE"},
    {Rule::consent_valid, "R-CONSENT-VALID"},
    {Rule::safety_override, "R-SAFETY-OVERRIDE"},
    {Rule::dwang_gi, "R-DWANG-GI"},
    {Rule::regie_mandate, "R-REGIE-MANDATE"},
    {Rule::referrer_involved, "R-REFERRER-INVOLVED"},
    {Rule::log, "R-LOG"},
    {Rule::default_deny, "R-DEFAULT-DENY"},
}};

// Indexed by Reason; the order must follow the enum (checked in reason_info).
constexpr std::array<std::pair<Reason, ReasonInfo>, kReasonCount> kReasons{{
    {Reason::owner,
     {"owner", true, "het plan is van het gezin: een gezinslid ziet het gezinsdeel en het eigen deel",
      "the plan belongs to the family: a member sees the family part and their own part"}},
    {Reason::owner_representative,
     {"owner_representative", true,
      "een ouder met gezag ziet het deel van een kind jonger dan 16 (Jeugdwet 7.3.11 lid 2b, 7.3.4)",
      "a parent with gezag sees the part of a child under 16 (Jeugdwet 7.3.11(2)(b), 7.3.4)"}},
    {Reason::lt_involved,
     {"lt_involved", true, "de betrokken medewerker van het lokale team stelt het plan met het gezin op",
      "the lokale team worker involved in this case drafts the plan with the family"}},
    {Reason::lt_store,
     {"lt_store", true, "het lokale team legt het plan vast voor reproduceerbaarheid en rechtmatigheid",
      "the lokale team stores the plan for reproducibility and legality"}},
    {Reason::lt_store_own_account,
     {"lt_store_own_account", true,
      "het gezin heeft bezwaar tegen vastlegging: het lokale team legt alleen de kern vast waarop de inzet "
      "van jeugdhulp berust",
      "the family objects to recording: the lokale team stores only the core on which the help is based"}},
    {Reason::regie_mandate,
     {"regie_mandate", true, "de perspectiefregisseur coördineert en bewaakt de uitvoering van het plan",
      "the perspectiefregisseur coordinates and monitors the plan's execution"}},
    {Reason::referrer_involved,
     {"referrer_involved", true,
      "de verwijzer van dit plan stelt het met het gezin op en krijgt zo een integraal beeld",
      "this plan's referrer draws it up with the family and so gets the integral picture"}},
    {Reason::dwang_gi,
     {"dwang_gi", true, "in het dwangkader is de gecertificeerde instelling de verwijzer van dit plan",
      "in the dwangkader the certified institution is this plan's referrer"}},
    {Reason::toewijzing_linked,
     {"toewijzing_linked", true,
      "de hoofdaannemer krijgt wat hoort bij de resultaten van zijn lopende toewijzing, via een beveiligd kanaal",
      "the hoofdaannemer gets what belongs to the results of its active toewijzing, over a secure channel"}},
    {Reason::safety,
     {"safety", true, "relevante informatie over veiligheid wordt in overleg gedeeld met de betrokken partijen",
      "relevant safety information is shared with the parties involved, in consultation"}},
    {Reason::consent,
     {"consent", true, "er is geldige toestemming van wie volgens de leeftijd toestemming geeft",
      "there is valid consent from those whose consent counts at the subject's age"}},
    {Reason::break_glass,
     {"break_glass", true,
      "doorbraak zonder toestemming naar Veilig Thuis of de GI, met opgegeven reden (gemarkeerd in het log)",
      "break-glass disclosure to Veilig Thuis or the GI without consent, with a stated reason (flagged in the log)"}},
    {Reason::gemeente,
     {"gemeente", false, "buiten het lokale team ziet de gemeente het plan niet en slaat het niet op",
      "apart from the lokale team the municipality does not see or store the plan"}},
    {Reason::break_glass_recipient,
     {"break_glass_recipient", false, "doorbreken kan alleen naar Veilig Thuis of een gecertificeerde instelling",
      "break-glass is only possible toward Veilig Thuis or a certified institution"}},
    {Reason::break_glass_purpose,
     {"break_glass_purpose", false, "doorbreken kan alleen met het doel veiligheid",
      "break-glass is only possible for the purpose veiligheid"}},
    {Reason::break_glass_requester,
     {"break_glass_requester", false,
      "alleen een betrokken professional die dit onderdeel zelf mag inzien kan het doorbrekend verstrekken",
      "only an involved professional who may read this part can disclose it through break-glass"}},
    {Reason::givers_unknown,
     {"givers_unknown", false,
      "niet vast te stellen wiens toestemming telt: de geboortedatum ontbreekt of er staat geen ouder met gezag "
      "in het plan",
      "whose consent counts cannot be determined: the birth date is missing or no parent with gezag is on record"}},
    {Reason::consent_givers,
     {"consent_givers", false,
      "de toestemming is niet gegeven door wie volgens de leeftijd moet toestemmen (onder 12: ouders met gezag; "
      "12-15: jeugdige en ouders; vanaf 16: jeugdige)",
      "the consent was not given by those whose consent counts at this age (under 12: parents with gezag; 12-15: "
      "the child and those parents; 16 and over: the child)"}},
    {Reason::consent_not_valid,
     {"consent_not_valid", false, "de toestemming geldt niet op dit moment (nog niet, verlopen of ingetrokken)",
      "the consent is not valid at this moment (not yet, expired or withdrawn)"}},
    {Reason::consent_provider_scope,
     {"consent_provider_scope", false,
      "toestemming geeft een aanbieder alleen meer dan zijn toewijzing als zij de organisatie en de onderdelen noemt",
      "consent gives a provider more than its toewijzing only when it names the organisation and the parts"}},
    {Reason::consent_invalid,
     {"consent_invalid", false,
      "er is een toestemming over dit onderdeel, maar zij is ongeldig (ontvanger, doel, handelingen, gevers of "
      "periode ontbreken of kloppen niet) en telt niet; de validatie wijst de fout aan",
      "there is a consent about this part, but it is invalid (recipient, purpose, actions, givers or period missing "
      "or wrong) and does not count; validation points at the fault"}},
    {Reason::member_privacy,
     {"member_privacy", false,
      "informatie van een individueel gezinslid wordt niet zomaar gedeeld met andere gezinsleden of aanbieders",
      "information of an individual family member is not shared as a matter of course with other members or "
      "providers"}},
    {Reason::toewijzing_not_linked,
     {"toewijzing_not_linked", false, "dit onderdeel hoort niet bij de resultaten van de toewijzing",
      "this part does not belong to the results of the toewijzing"}},
    {Reason::toewijzing_inactive,
     {"toewijzing_inactive", false, "de toewijzing loopt niet op dit moment",
      "the toewijzing is not active at this moment"}},
    {Reason::toewijzing_not_held,
     {"toewijzing_not_held", false, "deze organisatie heeft de genoemde toewijzing niet in dit plan",
      "this organisation does not hold the named toewijzing in this plan"}},
    {Reason::insecure_channel,
     {"insecure_channel", false, "delen met de hoofdaannemer gebeurt uitsluitend via een beveiligd kanaal",
      "sharing with the hoofdaannemer happens only over a secure channel"}},
    {Reason::channel_not_allowed,
     {"channel_not_allowed", false, "dit onderdeel mag niet via dit kanaal", "this part may not go over this channel"}},
    {Reason::recording_objection,
     {"recording_objection", false,
      "het gezin heeft bezwaar tegen vastlegging: dit onderdeel hoort niet bij de eigen weergave van het lokale team",
      "the family objects to recording: this part is not part of the lokale team's own account"}},
    {Reason::forwarder_not_allowed,
     {"forwarder_not_allowed", false, "wie verstrekt mag dit onderdeel niet doorgeven",
      "the requester may not pass this part on"}},
    {Reason::not_involved,
     {"not_involved", false, "geen betrokkenheid bij deze zaak vastgelegd in het plan",
      "no involvement in this case is recorded in the plan"}},
    {Reason::no_rule,
     {"no_rule", false, "geen regel staat dit toe voor deze partij, handeling, dit doel en onderdeel",
      "no rule allows this for this party, action, purpose and part"}},
}};

constexpr std::array<std::pair<ObligationCode, ObligationInfo>, kObligationCount> kObligations{{
    {ObligationCode::secure_channel,
     {"secure_channel", Rule::share_hoofdaannemer, "alleen via een beveiligd kanaal verzenden",
      "send only over a secure channel"}},
    {ObligationCode::toewijzing_parts_only,
     {"toewijzing_parts_only", Rule::share_hoofdaannemer,
      "alleen de onderdelen die horen bij de resultaten van de toewijzing gebruiken, voor de uitvoering van de hulp",
      "use only the parts linked to the results of the toewijzing, for carrying out the help"}},
    {ObligationCode::own_account_only,
     {"own_account_only", Rule::lt_store,
      "alleen de eigen weergave van het lokale team vastleggen, niet de tekst van het gezin",
      "store only the lokale team's own account, not the family's text"}},
    {ObligationCode::in_overleg,
     {"in_overleg", Rule::safety, "in overleg met de betrokken partijen delen, binnen de wet",
      "share in consultation with the parties involved, within the law"}},
    {ObligationCode::consent_scope,
     {"consent_scope", Rule::consent_age, "alleen gebruiken binnen de toestemming: doel, onderdelen en geldigheid",
      "use only within the consent: purpose, parts and period"}},
    {ObligationCode::break_glass_review,
     {"break_glass_review", Rule::safety_override,
      "de doorbraak is gemarkeerd; de reden wordt achteraf getoetst en het gezin wordt geïnformeerd tenzij dat de "
      "veiligheid schaadt",
      "the break-glass disclosure is flagged; its reason is reviewed afterwards and the family is informed unless "
      "that harms safety"}},
}};

}  // namespace

std::string_view rule_id(Rule rule) { return kRuleIds[static_cast<std::size_t>(rule)].second; }

std::optional<Rule> rule_from_id(std::string_view id) {
  auto it = std::find_if(kRuleIds.begin(), kRuleIds.end(), [&](const auto& entry) { return entry.second == id; });
  if (it == kRuleIds.end()) return std::nullopt;
  return it->first;
}

std::vector<std::string> rule_ids(const RuleSet& rules) {
  std::vector<std::string> ids;
  for (const auto& [rule, id] : kRuleIds) {
    if (rules.test(static_cast<std::size_t>(rule))) ids.emplace_back(id);
  }
  return ids;
}

const ReasonInfo& reason_info(Reason reason) {
  static_assert([] {
    for (std::size_t i = 0; i < kReasons.size(); ++i) {
      if (static_cast<std::size_t>(kReasons[i].first) != i) return false;
    }
    for (std::size_t i = 0; i < kRuleIds.size(); ++i) {
      if (static_cast<std::size_t>(kRuleIds[i].first) != i) return false;
    }
    for (std::size_t i = 0; i < kObligations.size(); ++i) {
      if (static_cast<std::size_t>(kObligations[i].first) != i) return false;
    }
    return true;
  }(), "catalogue tables must follow their enums' order");
  return kReasons[static_cast<std::size_t>(reason)].second;
}

const ObligationInfo& obligation_info(ObligationCode code) {
  return kObligations[static_cast<std::size_t>(code)].second;
}

}  // namespace perspectief::sharing
