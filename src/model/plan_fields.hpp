// Field lists of the plan model: the single place that names JSON members.
// Other components that read or write model types as JSON (workflow event
// payloads, sharing views) include this header and use detail::read/write.
#pragma once

#include "model/json_mapping.hpp"

namespace perspectief::detail {


PP_DEFINE_FIELDS(Actor, field("role", &Actor::role), field("person", &Actor::person), field("name", &Actor::name),
          field("organisation", &Actor::organisation), field("member", &Actor::member),
          field("on_behalf_of", &Actor::on_behalf_of));
PP_DEFINE_FIELDS(GezagRecord, field("child", &GezagRecord::child), field("gezag", &GezagRecord::gezag));
PP_DEFINE_FIELDS(Member, field("id", &Member::id), field("role", &Member::role), field("name", &Member::name),
          field("birth_date", &Member::birth_date), field("gezag", &Member::gezag),
          field("gezag_per_child", &Member::gezag_per_child));
PP_DEFINE_FIELDS(Family, field("name", &Family::name), field("members", &Family::members));
PP_DEFINE_FIELDS(Hulpvraag, field("member", &Hulpvraag::member), field("text", &Hulpvraag::text),
          field("recorded_by", &Hulpvraag::recorded_by), field("at", &Hulpvraag::at));
PP_DEFINE_FIELDS(Perspective, field("author", &Perspective::author), field("at", &Perspective::at),
          field("situation", &Perspective::situation), field("strengths", &Perspective::strengths),
          field("opportunities", &Perspective::opportunities), field("obstacles", &Perspective::obstacles),
          field("wishes", &Perspective::wishes), field("zrm_score", &Perspective::zrm_score),
          field("about", &Perspective::about), field("personal", &Perspective::personal));
PP_DEFINE_FIELDS(DomainAnalysis, field("leefgebied", &DomainAnalysis::leefgebied),
          field("perspectives", &DomainAnalysis::perspectives));
PP_DEFINE_FIELDS(Result, field("id", &Result::id), field("leefgebied", &Result::leefgebied),
          field("description", &Result::description), field("performer", &Result::performer),
          field("framework", &Result::framework), field("set_by", &Result::set_by), field("status", &Result::status),
          field("about", &Result::about), field("personal", &Result::personal));
PP_DEFINE_FIELDS(Agreement, field("id", &Agreement::id), field("description", &Agreement::description),
          field("performer", &Agreement::performer), field("leefgebied", &Agreement::leefgebied),
          field("responsible", &Agreement::responsible), field("results", &Agreement::results),
          field("due", &Agreement::due), field("about", &Agreement::about), field("personal", &Agreement::personal));
PP_DEFINE_FIELDS(SupportProfile, field("code", &SupportProfile::code), field("intensiteit", &SupportProfile::intensiteit),
          field("variant", &SupportProfile::variant), field("additions", &SupportProfile::additions),
          field("evaluatie_weken", &SupportProfile::evaluatie_weken));
PP_DEFINE_FIELDS(Product, field("category", &Product::category), field("code", &Product::code));
PP_DEFINE_FIELDS(ProviderAnswer, field("accepts", &ProviderAnswer::accepts), field("results", &ProviderAnswer::results),
          field("intensiteit", &ProviderAnswer::intensiteit), field("variant", &ProviderAnswer::variant),
          field("additions", &ProviderAnswer::additions), field("reason", &ProviderAnswer::reason),
          field("by", &ProviderAnswer::by), field("at", &ProviderAnswer::at));
PP_DEFINE_FIELDS(ArrangementComponent, field("result", &ArrangementComponent::result),
          field("product", &ArrangementComponent::product), field("intensiteit", &ArrangementComponent::intensiteit),
          field("additions", &ArrangementComponent::additions));
PP_DEFINE_FIELDS(Arrangement, field("components", &Arrangement::components), field("agreed_by", &Arrangement::agreed_by),
          field("at", &Arrangement::at));
PP_DEFINE_FIELDS(Provider, field("id", &Provider::id), field("name", &Provider::name),
          field("onderaannemers", &Provider::onderaannemers), field("spic", &Provider::spic),
          field("answer", &Provider::answer), field("arrangement", &Provider::arrangement));
PP_DEFINE_FIELDS(Behandelplan, field("reference", &Behandelplan::reference), field("author", &Behandelplan::author),
          field("date", &Behandelplan::date), field("summary", &Behandelplan::summary));
PP_DEFINE_FIELDS(Volume, field("amount", &Volume::amount), field("unit", &Volume::unit),
          field("frequency", &Volume::frequency));
PP_DEFINE_FIELDS(Toewijzing, field("number", &Toewijzing::number), field("aanbieder", &Toewijzing::aanbieder),
          field("product", &Toewijzing::product), field("start", &Toewijzing::start), field("end", &Toewijzing::end),
          field("volume", &Toewijzing::volume), field("results", &Toewijzing::results),
          field("end_reason", &Toewijzing::end_reason));
PP_DEFINE_FIELDS(ResultEvaluation, field("result", &ResultEvaluation::result), field("outcome", &ResultEvaluation::outcome),
          field("note", &ResultEvaluation::note));
PP_DEFINE_FIELDS(Evaluation, field("id", &Evaluation::id), field("at", &Evaluation::at),
          field("participants", &Evaluation::participants), field("kind", &Evaluation::kind),
          field("outcomes", &Evaluation::outcomes), field("perspective_note", &Evaluation::perspective_note));
PP_DEFINE_FIELDS(FamilyPart, field("hulpvragen", &FamilyPart::hulpvragen), field("analysis", &FamilyPart::analysis),
          field("results", &FamilyPart::results), field("agreements", &FamilyPart::agreements),
          field("opvoedsituatie", &FamilyPart::opvoedsituatie));
PP_DEFINE_FIELDS(KaderChange, field("kader", &KaderChange::kader), field("previous", &KaderChange::previous),
          field("date", &KaderChange::date), field("basis", &KaderChange::basis),
          field("recorded_by", &KaderChange::recorded_by), field("at", &KaderChange::at));
PP_DEFINE_FIELDS(ChildPart, field("jeugdige", &ChildPart::jeugdige), field("segment", &ChildPart::segment),
          field("kader", &ChildPart::kader), field("kader_changes", &ChildPart::kader_changes),
          field("help", &ChildPart::help), field("hulpvragen", &ChildPart::hulpvragen),
          field("analysis", &ChildPart::analysis), field("results", &ChildPart::results),
          field("agreements", &ChildPart::agreements), field("opvoedsituatie", &ChildPart::opvoedsituatie),
          field("toekomstperspectief", &ChildPart::toekomstperspectief),
          field("ondersteuningsprofiel", &ChildPart::ondersteuningsprofiel),
          field("aanbieder", &ChildPart::aanbieder), field("behandelplan", &ChildPart::behandelplan),
          field("toewijzingen", &ChildPart::toewijzingen), field("evaluations", &ChildPart::evaluations),
          field("youth_care_closed", &ChildPart::youth_care_closed));
PP_DEFINE_FIELDS(Akkoord, field("by", &Akkoord::by), field("version", &Akkoord::version), field("at", &Akkoord::at),
          field("scope", &Akkoord::scope));
PP_DEFINE_FIELDS(Consent, field("id", &Consent::id), field("given_by", &Consent::given_by),
          field("subject", &Consent::subject), field("purposes", &Consent::purposes), field("actions", &Consent::actions),
          field("parts", &Consent::parts),
          field("recipients", &Consent::recipients), field("from", &Consent::from), field("until", &Consent::until),
          field("withdrawn_at", &Consent::withdrawn_at));
PP_DEFINE_FIELDS(Regie, field("regisseur", &Regie::regisseur), field("placed_at", &Regie::placed_at),
          field("assigned_at", &Regie::assigned_at), field("basis", &Regie::basis));
PP_DEFINE_FIELDS(Assignment, field("role", &Assignment::role), field("person", &Assignment::person),
          field("organisation", &Assignment::organisation), field("jeugdige", &Assignment::jeugdige),
          field("since", &Assignment::since), field("until", &Assignment::until), field("by", &Assignment::by));
PP_DEFINE_FIELDS(VersionRecord, field("version", &VersionRecord::version), field("at", &VersionRecord::at),
          field("by", &VersionRecord::by), field("note", &VersionRecord::note),
          field("content_sha256", &VersionRecord::content_sha256));
PP_DEFINE_FIELDS(HistoryEntry, field("seq", &HistoryEntry::seq), field("event", &HistoryEntry::event),
          field("at", &HistoryEntry::at), field("actor", &HistoryEntry::actor), field("reason", &HistoryEntry::reason),
          field("payload", &HistoryEntry::payload), field("from_state", &HistoryEntry::from_state),
          field("to_state", &HistoryEntry::to_state), field("version", &HistoryEntry::version));
PP_DEFINE_FIELDS(Plan, field("format", &Plan::format), field("id", &Plan::id), field("profile", &Plan::profile),
          field("municipality", &Plan::municipality), field("plan_type", &Plan::plan_type),
          field("version", &Plan::version), field("status", &Plan::status), field("entry_route", &Plan::entry_route), field("referrer", &Plan::referrer),
          field("provider_drafting", &Plan::provider_drafting),
          field("recording_objection", &Plan::recording_objection), field("family", &Plan::family),
          field("family_part", &Plan::family_part), field("children", &Plan::children),
          field("akkoorden", &Plan::akkoorden), field("consents", &Plan::consents), field("regie", &Plan::regie),
          field("assignments", &Plan::assignments), field("versions", &Plan::versions), field("history", &Plan::history),
          field("local_fields", &Plan::local_fields));

}  // namespace perspectief::detail
