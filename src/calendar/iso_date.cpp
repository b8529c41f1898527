// Strict ISO 8601 calendar dates ("YYYY-MM-DD") in and out.
#include "perspectief/calendar.hpp"

#include <cstdlib>
#include <stdexcept>

namespace perspectief {
namespace {

// Reads `text` as unsigned decimal digits only; nullopt on any other character. Used
// instead of std::from_chars because from_chars accepts a leading '-' for signed types and
// we want the fixed-width layout to be the only accepted form.
std::optional<unsigned> parse_digits(std::string_view text) {
  if (text.empty()) {
    return std::nullopt;
  }
  unsigned value = 0;
  for (const char ch : text) {
    if (ch < '0' || ch > '9') {
      return std::nullopt;
    }
    value = value * 10U + static_cast<unsigned>(ch - '0');
  }
  return value;
}

// Appends `value` in decimal, left-padded with zeros to at least `width` digits.
void append_padded(std::string& out, unsigned value, std::size_t width) {
  const std::string digits = std::to_string(value);
  if (digits.size() < width) {
    out.append(width - digits.size(), '0');
  }
  out += digits;
}

}  // namespace

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
  // Layout: YYYY-MM-DD, positions 4 and 7 are the separators.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(*year)},
                                         std::chrono::month{*month}, std::chrono::day{*day}};
  // ok() checks month 1..12 and that the day exists in that month of that year, which is
  // what rejects "2025-02-29" while accepting "2024-02-29".
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

std::string format_iso_date(std::chrono::year_month_day date) {
  if (!date.ok()) {
    throw std::invalid_argument("format_iso_date: invalid date");
  }
  const int year = static_cast<int>(date.year());
  std::string out;
  out.reserve(12);
  if (year < 0) {
    out += '-';
  } else if (year > 9999) {
    out += '+';  // ISO 8601 expanded representation for years beyond four digits
  }
  append_padded(out, static_cast<unsigned>(std::abs(year)), 4);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.month()), 2);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.day()), 2);
  return out;
}

int completed_years(std::chrono::year_month_day birth, std::chrono::year_month_day on) {
  int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  const bool birthday_reached = on.month() > birth.month() || (on.month() == birth.month() && on.day() >= birth.day());
  return birthday_reached ? years : years - 1;
}

}  // namespace perspectief
