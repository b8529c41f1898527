// Compiling a region profile's "policy" section (docs/sharing.md, "Policy as
// data") together with the municipality's local choices. Every problem is
// collected with its JSON pointer; a policy that would relax a rule the
// sharing engine guarantees is refused here, at load time, not per decision.
#include <algorithm>
#include <limits>
#include <memory>
#include <set>

#include "engine_state.hpp"
#include "core/refusal.hpp"
#include "model/json_mapping.hpp"
#include "sharing/policy/compiled_policy.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief {
namespace sharing {
namespace {

// ---- The policy document -------------------------------------------------------

struct ChannelDoc {
  std::string code;
  bool secure = false;
  std::optional<std::string> note;
};

struct GrantDoc {
  std::string rule;
  std::vector<std::string> audience;
  std::vector<Action> actions;
  std::vector<Purpose> purposes;
  std::vector<std::string> channels;
  std::vector<std::string> parts;
  std::optional<std::string> note;  // why the region grants this, for readers of the profile
};

struct ConsentDoc {
  std::vector<Action> actions;
  std::vector<std::string> channels;
};

struct BreakGlassDoc {
  std::vector<Role> recipients;
  std::vector<std::string> channels;
};

struct PolicyDoc {
  std::vector<ChannelDoc> channels;
  std::vector<GrantDoc> grants;
  std::vector<std::string> safety_leefgebieden;
  std::vector<std::string> own_account;
  std::optional<ConsentDoc> consent;
  std::optional<BreakGlassDoc> break_glass;
};

}  // namespace
}  // namespace sharing

namespace detail {
using namespace sharing;
template <>
struct Fields<ChannelDoc> {
  static constexpr auto fields = std::make_tuple(field("code", &ChannelDoc::code),
                                                 defaulted_field("secure", &ChannelDoc::secure),
                                                 field("note", &ChannelDoc::note));
};
template <>
struct Fields<GrantDoc> {
  static constexpr auto fields = std::make_tuple(
      field("rule", &GrantDoc::rule), field("audience", &GrantDoc::audience), field("actions", &GrantDoc::actions),
      field("purposes", &GrantDoc::purposes), field("channels", &GrantDoc::channels),
      field("parts", &GrantDoc::parts), field("note", &GrantDoc::note));
};
template <>
struct Fields<ConsentDoc> {
  static constexpr auto fields =
      std::make_tuple(field("actions", &ConsentDoc::actions), field("channels", &ConsentDoc::channels));
};
template <>
struct Fields<BreakGlassDoc> {
  static constexpr auto fields =
      std::make_tuple(field("recipients", &BreakGlassDoc::recipients), field("channels", &BreakGlassDoc::channels));
};
template <>
struct Fields<PolicyDoc> {
  static constexpr auto fields = std::make_tuple(
      field("channels", &PolicyDoc::channels), field("grants", &PolicyDoc::grants),
      field("safety_leefgebieden", &PolicyDoc::safety_leefgebieden), field("own_account", &PolicyDoc::own_account),
      field("consent", &PolicyDoc::consent), field("break_glass", &PolicyDoc::break_glass));
};
}  // namespace detail

