// Random plans and sharing requests for property tests (sharing_property_test.cpp, and
// the view text writer's equality test, sharing_view_text_test.cpp): plans of every shape
// the part index knows (personal entries, members with ids that need escaping, unknown
// members, consents valid and invalid), requests by insiders and outsiders over every
// action, purpose and channel. Deterministic for a seed.
#pragma once

#include <array>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "perspectief/sharing.hpp"
#include "sharing_fixtures.hpp"

namespace sharing_test {

using namespace perspectief;
using namespace perspectief::sharing;

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  Plan plan() {
    Plan p;
    p.id = "plan-" + std::to_string(serial_++);
    p.profile = "amsterdam-zaanstreek";
    p.status = "hulp_gestart";
    p.version = pick(0, 5);
    if (chance(0.3)) p.recording_objection = chance(0.5);
    if (chance(0.6)) p.referrer = actor();
    if (chance(0.1)) p.unknown_fields["extern_kenmerk"] = "Z-1";
    if (chance(0.5)) p.family.name = "Familie";
    if (chance(0.1)) p.family.unknown_fields["notitie"] = "x";
    const int members = pick(1, 4);
    for (int i = 0; i < members; ++i) {
      Member m;
      m.id = kMemberIds[static_cast<std::size_t>(i)];
      m.role = std::array{Role::jeugdige, Role::ouder, Role::gezinslid}[static_cast<std::size_t>(pick(0, 2))];
      if (chance(0.85)) m.birth_date = IsoDate{std::to_string(m.role == Role::ouder ? pick(1970, 1995) : pick(2005, 2023)) +
                                               "-0" + std::to_string(pick(1, 9)) + "-1" + std::to_string(pick(0, 9))};
      if (m.role == Role::ouder && chance(0.8)) m.gezag = chance(0.8);
      p.family.members.push_back(m);
    }
    // R-GEZAG per child: a record of a child's own that agrees with or overrides `gezag`.
    for (Member& m : p.family.members) {
      if (m.role != Role::ouder || !chance(0.4)) continue;
      const Member& child = p.family.members[static_cast<std::size_t>(pick(0, members - 1))];
      if (child.role != Role::ouder) m.gezag_per_child.push_back(GezagRecord{child.id, chance(0.5), Json::object()});
    }
    results_.clear();
    fill(p.family_part, p.family.members);
    if (chance(0.2)) p.family_part.opvoedsituatie = Opvoedsituatie::opvoedingsspanning;
    if (chance(0.1)) p.family_part.unknown_fields["extra"] = 1;
    for (const Member& m : p.family.members) {
      if (!chance(m.role == Role::jeugdige ? 0.9 : 0.15)) continue;
      ChildPart c;
      c.jeugdige = m.id;
      fill(c, p.family.members);
      if (chance(0.5)) c.toekomstperspectief = Toekomstperspectief::thuis_wonen;
      if (chance(0.5)) c.ondersteuningsprofiel = SupportProfile{"3", 2, std::nullopt, {}, std::nullopt, Json::object()};
      if (chance(0.5)) c.aanbieder = Provider{"90000001", std::nullopt, {}, std::nullopt, std::nullopt, std::nullopt, Json::object()};
      if (chance(0.3)) c.behandelplan = Behandelplan{"BP", std::nullopt, std::nullopt, std::nullopt, Json::object()};
      if (chance(0.1)) c.youth_care_closed = true;
      // The jeugdige's frame and state (plan@2): each its own part.
      if (chance(0.5)) c.segment = chance(0.5) ? Segment::B : Segment::C;
      if (chance(0.7)) c.kader = chance(0.3) ? Kader::dwang : Kader::vrijwillig;
      if (c.kader == Kader::dwang && chance(0.5)) {
        c.kader_changes.push_back(KaderChange{Kader::dwang, Kader::vrijwillig, IsoDate{"2026-01-05"}, "OTS",
                                              Actor{Role::lokaal_team, "lt-1", {}, {}, {}, {}, Json::object()},
                                              Timestamp{"2026-01-06T09:00:00+01:00"}, Json::object()});
      }
      if (chance(0.3)) c.help = HelpState::hulp_gestart;
      if (chance(0.1)) c.unknown_fields["school"] = "De Regenboog";
      p.children.push_back(std::move(c));
    }
    // R-DWANG-GI: a GI assigned for the family's measures, or for one jeugdige's.
    if (chance(0.4)) {
      Assignment a;
      a.role = Role::gi;
      a.person = "gi-1";
      a.organisation = "GI-A";
      if (!p.children.empty() && chance(0.6)) a.jeugdige = p.children[static_cast<std::size_t>(pick(0, static_cast<int>(p.children.size()) - 1))].jeugdige;
      a.since = Timestamp{"2026-01-01T00:00:00+01:00"};
      a.by = actor();
      p.assignments.push_back(std::move(a));
    }
    // Toewijzingen and evaluations name results from anywhere in the plan.
    p.children.edit_each([&](ChildPart& c) {
      for (int t = pick(0, 2); t > 0; --t) {
        Toewijzing tw;
        tw.number = "TW-" + std::to_string(pick(1, 4));
        tw.aanbieder = chance(0.5) ? "90000001" : "90000002";
        tw.product.category = "45";
        tw.start = IsoDate{"202" + std::to_string(pick(5, 6)) + "-0" + std::to_string(pick(1, 9)) + "-01"};
        if (chance(0.6)) tw.end = IsoDate{"202" + std::to_string(pick(6, 7)) + "-0" + std::to_string(pick(1, 9)) + "-28"};
        for (int r = pick(0, 2); r > 0 && !results_.empty(); --r) tw.results.push_back(any_result());
        c.toewijzingen.push_back(std::move(tw));
      }
      if (chance(0.3) && !results_.empty()) {
        Evaluation e;
        e.id = "ev-" + std::to_string(pick(1, 3));
        e.at = Timestamp{"2026-02-01T10:00:00+01:00"};
        e.outcomes.push_back(ResultEvaluation{any_result(), Outcome::deels_behaald, std::nullopt, Json::object()});
        c.evaluations.push_back(std::move(e));
      }
    });
    if (chance(0.5)) p.akkoorden.push_back(Akkoord{actor(), 1, Timestamp{"2026-01-05T09:00:00+01:00"}, std::nullopt, Json::object()});
    if (chance(0.3)) p.regie = Regie{actor(), std::nullopt, std::nullopt, std::nullopt, Json::object()};
    if (chance(0.3)) p.versions.push_back(VersionRecord{1, Timestamp{"2026-01-05T09:00:00+01:00"}, actor(), std::nullopt, std::nullopt, Json::object()});
    if (chance(0.5)) {
      HistoryEntry h;
      h.seq = 1;
      h.event = "e";
      h.at = Timestamp{"2025-12-01T09:00:00+01:00"};
      h.actor = actor();
      p.history.push_back(std::move(h));
    }
    if (chance(0.3)) p.local_fields["wijk"] = "Oost";
    add_consents(p);
    return p;
  }

