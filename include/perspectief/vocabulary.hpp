// The fixed national vocabulary of the perspectiefplan, as C++ enums with their
// JSON spellings. Region-specific vocabularies (leefgebieden, ondersteunings-
// profielen, intensity blocks) are data in the region profile, not enums.
// Sources: DOMAIN.md sections 1 and 2; seeds 000-004.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace perspectief {

// Who is involved (DOMAIN section 1). Members of a family use the first three.
enum class Role {
  jeugdige, ouder, gezinslid, netwerk, lokaal_team, verwijzer, gi, gemeente,
  // Municipal staff who are the toegang themselves (003: FoodValley's gespreksvoerder, who
  // holds the conversation and may draft the plan); R-GEMEENTE keeps every other `gemeente` out.
  gemeentelijke_toegang,
  hoofdaannemer, onderaannemer, perspectiefregisseur, veilig_thuis, raad, accountant, rechter,
};

// The roles of the gezin itself (R-STRUCTURE): its members act in these and only these.
constexpr bool is_family_role(Role role) {
  return role == Role::jeugdige || role == Role::ouder || role == Role::gezinslid;
}

// Two close questions about referring, stated side by side because they differ by one role:
// Roles that refer a family to youth care, so that the plan's referrer in such a role has
// standing (R-STANDING): the lokale team, another referrer such as a huisarts, the GI in the
// dwangkader, and Veilig Thuis (the regie matrix's route). A referrer recorded in any other
// role is a referrer nobody can claim.
constexpr bool may_refer(Role role) {
  return role == Role::lokaal_team || role == Role::verwijzer || role == Role::gi || role == Role::veilig_thuis;
}
// Roles that decide whether a provider helps draft the plan (R-PROVIDER-NOT-DRAFTING: "unless
// the referrer decided so"): the referring roles that work on the plan itself. Veilig Thuis
// hands a family over and does not draft, so it does not decide this.
constexpr bool decides_provider_drafting(Role role) {
  return role == Role::lokaal_team || role == Role::verwijzer || role == Role::gi;
}

// Which document counts as the plan (000: GI gezinsplan; 003: ondersteuningsplan, familiegroepsplan).
enum class PlanType { perspectiefplan, ondersteuningsplan, familiegroepsplan, gezinsplan };

enum class Segment { B, C };                         // 000
enum class Kader { vrijwillig, dwang };              // 000
enum class Toekomstperspectief { thuis_wonen, zelfstandig_wonen, langdurig_verblijf };  // 002

// Who does what in an agreement or result (004 step 2).
enum class Performer { gezin, netwerk, lokale_toegang, specialist };

// Legal framework a leefgebied or result belongs to (002, 003); R-CLOSE-PARTIAL closes
// the jeugdwet part while the others stay open.
enum class Framework { jeugdwet, wmo, participatiewet, overig };

// The upbringing situation scale (003), from light to severe.
enum class Opvoedsituatie {
  opvoedingsvragen, opvoedingsspanning, verhoogde_opvoedingsspanning, opvoedingsnood, opvoedingscrisis,
};

// Result of an evaluation per result (004: behaald / deels / niet).
enum class Outcome { behaald, deels_behaald, niet_behaald };

// How the family entered (002 appendix B rows; 000 hospital and GI routes).
enum class EntryRoute { lokale_toegang, verwijzer, ziekenhuis, veilig_thuis, gi, raad, crisis };

// The specialist help that runs for one jeugdige (ChildPart::help), spelled as the
// workflow states it corresponds to: crisis help first (R-CRISIS) or regular help.
enum class HelpState { crisis_hulp, hulp_gestart };

// Status of a result in the plan.
enum class ResultStatus { open, behaald, deels_behaald, niet_behaald, gesloten };

template <class E>
struct EnumNames;  // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> table

#define PP_ENUM_NAMES(E, ...)                                                      \
  template <>                                                                      \
  struct EnumNames<E> {                                                            \
    static constexpr auto table = std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__}); \
    static constexpr std::string_view type_name = #E;                              \
  }

