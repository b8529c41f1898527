#include "workflow/content/content_diff.hpp"

#include <set>

namespace perspectief::workflow {
namespace {

const Json kNull;

const Json& member_or_null(const Json& object, const std::string& key) {
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::set<std::string> keys_of(const Json& a, const Json& b) {
  std::set<std::string> keys;
  for (const Json* o : {&a, &b}) {
    if (!o->is_object()) continue;
    for (auto it = o->begin(); it != o->end(); ++it) keys.insert(it.key());
  }
  return keys;
}

ChangeKind kind_of(const Json& before, const Json& after) {
  if (before.is_null()) return ChangeKind::added;
  if (after.is_null()) return ChangeKind::removed;
  return ChangeKind::changed;
}

// Finds the element of `array` whose `key` member equals `id`; returns its index or -1.
long find_by(const Json& array, const char* key, const Json& id) {
  if (!array.is_array()) return -1;
  for (std::size_t i = 0; i < array.size(); ++i) {
    if (array[i].is_object() && array[i].contains(key) && array[i][key] == id) return static_cast<long>(i);
  }
  return -1;
}

// Results are matched by id; anything that is not an array of identified objects is
// compared as one member instead.
bool identified_array(const Json& array, const char* key) {
  if (array.is_null()) return true;
  if (!array.is_array()) return false;
  for (const Json& item : array) {
    if (!item.is_object() || !item.contains(key)) return false;
  }
  return true;
}

void diff_results(const Json& before, const Json& after, const std::string& base, const std::string& jeugdige,
                  std::vector<ContentChange>& out) {
  if (after.is_array()) {
    for (std::size_t i = 0; i < after.size(); ++i) {
      const long j = find_by(before, "id", after[i]["id"]);
      const Json& old = j < 0 ? kNull : before[static_cast<std::size_t>(j)];
      if (old != after[i]) {
        out.push_back({ChangeUnit::result, kind_of(old, after[i]), base + "/" + std::to_string(i), {}, jeugdige, old,
                       after[i]});
      }
    }
  }
  if (before.is_array()) {
    for (std::size_t j = 0; j < before.size(); ++j) {
      if (find_by(after, "id", before[j]["id"]) < 0) {
        out.push_back({ChangeUnit::result, ChangeKind::removed, base + "/" + std::to_string(j), {}, jeugdige, before[j],
                       kNull});
      }
    }
  }
}

// Members of a part (family part or a jeugdige's part), with results item by item.
void diff_part(const Json& before, const Json& after, const std::string& base, ChangeUnit unit,
               const std::string& jeugdige, std::vector<ContentChange>& out) {
  for (const std::string& key : keys_of(before, after)) {
    const Json& old = member_or_null(before, key);
    const Json& now = member_or_null(after, key);
    if (old == now) continue;
    if (key == "results" && identified_array(old, "id") && identified_array(now, "id")) {
      diff_results(old, now, base + "/results", jeugdige, out);
      continue;
    }
    out.push_back({unit, kind_of(old, now), base + "/" + json_pointer_escape(key), key, jeugdige, old, now});
  }
}

void diff_children(const Json& before, const Json& after, std::vector<ContentChange>& out) {
  if (after.is_array()) {
    for (std::size_t i = 0; i < after.size(); ++i) {
      const Json& id = after[i]["jeugdige"];
      const long j = find_by(before, "jeugdige", id);
      const std::string base = "/children/" + std::to_string(i);
      const std::string name = id.is_string() ? id.get<std::string>() : std::string();
      if (j < 0) {
        out.push_back({ChangeUnit::child_part, ChangeKind::added, base, {}, name, kNull, after[i]});
      } else {
        diff_part(before[static_cast<std::size_t>(j)], after[i], base, ChangeUnit::child_member, name, out);
      }
    }
  }
  if (before.is_array()) {
    for (std::size_t j = 0; j < before.size(); ++j) {
      const Json& id = before[j]["jeugdige"];
      if (find_by(after, "jeugdige", id) < 0) {
        out.push_back({ChangeUnit::child_part, ChangeKind::removed, "/children/" + std::to_string(j), {},
                       id.is_string() ? id.get<std::string>() : std::string(), before[j], kNull});
      }
    }
  }
}

}  // namespace

std::vector<ContentChange> diff_content(const Json& before, const Json& after) {
  std::vector<ContentChange> out;
  for (const std::string& key : keys_of(before, after)) {
    const Json& old = member_or_null(before, key);
    const Json& now = member_or_null(after, key);
    if (old == now) continue;
    if (key == "family_part" && (old.is_object() || old.is_null()) && (now.is_object() || now.is_null())) {
      diff_part(old, now, "/family_part", ChangeUnit::family_part_member, {}, out);
    } else if (key == "children" && identified_array(old, "jeugdige") && identified_array(now, "jeugdige")) {
      diff_children(old, now, out);
    } else {
      out.push_back({ChangeUnit::plan_member, kind_of(old, now), "/" + json_pointer_escape(key), key, {}, old, now});
    }
  }
  return out;
}

}  // namespace perspectief::workflow
