// The plan's shape, once (issue #13): every field of every struct of the plan with its
// JSON name and, where it matters, what else follows from the field (field_shape.hpp):
//   * its sharing part: own_part(kind), each_part(kind, key), entries(kind, key) (items
//     that may be a member's personal entries), container(), in_part_of(sibling); a field
//     that says none lies in its struct's own part (the plan's header, the family's
//     general part);
//   * who sets it: set_at_creation(), set_by(event), set_at_creation_or_by(event),
//     kept_by_workflow(event), standing_fact(); a field that says none is content that
//     plan_wijzigen changes (within R-CHANGE-SCOPE);
//   * with_toewijzing(): a provider holding a toewijzing for the jeugdige sees it;
//   * column(type, name): the analysis record column it feeds.
// Reading and writing JSON, the schema drift test, the part index, the redacted view,
// change scope, the controlled members, the record columns and the generated Python
// classes derive from this list (docs/architecture.md, "Adding a plan field").
//
// The order of a struct's fields is the document order of its parts (the part index
// lists them so) and the order in which reading reports problems.
#pragma once

#include "model/json_mapping.hpp"

namespace perspectief::detail {

using sharing::PartKind;

template <>
struct Fields<Actor> {
  using T = Actor;
  static constexpr std::string_view name = "Actor";
  static constexpr std::string_view doc =
      "A natural person acting in a role (R-LOG: never just \"system\").";
  static constexpr auto fields =
      std::make_tuple(field("role", &T::role), field("person", &T::person), field("name", &T::name),
                      field("organisation", &T::organisation), field("member", &T::member),
                      field("on_behalf_of", &T::on_behalf_of));
};

template <>
struct Fields<GezagRecord> {
  using T = GezagRecord;
  static constexpr std::string_view name = "GezagRecord";
  static constexpr std::string_view doc =
      "Whether an ouder holds gezag over one `child` (a member id) of the family.";
  static constexpr auto fields = std::make_tuple(field("child", &T::child), field("gezag", &T::gezag));
};

// A member record is what standing rests on (R-STANDING): who is a member, in which role,
// with gezag, and the birth date that gives a jeugdige's age (R-CONSENT-AGE).
template <>
struct Fields<Member> {
  using T = Member;
  static constexpr std::string_view name = "Member";
  static constexpr std::string_view doc =
      "A member of the gezin: role `jeugdige`, `ouder` or `gezinslid`. An ouder's gezag (R-GEZAG) is recorded per child in `gezag_per_child`, or for every child at once in `gezag`; a child's own record wins, and what is not recorded is not held (validation warns: PP-V-GEZAG-UNRECORDED).";
  static constexpr auto fields =
      std::make_tuple(field("id", &T::id).standing_fact(), field("role", &T::role).standing_fact(),
                      field("name", &T::name), field("birth_date", &T::birth_date).standing_fact(),
                      field("gezag", &T::gezag).standing_fact(),
                      field("gezag_per_child", &T::gezag_per_child).standing_fact());
};

template <>
struct Fields<Family> {
  using T = Family;
  static constexpr std::string_view name = "Family";
  static constexpr StructParts parts{PartKind::family_general, "general", PartKind::family_general, "general", {}};
  static constexpr auto fields =
      std::make_tuple(field("name", &T::name), field("members", &T::members).each_part(PartKind::family_member, "id", "id"));
};

template <>
struct Fields<Hulpvraag> {
  using T = Hulpvraag;
  static constexpr std::string_view name = "Hulpvraag";
  static constexpr auto fields = std::make_tuple(field("member", &T::member), field("text", &T::text),
                                                 field("recorded_by", &T::recorded_by), field("at", &T::at));
};

template <>
struct Fields<Perspective> {
  using T = Perspective;
  static constexpr std::string_view name = "Perspective";
  static constexpr auto fields =
      std::make_tuple(field("author", &T::author), field("at", &T::at), field("situation", &T::situation),
                      field("strengths", &T::strengths), field("opportunities", &T::opportunities),
                      field("obstacles", &T::obstacles), field("wishes", &T::wishes),
                      field("zrm_score", &T::zrm_score), field("about", &T::about), field("personal", &T::personal));
};

template <>
struct Fields<DomainAnalysis> {
  using T = DomainAnalysis;
  static constexpr std::string_view name = "DomainAnalysis";
  static constexpr auto fields =
      std::make_tuple(field("leefgebied", &T::leefgebied), field("perspectives", &T::perspectives));
};

template <>
struct Fields<Result> {
  using T = Result;
  static constexpr std::string_view name = "Result";
  static constexpr std::string_view doc =
      "A result to reach (the plan's third part, agreements and results): the ondersteuningsvraag a provider is held to. `about` names the member it is about and `personal` makes it that member's own information (R-MEMBER-PRIVACY).";
  static constexpr auto fields = std::make_tuple(
      field("id", &T::id).column(ColumnType::string, "result"),
      field("leefgebied", &T::leefgebied).column(ColumnType::string),
      field("description", &T::description), field("performer", &T::performer).column(ColumnType::string),
      field("framework", &T::framework).column(ColumnType::string), field("set_by", &T::set_by),
      field("status", &T::status).column(ColumnType::string), field("about", &T::about),
      field("personal", &T::personal));
};

template <>
struct Fields<Agreement> {
  using T = Agreement;
  static constexpr std::string_view name = "Agreement";
  static constexpr auto fields =
      std::make_tuple(field("id", &T::id), field("description", &T::description), field("performer", &T::performer),
                      field("leefgebied", &T::leefgebied), field("responsible", &T::responsible),
                      field("results", &T::results), field("due", &T::due), field("about", &T::about),
                      field("personal", &T::personal));
};

template <>
struct Fields<SupportProfile> {
  using T = SupportProfile;
  static constexpr std::string_view name = "SupportProfile";
  static constexpr std::string_view doc =
      "Ondersteuningsprofiel and intensity; additions such as verblijf; evaluatie_weken: evaluated every this many weeks (R-EVALUATION).";
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code).column(ColumnType::string, "ondersteuningsprofiel"),
      field("intensiteit", &T::intensiteit).column(ColumnType::integer), field("variant", &T::variant),
      field("additions", &T::additions).column(ColumnType::list_of_string),
      field("evaluatie_weken", &T::evaluatie_weken));
};

