// Tests for the Dutch working-day calendar (include/perspectief/calendar.hpp).
// Deadlines in the workflow ("next working day", "at the latest after 14 days") follow Dutch
// working days: DOMAIN section 3 (deadlines), rule R-CRISIS.
#include "perspectief/calendar.hpp"
#include "perspectief/consent_age.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>

namespace {

using namespace std::chrono;
using perspectief::HolidaySettings;
using perspectief::WorkingDayCalendar;

// Readable dates in assertions: ymd(2026, 12, 28).
year_month_day ymd(int y, unsigned m, unsigned d) {
  return year_month_day{year{y}, month{m}, day{d}};
}

// Names the date in failure messages instead of printing raw bytes.
std::string iso(year_month_day date) { return perspectief::format_iso_date(date); }

// ---------------------------------------------------------------------------------------
// Easter

TEST(CalendarEaster, KnownYears) {
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2024})), "2024-03-31");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2025})), "2025-04-20");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2026})), "2026-04-05");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2027})), "2027-03-28");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2038})), "2038-04-25");  // latest possible
  EXPECT_EQ(iso(perspectief::easter_sunday(year{1818})), "1818-03-22");  // earliest possible
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2285})), "2285-03-22");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2000})), "2000-04-23");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2008})), "2008-03-23");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2011})), "2011-04-24");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2016})), "2016-03-27");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{2019})), "2019-04-21");
  EXPECT_EQ(iso(perspectief::easter_sunday(year{1943})), "1943-04-25");
}

TEST(CalendarEaster, AlwaysASundayBetween22MarchAnd25April) {
  for (int y = 1583; y <= 4099; ++y) {
    const year_month_day easter = perspectief::easter_sunday(year{y});
    ASSERT_TRUE(easter.ok()) << y;
    EXPECT_EQ(weekday{sys_days{easter}}, Sunday) << iso(easter);
    EXPECT_GE(sys_days{easter}, sys_days{year{y} / March / 22}) << iso(easter);
    EXPECT_LE(sys_days{easter}, sys_days{year{y} / April / 25}) << iso(easter);
  }
}

// ---------------------------------------------------------------------------------------
// Holidays and their names

TEST(CalendarHolidays, KoningsdagMovesToSaturdayWhen27AprilIsSunday) {
  const WorkingDayCalendar calendar;
  // 27 April 2025 is a Sunday: Koningsdag is Saturday 26 April.
  EXPECT_EQ(calendar.holiday_name(ymd(2025, 4, 26)), "Koningsdag");
  EXPECT_FALSE(calendar.is_holiday(ymd(2025, 4, 27)));
  // 2014, the first Koningsdag, had the same Sunday rule.
  EXPECT_EQ(calendar.holiday_name(ymd(2014, 4, 26)), "Koningsdag");
  EXPECT_FALSE(calendar.is_holiday(ymd(2014, 4, 27)));
  // 2026: 27 April is a Monday, a day off.
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 4, 27)), "Koningsdag");
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 4, 27)));
  EXPECT_FALSE(calendar.is_holiday(ymd(2026, 4, 26)));
}

TEST(CalendarHolidays, KoninginnedagBefore2014) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(calendar.holiday_name(ymd(2013, 4, 30)), "Koninginnedag");
  EXPECT_FALSE(calendar.is_holiday(ymd(2013, 4, 27)));
  // 30 April 2006 was a Sunday: Koninginnedag was Saturday 29 April.
  EXPECT_EQ(calendar.holiday_name(ymd(2006, 4, 29)), "Koninginnedag");
  EXPECT_FALSE(calendar.is_holiday(ymd(2006, 4, 30)));
}

TEST(CalendarHolidays, MoveableFeasts2026) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 4, 5)), "Eerste Paasdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 4, 6)), "Tweede Paasdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 5, 14)), "Hemelvaartsdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 5, 24)), "Eerste Pinksterdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 5, 25)), "Tweede Pinksterdag");
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 5, 14)));
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 5, 25)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 5, 15)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 5, 26)));
}

TEST(CalendarHolidays, FixedDays) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 1, 1)), "Nieuwjaarsdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 12, 25)), "Eerste Kerstdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 12, 26)), "Tweede Kerstdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 12, 27)), std::nullopt);
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 3, 10)), std::nullopt);
}

TEST(CalendarHolidays, ChristmasOnWeekendIsNotMovedToMonday) {
  const WorkingDayCalendar calendar;
  // 25 and 26 December 2027 are Saturday and Sunday; the Netherlands has no substitute days.
  EXPECT_EQ(weekday{sys_days{ymd(2027, 12, 25)}}, Saturday);
  EXPECT_TRUE(calendar.is_holiday(ymd(2027, 12, 25)));
  EXPECT_TRUE(calendar.is_holiday(ymd(2027, 12, 26)));
  EXPECT_FALSE(calendar.is_holiday(ymd(2027, 12, 27)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2027, 12, 27)));
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2027, 12, 24))), "2027-12-27");
}

