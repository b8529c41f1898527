#include "session.hpp"

#include "input.hpp"

namespace cli {
namespace {
// Larger texts are refused by the library's document limit anyway.
constexpr std::size_t kPeekLimit = 64u * 1024u * 1024u;
}  // namespace

const std::set<std::string> kEngineOptions = {"--profile", "--profile-file", "--settings"};

std::set<std::string> with(std::set<std::string> base, const std::set<std::string>& more) {
  base.insert(more.begin(), more.end());
  return base;
}

std::string plan_source(const Arguments& arguments) {
  return arguments.positional().empty() ? "-" : arguments.positional().front();
}

Engine open_engine(const Arguments& arguments, const std::optional<Json>& plan_document) {
  const auto profile = arguments.option("--profile");
  const auto profile_file = arguments.option("--profile-file");
  const auto settings_path = arguments.option("--settings");
  if (profile && profile_file) throw UsageError("give --profile or --profile-file, not both");
  if (profile_file) return Engine::from_files(*profile_file, settings_path);
  std::optional<std::string> settings;
  if (settings_path) settings = read_source(*settings_path);
  if (profile) return Engine::builtin(*profile, settings);
  // The plan says which region it belongs to.
  if (plan_document && plan_document->is_object() && plan_document->contains("profile") &&
      (*plan_document)["profile"].is_string()) {
    return Engine::builtin((*plan_document)["profile"].get<std::string>(), settings);
  }
  throw UsageError("which region? give --profile ID (see `perspectief profiles`) or --profile-file PATH");
}

Session open_session(const Arguments& arguments, const std::string& source) {
  const std::string text = read_source(source);
  // Only to find the plan's "profile" when no option names one; the library
  // does the real parsing and reports any problem with the text itself.
  std::optional<Json> peek;
  if (!arguments.option("--profile") && !arguments.option("--profile-file") && text.size() <= kPeekLimit) {
    Json document = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    // Text that is not JSON is bad input, whatever the options: let the library
    // say what is wrong with it (syntax, UTF-8, limits) rather than ask for a region.
    if (document.is_discarded()) canonical(text);
    peek = std::move(document);
  }
  Engine engine = open_engine(arguments, peek);
  Plan plan = Plan::parse(engine, text);
  return Session{std::move(engine), std::move(plan)};
}

}  // namespace cli
