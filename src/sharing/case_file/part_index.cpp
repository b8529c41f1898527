// The parts of a plan and their addresses (docs/sharing.md, "Addressing parts").
#include "sharing/case_file/part_index.hpp"

#include "model/personal_content.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace perspectief::sharing {
namespace {

constexpr std::size_t kPatternCount = kPartKindCount;
constexpr std::array<std::pair<PartKind, std::string_view>, kPatternCount> kPatterns{{
    {PartKind::header, "header"},
    {PartKind::extensions, "extensions"},
    {PartKind::family_general, "family/general"},
    {PartKind::family_member, "family/members/*"},
    {PartKind::family_hulpvragen, "family_part/hulpvragen/*"},
    {PartKind::family_analysis, "family_part/analysis/*"},
    {PartKind::family_result, "family_part/results/*"},
    {PartKind::family_agreement, "family_part/agreements/*"},
    {PartKind::family_opvoedsituatie, "family_part/opvoedsituatie"},
    {PartKind::family_extensions, "family_part/extensions"},
    {PartKind::family_personal, "family_part/personal/*"},
    {PartKind::child_hulpvragen, "children/*/hulpvragen/*"},
    {PartKind::child_analysis, "children/*/analysis/*"},
    {PartKind::child_result, "children/*/results/*"},
    {PartKind::child_agreement, "children/*/agreements/*"},
    {PartKind::child_opvoedsituatie, "children/*/opvoedsituatie"},
    {PartKind::child_toekomstperspectief, "children/*/toekomstperspectief"},
    {PartKind::child_ondersteuningsprofiel, "children/*/ondersteuningsprofiel"},
    {PartKind::child_aanbieder, "children/*/aanbieder"},
    {PartKind::child_behandelplan, "children/*/behandelplan"},
    {PartKind::child_toewijzing, "children/*/toewijzingen/*"},
    {PartKind::child_evaluation, "children/*/evaluations/*"},
    {PartKind::child_youth_care_closed, "children/*/youth_care_closed"},
    {PartKind::child_segment, "children/*/segment"},
    {PartKind::child_kader, "children/*/kader"},
    {PartKind::child_help, "children/*/help"},
    {PartKind::child_extensions, "children/*/extensions"},
    {PartKind::child_personal, "children/*/personal/*"},
    {PartKind::akkoorden, "akkoorden"},
    {PartKind::consent, "consents/*"},
    {PartKind::regie, "regie"},
    {PartKind::assignments, "assignments"},
    {PartKind::versions, "versions"},
    {PartKind::history, "history"},
    {PartKind::local_fields, "local_fields"},
}};

// Up to kMaxSegments segments of an address or pattern, without allocating.
constexpr std::size_t kMaxSegments = 4;
struct Segments {
  std::array<std::string_view, kMaxSegments> items{};
  std::size_t count = 0;
  bool fits = true;  // false when there were more than kMaxSegments
};

constexpr Segments split(std::string_view text) {
  Segments out;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = text.find('/', start);
    const std::string_view segment =
        text.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (out.count == kMaxSegments) {
      out.fits = false;
      return out;
    }
    out.items[out.count++] = segment;
    if (slash == std::string_view::npos) return out;
    start = slash + 1;
  }
}

constexpr bool patterns_follow_the_enum() {
  for (std::size_t i = 0; i < kPatternCount; ++i) {
    if (static_cast<std::size_t>(kPatterns[i].first) != i) return false;
  }
  return true;
}
static_assert(patterns_follow_the_enum(), "kPatterns is indexed by PartKind");

// The kind patterns split once, at compile time.
constexpr auto kPatternSegments = [] {
  std::array<Segments, kPatternCount> all{};
  for (std::size_t i = 0; i < kPatternCount; ++i) all[i] = split(kPatterns[i].second);
  return all;
}();

// Whether `address` is `id` or an ancestor of it.
bool covers(std::string_view address, std::string_view id) {
  if (id.size() < address.size() || id.compare(0, address.size(), address) != 0) return false;
  return id.size() == address.size() || id[address.size()] == '/';
}

std::string token(std::string_view raw) { return json_pointer_escape(raw); }

}  // namespace

std::string personal_part_address(std::string_view container, std::string_view owner) {
  return std::string(container) + "/personal/" + (owner.empty() ? std::string("~") : token(owner));
}

std::string_view part_kind_pattern(PartKind kind) { return kPatterns[static_cast<std::size_t>(kind)].second; }

bool is_valid_address(std::string_view address) {
  const Segments segments = split(address);
  if (!segments.fits) return false;
  for (std::size_t i = 0; i < segments.count; ++i) {
    if (segments.items[i].empty()) return false;
  }
  return std::any_of(kPatternSegments.begin(), kPatternSegments.end(), [&](const Segments& pattern) {
    if (segments.count > pattern.count) return false;
    for (std::size_t i = 0; i < segments.count; ++i) {
      if (pattern.items[i] != "*" && pattern.items[i] != segments.items[i]) return false;
    }
    return true;
  });
}