namespace sharing {
namespace {

constexpr std::string_view kWithheldListChoice = "sharing_withheld_list_roles";
constexpr std::string_view kProviderChannelsChoice = "sharing_provider_channels";

// Rules the engine applies whatever the policy says; a municipality cannot switch them off.
constexpr std::array kFloorRules{Rule::member_privacy, Rule::gemeente, Rule::consent_valid, Rule::log,
                                 Rule::default_deny};

constexpr std::array<std::pair<Standing, std::string_view>, kStandingCount> kStandingNames{{
    {Standing::family_member, "family_member"},
    {Standing::involved_lokaal_team, "involved_lokaal_team"},
    {Standing::perspectiefregisseur, "perspectiefregisseur"},
    {Standing::involved_gi, "involved_gi"},
    {Standing::toewijzing_holder, "toewijzing_holder"},
    {Standing::referrer, "referrer"},
}};

// Which relations each granting rule is about (its meaning fixes the audience).
StandingSet audiences_for(Rule rule) {
  StandingSet set;
  switch (rule) {
    case Rule::owner: set.set(bit(Standing::family_member)); break;
    case Rule::lt_involved:
    case Rule::lt_store: set.set(bit(Standing::involved_lokaal_team)); break;
    case Rule::share_hoofdaannemer: set.set(bit(Standing::toewijzing_holder)); break;
    case Rule::dwang_gi: set.set(bit(Standing::involved_gi)); break;
    case Rule::regie_mandate: set.set(bit(Standing::perspectiefregisseur)); break;
    case Rule::referrer_involved: set.set(bit(Standing::referrer)); break;
    case Rule::safety:
      set.set(bit(Standing::involved_lokaal_team));
      set.set(bit(Standing::perspectiefregisseur));
      set.set(bit(Standing::involved_gi));
      set.set(bit(Standing::toewijzing_holder));
      break;
    default: break;  // not a granting rule
  }
  return set;
}

class PolicyCompiler {
 public:
  explicit PolicyCompiler(const detail::EngineState& state) : state_(state), profile_(state.profile) {}

  std::shared_ptr<const CompiledPolicy> run() {
    read_document();
    if (problems_.empty()) {  // a document of the wrong shape would only cause follow-up problems
      compile_channels();
      compile_grants();
      compile_safety();
      compile_own_account();
      compile_consent();
      compile_break_glass();
      apply_withheld_list_choice();
      apply_provider_channels_choice();
    }
    check_floor_rules();
    if (!minimum_.empty()) {
      minimum_.insert(minimum_.end(), problems_.begin(), problems_.end());
      const std::string pointer = minimum_.front().pointer;
      const std::string message =
          "municipal settings would relax a minimum condition (R-MINIMUM): " + minimum_.front().message_en;
      throw Error(ErrorCode::minimum_condition, message, pointer, std::move(minimum_), {"R-MINIMUM"});
    }
    refuse_if_any(ErrorCode::profile, "sharing policy is not usable", std::move(problems_));
    policy_.index_grants();  // last: the local choices above may still change grants
    return std::make_shared<const CompiledPolicy>(std::move(policy_));
  }

