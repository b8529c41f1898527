// Whose personal information an entry is (see personal_content.hpp).
#include "model/personal_content.hpp"

#include "core/json_member.hpp"

namespace perspectief {
namespace {

// The one rule: the member it is about, else the member who wrote it.
std::optional<std::string> owner(bool personal, const std::optional<std::string>& about,
                                 const std::optional<std::string>& author_member) {
  if (!personal) return std::nullopt;
  if (about && !about->empty()) return *about;
  if (author_member && !author_member->empty()) return *author_member;
  return std::string();
}

std::optional<std::string> member_of(const std::optional<Actor>& actor) {
  return actor ? actor->member : std::nullopt;
}


}  // namespace

std::optional<std::string> personal_owner(const Perspective& entry) {
  return owner(entry.personal.value_or(false), entry.about, entry.author.member);
}

std::optional<std::string> personal_owner(const Result& entry) {
  return owner(entry.personal.value_or(false), entry.about, member_of(entry.set_by));
}

std::optional<std::string> personal_owner(const Agreement& entry) {
  return owner(entry.personal.value_or(false), entry.about, member_of(entry.responsible));
}

std::optional<std::string> personal_owner(const Json& entry, std::string_view list) {
  if (!entry.is_object()) return std::nullopt;
  const auto flag = entry.find("personal");
  const bool personal = flag != entry.end() && flag->is_boolean() && flag->get<bool>();
  const char* author = list == "perspectives" ? "author" : list == "results" ? "set_by" : "responsible";
  const auto by = entry.find(author);
  return owner(personal, string_member(entry, "about"),
               by == entry.end() ? std::nullopt : string_member(*by, "member"));
}

}  // namespace perspectief