std::vector<PartKind> kinds_matching(std::string_view pattern) {
  std::vector<PartKind> kinds;
  for (const auto& [kind, text] : kPatterns) {
    if (pattern == "*" || covers(pattern, text)) kinds.push_back(kind);
  }
  return kinds;
}

bool has_content(const Json& value) { return !value.is_null() && !(value.is_object() && value.empty()); }

PartIndex::PartIndex(const Plan& plan) : plan_(&plan) {
  header = add(PartKind::header, "header", {});
  if (has_content(plan.unknown_fields)) extensions = add(PartKind::extensions, "extensions", {});
  if (plan.family.name || has_content(plan.family.unknown_fields)) {
    family_general = add(PartKind::family_general, "family/general", {});
  }
  list_start_ = parts_.size();
  for (const Member& m : plan.family.members) {
    family_members.push_back(add(PartKind::family_member, "family/members/" + token(m.id), m.id));
  }
  index_container("family_part", PartKind::family_hulpvragen, PartKind::family_analysis, PartKind::family_result,
                  PartKind::family_agreement, PartKind::family_personal, {}, -1, plan.family_part.hulpvragen, plan.family_part.analysis,
                  plan.family_part.results, plan.family_part.agreements, family_part);
  if (plan.family_part.opvoedsituatie) {
    family_part.opvoedsituatie = add(PartKind::family_opvoedsituatie, "family_part/opvoedsituatie", {});
  }
  if (has_content(plan.family_part.unknown_fields)) {
    family_part.extensions = add(PartKind::family_extensions, "family_part/extensions", {});
  }

  children.resize(plan.children.size());
  for (std::size_t c = 0; c < plan.children.size(); ++c) {
    const ChildPart& child = plan.children[c];
    ChildParts& out = children[c];
    const std::string base = "children/" + token(child.jeugdige);
    const std::string_view subject = child.jeugdige;
    const int ci = static_cast<int>(c);
    index_container(base, PartKind::child_hulpvragen, PartKind::child_analysis, PartKind::child_result,
                    PartKind::child_agreement, PartKind::child_personal, subject, ci, child.hulpvragen, child.analysis, child.results,
                    child.agreements, out);
    auto single = [&](bool present, PartKind kind, std::string_view name, std::optional<std::size_t>& slot) {
      if (present) slot = add(kind, base + "/" + std::string(name), subject, ci);
    };
    single(child.opvoedsituatie.has_value(), PartKind::child_opvoedsituatie, "opvoedsituatie", out.opvoedsituatie);
    single(child.toekomstperspectief.has_value(), PartKind::child_toekomstperspectief, "toekomstperspectief",
           out.toekomstperspectief);
    single(child.ondersteuningsprofiel.has_value(), PartKind::child_ondersteuningsprofiel, "ondersteuningsprofiel",
           out.ondersteuningsprofiel);
    single(child.aanbieder.has_value(), PartKind::child_aanbieder, "aanbieder", out.aanbieder);
    single(child.behandelplan.has_value(), PartKind::child_behandelplan, "behandelplan", out.behandelplan);
    list_start_ = parts_.size();
    for (const Toewijzing& t : child.toewijzingen) {
      out.toewijzingen.push_back(
          add(PartKind::child_toewijzing, base + "/toewijzingen/" + token(t.number), subject, ci));
    }
    list_start_ = parts_.size();
    for (const Evaluation& e : child.evaluations) {
      out.evaluations.push_back(add(PartKind::child_evaluation, base + "/evaluations/" + token(e.id), subject, ci));
    }
    single(child.youth_care_closed.has_value(), PartKind::child_youth_care_closed, "youth_care_closed",
           out.youth_care_closed);
    // The jeugdige's frame and state (plan@2). A kader change belongs with the kader: the
    // one says what the other's history is, and a supervision order is about this child.
    single(child.segment.has_value(), PartKind::child_segment, "segment", out.segment);
    single(child.kader.has_value() || !child.kader_changes.empty(), PartKind::child_kader, "kader", out.kader);
    single(child.help.has_value(), PartKind::child_help, "help", out.help);
    single(has_content(child.unknown_fields), PartKind::child_extensions, "extensions", out.extensions);
  }

  if (!plan.akkoorden.empty()) akkoorden = add(PartKind::akkoorden, "akkoorden", {});
  list_start_ = parts_.size();
  for (const Consent& consent : plan.consents) {
    consents.push_back(add(PartKind::consent, "consents/" + token(consent.id), consent.subject));
  }
  if (plan.regie) regie = add(PartKind::regie, "regie", {});
  if (!plan.assignments.empty()) assignments = add(PartKind::assignments, "assignments", {});
  if (!plan.versions.empty()) versions = add(PartKind::versions, "versions", {});
  if (!plan.history.empty()) history = add(PartKind::history, "history", {});
  if (has_content(plan.local_fields)) local_fields = add(PartKind::local_fields, "local_fields", {});
}