  Request request(const Plan& plan) {
    Request r;
    r.requester = party(plan);
    r.action = std::array{Action::read, Action::store, Action::forward, Action::amend}[static_cast<std::size_t>(pick(0, 3))];
    if (r.action == Action::forward) {
      r.recipient = party(plan);
      if (chance(0.25)) r.break_glass = BreakGlass{"zorgen om veiligheid"};
    }
    r.purpose = static_cast<Purpose>(pick(0, 5));
    // Mostly the secure channels (the first four), so that the rules get to decide.
    r.channel = kChannels[static_cast<std::size_t>(chance(0.7) ? pick(0, 3) : pick(0, static_cast<int>(kChannels.size()) - 1))];
    r.at = kMoments[static_cast<std::size_t>(pick(0, static_cast<int>(kMoments.size()) - 1))];
    return r;
  }

  const Engine& engine() {
    static const std::array kProfiles{"amsterdam-zaanstreek", "flevoland", "foodvalley", "werkproces-jeugdhulp"};
    return sharing_test::listing_engine(kProfiles[static_cast<std::size_t>(pick(0, 3))]);
  }

 private:
  // Moments around the toewijzingen, consents and birthdays the generator makes.
  inline static const std::array<Timestamp, 8> kMoments{
      Timestamp{"2025-03-15T12:00:00+01:00"}, Timestamp{"2025-09-15T12:00:00+02:00"},
      Timestamp{"2026-01-15T12:00:00+01:00"}, Timestamp{"2026-04-15T12:00:00+02:00"},
      Timestamp{"2026-07-15T12:00:00+02:00"}, Timestamp{"2026-10-15T12:00:00+02:00"},
      Timestamp{"2027-02-15T12:00:00+01:00"}, Timestamp{"2027-08-15T12:00:00+02:00"}};
  static constexpr std::array<const char*, 5> kMemberIds{"m0", "m1", "m/2", "m~3", "m4"};
  static constexpr std::array<const char*, 4> kLeefgebieden{"opvoeding", "veiligheid", "wonen", "onderwijs"};
  static constexpr std::array<const char*, 7> kChannels{"portaal", "beveiligde_email", "koppeling", "persoonlijk",
                                                        "telefoon", "email", "post"};

  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  std::string any_result() { return results_[static_cast<std::size_t>(pick(0, static_cast<int>(results_.size()) - 1))]; }
  std::string any_member_of(const std::vector<Member>& members) {
    if (chance(0.05)) return "onbekend";
    return members[static_cast<std::size_t>(pick(0, static_cast<int>(members.size()) - 1))].id;
  }
  std::string any_member(const Plan& plan) {
    if (chance(0.05)) return "onbekend";
    return plan.family.members[static_cast<std::size_t>(pick(0, static_cast<int>(plan.family.members.size()) - 1))].id;
  }

