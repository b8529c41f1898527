// R-CHANGE-SCOPE (see change_scope.hpp).
#include "workflow/content/change_scope.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "engine_state.hpp"
#include "model/personal_content.hpp"
#include "model/plan_shape.hpp"
#include "sharing/decider/decider.hpp"

namespace perspectief::workflow {
namespace {

using detail::Fields;
using detail::PartRule;

// The array element a token names, or nullptr ("-", not a number, out of range).
const Json* element(const Json* array, const std::string& token) {
  if (!array || !array->is_array() || token.empty() || token.size() > 18) return nullptr;
  if (token.size() > 1 && token[0] == '0') return nullptr;
  std::size_t index = 0;
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (error != std::errc() || end != token.data() + token.size() || index >= array->size()) return nullptr;
  return &(*array)[index];
}

const Json* member(const Json* object, const std::string& key) {
  if (!object || !object->is_object()) return nullptr;
  auto it = object->find(key);
  return it == object->end() ? nullptr : &*it;
}

// R-MEMBER-PRIVACY: the part of a member's personal entries in this container.
PartLocation personal_location(const std::string& base, const std::string& owner) {
  return {sharing::personal_part_address(base, owner), true, {}};
}

// Within analysis entry `entry` (tokens[from] is its index): a perspective is in its own
// member's part when personal; the entry itself, or its list of perspectives, also covers
// the personal ones.
PartLocation locate_in_analysis(const Json* entry, const std::vector<std::string>& tokens, std::size_t from,
                                const std::string& base, const std::string& entry_address) {
  const bool whole_list = tokens.size() == from + 1 || (tokens.size() == from + 2 && tokens[from + 1] == "perspectives");
  if (whole_list) return {entry_address, true, base + "/personal"};
  if (tokens[from + 1] == "perspectives") {
    if (const Json* perspective = element(member(entry, "perspectives"), tokens[from + 2])) {
      if (auto owner = personal_owner(*perspective, "perspectives")) return personal_location(base, *owner);
    }
  }
  return {entry_address, true, {}};
}

// Within the struct T at `base` ("" for the plan, "family", "family_part",
// "children/<jeugdige>"): tokens[from] names one of its members, and the plan's field list
// says which part that member lies in.
template <class T>
PartLocation locate_in(const Json* object, const std::vector<std::string>& tokens, std::size_t from,
                       const std::string& base) {
  constexpr detail::StructParts parts = Fields<T>::parts;
  if (tokens.size() == from) return {base, false, {}};
  const std::string& key = tokens[from];
  const std::string own_part = parts.own_name.empty() ? std::string() : sharing::member_address(base, parts.own_name);
  std::optional<PartLocation> found;
  detail::for_each_field<T>([&](const auto& f) {
    using M = std::remove_cvref_t<decltype(std::declval<T&>().*(f.member))>;
    if (found || f.name != key) return;
    // A member the workflow keeps is not in the content a change patches; naming one at
    // the level of a struct with its own part names that part (and is refused as controlled).
    if (f.shape.setter == detail::Setter::workflow && !own_part.empty()) {
      found = PartLocation{own_part, true, {}};
      return;
    }
    const std::string path = sharing::member_address(base, f.name);
    switch (f.shape.part) {
      case PartRule::parent: found = PartLocation{own_part, true, {}}; break;
      // The plan's identity is its header's; a jeugdige's id decides which member the whole part is about.
      case PartRule::identity:
        found = own_part.empty() ? PartLocation{base, false, {}} : PartLocation{own_part, true, {}};
        break;
      case PartRule::own: found = PartLocation{path, true, {}}; break;
      case PartRule::with: found = PartLocation{sharing::member_address(base, f.shape.key), true, {}}; break;
      case PartRule::each:
      case PartRule::entries: {
        // R-MEMBER-PRIVACY: replacing a list of entries replaces the personal ones too.
        const bool personal = f.shape.part == PartRule::entries;
        if (tokens.size() == from + 1) {
          found = PartLocation{path, false, personal ? base + "/personal" : std::string()};
          break;
        }
        constexpr bool analysis = std::is_same_v<M, std::vector<DomainAnalysis>>;
        const Json* item = element(member(object, key), tokens[from + 1]);
        if (personal && item && !analysis) {
          if (auto owner = personal_owner(*item, key)) {
            found = personal_location(base, *owner);
            break;
          }
        }
        const Json* id = member(item, std::string(f.shape.key));
        if (!id || !id->is_string()) {
          found = PartLocation{path, false, {}};
          break;
        }
        const std::string address = path + "/" + json_pointer_escape(id->get<std::string>());
        found = analysis ? locate_in_analysis(item, tokens, from + 1, base, address) : PartLocation{address, true, {}};
        break;
      }
      case PartRule::container:
        if constexpr (detail::PartHolder<M>) found = locate_in<M>(member(object, key), tokens, from + 1, path);
        break;
      case PartRule::each_container:
        if constexpr (detail::kListOfPartHolders<M>) {
          if (tokens.size() == from + 1) {
            found = PartLocation{path, false, {}};
            break;
          }
          const Json* item = element(member(object, key), tokens[from + 1]);
          const Json* id = member(item, std::string(f.shape.key));
          if (!id || !id->is_string()) {
            found = PartLocation{path, false, {}};
            break;
          }
          found = locate_in<typename M::value_type>(item, tokens, from + 2,
                                                    path + "/" + json_pointer_escape(id->get<std::string>()));
        }
        break;
    }
  });
  if (found) return *found;
  // A member this version does not know.
  return {sharing::member_address(base, parts.unknown_name), true, {}};
}

}  // namespace

std::optional<std::vector<std::string>> pointer_tokens(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer.front() != '/') return std::nullopt;
  std::string current;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(std::move(current));
      current.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return std::nullopt;
      current += pointer[i + 1] == '0' ? '~' : '/';
      ++i;
    } else {
      current += pointer[i];
    }
  }
  return tokens;
}

