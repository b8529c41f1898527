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
  bool has(const char* member) const { return object_.contains(member); }
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

DemoStep read_step(const Json& entry, const std::string& pointer, const std::string& source) {
  const Reader reader(entry, pointer, source);
  reader.text("event");
  reader.object("actor");
  reader.text("at");
  DemoStep step;
  step.why = reader.text_or("why", "");
  const std::string expect = reader.text_or("expect", "applied");
  if (expect != "applied" && expect != "rejected") reader.fail(reader.at("expect"), "\"applied\" or \"rejected\"");
  step.expect_applied = expect == "applied";
  step.event = entry;
  step.event.erase("why");
  step.event.erase("expect");
  return step;
}

}  // namespace

Scenario read_scenario(const std::string& text, const std::string& source) {
  const Json document = parse_text(text);
  const Reader root(document, "", source);

  Scenario scenario;
  scenario.description = root.text_or("description", "");
  scenario.profile = root.text("profile");
  scenario.settings = document.value("settings", Json());
  scenario.family_file = root.text("family");
  const Json& events = root.array("events");
  for (std::size_t i = 0; i < events.size(); ++i) {
    scenario.steps.push_back(read_step(events[i], "/events/" + std::to_string(i), source));
  }

  if (root.has("audience")) {
    const Json& audience = root.array("audience");
    for (std::size_t i = 0; i < audience.size(); ++i) {
      const Reader entry(audience[i], "/audience/" + std::to_string(i), source);
      scenario.audience.push_back(
          DemoAudience{entry.text("label"), entry.object("requester"), entry.text("purpose"), entry.text("channel")});
    }
  }

  if (root.has("views")) {
    const Json& views = root.array("views");
    for (std::size_t i = 0; i < views.size(); ++i) {
      const Reader entry(views[i], "/views/" + std::to_string(i), source);
      const Json& number = views[i].value("after_event", Json());
      if (!number.is_number_integer() || number.get<long>() < 1 ||
          number.get<std::size_t>() > scenario.steps.size()) {
        entry.fail(entry.at("after_event"), "an event number from 1 to " + std::to_string(scenario.steps.size()));
      }
      DemoView view{number.get<int>(), entry.text("audience")};
      bool known = false;
      for (const DemoAudience& member : scenario.audience) known = known || member.label == view.audience;
      if (!known) entry.fail(entry.at("audience"), "a label from /audience");
      scenario.views.push_back(std::move(view));
    }
  }
  return scenario;
}

}  // namespace cli
