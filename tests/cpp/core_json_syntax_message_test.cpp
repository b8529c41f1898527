// The wording of JSON syntax errors (src/core/json_syntax_message.*): line,
// column and byte of the place, the reason in the project's words, and the
// bytes around it escaped; never the JSON library's exception ids or raw bytes.
#include <gtest/gtest.h>

#include "core/json_syntax_message.hpp"
#include "perspectief/error.hpp"
#include "perspectief/json.hpp"

namespace {

using perspectief::Error;
using perspectief::ErrorCode;

// The message parse_json gives for `text`, which must be refused with `code`.
std::string refusal(const std::string& text, ErrorCode code) {
  try {
    perspectief::parse_json(text);
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), code) << error.what();
    return error.what();
  }
  ADD_FAILURE() << "accepted: " << text;
  return {};
}

TEST(JsonSyntaxMessage, GarbageNamesLineColumnAndTheBytesThere) {
  const std::string message = refusal("garbage", ErrorCode::json_syntax);
  EXPECT_EQ(message, "invalid JSON at line 1, column 1 (byte 1): invalid literal while reading a value; "
                     "near '^garbage'");
}

TEST(JsonSyntaxMessage, LinesAndColumnsCountFromTheTextItself) {
  const std::string message = refusal("{\n  \"a\": 1,\n  \"b\" 2\n}", ErrorCode::json_syntax);
  EXPECT_NE(message.find("at line 3, column 7 (byte 19)"), std::string::npos) << message;
  EXPECT_NE(message.find("expected ':'"), std::string::npos) << message;
}

TEST(JsonSyntaxMessage, TruncatedTextSaysWhereItEnds) {
  const std::string message = refusal("{\"a\": [1, 2", ErrorCode::json_syntax);
  EXPECT_EQ(message, "invalid JSON at line 1, column 12 (byte 12): unexpected end of input; expected ']' "
                     "while reading an array; the text ends there");
}

TEST(JsonSyntaxMessage, InvalidUtf8IsItsOwnCodeAndItsBytesAreEscaped) {
  const std::string message = refusal("{\"name\": \"caf\xc3\"}", ErrorCode::invalid_utf8);
  EXPECT_NE(message.find("caf\\xc3"), std::string::npos) << message;
  for (const char c : message) EXPECT_LT(static_cast<unsigned char>(c), 0x80) << message;
}

TEST(JsonSyntaxMessage, NeverShowsTheLibraryInternals) {
  for (const std::string text : {"garbage", "[1,]", "", "{\"a\":1}x", "\"a\tb\"", "{\"a\" 1}"}) {
    const std::string message = refusal(text, ErrorCode::json_syntax);
    EXPECT_EQ(message.find("json.exception"), std::string::npos) << message;
    EXPECT_EQ(message.find("last read"), std::string::npos) << message;
    EXPECT_EQ(message.find('\t'), std::string::npos) << message;
  }
}

TEST(JsonSyntaxMessage, EscapedBytesKeepPrintableAsciiOnly) {
  EXPECT_EQ(perspectief::detail::escaped_bytes(std::string("a'b\\c\n\t\x01\xff\xc3\xa9", 11)),
            "a\\'b\\\\c\\n\\t\\x01\\xff\\xc3\\xa9");
}

TEST(JsonSyntaxMessage, APointerWhenKnownIsNamed) {
  EXPECT_EQ(perspectief::detail::describe_json_syntax_error("[1,x]", 4, "syntax error while parsing value - invalid literal",
                                                            "/1"),
            "invalid JSON at line 1, column 4 (byte 4), in /1: invalid literal while reading a value; near '[1,^x]'");
}

}  // namespace