template <>
struct Fields<Product> {
  using T = Product;
  static constexpr std::string_view name = "Product";
  static constexpr auto fields = std::make_tuple(field("category", &T::category), field("code", &T::code));
};

template <>
struct Fields<ProviderAnswer> {
  using T = ProviderAnswer;
  static constexpr std::string_view name = "ProviderAnswer";
  static constexpr auto fields =
      std::make_tuple(field("accepts", &T::accepts), field("results", &T::results),
                      field("intensiteit", &T::intensiteit), field("variant", &T::variant),
                      field("additions", &T::additions), field("reason", &T::reason), field("by", &T::by),
                      field("at", &T::at));
};

template <>
struct Fields<ArrangementComponent> {
  using T = ArrangementComponent;
  static constexpr std::string_view name = "ArrangementComponent";
  static constexpr auto fields = std::make_tuple(field("result", &T::result), field("product", &T::product),
                                                 field("intensiteit", &T::intensiteit),
                                                 field("additions", &T::additions));
};

template <>
struct Fields<Arrangement> {
  using T = Arrangement;
  static constexpr std::string_view name = "Arrangement";
  static constexpr auto fields =
      std::make_tuple(field("components", &T::components), field("agreed_by", &T::agreed_by), field("at", &T::at));
};

template <>
struct Fields<Provider> {
  using T = Provider;
  static constexpr std::string_view name = "Provider";
  static constexpr auto fields =
      std::make_tuple(field("id", &T::id).column(ColumnType::string, "aanbieder"), field("name", &T::name),
                      field("onderaannemers", &T::onderaannemers), field("spic", &T::spic),
                      field("answer", &T::answer), field("arrangement", &T::arrangement));
};

template <>
struct Fields<Behandelplan> {
  using T = Behandelplan;
  static constexpr std::string_view name = "Behandelplan";
  static constexpr auto fields = std::make_tuple(field("reference", &T::reference), field("author", &T::author),
                                                 field("date", &T::date), field("summary", &T::summary));
};

template <>
struct Fields<Volume> {
  using T = Volume;
  static constexpr std::string_view name = "Volume";
  static constexpr auto fields =
      std::make_tuple(field("amount", &T::amount), field("unit", &T::unit), field("frequency", &T::frequency));
};

template <>
struct Fields<Toewijzing> {
  using T = Toewijzing;
  static constexpr std::string_view name = "Toewijzing";
  static constexpr auto fields =
      std::make_tuple(field("number", &T::number), field("aanbieder", &T::aanbieder), field("product", &T::product),
                      field("start", &T::start), field("end", &T::end), field("volume", &T::volume),
                      field("results", &T::results), field("end_reason", &T::end_reason));
};

template <>
struct Fields<ResultEvaluation> {
  using T = ResultEvaluation;
  static constexpr std::string_view name = "ResultEvaluation";
  static constexpr auto fields =
      std::make_tuple(field("result", &T::result).column(ColumnType::string),
                      field("outcome", &T::outcome).column(ColumnType::string), field("note", &T::note));
};