PartLocation locate_part(const Json& content, const std::vector<std::string>& tokens) {
  return locate_in<Plan>(&content, tokens, 0, "");
}

// One plan's part index and the author's read and amend decisions on it.
struct ChangeScope::Rights {
  Rights(const sharing::CompiledPolicy& policy, const Plan& plan, const Actor& author, const Timestamp& at)
      : file(policy, plan), read(request(policy, author, at, sharing::Action::read)),
        amend(request(policy, author, at, sharing::Action::amend)), reader(file, sharing::asked_of(policy, read)),
        amender(file, sharing::asked_of(policy, amend)),
        own(authored_parts(file.parts, author)) {}

  // What the author wrote themselves - a result they set, the behandelplan they are
  // the author of - is theirs to read and change (R-PROVIDER-NOT-DRAFTING: a provider
  // adds and keeps its own results and behandelplan). Decided on the plan the part is
  // in, so claiming authorship of someone else's result is decided on the plan before.
  static std::vector<bool> authored_parts(const sharing::PartIndex& index, const Actor& author) {
    std::vector<bool> own(index.size(), false);
    const auto by_author = [&](const std::optional<Actor>& writer) {
      if (!writer || writer->role != author.role) return false;
      if (writer->organisation && author.organisation) return *writer->organisation == *author.organisation;
      return !author.person.empty() && writer->person == author.person;
    };
    const Plan& plan = index.plan();
    constexpr std::size_t family_results = detail::field_position<FamilyPart>("results");
    constexpr std::size_t child_results = detail::field_position<ChildPart>("results");
    constexpr std::size_t behandelplan = detail::field_position<ChildPart>("behandelplan");
    for (std::size_t i = 0; i < plan.family_part.results.size(); ++i) {
      if (by_author(plan.family_part.results[i].set_by)) own[index.family_part.items[family_results][i]] = true;
    }
    for (std::size_t c = 0; c < plan.children.size(); ++c) {
      const ChildPart& child = plan.children[c];
      const sharing::MemberParts& parts = index.children[c];
      for (std::size_t i = 0; i < child.results.size(); ++i) {
        if (by_author(child.results[i].set_by)) own[parts.items[child_results][i]] = true;
      }
      if (child.behandelplan && by_author(child.behandelplan->author)) own[*parts.single[behandelplan]] = true;
    }
    return own;
  }

