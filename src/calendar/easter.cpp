// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
#include "perspectief/calendar.hpp"

#include <stdexcept>

namespace perspectief {
namespace {

// The algorithm is stated with mathematical (floor) division. C++ `/` and `%` truncate
// toward zero, which differs for negative operands; std::chrono::year admits negative
// (proleptic) years, so use floor semantics to keep every year well-defined.
constexpr int floor_div(int value, int divisor) {
  const int quotient = value / divisor;
  return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

constexpr int floor_mod(int value, int divisor) {
  return value - divisor * floor_div(value, divisor);
}

}  // namespace

std::chrono::year_month_day easter_sunday(std::chrono::year year) {
  if (!year.ok()) {
    throw std::invalid_argument("easter_sunday: year out of range");
  }
  const int y = static_cast<int>(year);

  const int a = floor_mod(y, 19);            // position in the 19-year Metonic cycle
  const int b = floor_div(y, 100);           // century
  const int c = floor_mod(y, 100);           // year within the century
  const int d = floor_div(b, 4);             // Gregorian leap-century correction ...
  const int e = floor_mod(b, 4);             // ... and its remainder
  const int f = floor_div(b + 8, 25);        // lunar (Metonic) correction
  const int g = floor_div(b - f + 1, 3);
  const int h = floor_mod(19 * a + b - d - g + 15, 30);  // epact: days to Paschal full moon
  const int i = floor_div(c, 4);
  const int k = floor_mod(c, 4);
  const int l = floor_mod(32 + 2 * e + 2 * i - h - k, 7);  // days on to the next Sunday
  const int m = floor_div(a + 11 * h + 22 * l, 451);       // exceptions for late full moons
  const int n = h + l - 7 * m + 114;

  const auto month = static_cast<unsigned>(floor_div(n, 31));
  const auto day = static_cast<unsigned>(floor_mod(n, 31) + 1);
  return std::chrono::year_month_day{year, std::chrono::month{month}, std::chrono::day{day}};
}

}  // namespace perspectief
