// Random workflow events for the property tests (fixed seeds): merge patches on the
// content, valid ones and ones the plan or the rules refuse, and events of every kind a
// plan in the test family's states may get, from its actors.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "workflow_support.hpp"

namespace wf_test {

// Merge patches on the content, valid ones and ones the plan or the rules refuse.
inline Json random_merge_patch(std::mt19937& random, int step) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const std::string tag = std::to_string(step);
  switch (pick(14)) {
    case 0: return {{"family", {{"name", "Gezin " + tag}}}};
    case 1: return {{"family", {{"name", nullptr}}}};
    case 2: return {{"family", {{"name", step}}}};                        // wrong type
    case 3: return {{"family", nullptr}};                                 // a required member removed
    case 4: return {{"local_fields", {{"dossier", "D-" + tag}}}};
    case 5: return {{"family_part", {{"hulpvragen", {{{"member", "anna"}, {"text", "Vraag " + tag}}}}}}};
    case 6: return {{"family_part", {{"results", "geen lijst"}}}};       // wrong type
    case 7: return {{"family_part", {{"results", {{{"id", "r-" + tag}, {"leefgebied", "opvoeding"}, {"description", "Rust"}, {"performer", "specialist"}}}}}}};
    case 8: return {{"family_part", {{"results", {{{"id", "r-" + tag}, {"leefgebied", "wonen"}, {"description", "Woning"}, {"performer", "gezin"}}}}}}};
    case 9: return {{"family", {{"members", {{{"id", "anna"}, {"role", "ouder"}}}}}}};  // standing facts
    case 10: return {{"status", "afgerond"}};                             // bookkeeping: the whole-content path
    case 11: return {{"regie", {{"regisseur", lokaal_team()}}}};          // controlled
    case 12: return {{"onbekend", tag}};                                  // an unknown member
    default: return Json::object();
  }
}

inline Json random_event(std::mt19937& random, int step) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const std::string when = at(2 + step / 600, 8 + (step % 600) / 60, step % 60);
  const std::vector<Json> actors{lokaal_team(), moeder(), tim(), aanbieder(), gi()};
  const Json& by = actors[pick(actors.size())];
  switch (pick(10)) {
    case 0: return event("versie_vaststellen", by, when);
    case 1: return event("akkoord_geven", by, when);
    case 2: return event("akkoord_geven", by, when, {{"scope", "resultaten"}});
    case 3: return event("vraagverheldering_starten", lokaal_team(), when);
    case 4: return event("vraag_duiden", lokaal_team(), when);
    case 5: return event("resultaten_vaststellen", lokaal_team(), when);
    case 6: return event("plan_wijzigen", by, when,
                         {{"json_patch", {{{"op", "replace"}, {"path", "/family/name"}, {"value", "J" + std::to_string(step)}}}}});
    default: return event("plan_wijzigen", pick(2) ? moeder() : lokaal_team(), when, {{"merge_patch", random_merge_patch(random, step)}});
  }
}

}  // namespace wf_test
