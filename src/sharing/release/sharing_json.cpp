// JSON mapping of the sharing types (see sharing_json.hpp and docs/sharing.md).
#include "sharing/release/sharing_json.hpp"
#include "core/refusal.hpp"

#include "model/json_mapping.hpp"

namespace perspectief {
namespace sharing {

// A part address is a JSON string (found by argument-dependent lookup from the mapping).
inline void read_value(const Json& j, PartId& out, detail::Reader& r) {
  if (!j.is_string()) return detail::wrong_type(r, j, "een adres van een onderdeel", "a part address");
  out.value = j.get<std::string>();
}
inline Json write_value(const PartId& id) { return id.value; }

}  // namespace sharing

namespace detail {
using namespace sharing;

PP_DEFINE_FIELDS(Party, field("role", &Party::role), field("person", &Party::person), field("name", &Party::name),
          field("organisation", &Party::organisation), field("member", &Party::member),
          field("on_behalf_of", &Party::on_behalf_of), field("toewijzing", &Party::toewijzing));
PP_DEFINE_FIELDS(BreakGlass, field("reason", &BreakGlass::reason));
PP_DEFINE_FIELDS(Request, field("requester", &Request::requester), field("recipient", &Request::recipient),
          field("action", &Request::action), field("purpose", &Request::purpose), field("parts", &Request::parts),
          field("channel", &Request::channel), field("at", &Request::at),
          field("break_glass", &Request::break_glass));
PP_DEFINE_FIELDS(Obligation, field("code", &Obligation::code), field("rule", &Obligation::rule),
          field("nl", &Obligation::nl), field("en", &Obligation::en));
PP_DEFINE_FIELDS(PartDecision, field("part", &PartDecision::part), field("decision", &PartDecision::decision),
          field("rules", &PartDecision::rules), field("reason", &PartDecision::reason));
PP_DEFINE_FIELDS(Decision, field("decision", &Decision::decision), field("rules", &Decision::rules),
          field("obligations", &Decision::obligations), field("parts", &Decision::parts),
          field("explanation_nl", &Decision::explanation_nl), field("explanation_en", &Decision::explanation_en),
          field("break_glass", &Decision::break_glass));
PP_DEFINE_FIELDS(DisclosureParty, field("person", &DisclosureParty::person), field("name", &DisclosureParty::name),
          field("role", &DisclosureParty::role), field("organisation", &DisclosureParty::organisation));
PP_DEFINE_FIELDS(DisclosureClient, field("plan", &DisclosureClient::plan),
          field("plan_version", &DisclosureClient::plan_version), field("members", &DisclosureClient::members),
          field("family", &DisclosureClient::family));
PP_DEFINE_FIELDS(DisclosureRecord, field("format", &DisclosureRecord::format),
          field("outcome", &DisclosureRecord::outcome), field("event", &DisclosureRecord::event),
          field("at", &DisclosureRecord::at), field("client", &DisclosureRecord::client),
          field("user", &DisclosureRecord::user), field("responsible_user", &DisclosureRecord::responsible_user),
          field("recipient", &DisclosureRecord::recipient), field("channel", &DisclosureRecord::channel),
          field("objects", &DisclosureRecord::objects), field("purpose", &DisclosureRecord::purpose),
          field("rules", &DisclosureRecord::rules), field("break_glass", &DisclosureRecord::break_glass),
          field("break_glass_reason", &DisclosureRecord::break_glass_reason));
PP_DEFINE_FIELDS(WithheldPart, field("part", &WithheldPart::part), field("rules", &WithheldPart::rules));

}  // namespace detail

namespace sharing {

Request read_request(const Json& json, std::vector<Problem>& problems, std::optional<std::size_t> index) {
  detail::Reader reader(problems);
  if (index) reader.enter(*index);
  Request request;
  detail::read(json, request, reader);
  return request;
}

Request request_from_json(const Json& json) {
  std::vector<Problem> problems;
  Request request = read_request(json, problems);
  refuse_if_any(ErrorCode::schema, "sharing request does not have the expected shape", std::move(problems));
  return request;
}

Json to_json(const Request& request) { return detail::write(request); }
Json to_json(const Decision& decision) { return detail::write(decision); }
Json to_json(const DisclosureRecord& record) { return detail::write(record); }

// {view, decision, withheld?, disclosure, refusal}: disclosure is the record of a
// release (null when nothing was released), refusal the record of a refused attempt
// (null when something was).
Json to_json(const View& view) {
  Json out = Json::object();
  out["view"] = view.view;
  out["decision"] = to_json(view.decision);
  if (view.withheld) out["withheld"] = detail::write(*view.withheld);
  out["disclosure"] = view.disclosure ? to_json(*view.disclosure) : Json(nullptr);
  out["refusal"] = view.refusal ? to_json(*view.refusal) : Json(nullptr);
  return out;
}

}  // namespace sharing
}  // namespace perspectief