  Actor actor() {
    static const std::array<std::pair<Role, const char*>, 4> kActors{
        {{Role::lokaal_team, "lt-1"}, {Role::gi, "gi-1"}, {Role::perspectiefregisseur, "reg-1"}, {Role::verwijzer, "ha-1"}}};
    const auto& [role, person] = kActors[static_cast<std::size_t>(pick(0, 3))];
    Actor a;
    a.role = role;
    a.person = person;
    if (role == Role::gi) a.organisation = "GI-A";
    return a;
  }

  template <class Part>
  void fill(Part& part, const std::vector<Member>& members) {
    for (int i = pick(0, 2); i > 0; --i) {
      Hulpvraag h;
      h.member = chance(0.1) ? "onbekend" : members[static_cast<std::size_t>(pick(0, static_cast<int>(members.size()) - 1))].id;
      h.text = "vraag";
      part.hulpvragen.push_back(std::move(h));
    }
    for (int i = pick(0, 2); i > 0; --i) {
      DomainAnalysis a;
      a.leefgebied = kLeefgebieden[static_cast<std::size_t>(pick(0, 3))];
      Perspective view;
      view.author = actor();
      view.situation = "situatie";
      a.perspectives.push_back(std::move(view));
      // A member's own account beside it, personal (R-MEMBER-PRIVACY), sometimes about another.
      for (int k = pick(0, 2); k > 0; --k) {
        const Member& by = members[static_cast<std::size_t>(pick(0, static_cast<int>(members.size()) - 1))];
        Perspective own;
        own.author = Actor{by.role, "p-" + by.id, std::nullopt, std::nullopt, by.id, std::nullopt, Json::object()};
        own.situation = "eigen verhaal";
        own.personal = chance(0.7);
        if (chance(0.2)) own.about = any_member_of(members);
        a.perspectives.push_back(std::move(own));
      }
      part.analysis.push_back(std::move(a));
    }
    for (int i = pick(0, 2); i > 0; --i) {
      Result r;
      r.id = "r" + std::to_string(result_serial_++);
      r.leefgebied = kLeefgebieden[static_cast<std::size_t>(pick(0, 3))];
      r.description = "resultaat";
      if (chance(0.2)) {
        r.personal = true;
        if (chance(0.8)) r.about = any_member_of(members);
      }
      results_.push_back(r.id);
      part.results.push_back(std::move(r));
    }
    for (int i = pick(0, 1); i > 0 && !results_.empty(); --i) {
      Agreement a;
      a.id = "a" + std::to_string(pick(0, 3));
      a.description = "afspraak";
      if (chance(0.5)) a.leefgebied = kLeefgebieden[static_cast<std::size_t>(pick(0, 3))];
      a.results.push_back(any_result());
      if (chance(0.15)) {
        a.personal = true;
        a.about = any_member_of(members);
      }
      part.agreements.push_back(std::move(a));
    }
  }

