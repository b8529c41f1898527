// Checking a request before deciding it (see request_checks.hpp).
#include "sharing/decider/request_checks.hpp"
#include "core/refusal.hpp"

#include <algorithm>

#include "core/person_id.hpp"
#include "perspectief/time.hpp"
#include "sharing/case_file/part_index.hpp"

namespace perspectief::sharing {
namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

void check_party(const Party& party, const std::string& base, std::vector<Problem>& problems) {
  if (const auto flaw = person_id_flaw(party.person)) {
    problems.push_back(Problem{"PP-D-PERSON", base + "/person", "noem de natuurlijke persoon die handelt of ontvangt: " + flaw->message_nl,
                               "name the natural person who acts or receives: " + flaw->message_en, "R-LOG"});
  }
  // The responsible user on whose behalf the person acts is logged too (NEN 7513).
  if (party.on_behalf_of) {
    if (const auto flaw = person_id_flaw(*party.on_behalf_of)) {
      problems.push_back(Problem{"PP-D-PERSON", base + "/on_behalf_of", "namens wie: " + flaw->message_nl,
                                 "on behalf of: " + flaw->message_en, "R-LOG"});
    }
  }
  const bool family = is_family_role(party.role);
  if (family && !party.member) {
    problems.push_back(Problem{"PP-D-MEMBER", base + "/member", "een gezinslid noemt zijn member-id in dit plan",
                               "a family member names their member id in this plan", "R-OWNER"});
  }
}

}  // namespace

void check_parties(const Party& requester, const Party* recipient, Action action, const BreakGlass* break_glass,
                   std::vector<Problem>& problems) {
  check_party(requester, "/requester", problems);
  if (recipient) check_party(*recipient, "/recipient", problems);
  if (action == Action::forward && !recipient) {
    problems.push_back(Problem{"PP-D-RECIPIENT", "/recipient", "verstrekken (forward) noemt de ontvanger",
                               "forward names the recipient", ""});
  }
  if (action != Action::forward && recipient) {
    problems.push_back(Problem{"PP-D-RECIPIENT", "/recipient", "alleen verstrekken (forward) heeft een ontvanger",
                               "only forward has a recipient", ""});
  }
  if (break_glass) {
    if (blank(break_glass->reason)) {
      problems.push_back(Problem{"PP-D-BREAK-GLASS-REASON", "/break_glass/reason",
                                 "doorbreken zonder toestemming vraagt altijd een reden",
                                 "break-glass always needs a stated reason", "R-SAFETY-OVERRIDE"});
    }
    if (action != Action::forward) {
      problems.push_back(Problem{"PP-D-BREAK-GLASS-ACTION", "/break_glass",
                                 "doorbreken is verstrekken (forward) aan Veilig Thuis of de GI",
                                 "break-glass is a forward to Veilig Thuis or the GI", "R-SAFETY-OVERRIDE"});
    }
  }
}

std::vector<Problem> check_request(const CompiledPolicy& policy, const Request& request) {
  std::vector<Problem> problems;
  check_parties(request.requester, request.recipient ? &*request.recipient : nullptr, request.action,
                request.break_glass ? &*request.break_glass : nullptr, problems);
  if (!policy.channel_index(request.channel)) {
    std::string known;
    for (const ChannelDef& c : policy.channels) known += (known.empty() ? "" : ", ") + c.code;
    problems.push_back(Problem{"PP-D-CHANNEL", "/channel",
                               "onbekend kanaal '" + request.channel + "'; de regio kent: " + known,
                               "unknown channel '" + request.channel + "'; the region knows: " + known, ""});
  }
  if (!parse_moment(request.at.value)) {
    problems.push_back(Problem{"PP-D-AT", "/at", "geen geldig tijdstip met tijdzone (RFC 3339)",
                               "not a valid RFC 3339 timestamp with offset", ""});
  }
  for (std::size_t i = 0; i < request.parts.size(); ++i) {
    if (!is_valid_address(request.parts[i].value)) {
      problems.push_back(Problem{"PP-D-PART-ADDRESS", "/parts/" + std::to_string(i),
                                 "'" + request.parts[i].value + "' is geen adres van een onderdeel (zie docs/sharing.md)",
                                 "'" + request.parts[i].value + "' is not a part address (see docs/sharing.md)", ""});
    }
  }
  return problems;
}

void throw_request_problems(std::vector<Problem> problems) {
  refuse_if_any(ErrorCode::schema, "sharing request is not usable", std::move(problems));
}

}  // namespace perspectief::sharing