TEST(CalendarHolidays, ListForYearIsOrderedAndComplete) {
  const WorkingDayCalendar calendar;
  const auto list = calendar.holidays(year{2026});
  ASSERT_EQ(list.size(), 9U);  // 2026: no Goede Vrijdag (default), not a lustrum year
  const std::vector<std::pair<std::string, std::string_view>> expected{
      {"2026-01-01", "Nieuwjaarsdag"},      {"2026-04-05", "Eerste Paasdag"},
      {"2026-04-06", "Tweede Paasdag"},     {"2026-04-27", "Koningsdag"},
      {"2026-05-14", "Hemelvaartsdag"},     {"2026-05-24", "Eerste Pinksterdag"},
      {"2026-05-25", "Tweede Pinksterdag"}, {"2026-12-25", "Eerste Kerstdag"},
      {"2026-12-26", "Tweede Kerstdag"},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(iso(list[i].first), expected[i].first) << i;
    EXPECT_EQ(list[i].second, expected[i].second) << i;
  }
}

TEST(CalendarHolidays, AllOptionalDaysListedInDateOrder) {
  const WorkingDayCalendar calendar{
      {.goede_vrijdag = true, .bevrijdingsdag = HolidaySettings::Bevrijdingsdag::always}};
  for (int y = 1990; y <= 2100; ++y) {
    const auto list = calendar.holidays(year{y});
    ASSERT_GE(list.size(), 11U) << y;
    for (std::size_t i = 1; i < list.size(); ++i) {
      EXPECT_LE(sys_days{list[i - 1].first}, sys_days{list[i].first}) << y;
    }
  }
}

TEST(CalendarHolidays, CoincidingHolidaysAreBothListed) {
  // Easter 2005 was 27 March, so Hemelvaartsdag fell on 5 May, a lustrum Bevrijdingsdag.
  const WorkingDayCalendar calendar;
  const auto list = calendar.holidays(year{2005});
  int on_fifth_of_may = 0;
  for (const auto& [date, name] : list) {
    if (date == ymd(2005, 5, 5)) {
      ++on_fifth_of_may;
    }
  }
  EXPECT_EQ(on_fifth_of_may, 2);
  EXPECT_EQ(calendar.holiday_name(ymd(2005, 5, 5)), "Bevrijdingsdag");

  const WorkingDayCalendar without_bevrijdingsdag{
      {.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::never}};
  EXPECT_EQ(without_bevrijdingsdag.holiday_name(ymd(2005, 5, 5)), "Hemelvaartsdag");
}

// ---------------------------------------------------------------------------------------
// Settings: Goede Vrijdag and Bevrijdingsdag

TEST(CalendarSettings, GoedeVrijdagIsAWorkingDayByDefault) {
  const WorkingDayCalendar calendar;
  EXPECT_FALSE(calendar.settings().goede_vrijdag);
  EXPECT_FALSE(calendar.is_holiday(ymd(2026, 4, 3)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 4, 3)));
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 4, 2))), "2026-04-03");
}

TEST(CalendarSettings, GoedeVrijdagWhenEnabled) {
  const WorkingDayCalendar calendar{{.goede_vrijdag = true}};
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 4, 3)), "Goede Vrijdag");
  EXPECT_EQ(calendar.holiday_name(ymd(2025, 4, 18)), "Goede Vrijdag");
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 4, 3)));
  // Thursday before Easter to the Tuesday after: four days off in a row.
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 4, 2))), "2026-04-07");
}

TEST(CalendarSettings, BevrijdingsdagLustrumByDefault) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(calendar.settings().bevrijdingsdag, HolidaySettings::Bevrijdingsdag::lustrum);
  EXPECT_EQ(calendar.holiday_name(ymd(2025, 5, 5)), "Bevrijdingsdag");  // 2025 % 5 == 0
  EXPECT_FALSE(calendar.is_working_day(ymd(2025, 5, 5)));
  EXPECT_FALSE(calendar.is_holiday(ymd(2026, 5, 5)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 5, 5)));
  EXPECT_TRUE(calendar.is_holiday(ymd(2030, 5, 5)));
}

TEST(CalendarSettings, BevrijdingsdagNever) {
  const WorkingDayCalendar calendar{{.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::never}};
  EXPECT_FALSE(calendar.is_holiday(ymd(2025, 5, 5)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2025, 5, 5)));
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 5, 5)));
}

