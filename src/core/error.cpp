#include "perspectief/error.hpp"

#include "core/refusal.hpp"

#include <utility>

namespace perspectief {

std::string_view severity_name(Severity severity) noexcept {
  return severity == Severity::warning ? "warning" : "error";
}

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::json_syntax: return "json_syntax";
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::limit_exceeded: return "limit_exceeded";
    case ErrorCode::schema: return "schema";
    case ErrorCode::validation: return "validation";
    case ErrorCode::profile: return "profile";
    case ErrorCode::minimum_condition: return "minimum_condition";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::rejected: return "rejected";
    case ErrorCode::state: return "state";
    case ErrorCode::out_of_memory: return "out_of_memory";
    case ErrorCode::io: return "io";
    case ErrorCode::internal: return "internal";
  }
  return "unknown";
}

Error::Error(ErrorCode code, std::string message, std::string pointer,
             std::vector<Problem> problems, std::vector<std::string> rules)
    : std::runtime_error(std::move(message)),
      code_(code),
      pointer_(std::move(pointer)),
      problems_(std::move(problems)),
      rules_(std::move(rules)) {}

}  // namespace perspectief

namespace perspectief {

void refuse(ErrorCode code, std::string_view what, std::vector<Problem> problems, std::vector<std::string> rules) {
  // Read before the throw: the order in which arguments are evaluated is unspecified,
  // and moving `problems` into the error may empty it before front() is read.
  const std::string pointer = problems.empty() ? std::string() : problems.front().pointer;
  const std::string first = problems.empty() ? std::string("(none)") : problems.front().message_en;
  const std::string message = std::string(what) + ": " + std::to_string(problems.size()) + " problem(s), first at '" +
                              pointer + "': " + first;
  throw Error(code, message, pointer, std::move(problems), std::move(rules));
}

}  // namespace perspectief
