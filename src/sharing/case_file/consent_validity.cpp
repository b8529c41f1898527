// R-CONSENT-VALID (see consent_validity.hpp).
#include "sharing/case_file/consent_validity.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "perspectief/time.hpp"

namespace perspectief::sharing {
namespace {

constexpr std::string_view kRule = "R-CONSENT-VALID";

bool eight_digits(std::string_view id) {
  return id.size() == 8 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string at(const std::string& base, std::size_t i) { return base + "/" + std::to_string(i); }

class ConsentChecker {
 public:
  ConsentChecker(const Plan& plan, const CompiledPolicy& policy, std::size_t index)
      : plan_(plan), policy_(policy), consent_(plan.consents[index]), base_("/consents/" + std::to_string(index)) {}

  std::vector<Problem> run() {
    check_members();
    check_recipients();
    check_purposes();
    check_actions();
    check_period();
    return std::move(problems_);
  }

 private:
  void add(std::string code, std::string pointer, std::string nl, std::string en) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::string(kRule)});
  }

  void member_ref(const std::string& id, const std::string& pointer) {
    if (!find_member(plan_, id)) {
      add("PP-V-MEMBER-REF", pointer, "gezinslid '" + id + "' bestaat niet", "member '" + id + "' does not exist");
    }
  }

  void check_members() {
    member_ref(consent_.subject, base_ + "/subject");
    if (consent_.given_by.empty()) {
      add("PP-V-CONSENT-GIVER", base_ + "/given_by", "toestemming noemt wie haar gaf", "a consent names who gave it");
    }
    for (std::size_t i = 0; i < consent_.given_by.size(); ++i) member_ref(consent_.given_by[i], at(base_ + "/given_by", i));
  }

  void check_recipients() {
    if (consent_.recipients.empty()) {
      add("PP-V-CONSENT-RECIPIENT", base_ + "/recipients",
          "toestemming noemt aan wie: een organisatie (AGB-code of KvK-nummer) of een persoon",
          "a consent names its recipient: an organisation (AGB code or KvK number) or a person");
    }
    for (std::size_t i = 0; i < consent_.recipients.size(); ++i) {
      const std::string& text = consent_.recipients[i];
      const std::string pointer = at(base_ + "/recipients", i);
      if (parse_consent_recipient(text)) continue;
      if (enum_from_string<Role>(text)) {
        add("PP-V-CONSENT-RECIPIENT-ROLE", pointer,
            "'" + text + "' is een rol, geen ontvanger: noem de organisatie (agb:..., kvk:...) of de persoon",
            "'" + text + "' is a role, not a recipient: name the organisation (agb:..., kvk:...) or the person");
      } else {
        add("PP-V-CONSENT-RECIPIENT", pointer,
            "ontvanger '" + text + "' is geen agb:<8 cijfers>, kvk:<8 cijfers>, person:<id> of member:<gezinslid>",
            "recipient '" + text + "' is not agb:<8 digits>, kvk:<8 digits>, person:<id> or member:<member id>");
      }
    }
    for (std::size_t i = 0; i < consent_.recipients.size(); ++i) {
      const auto r = parse_consent_recipient(consent_.recipients[i]);
      if (r && r->kind == ConsentRecipient::Kind::member) member_ref(r->id, at(base_ + "/recipients", i));
    }
  }

  void check_purposes() {
    if (consent_.purposes.empty()) {
      add("PP-V-CONSENT-PURPOSE", base_ + "/purposes", "toestemming noemt het doel", "a consent names its purpose");
    }
    for (std::size_t i = 0; i < consent_.purposes.size(); ++i) {
      if (!enum_from_string<Purpose>(consent_.purposes[i])) {
        add("PP-V-CONSENT-PURPOSE", at(base_ + "/purposes", i),
            "doel '" + consent_.purposes[i] + "' staat niet in de woordenlijst (" + vocabulary<Purpose>() + ")",
            "purpose '" + consent_.purposes[i] + "' is not in the vocabulary (" + vocabulary<Purpose>() + ")");
      }
    }
  }

  void check_actions() {
    if (consent_.actions.empty()) {
      add("PP-V-CONSENT-ACTION", base_ + "/actions", "toestemming noemt de handelingen (read, store, ...)",
          "a consent names its actions (read, store, ...)");
    }
    for (std::size_t i = 0; i < consent_.actions.size(); ++i) {
      const auto action = enum_from_string<Action>(consent_.actions[i]);
      // Where the region lets consent allow only some actions, only those can be consented to.
      const bool allowed = action && (!policy_.consent_enabled || policy_.consent_actions.test(bit(*action)));
      if (!allowed) {
        add("PP-V-CONSENT-ACTION", at(base_ + "/actions", i),
            "handeling '" + consent_.actions[i] + "' kan in deze regio niet met toestemming",
            "action '" + consent_.actions[i] + "' cannot be consented to in this region");
      }
    }
  }

  void check_period() {
    const auto from = parse_moment(consent_.from.value);
    if (!from) {
      add("PP-V-CONSENT-PERIOD", base_ + "/from", "toestemming noemt vanaf wanneer zij geldt",
          "a consent names from when it holds");
      return;
    }
    const auto until = consent_.until ? parse_moment(consent_.until->value) : std::nullopt;
    if (until && *until <= *from) {
      add("PP-V-CONSENT-PERIOD", base_ + "/until", "de toestemming eindigt niet na haar begin",
          "the consent does not end after it begins");
    }
    const auto withdrawn = consent_.withdrawn_at ? parse_moment(consent_.withdrawn_at->value) : std::nullopt;
    if (withdrawn && *withdrawn < *from) {
      add("PP-V-CONSENT-PERIOD", base_ + "/withdrawn_at", "de toestemming is ingetrokken voordat zij begon",
          "the consent was withdrawn before it began");
    }
  }

  template <class E>
  static std::string vocabulary() {
    std::string out;
    for (const auto& [value, spelling] : EnumNames<E>::table) out += (out.empty() ? "" : ", ") + std::string(spelling);
    return out;
  }

  const Plan& plan_;
  const CompiledPolicy& policy_;
  const Consent& consent_;
  const std::string base_;
  std::vector<Problem> problems_;
};

}  // namespace

std::optional<ConsentRecipient> parse_consent_recipient(std::string_view text) {
  constexpr std::array<std::pair<std::string_view, ConsentRecipient::Kind>, 4> kPrefixes{{
      {"agb:", ConsentRecipient::Kind::agb},
      {"kvk:", ConsentRecipient::Kind::kvk},
      {"person:", ConsentRecipient::Kind::person},
      {"member:", ConsentRecipient::Kind::member},
  }};
  for (const auto& [prefix, kind] : kPrefixes) {
    if (!text.starts_with(prefix)) continue;
    const std::string_view id = text.substr(prefix.size());
    const bool organisation = kind == ConsentRecipient::Kind::agb || kind == ConsentRecipient::Kind::kvk;
    if (organisation ? !eight_digits(id) : id.empty()) return std::nullopt;
    return ConsentRecipient{kind, std::string(id)};
  }
  return std::nullopt;
}

std::vector<Problem> consent_problems(const Plan& plan, const CompiledPolicy& policy, std::size_t index) {
  return ConsentChecker(plan, policy, index).run();
}

}  // namespace perspectief::sharing
