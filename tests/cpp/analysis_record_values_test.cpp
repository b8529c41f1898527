// tidy_row: every record value of its column's type, in one canonical form (record_values.hpp).
#include <array>
#include <string>

#include <gtest/gtest.h>

#include "analysis/record_values.hpp"
#include "perspectief/error.hpp"

namespace perspectief::analysis {
namespace {

using detail::ColumnDecl;
using detail::ColumnType;

constexpr std::array kColumns = {
    ColumnDecl{"text", ColumnType::string},   ColumnDecl{"count", ColumnType::integer},
    ColumnDecl{"flag", ColumnType::boolean},  ColumnDecl{"at", ColumnType::timestamp},
    ColumnDecl{"day", ColumnType::date},      ColumnDecl{"codes", ColumnType::list_of_string},
};

Json row_with(const char* column, Json value) {
  Json row = {{"text", "a"}, {"count", 1}, {"flag", true}, {"at", "2026-01-01T00:00:00Z"}, {"day", "2026-01-01"},
              {"codes", Json::array({"43"})}};
  row[column] = std::move(value);
  return row;
}

Json tidy(Json row) { return tidy_row("test", kColumns, std::move(row), "/children/2"); }

ErrorCode code_of(Json row, std::string* pointer = nullptr) {
  try {
    (void)tidy(std::move(row));
  } catch (const Error& e) {
    if (pointer) *pointer = e.pointer();
    return e.code();
  }
  return ErrorCode::ok;
}

TEST(TidyRow, KeepsValuesAlreadyTidy) {
  const Json row = row_with("text", "a");
  EXPECT_EQ(tidy(row), row);
  Json nulls = row;
  for (auto& [key, value] : nulls.items()) value = nullptr;
  EXPECT_EQ(tidy(nulls), nulls) << "null is a value of every type";
}

TEST(TidyRow, EmptyTextIsNull) {
  EXPECT_TRUE(tidy(row_with("text", ""))["text"].is_null());
  EXPECT_EQ(tidy(row_with("text", " "))["text"], " ") << "only the empty text means missing";
  EXPECT_EQ(tidy(row_with("codes", Json::array()))["codes"], Json::array()) << "an empty list is a value";
}

TEST(TidyRow, TimestampsInUtc) {
  EXPECT_EQ(tidy(row_with("at", "2026-03-29T02:30:00+02:00"))["at"], "2026-03-29T00:30:00Z");
  EXPECT_EQ(tidy(row_with("at", "2026-12-31T23:59:59-01:00"))["at"], "2027-01-01T00:59:59Z");
  EXPECT_EQ(tidy(row_with("at", "2026-01-01T00:00:00.999+00:00"))["at"], "2026-01-01T00:00:00Z");
}

TEST(TidyRow, IntegersAsSigned) {
  const Json unsigned_count = Json(std::uint64_t{7});
  EXPECT_TRUE(tidy(row_with("count", unsigned_count))["count"].is_number_integer());
  EXPECT_EQ(tidy(row_with("count", unsigned_count))["count"], 7);
  EXPECT_EQ(code_of(row_with("count", Json(std::uint64_t{1} << 63))), ErrorCode::internal) << "beyond int64";
}

// A malformed moment or date in the plan is the caller's: validation, at the row's source.
TEST(TidyRow, MalformedMomentsAndDatesPointAtTheirSource) {
  std::string pointer;
  EXPECT_EQ(code_of(row_with("at", "2026-01-01T00:00:00"), &pointer), ErrorCode::validation) << "no offset";
  EXPECT_EQ(pointer, "/children/2");
  EXPECT_EQ(code_of(row_with("day", "2026-02-30"), &pointer), ErrorCode::validation);
  EXPECT_EQ(pointer, "/children/2");
  EXPECT_EQ(code_of(row_with("day", "2026-02-28")), ErrorCode::ok);
}

// Anything else is the record builder's bug: internal, never a silently wrong table.
TEST(TidyRow, AValueOfAnotherTypeIsInternal) {
  EXPECT_EQ(code_of(row_with("text", 3)), ErrorCode::internal);
  EXPECT_EQ(code_of(row_with("count", 1.5)), ErrorCode::internal);
  EXPECT_EQ(code_of(row_with("count", "1")), ErrorCode::internal);
  EXPECT_EQ(code_of(row_with("flag", 1)), ErrorCode::internal);
  EXPECT_EQ(code_of(row_with("codes", "43,48")), ErrorCode::internal) << "a list is never joined text";
  EXPECT_EQ(code_of(row_with("codes", Json::array({"43", 48}))), ErrorCode::internal);
  EXPECT_EQ(code_of(row_with("at", 1767225600)), ErrorCode::internal);
}

TEST(TidyRow, ExactlyTheColumnsAsKeys) {
  Json missing = row_with("text", "a");
  missing.erase("flag");
  EXPECT_EQ(code_of(missing), ErrorCode::internal);
  Json renamed = row_with("text", "a");
  renamed.erase("flag");
  renamed["flags"] = true;
  try {
    (void)tidy(renamed);
    ADD_FAILURE() << "no error for a renamed key";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::internal);
    EXPECT_NE(std::string(e.what()).find("'flag'"), std::string::npos) << e.what();
  }
  EXPECT_EQ(code_of(row_with("extra", 1)), ErrorCode::internal);
}

}  // namespace
}  // namespace perspectief::analysis