 private:
  void add(std::string code, std::string pointer, std::string nl, std::string en, std::string rule = {}) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::move(rule)});
  }

  static std::string at(std::string_view base, std::size_t i) { return std::string(base) + "/" + std::to_string(i); }

  bool rule_enabled(Rule rule) const {
    const std::string id(rule_id(rule));
    if (profile_.is_minimum_condition(id)) return true;
    return std::find(state_.disabled_rules.begin(), state_.disabled_rules.end(), id) == state_.disabled_rules.end();
  }

  void read_document() {
    detail::Reader reader(problems_);
    reader.enter("policy");
    detail::read(profile_.policy, doc_, reader);
    reader.leave();
  }

  std::optional<std::size_t> channel(std::string_view code) const {
    for (std::size_t i = 0; i < doc_.channels.size(); ++i) {
      if (doc_.channels[i].code == code) return i;
    }
    return std::nullopt;
  }

  ChannelSet channel_set(const std::vector<std::string>& codes, const std::string& base) {
    ChannelSet set;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (auto index = channel(codes[i])) {
        set.set(*index);
      } else {
        add("PP-P-POLICY-CHANNEL", at(base, i), "kanaal '" + codes[i] + "' staat niet in /policy/channels",
            "channel '" + codes[i] + "' is not listed in /policy/channels");
      }
    }
    return set;
  }

  KindSet kind_set(const std::vector<std::string>& patterns, const std::string& base) {
    KindSet set;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      const auto kinds = kinds_matching(patterns[i]);
      if (kinds.empty()) {
        add("PP-P-POLICY-PART", at(base, i), "'" + patterns[i] + "' is geen soort onderdeel (zie docs/sharing.md)",
            "'" + patterns[i] + "' is not a kind of part (see docs/sharing.md)");
      }
      for (PartKind kind : kinds) set.set(bit(kind));
    }
    return set;
  }

  void compile_channels() {
    if (doc_.channels.size() > kMaxChannels) {
      add("PP-P-POLICY-CHANNELS", "/policy/channels", "hoogstens 32 kanalen", "at most 32 channels");
      return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < doc_.channels.size(); ++i) {
      const ChannelDoc& c = doc_.channels[i];
      if (c.code.empty() || !seen.insert(c.code).second) {
        add("PP-P-POLICY-CHANNEL-CODE", at("/policy/channels", i) + "/code",
            "kanaalcode is leeg of komt twee keer voor", "channel code is empty or appears twice");
      }
      policy_.channels.push_back(ChannelDef{c.code, c.secure});
    }
  }

  void compile_grants() {
    for (std::size_t g = 0; g < doc_.grants.size(); ++g) {
      const GrantDoc& doc = doc_.grants[g];
      const std::string base = at("/policy/grants", g);
      Grant grant;
      const auto rule = rule_from_id(doc.rule);
      const StandingSet allowed_audience = rule ? audiences_for(*rule) : StandingSet{};
      if (!rule || allowed_audience.none()) {
        add("PP-P-POLICY-RULE", base + "/rule",
            "'" + doc.rule + "' is geen regel die toegang geeft (R-OWNER, R-LT-INVOLVED, R-LT-STORE, "
                             "R-SHARE-HOOFDAANNEMER, R-SAFETY, R-DWANG-GI, R-REGIE-MANDATE, R-REFERRER-INVOLVED)",
            "'" + doc.rule + "' is not a rule that grants access (R-OWNER, R-LT-INVOLVED, R-LT-STORE, "
                             "R-SHARE-HOOFDAANNEMER, R-SAFETY, R-DWANG-GI, R-REGIE-MANDATE, R-REFERRER-INVOLVED)");
        continue;
      }
      grant.rule = *rule;
      grant.source_index = g;
      compile_audience(doc, base, allowed_audience, grant);
      for (Action a : doc.actions) grant.actions.set(bit(a));
      for (Purpose p : doc.purposes) grant.purposes.set(bit(p));
      grant.channels = channel_set(doc.channels, base + "/channels");
      grant.kinds = kind_set(doc.parts, base + "/parts");
      check_rule_meaning(grant, doc, base);
      if (rule_enabled(grant.rule)) policy_.grants.push_back(grant);
    }
  }

  void compile_audience(const GrantDoc& doc, const std::string& base, StandingSet allowed, Grant& grant) {
    for (std::size_t i = 0; i < doc.audience.size(); ++i) {
      const auto& name = doc.audience[i];
      auto it = std::find_if(kStandingNames.begin(), kStandingNames.end(),
                             [&](const auto& entry) { return entry.second == name; });
      if (it == kStandingNames.end()) {
        const bool gemeente = name == "gemeente";
        add("PP-P-POLICY-AUDIENCE", at(base + "/audience", i),
            gemeente ? "de gemeente buiten het lokale team krijgt het plan nooit (R-GEMEENTE)"
                     : "onbekende betrokkenheid '" + name + "'",
            gemeente ? "the municipality outside the lokale team never gets the plan (R-GEMEENTE)"
                     : "unknown relation '" + name + "'",
            gemeente ? "R-GEMEENTE" : "");
        continue;
      }
      if (!allowed.test(bit(it->first))) {
        add("PP-P-POLICY-AUDIENCE", at(base + "/audience", i),
            doc.rule + " gaat niet over '" + name + "'", doc.rule + " is not about '" + name + "'", doc.rule);
        continue;
      }
      grant.audience.set(bit(it->first));
    }
  }

  // What a rule means cannot be widened by data: each check names the rule it protects.
  void check_rule_meaning(const Grant& grant, const GrantDoc& doc, const std::string& base) {
    const std::string id(rule_id(grant.rule));
    if (grant.rule == Rule::lt_store && (grant.actions & ~ActionSet{}.set(bit(Action::store))).any()) {
      add("PP-P-POLICY-ACTION", base + "/actions", "R-LT-STORE gaat alleen over vastleggen (store)",
          "R-LT-STORE is only about storing (store)", id);
    }
    if (grant.rule == Rule::share_hoofdaannemer) {
      ActionSet receive;
      receive.set(bit(Action::read)).set(bit(Action::store));
      if ((grant.actions & ~receive).any()) {
        add("PP-P-POLICY-ACTION", base + "/actions", "de hoofdaannemer ontvangt (read, store); meer geeft de regel niet",
            "the hoofdaannemer receives (read, store); the rule gives no more", id);
      }
      for (std::size_t i = 0; i < doc.channels.size(); ++i) {
        auto index = channel(doc.channels[i]);
        if (index && !doc_.channels[*index].secure) {
          add("PP-P-POLICY-INSECURE", at(base + "/channels", i),
              "delen met de hoofdaannemer alleen via een beveiligd kanaal; '" + doc.channels[i] + "' is dat niet",
              "sharing with the hoofdaannemer only over a secure channel; '" + doc.channels[i] + "' is not", id);
        }
      }
    }
    if (grant.rule == Rule::safety && (grant.purposes & ~PurposeSet{}.set(bit(Purpose::veiligheid))).any()) {
      add("PP-P-POLICY-PURPOSE", base + "/purposes", "R-SAFETY deelt alleen voor het doel veiligheid",
          "R-SAFETY shares only for the purpose veiligheid", id);
    }
    // History entries carry event payloads with any member's content, so only
    // parties who see every part may get it (R-MEMBER-PRIVACY). R-SAFETY
    // releases safety content only, which the history never is.
    const bool filtered_audience =
        grant.rule != Rule::safety &&
        (grant.audience.test(bit(Standing::family_member)) || grant.audience.test(bit(Standing::toewijzing_holder)));
    if (filtered_audience && grant.kinds.test(bit(PartKind::history))) {
      add("PP-P-POLICY-HISTORY", base + "/parts",
          "de geschiedenis bevat informatie van alle gezinsleden; gezinsleden en aanbieders krijgen haar niet",
          "the history holds every member's information; family members and providers do not get it",
          "R-MEMBER-PRIVACY");
    }
  }

  void compile_safety() {
    for (std::size_t i = 0; i < doc_.safety_leefgebieden.size(); ++i) {
      const auto& code = doc_.safety_leefgebieden[i];
      if (!profile_.find_leefgebied(code)) {
        add("PP-P-POLICY-LEEFGEBIED", at("/policy/safety_leefgebieden", i),
            "leefgebied '" + code + "' bestaat niet in dit profiel", "leefgebied '" + code + "' is not in this profile",
            "R-SAFETY");
      }
      policy_.safety_leefgebieden.push_back(code);
    }
  }

  void compile_own_account() {
    policy_.own_account = kind_set(doc_.own_account, "/policy/own_account");
    // The family's own words are exactly what the objection keeps out of the team's dossier.
    const std::array family_words{PartKind::family_hulpvragen, PartKind::child_hulpvragen,
                                  PartKind::family_analysis, PartKind::child_analysis};
    for (PartKind kind : family_words) {
      if (policy_.own_account.test(bit(kind))) {
        add("PP-P-POLICY-OWN-ACCOUNT", "/policy/own_account",
            "hulpvragen en analyse zijn de woorden van het gezin en horen niet bij de eigen weergave",
            "hulpvragen and analysis are the family's own words, not the team's own account", "R-LT-STORE");
        break;
      }
    }
  }

  void compile_consent() {
    if (!doc_.consent || !rule_enabled(Rule::consent_age)) return;
    policy_.consent_enabled = true;
    for (Action a : doc_.consent->actions) policy_.consent_actions.set(bit(a));
    policy_.consent_channels = channel_set(doc_.consent->channels, "/policy/consent/channels");
  }

  void compile_break_glass() {
    if (!doc_.break_glass) return;
    // Only these recipients have a statutory basis to receive without consent:
    // Veilig Thuis (meldrecht, Wmo 2015 art. 5.2.6) and the GI carrying out a
    // supervision order (Jeugdwet 7.3.11 lid 4).
    for (std::size_t i = 0; i < doc_.break_glass->recipients.size(); ++i) {
      const Role role = doc_.break_glass->recipients[i];
      if (role != Role::veilig_thuis && role != Role::gi) {
        add("PP-P-POLICY-BREAK-GLASS", at("/policy/break_glass/recipients", i),
            "doorbreken zonder toestemming kan alleen naar veilig_thuis of gi",
            "break-glass without consent is only possible toward veilig_thuis or gi", "R-SAFETY-OVERRIDE");
        continue;
      }
      policy_.break_glass_recipients.set(bit(role));
    }
    policy_.break_glass_channels = channel_set(doc_.break_glass->channels, "/policy/break_glass/channels");
    policy_.break_glass_enabled = rule_enabled(Rule::safety_override);
  }

  void check_floor_rules() {
    for (std::size_t i = 0; i < state_.disabled_rules.size(); ++i) {
      const auto rule = rule_from_id(state_.disabled_rules[i]);
      if (rule && std::find(kFloorRules.begin(), kFloorRules.end(), *rule) != kFloorRules.end()) {
        add("PP-P-POLICY-FLOOR", at("/disabled_rules", i),
            state_.disabled_rules[i] + " geldt altijd bij het delen en kan niet worden uitgezet",
            state_.disabled_rules[i] + " always applies to sharing and cannot be switched off",
            state_.disabled_rules[i]);
      }
    }
  }

  // Where a local choice's value came from, for the pointer of a problem.
  std::string choice_pointer(std::string_view key) const {
    if (state_.settings && state_.settings->local_choices.contains(key)) {
      return "/local_choices/" + json_pointer_escape(key);
    }
    for (std::size_t i = 0; i < profile_.local_choices.size(); ++i) {
      if (profile_.local_choices[i].key == key) return at("/local_choices", i) + "/default";
    }
    return "/local_choices/" + json_pointer_escape(key);
  }

  const Json* choice(std::string_view key) const {
    auto it = state_.local_choices.find(key);
    return it == state_.local_choices.end() ? nullptr : &*it;
  }

  void apply_withheld_list_choice() {
    const Json* value = choice(kWithheldListChoice);
    if (!value) return;  // the profile offers no such choice: nobody sees the list
    const std::string base = choice_pointer(kWithheldListChoice);
    if (!value->is_array()) {
      add("PP-P-CHOICE-VALUE", base, "verwacht een lijst van rollen", "expected an array of roles");
      return;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      const Json& item = (*value)[i];
      const auto role = item.is_string() ? enum_from_string<Role>(item.get<std::string>()) : std::nullopt;
      if (!role) {
        add("PP-P-CHOICE-VALUE", at(base, i), "geen rol: " + item.dump(), "not a role: " + item.dump());
        continue;
      }
      policy_.withheld_list_roles.set(bit(*role));
    }
  }

  // A municipality picks the secure channels its providers use; R-SHARE-HOOFDAANNEMER
  // ("only over secured e-mail", 000) forbids picking an insecure one.
  void apply_provider_channels_choice() {
    const Json* value = choice(kProviderChannelsChoice);
    if (!value) return;
    const std::string base = choice_pointer(kProviderChannelsChoice);
    if (!value->is_array()) {
      add("PP-P-CHOICE-VALUE", base, "verwacht een lijst van kanalen", "expected an array of channels");
      return;
    }
    const std::string rule(rule_id(Rule::share_hoofdaannemer));
    const bool minimum = profile_.is_minimum_condition(rule);
    ChannelSet chosen;
    for (std::size_t i = 0; i < value->size(); ++i) {
      const Json& item = (*value)[i];
      const auto index = item.is_string() ? policy_.channel_index(item.get<std::string>()) : std::nullopt;
      if (!index) {
        add("PP-P-CHOICE-VALUE", at(base, i), "onbekend kanaal: " + item.dump(), "unknown channel: " + item.dump());
        continue;
      }
      if (!policy_.channels[*index].secure) {
        auto& target = minimum ? minimum_ : problems_;
        target.push_back(Problem{
            minimum ? "PP-P-MINIMUM" : "PP-P-POLICY-INSECURE", at(base, i),
            "kanaal " + item.dump() + " is niet beveiligd; " + rule + " staat delen met de hoofdaannemer alleen "
                "via een beveiligd kanaal toe" + (minimum ? " (minimale voorwaarde)" : ""),
            "channel " + item.dump() + " is not secure; " + rule + " allows sharing with the hoofdaannemer only "
                "over a secure channel" + (minimum ? " (a minimum condition)" : ""),
            minimum ? "R-MINIMUM" : rule});
        continue;
      }
      chosen.set(*index);
    }
    for (Grant& grant : policy_.grants) {
      if (grant.rule == Rule::share_hoofdaannemer) grant.channels = chosen;
    }
  }

  const detail::EngineState& state_;
  const RegionProfile& profile_;
  PolicyDoc doc_;
  CompiledPolicy policy_;
  std::vector<Problem> problems_;
  std::vector<Problem> minimum_;
};

}  // namespace