TEST(CalendarSettings, BevrijdingsdagAlways) {
  const WorkingDayCalendar calendar{{.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::always}};
  EXPECT_EQ(calendar.holiday_name(ymd(2026, 5, 5)), "Bevrijdingsdag");
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 5, 5)));
  EXPECT_FALSE(calendar.is_working_day(ymd(2025, 5, 5)));
}

// ---------------------------------------------------------------------------------------
// Deadlines: DOMAIN section 3 (deadlines), R-CRISIS "next working day" and "14 days"

TEST(CalendarWorkingDays, WeekendsAreNotWorkingDays) {
  const WorkingDayCalendar calendar;
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 3, 7)));  // Saturday
  EXPECT_FALSE(calendar.is_working_day(ymd(2026, 3, 8)));  // Sunday
  EXPECT_TRUE(calendar.is_working_day(ymd(2026, 3, 9)));   // Monday
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 3, 6))), "2026-03-09");
}

TEST(CalendarWorkingDays, NextWorkingDayAcrossChristmasAndWeekend) {
  const WorkingDayCalendar calendar;
  // Thursday 24 December 2026: Friday and Saturday are Kerstdagen, then Sunday.
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 12, 24))), "2026-12-28");
}

TEST(CalendarWorkingDays, NextWorkingDayAcrossEasterMonday) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 4, 3))), "2026-04-07");
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2025, 4, 18))), "2025-04-22");
}

TEST(CalendarWorkingDays, NextWorkingDayAcrossKoningsdag) {
  const WorkingDayCalendar calendar;
  // Friday 24 April 2026, then the weekend and Koningsdag on Monday 27 April.
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 4, 24))), "2026-04-28");
  // 2025: Koningsdag on Saturday costs no working day.
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2025, 4, 25))), "2025-04-28");
}

TEST(CalendarWorkingDays, NextWorkingDayIsStrictlyAfter) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 3, 10))), "2026-03-11");
  EXPECT_EQ(iso(calendar.next_working_day(ymd(2026, 12, 31))), "2027-01-04");  // Nieuwjaar
}

TEST(CalendarWorkingDays, AddZeroRollsForwardOnlyWhenNeeded) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 3, 10), 0)), "2026-03-10");
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 12, 25), 0)), "2026-12-28");
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 3, 10), 1)), "2026-03-11");
}

TEST(CalendarWorkingDays, FourteenWorkingDaysAcrossEaster) {
  const WorkingDayCalendar calendar;
  // From Wednesday 1 April 2026, skipping Tweede Paasdag (6 April) and three weekends.
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 4, 1), 14)), "2026-04-22");
  const WorkingDayCalendar with_goede_vrijdag{{.goede_vrijdag = true}};
  EXPECT_EQ(iso(with_goede_vrijdag.add_working_days(ymd(2026, 4, 1), 14)), "2026-04-23");
}

TEST(CalendarWorkingDays, FourteenWorkingDaysAcrossHemelvaartAndPinksteren) {
  // From Friday 1 May 2026: Hemelvaartsdag 14 May is skipped; 5 May only when enabled,
  // which pushes the deadline past Tweede Pinksterdag (25 May).
  const WorkingDayCalendar calendar;
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 5, 1), 14)), "2026-05-22");
  const WorkingDayCalendar always{{.bevrijdingsdag = HolidaySettings::Bevrijdingsdag::always}};
  EXPECT_EQ(iso(always.add_working_days(ymd(2026, 5, 1), 14)), "2026-05-26");
}

TEST(CalendarWorkingDays, FourteenWorkingDaysAcrossChristmasAndNewYear) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(iso(calendar.add_working_days(ymd(2026, 12, 23), 14)), "2027-01-14");
}

TEST(CalendarWorkingDays, WorkingDaysBetweenCountsHalfOpenInterval) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(calendar.working_days_between(ymd(2026, 12, 24), ymd(2026, 12, 28)), 1);
  EXPECT_EQ(calendar.working_days_between(ymd(2026, 12, 24), ymd(2026, 12, 27)), 0);
  EXPECT_EQ(calendar.working_days_between(ymd(2026, 3, 10), ymd(2026, 3, 10)), 0);
  EXPECT_EQ(calendar.working_days_between(ymd(2026, 3, 11), ymd(2026, 3, 10)), 0);
  EXPECT_EQ(calendar.working_days_between(ymd(2026, 4, 1), ymd(2026, 4, 22)), 14);
  // 2026 has 261 weekdays; Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag,
  // Nieuwjaarsdag (Thursday) and Eerste Kerstdag (Friday) fall on weekdays.
  EXPECT_EQ(calendar.working_days_between(ymd(2025, 12, 31), ymd(2026, 12, 31)), 255);
}