  static sharing::Request request(const sharing::CompiledPolicy& policy, const Actor& author, const Timestamp& at,
                                  sharing::Action action) {
    sharing::Request r;
    r.requester = sharing::Party{author.role, author.person, author.name, author.organisation, author.member,
                                 author.on_behalf_of, std::nullopt};
    r.action = action;
    r.purpose = sharing::Purpose::uitvoering;
    // The Decider wants a known channel; decide_in_place does not apply it.
    r.channel = policy.channels.empty() ? std::string() : policy.channels.front().code;
    r.at = at;
    return r;
  }

  std::vector<std::size_t> select(const std::string& address) const {
    if (!address.empty()) return file.parts.select(address);
    std::vector<std::size_t> all(file.parts.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }

  bool may_change(const std::vector<std::size_t>& parts) const {
    return std::all_of(parts.begin(), parts.end(), [&](std::size_t p) {
      return own[p] || (reader.decide_in_place(p).allowed && amender.decide_in_place(p).allowed);
    });
  }

  sharing::CaseFile file;
  sharing::Request read;
  sharing::Request amend;
  sharing::Decider reader;
  sharing::Decider amender;
  std::vector<bool> own;
};

ChangeScope::ChangeScope(const Engine& engine, const Plan& before, const Actor& author, const Timestamp& at)
    : engine_(engine), author_(author), at_(at),
      rights_before_(std::make_unique<Rights>(*detail::state_of(engine).policy, before, author, at)) {}

ChangeScope::~ChangeScope() = default;

void ChangeScope::address(const Json& content, const std::vector<std::string>& tokens, Reach reach) {
  const PartLocation location = locate_part(content, tokens);
  if (reach == Reach::touching && !location.part_level) return;  // a merge into a level above the parts
  auto record = [](std::vector<std::string>& into, const std::string& address) {
    if (std::find(into.begin(), into.end(), address) == into.end()) into.push_back(address);
  };
  record(addresses_, location.address);
  if (!location.personal_too.empty()) record(personal_addresses_, location.personal_too);
}

bool ChangeScope::allowed(const Plan* after) const {
  const Rights& before = *rights_before_;
  std::optional<Rights> candidate;
  if (after) candidate.emplace(*detail::state_of(engine_).policy, *after, author_, at_);
  for (const std::string& address : addresses_) {
    std::vector<std::size_t> in_before = before.select(address);
    const std::vector<std::size_t> in_after = candidate ? candidate->select(address) : std::vector<std::size_t>{};
    // A location that is in neither plan (an item added and renamed or removed within
    // the same patch, a position past the end): the nearest level above it decides.
    std::string level = address;
    while (in_before.empty() && in_after.empty() && !level.empty()) {
      const std::size_t slash = level.rfind('/');
      level = slash == std::string::npos ? std::string() : level.substr(0, slash);
      in_before = before.select(level);
    }
    if (!before.may_change(in_before)) return false;
    if (candidate && !candidate->may_change(in_after)) return false;
  }
  for (const std::string& address : personal_addresses_) {
    if (!before.may_change(before.select(address))) return false;
    if (candidate && !candidate->may_change(candidate->select(address))) return false;
  }
  return true;
}

bool widens_own_rights(const Engine& engine, const Plan& before, const Plan& after, const Actor& author,
                       const Timestamp& at) {
  const sharing::CompiledPolicy& policy = *detail::state_of(engine).policy;
  const ChangeScope::Rights was(policy, before, author, at);
  const ChangeScope::Rights now(policy, after, author, at);
  for (std::size_t p = 0; p < now.file.parts.size(); ++p) {
    const bool reads = now.reader.decide_in_place(p).allowed;
    const bool amends = now.amender.decide_in_place(p).allowed;
    if (!reads && !amends) continue;
    const sharing::PartId& id = now.file.parts[p].id;
    const std::vector<std::size_t> below = was.file.parts.select(id.value);  // the part and the parts below it
    const auto same = std::find_if(below.begin(), below.end(), [&](std::size_t q) { return was.file.parts[q].id == id; });
    if (same == below.end()) continue;  // created by this event
    const std::size_t q = *same;
    if ((reads && !was.reader.decide_in_place(q).allowed) || (amends && !was.amender.decide_in_place(q).allowed)) {
      return true;
    }
  }
  return false;
}

}  // namespace perspectief::workflow
