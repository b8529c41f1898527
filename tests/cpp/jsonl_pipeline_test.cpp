// The ordered parallel JSONL pipeline (jsonl/): reading lines without loading
// the stream, and results in file order from many threads with a bounded
// number of lines in flight. Lines are parsed with the core's parse_json, so a
// bad line's error is the one a caller really gets.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "perspectief/error.hpp"
#include "perspectief/json.hpp"
#include "perspectief_jsonl/line_reader.hpp"
#include "perspectief_jsonl/ordered_pipeline.hpp"

namespace {

using perspectief::jsonl::Line;
using perspectief::jsonl::LineError;
using perspectief::jsonl::LineReader;
using perspectief::jsonl::LineResult;
using perspectief::jsonl::OrderedPipeline;
using perspectief::jsonl::PipelineOptions;
using Outcome = std::variant<std::string, LineError>;

// Each line parsed as JSON and written back canonically, or the parser's error.
Outcome canonical_or_error(const Line& line) {
  try {
    return perspectief::canonical_json(perspectief::parse_json(line.text));
  } catch (const perspectief::Error& error) {
    return LineError{static_cast<std::int32_t>(error.code()), error.what(), error.pointer(), ""};
  }
}

std::vector<LineResult<std::string>> run(const std::string& input, std::size_t workers, std::size_t max_bytes = 1024) {
  std::istringstream in(input);
  LineReader reader(in, max_bytes);
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{workers, 0}, canonical_or_error);
  std::vector<LineResult<std::string>> results;
  while (auto result = pipeline.next()) results.push_back(std::move(*result));
  return results;
}

TEST(JsonlPipeline, ResultsComeBackInFileOrderFromManyThreads) {
  std::string input;
  constexpr int kLines = 2000;
  for (int i = 0; i < kLines; ++i) input += "{\"n\":" + std::to_string(i) + "}\n";
  std::istringstream in(input);
  LineReader reader(in, 1024);
  // Uneven work, so that later lines often finish before earlier ones.
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{16, 0}, [](const Line& line) -> Outcome {
    std::this_thread::sleep_for(std::chrono::microseconds((line.number * 7919) % 200));
    return line.text;
  });
  int expected = 0;
  while (auto result = pipeline.next()) {
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(result->line, static_cast<std::size_t>(expected + 1));
    EXPECT_EQ(result->value(), "{\"n\":" + std::to_string(expected) + "}");
    ++expected;
  }
  EXPECT_EQ(expected, kLines);
}

TEST(JsonlPipeline, NoMoreLinesInFlightThanTheWindowWhateverTheWorkers) {
  std::string input;
  for (int i = 0; i < 300; ++i) input += "{}\n";
  std::istringstream in(input);
  LineReader reader(in, 1024);
  constexpr std::size_t kWindow = 5;
  std::atomic<std::size_t> started{0};
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{8, kWindow}, [&](const Line& line) -> Outcome {
    ++started;
    return line.text;
  });
  std::size_t taken = 0;
  std::size_t most_ahead = 0;
  while (auto result = pipeline.next()) {
    ++taken;
    // Between two calls of next() the workers may only fill the window again.
    const std::size_t ahead = started.load() - taken;
    EXPECT_LE(ahead, kWindow);
    most_ahead = std::max(most_ahead, ahead);
    // A slow consumer: the workers must wait for it rather than read on.
    if (taken % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(taken, 300u);
  EXPECT_EQ(started.load(), 300u);
  EXPECT_GE(most_ahead, 2u);  // the workers did run ahead of the consumer
}

TEST(JsonlPipeline, ABadLineIsItsOwnErrorAndTheStreamGoesOn) {
  const auto results = run("{\"a\":1}\n{\"a\":\n[1,2]\n", 4);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].ok());
  ASSERT_FALSE(results[1].ok());
  EXPECT_EQ(results[1].line, 2u);
  EXPECT_EQ(results[1].error().code, PP_ERR_JSON_SYNTAX);
  EXPECT_NE(results[1].error().message.find("line 1"), std::string::npos) << results[1].error().message;
  EXPECT_EQ(results[2].value(), "[1,2]");
  EXPECT_EQ(results[2].line, 3u);
}

TEST(JsonlPipeline, BlankLinesAreSkippedButCounted) {
  const auto results = run("\n{\"a\":1}\n   \n\t\r\n\n{\"b\":2}\n\n", 3);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].line, 2u);
  EXPECT_EQ(results[1].line, 6u);
  EXPECT_EQ(results[1].value(), "{\"b\":2}");
}