TEST(CalendarWorkingDays, AddAndBetweenAreInverse) {
  const WorkingDayCalendar calendar{{.goede_vrijdag = true}};
  for (sys_days start = sys_days{ymd(2026, 1, 1)}; start <= sys_days{ymd(2027, 1, 31)};
       start += days{1}) {
    const year_month_day from{start};
    for (int n : {1, 2, 5, 14}) {
      const year_month_day deadline = calendar.add_working_days(from, n);
      EXPECT_TRUE(calendar.is_working_day(deadline)) << iso(from) << " + " << n;
      EXPECT_EQ(calendar.working_days_between(from, deadline), n) << iso(from) << " + " << n;
    }
  }
}

TEST(CalendarWorkingDays, RejectsInvalidInput) {
  const WorkingDayCalendar calendar;
  EXPECT_THROW((void)calendar.add_working_days(ymd(2026, 3, 10), -1), std::invalid_argument);
  EXPECT_THROW((void)calendar.is_working_day(ymd(2025, 2, 29)), std::invalid_argument);
  EXPECT_THROW((void)calendar.next_working_day(ymd(2026, 13, 1)), std::invalid_argument);
  EXPECT_THROW((void)perspectief::format_iso_date(ymd(2026, 4, 31)), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------
// ISO dates

TEST(CalendarIsoDate, ParsesValidDates) {
  EXPECT_EQ(perspectief::parse_iso_date("2026-12-28"), ymd(2026, 12, 28));
  EXPECT_EQ(perspectief::parse_iso_date("2024-02-29"), ymd(2024, 2, 29));  // leap year
  EXPECT_EQ(perspectief::parse_iso_date("2000-02-29"), ymd(2000, 2, 29));  // 400-year rule
  EXPECT_EQ(perspectief::parse_iso_date("0001-01-01"), ymd(1, 1, 1));
}

TEST(CalendarIsoDate, RejectsMalformedOrNonexistentDates) {
  for (const char* text :
       {"2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
        "2025-04-31", "2025-1-01", "2025-01-1", "25-01-01", "", "abcd-ef-gh", "2025-01-01x",
        "2025-01-01 ", " 2025-01-01", "2025/01/01", "2025-01-01T00:00", "+025-01-01",
        "-025-01-01", "2025-0a-01", "2025--1-01", "20250101"}) {
    EXPECT_EQ(perspectief::parse_iso_date(text), std::nullopt) << '"' << text << '"';
  }
}

TEST(CalendarIsoDate, FormatsWithZeroPadding) {
  EXPECT_EQ(perspectief::format_iso_date(ymd(2026, 4, 7)), "2026-04-07");
  EXPECT_EQ(perspectief::format_iso_date(ymd(5, 1, 9)), "0005-01-09");
  EXPECT_EQ(perspectief::format_iso_date(ymd(-44, 3, 15)), "-0044-03-15");
  EXPECT_EQ(perspectief::format_iso_date(ymd(10000, 1, 1)), "+10000-01-01");
}

TEST(CalendarIsoDate, RoundTrips) {
  for (sys_days day = sys_days{ymd(2023, 12, 1)}; day <= sys_days{ymd(2025, 3, 1)};
       day += days{1}) {
    const year_month_day date{day};
    EXPECT_EQ(perspectief::parse_iso_date(perspectief::format_iso_date(date)), date);
  }
}

}  // namespace

// ---- Age in completed years and consent by age: each stated once ------------------------

TEST(CompletedYears, ABirthdayCountsFromItsOwnDayAndLeapDayBirthdaysFromTheFirstOfMarch) {
  using namespace std::chrono;
  const year_month_day birth{year{2010}, month{6}, day{15}};
  EXPECT_EQ(perspectief::completed_years(birth, year_month_day{year{2026}, month{6}, day{14}}), 15);
  EXPECT_EQ(perspectief::completed_years(birth, year_month_day{year{2026}, month{6}, day{15}}), 16);
  const year_month_day leap{year{2008}, month{2}, day{29}};
  EXPECT_EQ(perspectief::completed_years(leap, year_month_day{year{2026}, month{2}, day{28}}), 17);
  EXPECT_EQ(perspectief::completed_years(leap, year_month_day{year{2026}, month{3}, day{1}}), 18);
  EXPECT_EQ(perspectief::completed_years(leap, year_month_day{year{2028}, month{2}, day{29}}), 20);
}

TEST(ConsentByAge, ParentsUnder12BothFrom12TheChildAloneFrom16) {
  EXPECT_FALSE(perspectief::consent_by_age(11).child);
  EXPECT_TRUE(perspectief::consent_by_age(11).parents);
  EXPECT_TRUE(perspectief::consent_by_age(12).child);
  EXPECT_TRUE(perspectief::consent_by_age(15).parents);
  EXPECT_TRUE(perspectief::consent_by_age(16).child);
  EXPECT_FALSE(perspectief::consent_by_age(16).parents);
}
