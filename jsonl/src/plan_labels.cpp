#include "perspectief_jsonl/plan_labels.hpp"

#include <cstddef>

#include <nlohmann/json.hpp>

namespace perspectief::jsonl {
namespace {

// A scanner over the text that only finds where values end; it stops (returns
// false) at anything it does not expect instead of guessing.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }
  bool take(char c) {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != c) return false;
    ++at_;
    return true;
  }
  bool peek(char c) {
    skip_space();
    return at_ < text_.size() && text_[at_] == c;
  }
  // A string token with its quotes, escapes still in it.
  std::optional<std::string_view> string_token() {
    skip_space();
    if (at_ >= text_.size() || text_[at_] != '"') return std::nullopt;
    const std::size_t start = at_++;
    while (at_ < text_.size() && text_[at_] != '"') at_ += text_[at_] == '\\' ? 2 : 1;
    if (at_ >= text_.size()) return std::nullopt;
    ++at_;
    return text_.substr(start, at_ - start);
  }
  // Past one value of any kind: strings skipped whole, brackets counted.
  bool skip_value() {
    skip_space();
    if (at_ >= text_.size()) return false;
    if (text_[at_] == '"') return string_token().has_value();
    std::size_t depth = 0;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '"') {
        if (!string_token()) return false;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return true;  // the end of the enclosing object
        --depth;
      } else if (c == ',' && depth == 0) {
        return true;
      }
      ++at_;
    }
    return depth == 0;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// The string a token stands for; escapes are rare in ids, so only they pay for a parse.
std::optional<std::string> decode(std::string_view token) {
  if (token.find('\\') == std::string_view::npos) return std::string(token.substr(1, token.size() - 2));
  const nlohmann::json value = nlohmann::json::parse(token, nullptr, /*allow_exceptions=*/false);
  if (!value.is_string()) return std::nullopt;
  return value.get<std::string>();
}

}  // namespace

PlanLabels peek_plan_labels(std::string_view text) {
  PlanLabels labels;
  Scanner scanner(text);
  if (!scanner.take('{')) return labels;
  if (scanner.take('}')) return labels;
  do {
    const auto key = scanner.string_token();
    if (!key || !scanner.take(':')) return labels;
    std::optional<std::string>* wanted = *key == "\"id\"" ? &labels.id : *key == "\"profile\"" ? &labels.profile : nullptr;
    if (wanted != nullptr && scanner.peek('"')) {
      const auto value = scanner.string_token();
      if (!value) return labels;
      *wanted = decode(*value);
    } else if (!scanner.skip_value()) {
      return labels;
    }
    if (labels.id && labels.profile) return labels;
  } while (scanner.take(','));
  return labels;
}

}  // namespace perspectief::jsonl
