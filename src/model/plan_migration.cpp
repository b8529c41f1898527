// perspectief/plan@1 -> perspectief/plan@2. Each step says why; docs/model.md ("Plan
// formats") describes the same for readers of the format.
//
//  1. Segment and kader: @1 recorded one segment and one kader for the whole plan. In
//     @2 they belong to each jeugdige (R-SEG-KNOWN, R-KADER-CHANGE), so the plan's
//     value becomes the value of every jeugdige's part that has none of its own. That is
//     exactly what @1 meant: every rule applied the plan's segment and kader to every
//     jeugdige. A plan without individual parts has no jeugdige to carry them; no rule
//     read them there (help starts only for a jeugdige), so they are dropped.
//  2. Help per jeugdige: @2 records whose help runs (ChildPart::help). It is derived the
//     way today's events set it, so that replaying the old history gives the migrated
//     plan: with a history, by walking the entries that start, scale down and close help;
//     without one, from the plan's status (help runs for every jeugdige with a chosen
//     provider whose youth-care part is open).
//  3. The history and the version records stay as they were recorded: they are the
//     account of what happened. The old events keep their meaning in @2: an event
//     without `jeugdige` (segment_vaststellen, hulp_starten, jeugdhulp_afsluiten) is
//     about every jeugdige, as it was.
#include "model/plan_migration.hpp"

#include <map>
#include <optional>
#include <string>

#include "core/json_member.hpp"
#include "perspectief/model.hpp"

namespace perspectief::detail {
namespace {


// What the history says about one jeugdige's help (step 2).
struct HelpTrack {
  bool provider = false;             // a provider was chosen (help can start)
  bool closed = false;               // the youth-care part is closed
  std::optional<std::string> help;   // crisis_hulp or hulp_gestart
};

std::map<std::string, HelpTrack> help_from_history(const Json& history) {
  std::map<std::string, HelpTrack> track;
  for (const Json& entry : history) {
    const std::string event = text_member(entry, "event");
    const Json payload = entry.is_object() ? entry.value("payload", Json()) : Json();
    const std::string jeugdige = text_member(payload, "jeugdige");
    if (event == "aanbieder_kiezen") {
      track[jeugdige].provider = true;
    } else if (event == "crisis_starten") {
      if (has_member(payload, "aanbieder")) track[jeugdige].provider = true;
      track[jeugdige].help = "crisis_hulp";
    } else if (event == "hulp_starten_na_overplaatsing") {
      if (has_member(payload, "aanbieder")) track[jeugdige].provider = true;
      track[jeugdige].help = "hulp_gestart";
    } else if (event == "hulp_starten") {
      for (auto& [id, child] : track) {
        if (child.provider && !child.closed) child.help = "hulp_gestart";
      }
    } else if (event == "crisis_afschalen") {
      for (auto& [id, child] : track) {
        if (child.help == "crisis_hulp") child.help.reset();
      }
    } else if (event == "jeugdhulp_afsluiten" || event == "afronden") {
      for (auto& [id, child] : track) {
        child.closed = true;
        child.help.reset();
      }
    } else if (event == "heropenen") {
      for (auto& [id, child] : track) child.closed = false;
    }
  }
  return track;
}

void derive_help(Json& document) {
  Json& children = document["children"];
  const auto history = document.find("history");
  const bool with_history = history != document.end() && history->is_array() && !history->empty();
  const std::map<std::string, HelpTrack> track = with_history ? help_from_history(*history)
                                                              : std::map<std::string, HelpTrack>{};
  const std::string status = text_member(document, "status");
  for (Json& child : children) {
    if (!child.is_object() || child.contains("help")) continue;
    std::optional<std::string> help;
    if (with_history) {
      auto it = track.find(text_member(child, "jeugdige"));
      if (it != track.end()) help = it->second.help;
    } else if (status == "hulp_gestart" || status == "evaluatie" || status == "crisis_hulp") {
      const bool closed = child.value("youth_care_closed", false) == true;
      if (has_member(child, "aanbieder") && !closed) help = status == "crisis_hulp" ? "crisis_hulp" : "hulp_gestart";
    }
    if (help) child["help"] = *help;
  }
}

}  // namespace

Json migrate_plan_document(const Json& document) {
  if (!document.is_object() || text_member(document, "format") != kPlanFormat1) return document;
  Json out = document;
  const std::optional<Json> segment = has_member(out, "segment") ? std::optional<Json>(out["segment"]) : std::nullopt;
  const std::optional<Json> kader = has_member(out, "kader") ? std::optional<Json>(out["kader"]) : std::nullopt;
  out.erase("segment");
  out.erase("kader");
  auto children = out.find("children");
  if (children != out.end() && children->is_array()) {
    // Step 1: the plan's frame becomes each jeugdige's own.
    for (Json& child : *children) {
      if (!child.is_object()) continue;
      if (segment && !child.contains("segment")) child["segment"] = *segment;
      if (kader && !child.contains("kader")) child["kader"] = *kader;
    }
    // Step 2: whose help runs.
    derive_help(out);
  }
  out["format"] = kPlanFormat;
  return out;
}

}  // namespace perspectief::detail