  // Consents of every shape: valid ones naming organisations, persons and
  // members, and invalid ones (a bare role, free text, a purpose outside the
  // vocabulary, no actions) that must never count (R-CONSENT-VALID).
  void add_consents(Plan& p) {
    const auto parts = list_parts(p);
    for (int i = pick(0, 3); i > 0; --i) {
      Consent c;
      c.id = "c" + std::to_string(i);
      c.subject = any_member(p);
      for (const Member& m : p.family.members) {
        if (chance(0.6)) c.given_by.push_back(m.id);
      }
      for (const char* purpose : {"uitvoering", "veiligheid", "toewijzing"}) {
        if (chance(0.5)) c.purposes.push_back(purpose);
      }
      if (chance(0.1)) c.purposes.push_back("uitvoering_jeugdhulp");
      for (const char* action : {"read", "store", "forward"}) {
        if (chance(0.6)) c.actions.push_back(action);
      }
      if (chance(0.5)) c.parts.push_back(parts[static_cast<std::size_t>(pick(0, static_cast<int>(parts.size()) - 1))].id.value);
      if (chance(0.2)) c.parts.push_back("family_part");
      for (const char* recipient : {"agb:90000001", "agb:90000002", "person:ha-1", "person:lt-1", "member:m0",
                                    "hoofdaannemer", "verwijzer", "90000001"}) {
        if (chance(0.2)) c.recipients.push_back(recipient);
      }
      c.from = Timestamp{"202" + std::to_string(pick(5, 6)) + "-01-01T00:00:00+01:00"};
      if (chance(0.3)) c.until = Timestamp{"2026-0" + std::to_string(pick(1, 9)) + "-01T00:00:00+01:00"};
      if (chance(0.2)) c.withdrawn_at = Timestamp{"2026-0" + std::to_string(pick(1, 9)) + "-01T00:00:00+01:00"};
      p.consents.push_back(std::move(c));
    }
  }

  // Most cases ask as someone the plan involves, or little would ever be released.
  Party party(const Plan& plan) {
    if (chance(0.65)) return insider(plan);
    static const std::array kPersons{"lt-1", "lt-2", "gi-1", "reg-1", "ha-1", "x-1"};
    static const std::array kOrganisations{"90000001", "90000002", "GI-A", "Team"};
    Party party;
    party.role = static_cast<Role>(pick(0, 14));
    party.person = kPersons[static_cast<std::size_t>(pick(0, 5))];
    if (party.role == Role::jeugdige || party.role == Role::ouder || party.role == Role::gezinslid) {
      party.member = any_member(plan);
    }
    if (chance(0.7)) party.organisation = kOrganisations[static_cast<std::size_t>(pick(0, 3))];
    if (chance(0.1)) party.on_behalf_of = "lt-1";
    if (chance(0.1)) party.toewijzing = "TW-" + std::to_string(pick(1, 4));
    return party;
  }

  Party insider(const Plan& plan) {
    Party party;
    switch (pick(0, 5)) {
      case 0:
      case 1: {
        const Member& m = plan.family.members[static_cast<std::size_t>(pick(0, static_cast<int>(plan.family.members.size()) - 1))];
        party.role = m.role;
        party.person = "p-" + m.id;
        party.member = m.id;
        break;
      }
      case 2:
        party.role = Role::lokaal_team;
        party.person = "lt-1";
        break;
      case 3:
        party.role = Role::hoofdaannemer;
        party.person = "pr-1";
        party.organisation = chance(0.5) ? "90000001" : "90000002";
        break;
      case 4:
        party.role = chance(0.5) ? Role::gi : Role::veilig_thuis;
        party.person = "gi-1";
        party.organisation = "GI-A";
        break;
      default:
        party.role = Role::perspectiefregisseur;
        party.person = "reg-1";
        break;
    }
    return party;
  }

  std::mt19937_64 rng_;
  int serial_ = 0;
  int result_serial_ = 0;
  std::vector<std::string> results_;
};

}  // namespace sharing_test
