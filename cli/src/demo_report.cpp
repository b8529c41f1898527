#include "demo_report.hpp"

#include <algorithm>
#include <iomanip>

namespace cli {
namespace {

// "2026-02-09T10:00:00+01:00" -> "2026-02-09 10:00"
std::string short_moment(const std::string& at) {
  return at.size() >= 16 ? at.substr(0, 10) + " " + at.substr(11, 5) : at;
}

std::string joined(const Json& list, std::size_t most = 100) {
  std::string out;
  std::size_t shown = 0;
  for (const Json& item : list) {
    if (shown == most) {
      out += ", ... " + std::to_string(list.size() - most) + " more";
      break;
    }
    if (shown++ > 0) out += ", ";
    out += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return out;
}

// Text broken into lines of at most `width` columns, each starting with `indent`.
std::string wrapped(const std::string& text, const std::string& indent, std::size_t width = 100) {
  std::string out;
  std::string line = indent;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
      out += line + '\n';
      line = indent;
    }
    if (line.size() > indent.size()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (line.size() > indent.size()) out += line + '\n';
  return out;
}

std::string padded(const std::string& text, std::size_t width) {
  // Width in characters, not bytes: labels may hold UTF-8.
  std::size_t characters = 0;
  for (unsigned char c : text) characters += (c & 0xC0) != 0x80;
  return characters >= width ? text + " " : text + std::string(width - characters, ' ');
}

void print_access(const Json& access, std::ostream& out) {
  for (const Json& role : access) {
    const bool allowed = role["decision"] == "allow";
    std::string what = allowed ? "✔ " + std::to_string(role["parts_allowed"].get<int>()) + " of " +
                                     std::to_string(role["parts_total"].get<int>()) + " parts"
                               : "✘ nothing";
    out << "      " << padded(role["audience"].get<std::string>(), 24) << padded(what, 20) << joined(role["rules"]) << '\n';
  }
}

void print_refusal(const Json& refusal, std::ostream& out) {
  out << "    ✘ refused (" << refusal["code"].get<std::string>() << "): " << refusal["message"].get<std::string>() << '\n';
  for (const Json& problem : refusal["problems"]) {
    const std::string rule = problem.value("rule", "");
    out << "      " << (rule.empty() ? "" : "[" + rule + "] ") << problem.value("code", "") << "  "
        << problem.value("message_en", "");
    const std::string pointer = problem.value("pointer", "");
    if (!pointer.empty()) out << " (at " << pointer << ")";
    out << '\n';
    out << "        " << problem.value("message_nl", "") << '\n';
  }
}

// Who may read what, without the part counts (which grow with the plan): the
// table is printed again only when a decision or its rules change.
Json access_key(const Json& access) {
  Json key = Json::array();
  for (const Json& role : access) key.push_back({role["audience"], role["decision"], role["rules"]});
  return key;
}

void print_step(const Json& step, const Json* previous_access, const Json* previous_deadlines, std::ostream& out) {
  const Json& by = step["by"];
  out << std::setw(3) << step["number"].get<int>() << "  " << short_moment(step["at"]) << "  "
      << step["event"].get<std::string>() << "  by " << by["name"].get<std::string>() << " ("
      << by["role"].get<std::string>() << ")\n";
  out << wrapped(step["why"].get<std::string>(), "    ");
  const std::string before = step["state_before"].is_null() ? "(no plan yet)" : step["state_before"].get<std::string>();
  if (step["outcome"] == "applied") {
    out << "    ✔ applied: " << before << " → " << step["state_after"].get<std::string>() << ", version "
        << step["version"].dump() << '\n';
  } else {
    print_refusal(step["refusal"], out);
    out << "    the plan stays " << (step["state_after"].is_null() ? "unmade" : "in " + step["state_after"].get<std::string>())
        << '\n';
  }
  if (step["outcome"] != step["expected"]) {
    out << "    !! the scenario expected this event to be " << step["expected"].get<std::string>() << '\n';
  }
  if (step["deadlines"].empty() && previous_deadlines != nullptr && !previous_deadlines->empty()) {
    out << "    deadlines: none open any more\n";
  }
  for (const Json& deadline : step["deadlines"]) {
    out << "    deadline: " << deadline.value("kind", "") << " (" << deadline.value("rule", "") << ") due "
        << deadline.value("due", "") << ", " << deadline.value("status", "") << '\n';
  }
  if (step["access"].empty()) return;
  if (previous_access != nullptr && access_key(*previous_access) == access_key(step["access"])) {
    out << "    who may read the plan: unchanged\n";
    return;
  }
  out << "    who may read the plan:\n";
  print_access(step["access"], out);
}

void print_view(const Json& view, std::ostream& out) {
  out << "\nWhat " << view["audience"].get<std::string>() << " receives after step " << view["after_event"].get<int>()
      << " (pp_sharing_view: " << view["decision"].get<std::string>() << ", " << joined(view["rules"]) << "):\n";
  out << "  released (" << view["released"].size() << "): " << joined(view["released"], 8) << '\n';
  if (view["withheld"].is_null()) {
    out << "  withheld: not listed for this recipient (even that list would tell something)\n";
  } else {
    Json withheld = Json::array();
    for (const Json& part : view["withheld"]) {
      withheld.push_back(part.value("part", "") + " (" + joined(part.value("rules", Json::array())) + ")");
    }
    out << "  withheld (" << withheld.size() << "): " << joined(withheld, 6) << '\n';
  }
  const Json& record = view["disclosure"];
  if (record.is_null()) {
    out << "  nothing leaves the plan, so there is no disclosure to log\n";
    return;
  }
  const Json& user = record.value("user", Json::object());
  out << "  NEN 7513 record for the host to store (R-LOG): " << record.value("event", "") << " by "
      << user.value("person", "") << " (" << user.value("role", "") << ", " << user.value("organisation", "-")
      << ") at " << record.value("at", "") << ", " << record.value("objects", Json::array()).size()
      << " objects, purpose " << record.value("purpose", "") << ", channel " << record.value("channel", "")
      << ", rules " << joined(record.value("rules", Json::array())) << '\n';
}

}  // namespace

Json summarize_decision(const std::string& audience, const Json& decision) {
  const Json& parts = decision.value("parts", Json::array());
  const auto allowed = std::count_if(parts.begin(), parts.end(), [](const Json& part) { return part.value("decision", "") == "allow"; });
  return Json{{"audience", audience},
              {"decision", decision.value("decision", "")},
              {"parts_allowed", allowed},
              {"parts_total", parts.size()},
              {"rules", decision.value("rules", Json::array())}};
}

Json summarize_view(int after_event, const std::string& audience, const Json& answer) {
  const Json& decision = answer.value("decision", Json::object());
  Json released = Json::array();
  for (const Json& part : decision.value("parts", Json::array())) {
    if (part.value("decision", "") == "allow") released.push_back(part.value("part", ""));
  }
  // The list of withheld parts comes only to recipients the region lets see it
  // (for others even that list is information); null otherwise.
  return Json{{"after_event", after_event},
              {"audience", audience},
              {"decision", decision.value("decision", "")},
              {"rules", decision.value("rules", Json::array())},
              {"released", released},
              {"withheld", answer.value("withheld", Json())},
              {"disclosure", answer.value("disclosure", Json())}};
}

void print_demo(const Json& report, std::ostream& out) {
  out << "perspectief demo\n" << wrapped(report["description"].get<std::string>(), "  ") << '\n'
      << "Region profile " << report["profile"].get<std::string>() << " (built into the library), family "
      << report["family"].get<std::string>() << ".\n"
      << (report.value("through_store", false)
              ? "Each step is one pp_store_apply call through the C ABI, kept in a dossier store; \"who may read\n"
                "the plan\" is one "
              : "Each step is one pp_workflow_apply call through the C ABI; \"who may read the plan\" is one\n")
      << "pp_sharing_decide_batch call for all roles (deny by default, every decision names its rules).\n\n";
  const Json* previous_access = nullptr;
  const Json* previous_deadlines = nullptr;
  for (const Json& step : report["steps"]) {
    print_step(step, previous_access, previous_deadlines, out);
    if (!step["access"].empty()) previous_access = &step["access"];
    previous_deadlines = &step["deadlines"];
    for (const Json& view : report["views"]) {
      if (view["after_event"] == step["number"]) print_view(view, out);
    }
    out << '\n';
  }
  if (report.contains("end")) {
    const Json& end = report["end"];
    out << "The end: the plan is " << end["state"].get<std::string>() << " at version " << end["version"].dump() << ", with "
        << end["history_entries"].dump() << " history entries.\n"
        << "Replaying the history alone rebuilds the plan byte for byte: "
        << (end["replay"]["matches"].get<bool>() ? "yes" : "NO") << ".\n";
    if (!end["replay"]["error"].is_null()) out << "  replay failed: " << end["replay"]["error"].get<std::string>() << '\n';
    for (const Json& version : end["versions"]) {
      out << "Fixed version " << version["version"].dump() << ": content SHA-256 " << version["content_sha256"].get<std::string>()
          << '\n';
    }
    if (end.contains("store")) {
      const Json& store = end["store"];
      out << "The dossier store holds " << store["history_rows"].dump() << " history rows (events, fixed versions) and "
          << store["log_rows"].dump() << " log rows (every view's disclosure or refusal record), hash-chained.\n"
          << "verify: " << (store["ok"].get<bool>() ? "ok" : "PROBLEMS") << "; head " << store["head"].get<std::string>()
          << " (keep it elsewhere: docs/store.md)\n";
      for (const Json& problem : store["problems"]) out << "  " << problem.value("message", "") << '\n';
    }
  }
  const Json& surprises = report["surprises"];
  out << (surprises.empty() ? "Every step went as the scenario expects.\n"
                            : std::to_string(surprises.size()) + " step(s) did not go as the scenario expects.\n");
}

}  // namespace cli
