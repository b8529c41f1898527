// Moments (time.hpp): strict RFC 3339 in, the same instant and offset out. The core
// reads no clock, so every moment a caller passes goes through parse_moment, and
// every moment the core writes (history, disclosure records) through format_moment.
#include <gtest/gtest.h>

#include <string>

#include "perspectief/time.hpp"

using perspectief::format_moment;
using perspectief::parse_moment;

TEST(TimeMoment, FormatWritesTheInstantAtItsOwnOffset) {
  EXPECT_EQ(format_moment(*parse_moment("2026-03-02T09:30:00+01:00")), "2026-03-02T09:30:00+01:00");
  EXPECT_EQ(format_moment(*parse_moment("2026-07-01T23:59:59-09:30")), "2026-07-01T23:59:59-09:30");
  EXPECT_EQ(format_moment(*parse_moment("2026-03-02T08:30:00Z")), "2026-03-02T08:30:00Z");
  // +00:00 is offset zero too, written as Z.
  EXPECT_EQ(format_moment(*parse_moment("2026-03-02T08:30:00+00:00")), "2026-03-02T08:30:00Z");
}

TEST(TimeMoment, FormatDropsSubSecondDigitsAsParseDoes) {
  EXPECT_EQ(format_moment(*parse_moment("2026-03-02T09:30:00.987654+01:00")), "2026-03-02T09:30:00+01:00");
}

TEST(TimeMoment, FormatKeepsTheLocalDateAcrossMidnightUtc) {
  // 00:30 in Amsterdam is the previous day in UTC; the text keeps the local day.
  const auto moment = *parse_moment("2026-03-02T00:30:00+01:00");
  EXPECT_EQ(format_moment(moment), "2026-03-02T00:30:00+01:00");
  EXPECT_EQ(moment.local_date(), std::chrono::year_month_day(std::chrono::year(2026), std::chrono::March, std::chrono::day(2)));
}

TEST(TimeMoment, ParseRefusesWhatIsNotStrictRfc3339) {
  for (const char* text : {"2026-03-02 09:30:00+01:00", "2026-03-02T09:30:00", "2026-02-30T09:30:00+01:00",
                           "2026-03-02T24:00:00+01:00", "2026-03-02T09:30:00+1:00", ""}) {
    EXPECT_FALSE(parse_moment(text).has_value()) << text;
  }
}
