// Moments in time. The core never reads a clock: every moment is passed in by
// the host as an RFC 3339 timestamp with an explicit offset, and the calendar
// date of a moment is the date at that offset (the Dutch local date when the
// host passes Dutch local time, as it should for working-day deadlines).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace perspectief {

struct Moment {
  std::chrono::sys_seconds utc{};   // the instant (sub-second digits are accepted and dropped)
  std::chrono::minutes offset{0};   // the offset the text was written in

  // The calendar date at the given offset.
  std::chrono::year_month_day local_date() const;

  friend bool operator==(const Moment& a, const Moment& b) { return a.utc == b.utc; }
  friend auto operator<=>(const Moment& a, const Moment& b) { return a.utc <=> b.utc; }
};

// Strict RFC 3339: "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)". Returns
// nullopt for anything else, including impossible dates and times.
std::optional<Moment> parse_moment(std::string_view text);

// Formats as "YYYY-MM-DDTHH:MM:SS+HH:MM" (or "Z" for offset 0) at the moment's offset.
std::string format_moment(const Moment& moment);

// Calendar dates ("YYYY-MM-DD"): see parse_iso_date / format_iso_date in calendar.hpp.

}  // namespace perspectief
