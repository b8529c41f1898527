// The region's sharing policy, compiled once when the engine loads
// (compile_policy.cpp) into bitsets and small tables, so that deciding a
// request is set tests and no text is parsed or compared per part.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/sharing.hpp"
#include "perspectief/vocabulary.hpp"
#include "sharing/policy/rules.hpp"

namespace perspectief::sharing {

// A verified relation to the case (standing.cpp decides who has which).
enum class Standing : std::uint8_t {
  family_member,         // a member of this plan's family, as listed in the plan
  involved_lokaal_team,  // a lokale-team worker the plan records as involved (or acting for one)
  perspectiefregisseur,  // the plan's perspectiefregisseur (002)
  involved_gi,           // the GI recorded on a plan in the dwangkader
  toewijzing_holder,     // a provider holding an active toewijzing in this plan
  referrer,              // the plan's referrer, in a role that refers (vocabulary.hpp, may_refer)
};
inline constexpr std::size_t kStandingCount = static_cast<std::size_t>(Standing::referrer) + 1;
using StandingSet = std::bitset<kStandingCount>;
std::string_view standing_name(Standing standing);

inline constexpr std::size_t kActionCount = 4;
inline constexpr std::size_t kPurposeCount = 6;
inline constexpr std::size_t kMaxChannels = 32;
inline constexpr std::size_t kRoleCount = static_cast<std::size_t>(Role::rechter) + 1;
using ActionSet = std::bitset<kActionCount>;
using PurposeSet = std::bitset<kPurposeCount>;
using ChannelSet = std::bitset<kMaxChannels>;
using KindSet = std::bitset<kPartKindCount>;
using RoleSet = std::bitset<kRoleCount>;

template <class E>
constexpr std::size_t bit(E value) {
  return static_cast<std::size_t>(value);
}

// One permission of the policy: parties with one of `audience` may do one of
// `actions` for one of `purposes` over one of `channels` with parts of `kinds`.
// What the rule adds beyond that (which parts are relevant to a toewijzing,
// member privacy, the recording objection) is the rule's meaning, in decider.cpp.
struct Grant {
  Rule rule{};
  StandingSet audience;
  ActionSet actions;
  PurposeSet purposes;
  ChannelSet channels;
  KindSet kinds;
  std::size_t source_index = 0;  // its index in /policy/grants, for problems found later
};

struct ChannelDef {
  std::string code;
  bool secure = false;
};

class CompiledPolicy {
 public:
  std::vector<ChannelDef> channels;
  // Tried in policy order; the first grant that allows a part decides it.
  std::vector<Grant> grants;
  std::vector<std::string> safety_leefgebieden;  // R-SAFETY: which leefgebieden hold safety information
  KindSet own_account;                           // R-LT-STORE: what the team stores when the family objects
  bool consent_enabled = false;                  // R-CONSENT-AGE
  ActionSet consent_actions;
  ChannelSet consent_channels;
  bool break_glass_enabled = false;              // R-SAFETY-OVERRIDE
  RoleSet break_glass_recipients;
  ChannelSet break_glass_channels;
  RoleSet withheld_list_roles;                   // local choice: who may see the list of withheld parts

  // The positions of the grants, in policy order, whose actions, purposes and kinds
  // include these: all that a part's decision needs to try (index_grants makes them once).
  std::span<const std::uint16_t> grants_for(Action action, Purpose purpose, PartKind kind) const {
    return grant_index_[(bit(action) * kPurposeCount + bit(purpose)) * kPartKindCount + bit(kind)];
  }
  // Fills grants_for from `grants`; the compiler calls it once they are final.
  void index_grants();

  // The channel's position, or nullopt when the region does not know it.
  std::optional<std::size_t> channel_index(std::string_view code) const;
  bool is_safety_leefgebied(std::string_view code) const;

 private:
  std::array<std::vector<std::uint16_t>, kActionCount * kPurposeCount * kPartKindCount> grant_index_;
};

}  // namespace perspectief::sharing