std::size_t PartIndex::add(PartKind kind, std::string id, std::string_view subject_id, int child,
                           std::string leefgebied) {
  // Items that share an address (a member's hulpvragen, entries on one
  // leefgebied, a duplicated id) share one part; they are in the same list.
  for (std::size_t i = parts_.size(); i-- > list_start_;) {
    if (parts_[i].id.value == id) return i;
  }
  IndexedPart part;
  part.id.value = std::move(id);
  part.kind = kind;
  part.subject = subject_id.empty() ? kFamilyLevel : member_index(subject_id);
  part.subject_id = std::string(subject_id);
  part.child = child;
  part.leefgebied = std::move(leefgebied);
  parts_.push_back(std::move(part));
  return parts_.size() - 1;
}

void PartIndex::index_container(const std::string& base, PartKind hulpvragen, PartKind analysis, PartKind result,
                                PartKind agreement, PartKind personal, std::string_view subject, int child,
                                const std::vector<Hulpvraag>& hulpvraag_items,
                                const std::vector<DomainAnalysis>& analysis_items,
                                const std::vector<Result>& result_items,
                                const std::vector<Agreement>& agreement_items, ContainerParts& out) {
  list_start_ = parts_.size();
  for (const Hulpvraag& h : hulpvraag_items) {
    // In the family part a hulpvraag is about its member; in a child's part about the child.
    const std::string_view about = subject.empty() ? std::string_view(h.member) : subject;
    out.hulpvragen.push_back(add(hulpvragen, base + "/hulpvragen/" + token(h.member), about, child));
  }
  // Personal entries (R-MEMBER-PRIVACY) go to their owner's personal part, one per owner in
  // this container, created where the first of them stands.
  std::vector<std::pair<std::string, std::size_t>> personal_parts;
  auto personal_part = [&](const std::string& owner) {
    for (const auto& [id, part] : personal_parts) {
      if (id == owner) return part;
    }
    const std::size_t saved = list_start_;
    list_start_ = parts_.size();
    // An entry that names no owner is about a member nobody is: no member sees it.
    const std::size_t part = add(personal, personal_part_address(base, owner), owner, child);
    if (owner.empty()) parts_[part].subject = kUnknownMember;
    list_start_ = saved;
    personal_parts.emplace_back(owner, part);
    return part;
  };
  list_start_ = parts_.size();
  for (const DomainAnalysis& a : analysis_items) {
    const std::size_t entry = add(analysis, base + "/analysis/" + token(a.leefgebied), subject, child, a.leefgebied);
    out.analysis.push_back(entry);
    std::vector<std::size_t>& by_perspective = out.perspectives.emplace_back();
    for (const Perspective& p : a.perspectives) {
      const auto owner = personal_owner(p);
      by_perspective.push_back(owner ? personal_part(*owner) : entry);
    }
  }
  list_start_ = parts_.size();
  for (const Result& r : result_items) {
    const auto owner = personal_owner(r);
    out.results.push_back(owner ? personal_part(*owner)
                                : add(result, base + "/results/" + token(r.id), subject, child, r.leefgebied));
  }
  list_start_ = parts_.size();
  for (const Agreement& a : agreement_items) {
    const auto owner = personal_owner(a);
    out.agreements.push_back(owner ? personal_part(*owner)
                                   : add(agreement, base + "/agreements/" + token(a.id), subject, child,
                                         a.leefgebied.value_or("")));
  }
}

int PartIndex::member_index(std::string_view member_id) const {
  const auto& members = plan_->family.members;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].id == member_id) return static_cast<int>(i);
  }
  return kUnknownMember;
}

std::vector<std::size_t> PartIndex::select(std::string_view address) const {
  std::vector<std::size_t> selected;
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    if (covers(address, parts_[i].id.value)) selected.push_back(i);
  }
  return selected;
}

std::optional<std::size_t> PartIndex::result_part(std::string_view result_id) const {
  auto find_in = [&](const std::vector<Result>& results, const ContainerParts& parts) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (results[i].id == result_id) return parts.results[i];
    }
    return std::nullopt;
  };
  if (auto found = find_in(plan_->family_part.results, family_part)) return found;
  for (std::size_t c = 0; c < plan_->children.size(); ++c) {
    if (auto found = find_in(plan_->children[c].results, children[c])) return found;
  }
  return std::nullopt;
}

std::vector<PartInfo> list_parts(const Plan& plan) {
  const PartIndex index(plan);
  std::vector<PartInfo> out;
  out.reserve(index.size());
  for (const IndexedPart& p : index.parts()) out.push_back(PartInfo{p.id, p.kind, p.subject_id});
  return out;
}

}  // namespace perspectief::sharing
