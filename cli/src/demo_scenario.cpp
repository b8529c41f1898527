#include "demo_scenario.hpp"

#include "arguments.hpp"

namespace cli {
namespace {

// Reads members of one JSON object, reporting problems with their pointer.
class Reader {
 public:
  Reader(const Json& object, std::string pointer, const std::string& source)
      : object_(object), pointer_(std::move(pointer)), source_(source) {
    if (!object_.is_object()) fail(pointer_, "an object");
  }

  std::string text(const char* member) const {
    const Json& value = required(member);
    if (!value.is_string()) fail(at(member), "a string");
    return value.get<std::string>();
  }
  std::string text_or(const char* member, const std::string& fallback) const {
    return object_.contains(member) ? text(member) : fallback;
  }
  const Json& array(const char* member) const {
    const Json& value = required(member);
    if (!value.is_array()) fail(at(member), "an array");
    return value;
  }
  const Json& object(const char* member) const {
    const Json& value = required(member);
    if (!value.is_object()) fail(at(member), "an object");
    return value;
  }
  Json optional(const char* member) const { return object_.value(member, Json()); }
  std::string at(const std::string& member) const { return pointer_ + "/" + member; }

  [[noreturn]] void fail(const std::string& pointer, const std::string& expected) const {
    throw InputError("demo scenario " + source_ + ": expected " + expected + " at " + (pointer.empty() ? "/" : pointer));
  }

 private:
  const Json& required(const char* member) const {
    if (!object_.contains(member)) fail(at(member), "a member '" + std::string(member) + "'");
    return object_.at(member);
  }
  const Json& object_;
  std::string pointer_;
  const std::string& source_;
};

}  // namespace

Scenario read_scenario(const std::string& text, const std::string& source) {
  const Json document = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) throw InputError("demo scenario " + source + " is not JSON");
  const Reader root(document, "", source);
  if (root.text("format") != "perspectief/demo-scenario@1") root.fail("/format", "\"perspectief/demo-scenario@1\"");

  Scenario scenario;
  scenario.title = root.object("title");
  scenario.profile = root.text("profile");
  scenario.family_file = root.text("family");
  const Json& people = root.object("people");
  for (auto it = people.begin(); it != people.end(); ++it) {
    Reader(it.value(), "/people/" + it.key(), source).text("role");  // an actor at least names its role
    scenario.people[it.key()] = it.value();
  }
  const auto person = [&](const std::string& id, const std::string& pointer) {
    if (!scenario.people.count(id)) root.fail(pointer, "one of the ids under /people");
    return id;
  };

  const Json& audience = root.array("audience");
  for (std::size_t i = 0; i < audience.size(); ++i) {
    const std::string pointer = "/audience/" + std::to_string(i);
    const Reader entry(audience[i], pointer, source);
    DemoAudience member;
    member.label = entry.text("label");
    member.requester = person(entry.text("requester"), pointer + "/requester");
    member.purpose = entry.text("purpose");
    member.channel = entry.text("channel");
    member.requester_fields = entry.optional("requester_fields");
    scenario.audience.push_back(std::move(member));
  }

  const Json& steps = root.array("steps");
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const std::string pointer = "/steps/" + std::to_string(i);
    const Reader entry(steps[i], pointer, source);
    DemoStep step;
    step.event = entry.text("event");
    step.by = person(entry.text("by"), pointer + "/by");
    step.at = entry.text("at");
    step.why = entry.text_or("why", "");
    const std::string expect = entry.text_or("expect", "applied");
    if (expect != "applied" && expect != "rejected") entry.fail(entry.at("expect"), "\"applied\" or \"rejected\"");
    step.expect_applied = expect == "applied";
    step.payload = entry.optional("payload");
    step.from_family = entry.optional("from_family");
    step.initial_content = entry.optional("initial_content") == Json(true);
    scenario.steps.push_back(std::move(step));
  }

  if (document.contains("views")) {
    const Json& views = root.array("views");
    for (std::size_t i = 0; i < views.size(); ++i) {
      const std::string pointer = "/views/" + std::to_string(i);
      const Reader entry(views[i], pointer, source);
      DemoView view;
      const Json step = entry.optional("after_step");
      if (!step.is_number_integer() || step.get<int>() < 1 || step.get<std::size_t>() > scenario.steps.size()) {
        entry.fail(entry.at("after_step"), "a step number from 1 to " + std::to_string(scenario.steps.size()));
      }
      view.after_step = step.get<int>();
      view.audience = entry.text("audience");
      bool known = false;
      for (const DemoAudience& member : scenario.audience) known = known || member.label == view.audience;
      if (!known) entry.fail(entry.at("audience"), "a label from /audience");
      scenario.views.push_back(std::move(view));
    }
  }
  return scenario;
}

}  // namespace cli