template <>
struct Fields<Evaluation> {
  using T = Evaluation;
  static constexpr std::string_view name = "Evaluation";
  static constexpr auto fields = std::make_tuple(
      field("id", &T::id).column(ColumnType::string, "evaluation"), field("at", &T::at).column(ColumnType::timestamp),
      field("participants", &T::participants), field("kind", &T::kind).column(ColumnType::string),
      field("outcomes", &T::outcomes), field("perspective_note", &T::perspective_note));
};

// The family part: the three parts of 001 for the family as a whole. In it a hulpvraag
// is about the member who asks it.
template <>
struct Fields<FamilyPart> {
  using T = FamilyPart;
  static constexpr std::string_view name = "FamilyPart";
  static constexpr StructParts parts{{}, {}, PartKind::family_extensions, "extensions", PartKind::family_personal};
  static constexpr auto fields =
      std::make_tuple(field("hulpvragen", &T::hulpvragen).each_part(PartKind::family_hulpvragen, "member", "member"),
                      field("analysis", &T::analysis).entries(PartKind::family_analysis, "leefgebied"),
                      field("results", &T::results).entries(PartKind::family_result, "id"),
                      field("agreements", &T::agreements).entries(PartKind::family_agreement, "id"),
                      field("opvoedsituatie", &T::opvoedsituatie).own_part(PartKind::family_opvoedsituatie));
};

template <>
struct Fields<KaderChange> {
  using T = KaderChange;
  static constexpr std::string_view name = "KaderChange";
  static constexpr std::string_view doc =
      "A change of one jeugdige's kader during the trajectory (R-KADER-CHANGE): the new `kader` and the `previous` one, the `date` it takes effect, its legal `basis`, who recorded it and when (event `kader_wijzigen`).";
  static constexpr auto fields =
      std::make_tuple(field("kader", &T::kader), field("previous", &T::previous), field("date", &T::date),
                      field("basis", &T::basis), field("recorded_by", &T::recorded_by), field("at", &T::at));
};

// A jeugdige's part: every part in it is about the jeugdige. Its frame (segment, kader,
// help) follows the parts of 001 and the help, as plan@2 added it.
template <>
struct Fields<ChildPart> {
  using T = ChildPart;
  static constexpr std::string_view name = "ChildPart";
  static constexpr StructParts parts{{}, {}, PartKind::child_extensions, "extensions", PartKind::child_personal};
  static constexpr auto fields = std::make_tuple(
      field("jeugdige", &T::jeugdige).identity().column(ColumnType::string),
      field("hulpvragen", &T::hulpvragen).each_part(PartKind::child_hulpvragen, "member"),
      field("analysis", &T::analysis).entries(PartKind::child_analysis, "leefgebied"),
      field("results", &T::results).entries(PartKind::child_result, "id").column(ColumnType::integer),
      field("agreements", &T::agreements).entries(PartKind::child_agreement, "id"),
      field("opvoedsituatie", &T::opvoedsituatie).own_part(PartKind::child_opvoedsituatie),
      field("toekomstperspectief", &T::toekomstperspectief)
          .own_part(PartKind::child_toekomstperspectief)
          .with_toewijzing()
          .column(ColumnType::string),
      field("ondersteuningsprofiel", &T::ondersteuningsprofiel)
          .own_part(PartKind::child_ondersteuningsprofiel)
          .set_by("ondersteuningsprofiel_vaststellen")
          .with_toewijzing(),
      field("aanbieder", &T::aanbieder).own_part(PartKind::child_aanbieder).set_by("aanbieder_kiezen").with_toewijzing(),
      field("behandelplan", &T::behandelplan).own_part(PartKind::child_behandelplan).with_toewijzing(),
      field("toewijzingen", &T::toewijzingen)
          .each_part(PartKind::child_toewijzing, "number")
          .set_by("toewijzing_vastleggen"),
      field("evaluations", &T::evaluations)
          .each_part(PartKind::child_evaluation, "id")
          .set_by("evalueren")
          .column(ColumnType::integer),
      field("youth_care_closed", &T::youth_care_closed)
          .own_part(PartKind::child_youth_care_closed)
          .set_by("jeugdhulp_afsluiten")
          .column(ColumnType::boolean),
      field("segment", &T::segment)
          .own_part(PartKind::child_segment)
          .set_at_creation_or_by("segment_vaststellen")
          .with_toewijzing()
          .column(ColumnType::string),
      field("kader", &T::kader)
          .own_part(PartKind::child_kader)
          .set_at_creation_or_by("kader_wijzigen")
          .with_toewijzing()
          .column(ColumnType::string),
      // A kader change belongs with the kader: the one says what the other's history is.
      field("kader_changes", &T::kader_changes).in_part_of("kader").set_by("kader_wijzigen"),
      field("help", &T::help)
          .own_part(PartKind::child_help)
          .kept_by_workflow("hulp_starten")
          .with_toewijzing()
          .column(ColumnType::string));
};

