// Errors and problems: the one way the core reports what went wrong.
//
// An ErrorCode is the machine-readable class of failure. Its numbers are part
// of the C ABI (pp_status) and of every binding's exception hierarchy, so they
// never change meaning; new codes are only ever added.
// A Problem is one finding about a document (a plan, a profile, an event):
// a stable code, the JSON pointer of the place, and a message in Dutch and
// English. Validation returns all problems at once, never just the first;
// a problem is an error unless it says it is a warning.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace perspectief {

enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,     // a caller error: NULL, empty where not allowed, wrong option struct
  json_syntax = 2,          // text is not JSON
  invalid_utf8 = 3,         // text is not valid UTF-8
  limit_exceeded = 4,       // input too large or nested too deeply
  schema = 5,               // JSON of the wrong shape: missing field, wrong type, unknown code
  validation = 6,           // well-formed but inconsistent (references, dates, codes)
  profile = 7,              // a region profile or municipal settings document is unusable
  minimum_condition = 8,    // settings try to switch off a regional minimum condition (R-MINIMUM)
  not_found = 9,            // unknown profile, event, part or file
  rejected = 10,            // a workflow event was refused by its guards
  state = 11,               // an object used in the wrong state (closed handle, wrong engine)
  out_of_memory = 12,
  io = 13,                  // a file could not be read
  internal = 99,            // a bug in perspectief: please report it
};

// Stable lowercase name of a code, e.g. "json_syntax".
std::string_view error_code_name(ErrorCode code) noexcept;

// How much a problem weighs. An error makes a document unusable for what was asked
// (parse, apply); a warning is a gap a professional should close that the rules already
// handle safely (R-GEZAG: gezag not yet recorded counts as not held). Only validation
// reports warnings; an event is never refused for one.
enum class Severity : int { error = 0, warning = 1 };

// Stable lowercase name, "error" or "warning": the `severity` member of a problem's JSON.
std::string_view severity_name(Severity severity) noexcept;

struct Problem {
  std::string code;        // stable, e.g. "PP-V-MEMBER-REF"
  std::string pointer;     // RFC 6901 JSON pointer into the document ("" is the root)
  std::string message_nl;  // Dutch, for professionals and families
  std::string message_en;  // English, for developers and logs
  std::string rule;        // domain rule id (R-...) where one applies, else empty
  Severity severity = Severity::error;

  friend bool operator==(const Problem&, const Problem&) = default;
};

// The exception thrown by the C++ API. The C ABI turns it into a pp_status,
// the bindings into their own exception types; it never crosses a C boundary.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::string pointer = {},
        std::vector<Problem> problems = {}, std::vector<std::string> rules = {});

  ErrorCode code() const noexcept { return code_; }
  // JSON pointer of the first offending place, "" when the whole input is meant.
  const std::string& pointer() const noexcept { return pointer_; }
  // All problems found (for schema/validation/rejection errors), possibly empty.
  const std::vector<Problem>& problems() const noexcept { return problems_; }
  // Domain rule ids (R-...) behind the error, e.g. the guards that refused an event.
  const std::vector<std::string>& rules() const noexcept { return rules_; }

 private:
  ErrorCode code_;
  std::string pointer_;
  std::vector<Problem> problems_;
  std::vector<std::string> rules_;
};

}  // namespace perspectief