TEST(JsonlPipeline, AnOverLongLineIsRefusedWithoutStoppingTheStream) {
  const std::string long_line = "[" + std::string(5000, '1') + "]";
  std::istringstream in("[1]\n" + long_line + "\n[2]\n" + long_line);
  LineReader reader(in, 100);
  std::atomic<int> calls{0};
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{2, 0}, [&](const Line& line) -> Outcome {
    ++calls;
    EXPECT_LE(line.text.size(), 100u);  // the worker never sees the long line
    return line.text;
  });
  std::vector<LineResult<std::string>> results;
  while (auto result = pipeline.next()) results.push_back(std::move(*result));
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0].value(), "[1]");
  ASSERT_FALSE(results[1].ok());
  EXPECT_EQ(results[1].error().code, PP_ERR_LIMIT_EXCEEDED);
  EXPECT_EQ(results[1].error().message, "line 2 is longer than the limit of 100 bytes");
  EXPECT_EQ(results[2].value(), "[2]");
  EXPECT_EQ(results[3].line, 4u);  // the last line, too long and without a line break
  EXPECT_EQ(results[3].error().code, PP_ERR_LIMIT_EXCEEDED);
  EXPECT_EQ(calls.load(), 2);
}

TEST(JsonlReader, ALineOfExactlyTheLimitIsRead) {
  std::istringstream in(std::string(10, '7') + "\r\n" + std::string(11, '7') + "\n");
  LineReader reader(in, 11);  // the first line is 11 bytes with its "\r"
  const auto first = reader.next();
  ASSERT_TRUE(first && !first->too_long);
  EXPECT_EQ(first->text, std::string(10, '7'));
  const auto second = reader.next();
  ASSERT_TRUE(second && !second->too_long);
  EXPECT_FALSE(reader.next());
}

TEST(JsonlReader, LinesLongerThanTheBufferAreReadWhole) {
  const std::string big = "\"" + std::string(200000, 'x') + "\"";
  std::istringstream in(big + "\n" + big);
  LineReader reader(in, 1u << 20);
  EXPECT_EQ(reader.next()->text, big);
  EXPECT_EQ(reader.next()->text, big);
  EXPECT_FALSE(reader.next());
}

TEST(JsonlPipeline, TheLastLineNeedsNoLineBreak) {
  const auto results = run("{\"a\":1}\n{\"b\":2}", 2);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[1].line, 2u);
  EXPECT_EQ(results[1].value(), "{\"b\":2}");
}

TEST(JsonlPipeline, CrlfLinesLoseTheirCarriageReturn) {
  std::istringstream in("{\"a\":\"x\"}\r\n\r\n{\"b\":2}\r\n");
  LineReader reader(in, 1024);
  const auto first = reader.next();
  EXPECT_EQ(first->text, "{\"a\":\"x\"}");
  const auto second = reader.next();
  EXPECT_EQ(second->number, 3u);
  EXPECT_EQ(second->text, "{\"b\":2}");
  EXPECT_FALSE(reader.next());
}

TEST(JsonlPipeline, AnEmptyInputHasNoResults) {
  EXPECT_TRUE(run("", 4).empty());
  EXPECT_TRUE(run("\n\n  \n", 4).empty());
}

TEST(JsonlPipeline, InvalidUtf8IsThatLinesErrorAndTheBytesArriveUnchanged) {
  const std::string bad = "{\"a\":\"\xc3\x28\"}";
  std::istringstream in("[1]\n" + bad + "\n[2]\n");
  LineReader reader(in, 1024);
  std::vector<std::string> seen(4);
  std::mutex seen_mutex;
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{3, 0}, [&](const Line& line) {
    {
      std::lock_guard lock(seen_mutex);
      seen[line.number] = line.text;
    }
    return canonical_or_error(line);
  });
  std::vector<LineResult<std::string>> results;
  while (auto result = pipeline.next()) results.push_back(std::move(*result));
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(seen[2], bad);
  ASSERT_FALSE(results[1].ok());
  EXPECT_EQ(results[1].error().code, PP_ERR_INVALID_UTF8);
  EXPECT_EQ(results[2].value(), "[2]");
}

// A stream that fails after its first bytes, as a disk or pipe can.
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string start) : start_(std::move(start)) {
    setg(start_.data(), start_.data(), start_.data() + start_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("device gone"); }

 private:
  std::string start_;
};

TEST(JsonlPipeline, AFailingStreamEndsWithReadError) {
  FailingBuffer buffer("[1]\n[2]\n");
  std::istream in(&buffer);
  LineReader reader(in, 1024);
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{2, 0}, canonical_or_error);
  EXPECT_THROW(
      {
        while (pipeline.next()) {
        }
      },
      perspectief::jsonl::ReadError);
}

TEST(JsonlPipeline, AThrowingWorkerIsRethrownAtItsLine) {
  std::istringstream in("[1]\n[2]\n[3]\n");
  LineReader reader(in, 1024);
  OrderedPipeline<std::string> pipeline(reader, PipelineOptions{2, 0}, [](const Line& line) -> Outcome {
    if (line.number == 2) throw std::logic_error("bug");
    return line.text;
  });
  EXPECT_EQ(pipeline.next()->value(), "[1]");
  EXPECT_THROW(pipeline.next(), std::logic_error);
}

}  // namespace