template <>
struct Fields<Akkoord> {
  using T = Akkoord;
  static constexpr std::string_view name = "Akkoord";
  static constexpr std::string_view doc =
      "Who agreed to which version of the plan, when.";
  static constexpr auto fields = std::make_tuple(field("by", &T::by), field("version", &T::version),
                                                 field("at", &T::at), field("scope", &T::scope));
};

template <>
struct Fields<Consent> {
  using T = Consent;
  static constexpr std::string_view name = "Consent";
  static constexpr auto fields =
      std::make_tuple(field("id", &T::id), field("given_by", &T::given_by), field("subject", &T::subject),
                      field("purposes", &T::purposes), field("actions", &T::actions), field("parts", &T::parts),
                      field("recipients", &T::recipients), field("from", &T::from), field("until", &T::until),
                      field("withdrawn_at", &T::withdrawn_at));
};

template <>
struct Fields<Regie> {
  using T = Regie;
  static constexpr std::string_view name = "Regie";
  static constexpr auto fields = std::make_tuple(field("regisseur", &T::regisseur), field("placed_at", &T::placed_at),
                                                 field("assigned_at", &T::assigned_at), field("basis", &T::basis));
};

template <>
struct Fields<Assignment> {
  using T = Assignment;
  static constexpr std::string_view name = "Assignment";
  static constexpr auto fields =
      std::make_tuple(field("role", &T::role), field("person", &T::person), field("organisation", &T::organisation),
                      field("jeugdige", &T::jeugdige), field("since", &T::since), field("until", &T::until),
                      field("by", &T::by));
};

template <>
struct Fields<VersionRecord> {
  using T = VersionRecord;
  static constexpr std::string_view name = "VersionRecord";
  static constexpr auto fields =
      std::make_tuple(field("version", &T::version), field("at", &T::at), field("by", &T::by),
                      field("note", &T::note), field("content_sha256", &T::content_sha256));
};

template <>
struct Fields<HistoryEntry> {
  using T = HistoryEntry;
  static constexpr std::string_view name = "HistoryEntry";
  static constexpr std::string_view doc =
      "One applied workflow event: who did what, when, why, and the states around it.";
  static constexpr auto fields = std::make_tuple(
      field("seq", &T::seq).column(ColumnType::integer), field("event", &T::event).column(ColumnType::string),
      field("at", &T::at).column(ColumnType::timestamp), field("actor", &T::actor).column(ColumnType::string, "actor_role"),
      field("reason", &T::reason), field("payload", &T::payload),
      field("from_state", &T::from_state).column(ColumnType::string),
      field("to_state", &T::to_state).column(ColumnType::string),
      field("version", &T::version).column(ColumnType::integer));
};

// The plan: what no part of its own holds is its header. The workflow keeps the
// status, version, akkoorden, versions and history; the members recorded at creation
// identify the plan and where it came from.
template <>
struct Fields<Plan> {
  using T = Plan;
  static constexpr std::string_view name = "Plan";
  static constexpr StructParts parts{PartKind::header, "header", PartKind::extensions, "extensions", {}};
  static constexpr auto fields = std::make_tuple(
      field("format", &T::format).identity().set_at_creation(),
      field("id", &T::id).identity().set_at_creation().column(ColumnType::string, "plan"),
      field("profile", &T::profile).set_at_creation(),
      field("municipality", &T::municipality).set_at_creation().column(ColumnType::string),
      field("plan_type", &T::plan_type).set_at_creation(), field("version", &T::version).kept_by_workflow(),
      field("status", &T::status).kept_by_workflow().column(ColumnType::string),
      field("entry_route", &T::entry_route).set_at_creation().column(ColumnType::string),
      field("referrer", &T::referrer).set_at_creation(), field("provider_drafting", &T::provider_drafting),
      field("recording_objection", &T::recording_objection), field("family", &T::family).container(),
      field("family_part", &T::family_part).container(), field("children", &T::children).each_container("jeugdige"),
      field("akkoorden", &T::akkoorden).own_part(PartKind::akkoorden).kept_by_workflow("akkoord_geven"),
      field("consents", &T::consents).each_part(PartKind::consent, "id", "subject"),
      field("regie", &T::regie).own_part(PartKind::regie).set_by("regie_toewijzen"),
      field("assignments", &T::assignments)
          .own_part(PartKind::assignments)
          .set_at_creation_or_by("betrokkene_toewijzen"),
      field("versions", &T::versions).own_part(PartKind::versions).kept_by_workflow("versie_vaststellen"),
      field("history", &T::history).own_part(PartKind::history).kept_by_workflow(),
      field("local_fields", &T::local_fields).own_part(PartKind::local_fields));
};

}  // namespace perspectief::detail