PP_ENUM_NAMES(Role, {Role::jeugdige, "jeugdige"}, {Role::ouder, "ouder"}, {Role::gezinslid, "gezinslid"},
              {Role::netwerk, "netwerk"}, {Role::lokaal_team, "lokaal_team"}, {Role::verwijzer, "verwijzer"},
              {Role::gi, "gi"}, {Role::gemeente, "gemeente"},
              {Role::gemeentelijke_toegang, "gemeentelijke_toegang"}, {Role::hoofdaannemer, "hoofdaannemer"},
              {Role::onderaannemer, "onderaannemer"}, {Role::perspectiefregisseur, "perspectiefregisseur"},
              {Role::veilig_thuis, "veilig_thuis"}, {Role::raad, "raad"}, {Role::accountant, "accountant"},
              {Role::rechter, "rechter"});
PP_ENUM_NAMES(PlanType, {PlanType::perspectiefplan, "perspectiefplan"},
              {PlanType::ondersteuningsplan, "ondersteuningsplan"},
              {PlanType::familiegroepsplan, "familiegroepsplan"}, {PlanType::gezinsplan, "gezinsplan"});
PP_ENUM_NAMES(Segment, {Segment::B, "B"}, {Segment::C, "C"});
PP_ENUM_NAMES(Kader, {Kader::vrijwillig, "vrijwillig"}, {Kader::dwang, "dwang"});
PP_ENUM_NAMES(Toekomstperspectief, {Toekomstperspectief::thuis_wonen, "thuis_wonen"},
              {Toekomstperspectief::zelfstandig_wonen, "zelfstandig_wonen"},
              {Toekomstperspectief::langdurig_verblijf, "langdurig_verblijf"});
PP_ENUM_NAMES(Performer, {Performer::gezin, "gezin"}, {Performer::netwerk, "netwerk"},
              {Performer::lokale_toegang, "lokale_toegang"}, {Performer::specialist, "specialist"});
PP_ENUM_NAMES(Framework, {Framework::jeugdwet, "jeugdwet"}, {Framework::wmo, "wmo"},
              {Framework::participatiewet, "participatiewet"}, {Framework::overig, "overig"});
PP_ENUM_NAMES(Opvoedsituatie, {Opvoedsituatie::opvoedingsvragen, "opvoedingsvragen"},
              {Opvoedsituatie::opvoedingsspanning, "opvoedingsspanning"},
              {Opvoedsituatie::verhoogde_opvoedingsspanning, "verhoogde_opvoedingsspanning"},
              {Opvoedsituatie::opvoedingsnood, "opvoedingsnood"},
              {Opvoedsituatie::opvoedingscrisis, "opvoedingscrisis"});
PP_ENUM_NAMES(Outcome, {Outcome::behaald, "behaald"}, {Outcome::deels_behaald, "deels_behaald"},
              {Outcome::niet_behaald, "niet_behaald"});
PP_ENUM_NAMES(EntryRoute, {EntryRoute::lokale_toegang, "lokale_toegang"}, {EntryRoute::verwijzer, "verwijzer"},
              {EntryRoute::ziekenhuis, "ziekenhuis"}, {EntryRoute::veilig_thuis, "veilig_thuis"},
              {EntryRoute::gi, "gi"}, {EntryRoute::raad, "raad"}, {EntryRoute::crisis, "crisis"});
PP_ENUM_NAMES(ResultStatus, {ResultStatus::open, "open"}, {ResultStatus::behaald, "behaald"},
              {ResultStatus::deels_behaald, "deels_behaald"}, {ResultStatus::niet_behaald, "niet_behaald"},
              {ResultStatus::gesloten, "gesloten"});
PP_ENUM_NAMES(HelpState, {HelpState::crisis_hulp, "crisis_hulp"}, {HelpState::hulp_gestart, "hulp_gestart"});
#undef PP_ENUM_NAMES

// The JSON spelling of an enum value.
template <class E>
constexpr std::string_view to_string(E value) {
  for (const auto& [v, name] : EnumNames<E>::table) {
    if (v == value) return name;
  }
  return {};
}

// The enum value for a JSON spelling, or nullopt when the spelling is unknown.
template <class E>
constexpr std::optional<E> enum_from_string(std::string_view name) {
  for (const auto& [v, n] : EnumNames<E>::table) {
    if (n == name) return v;
  }
  return std::nullopt;
}

}  // namespace perspectief
