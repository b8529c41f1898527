// JSON mapping of the sharing types (see sharing_json.hpp and docs/sharing.md).
#include "sharing/release/sharing_json.hpp"
#include "core/refusal.hpp"

#include "model/json_mapping.hpp"
#include "model/text_mapping.hpp"

namespace perspectief {
namespace sharing {

// A part address is a JSON string (found by argument-dependent lookup from the mapping).
inline void read_value(const Json& j, PartId& out, detail::Reader& r) {
  if (!j.is_string()) return detail::wrong_type(r, j, "een adres van een onderdeel", "a part address");
  out.value = j.get<std::string>();
}
inline Json write_value(const PartId& id) { return id.value; }
inline void text_value(const PartId& id, std::string& out) { detail::append_json_string(out, id.value); }

}  // namespace sharing

namespace detail {
using namespace sharing;

template <>
struct Fields<Party> {
  using T = Party;
  static constexpr auto fields = std::make_tuple(
      field("role", &T::role), field("person", &T::person), field("name", &T::name),
      field("organisation", &T::organisation), field("member", &T::member),
      field("on_behalf_of", &T::on_behalf_of), field("toewijzing", &T::toewijzing));
};
template <>
struct Fields<BreakGlass> {
  using T = BreakGlass;
  static constexpr auto fields = std::make_tuple(
      field("reason", &T::reason));
};
template <>
struct Fields<Request> {
  using T = Request;
  static constexpr auto fields = std::make_tuple(
      field("requester", &T::requester), field("recipient", &T::recipient), field("action", &T::action),
      field("purpose", &T::purpose), field("parts", &T::parts), field("channel", &T::channel),
      field("at", &T::at), field("break_glass", &T::break_glass));
};
template <>
struct Fields<Obligation> {
  using T = Obligation;
  static constexpr auto fields = std::make_tuple(
      field("code", &T::code), field("rule", &T::rule), field("nl", &T::nl), field("en", &T::en));
};
template <>
struct Fields<PartDecision> {
  using T = PartDecision;
  static constexpr auto fields = std::make_tuple(
      field("part", &T::part), field("decision", &T::decision), field("rules", &T::rules),
      field("reason", &T::reason));
};
template <>
struct Fields<Decision> {
  using T = Decision;
  static constexpr auto fields = std::make_tuple(
      field("decision", &T::decision), field("rules", &T::rules), field("obligations", &T::obligations),
      field("parts", &T::parts), field("explanation_nl", &T::explanation_nl),
      field("explanation_en", &T::explanation_en), field("break_glass", &T::break_glass));
};
template <>
struct Fields<DisclosureParty> {
  using T = DisclosureParty;
  static constexpr auto fields = std::make_tuple(
      field("person", &T::person), field("name", &T::name), field("role", &T::role),
      field("organisation", &T::organisation));
};
template <>
struct Fields<DisclosureClient> {
  using T = DisclosureClient;
  static constexpr auto fields = std::make_tuple(
      field("plan", &T::plan), field("plan_version", &T::plan_version), field("members", &T::members),
      field("family", &T::family));
};
template <>
struct Fields<DisclosureRecord> {
  using T = DisclosureRecord;
  static constexpr auto fields = std::make_tuple(
      field("format", &T::format), field("outcome", &T::outcome), field("event", &T::event),
      field("at", &T::at), field("client", &T::client), field("user", &T::user),
      field("responsible_user", &T::responsible_user), field("recipient", &T::recipient),
      field("channel", &T::channel), field("objects", &T::objects), field("purpose", &T::purpose),
      field("rules", &T::rules), field("break_glass", &T::break_glass),
      field("break_glass_reason", &T::break_glass_reason));
};
template <>
struct Fields<WithheldPart> {
  using T = WithheldPart;
  static constexpr auto fields = std::make_tuple(
      field("part", &T::part), field("rules", &T::rules));
};

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

Party party_from_json(const Json& json) { return detail::read_or_refuse<Party>(json, "party"); }

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

std::string to_text(const View& view, const std::function<void(std::string&)>& write_content) {
  // The members of to_json(View) above, in the order of their names.
  const auto record_or_null = [](const std::optional<DisclosureRecord>& record, std::string& out) {
    if (record) {
      detail::write_text(*record, out);
    } else {
      out += "null";
    }
  };
  std::string out;
  detail::ObjectText document(out);
  detail::write_text(view.decision, document.member("decision"));
  record_or_null(view.disclosure, document.member("disclosure"));
  record_or_null(view.refusal, document.member("refusal"));
  write_content(document.member("view"));
  if (view.withheld) detail::write_text(*view.withheld, document.member("withheld"));
  document.close();
  return out;
}

}  // namespace sharing
}  // namespace perspectief