std::string_view standing_name(Standing standing) { return kStandingNames[bit(standing)].second; }

std::optional<std::size_t> CompiledPolicy::channel_index(std::string_view code) const {
  for (std::size_t i = 0; i < channels.size(); ++i) {
    if (channels[i].code == code) return i;
  }
  return std::nullopt;
}

void CompiledPolicy::index_grants() {
  if (grants.size() > std::numeric_limits<std::uint16_t>::max()) {
    throw Error(ErrorCode::profile, "sharing policy has more grants than a policy may have (65535)", "/policy/grants");
  }
  for (std::size_t action = 0; action < kActionCount; ++action) {
    for (std::size_t purpose = 0; purpose < kPurposeCount; ++purpose) {
      for (std::size_t kind = 0; kind < kPartKindCount; ++kind) {
        std::vector<std::uint16_t>& tried = grant_index_[(action * kPurposeCount + purpose) * kPartKindCount + kind];
        for (std::size_t g = 0; g < grants.size(); ++g) {
          if (grants[g].actions[action] && grants[g].purposes[purpose] && grants[g].kinds[kind]) {
            tried.push_back(static_cast<std::uint16_t>(g));
          }
        }
      }
    }
  }
}

bool CompiledPolicy::is_safety_leefgebied(std::string_view code) const {
  return std::find(safety_leefgebieden.begin(), safety_leefgebieden.end(), code) != safety_leefgebieden.end();
}

std::shared_ptr<const CompiledPolicy> compile(const detail::EngineState& state) {
  static_assert(EnumNames<Role>::table.size() == kRoleCount, "RoleSet must hold every role");
  static_assert(EnumNames<Action>::table.size() == kActionCount && EnumNames<Purpose>::table.size() == kPurposeCount);
  return PolicyCompiler(state).run();
}

}  // namespace sharing
}  // namespace perspectief
