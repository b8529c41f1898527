#include "perspectief/time.hpp"

#include <cstdio>

#include "perspectief/calendar.hpp"

namespace perspectief {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

}  // namespace

std::optional<Moment> parse_moment(std::string_view text) {
  // Date, 'T', time; then optional fraction; then the offset.
  if (text.size() < 20) return std::nullopt;
  const auto date = parse_iso_date(text.substr(0, 10));
  if (!date || (text[10] != 'T' && text[10] != 't')) return std::nullopt;
  int hh = 0, mm = 0, ss = 0;
  if (!digits(text, 11, 2, hh) || text[13] != ':' || !digits(text, 14, 2, mm) || text[16] != ':' ||
      !digits(text, 17, 2, ss)) {
    return std::nullopt;
  }
  if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;  // leap seconds are not used in case files
  std::size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
  }
  if (pos >= text.size()) return std::nullopt;
  std::chrono::minutes offset{0};
  if (text[pos] == 'Z' || text[pos] == 'z') {
    if (pos + 1 != text.size()) return std::nullopt;
  } else if (text[pos] == '+' || text[pos] == '-') {
    int oh = 0, om = 0;
    if (pos + 6 != text.size() || !digits(text, pos + 1, 2, oh) || text[pos + 3] != ':' ||
        !digits(text, pos + 4, 2, om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset = std::chrono::minutes{oh * 60 + om};
    if (text[pos] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  const auto local = std::chrono::sys_days{*date} + std::chrono::hours{hh} + std::chrono::minutes{mm} +
                     std::chrono::seconds{ss};
  return Moment{std::chrono::sys_seconds{local - offset}, offset};
}

std::chrono::year_month_day Moment::local_date() const {
  return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(utc + offset)};
}

std::string format_moment(const Moment& moment) {
  const auto local = moment.utc + moment.offset;
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::hh_mm_ss<std::chrono::seconds> tod{local - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d", format_iso_date(std::chrono::year_month_day{day}).c_str(),
                static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()),
                static_cast<int>(tod.seconds().count()));
  std::string out = buf;
  if (moment.offset.count() == 0) return out + "Z";
  const long total = moment.offset.count();
  const long absolute = total < 0 ? -total : total;
  std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", total < 0 ? '-' : '+', absolute / 60, absolute % 60);
  return out + buf;
}

}  // namespace perspectief
