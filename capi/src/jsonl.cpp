// JSONL files through the ordered pipeline (jsonl/): the stream handle and its
// three functions. What each line gives is jsonl_lines.cpp's; here the file is
// opened, the workers run it, and the output lines are handed out one by one.
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "boundary.hpp"
#include "jsonl_lines.hpp"
#include "memory.hpp"
#include "perspectief_jsonl/line_reader.hpp"
#include "perspectief_jsonl/ordered_pipeline.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

namespace perspectief::capi {

class JsonlStream {
 public:
  JsonlStream(std::optional<Engine> engine, JsonlOptions options, const std::string& path)
      : lines_(std::move(engine), std::move(options)), path_(path) {
    input_.open(path, std::ios::binary);
    if (!input_) {
      const int why = errno;
      throw Error(why == ENOENT ? ErrorCode::not_found : ErrorCode::io,
                  "path: cannot open '" + path + "': " + std::strerror(why));
    }
    reader_.emplace(input_, lines_.limits().max_bytes);
    pipeline_.emplace(*reader_, jsonl::PipelineOptions{lines_.options().workers, 0},
                      [this](const jsonl::Line& line) -> std::variant<Lines, jsonl::LineError> {
                        return lines_.lines(line.number, line.text);
                      });
  }

  // The next output line, or nullopt after the last.
  std::optional<std::string> next() {
    std::lock_guard turn(turns_);
    while (pending_.empty()) {
      if (!pipeline_) return std::nullopt;
      std::optional<jsonl::LineResult<Lines>> result;
      try {
        result = pipeline_->next();
      } catch (const jsonl::ReadError& error) {
        pipeline_.reset();  // nothing after a failed read can be trusted
        throw Error(ErrorCode::io, "cannot read '" + path_ + "': " + error.what());
      }
      if (!result) {
        pipeline_.reset();  // the workers have ended: let them go now, not at close
        return std::nullopt;
      }
      if (result->ok()) {
        for (std::string& line : result->value()) pending_.push_back(std::move(line));
      } else {
        // A line the reader refused (longer than the limit): its error line, without a plan id.
        const jsonl::LineError& error = result->error();
        pending_.push_back(JsonlLines::error_line(
            result->line, std::nullopt, Error(static_cast<ErrorCode>(error.code), error.message, error.pointer)));
      }
    }
    std::string line = std::move(pending_.front());
    pending_.pop_front();
    return line;
  }

 private:
  using Lines = std::vector<std::string>;
  JsonlLines lines_;
  std::string path_;
  std::ifstream input_;
  std::optional<jsonl::LineReader> reader_;
  std::deque<std::string> pending_;  // the output lines of the input line taken last
  std::mutex turns_;
  // Last: stopped (its threads joined) before what they use goes.
  std::optional<jsonl::OrderedPipeline<Lines>> pipeline_;
};

}  // namespace perspectief::capi

extern "C" {

pp_status pp_jsonl_open(const pp_engine* engine, const char* path, const char* options_json,
                        pp_jsonl_stream** out_stream) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_stream, "out_stream");
    std::optional<Engine> chosen;
    if (engine != nullptr) chosen = call.engine(engine, "engine");
    const JsonLimits limits = chosen ? chosen->limits() : JsonLimits{};
    const std::string file(call.text(path, "path"));
    capi::JsonlOptions options = capi::read_jsonl_options(call.json(options_json, "options_json", limits));
    if (chosen && options.settings) {
      throw Error(ErrorCode::invalid_argument,
                  "options_json: \"settings\" is for a stream without engine (the engine has its settings)",
                  "/settings");
    }
    auto stream = std::make_unique<capi::JsonlStream>(std::move(chosen), std::move(options), file);
    *out_stream = new pp_jsonl_stream(std::move(stream));
  });
}

pp_status pp_jsonl_next(pp_jsonl_stream* stream, char** out_line) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_line, "out_line");
    if (std::optional<std::string> line = call.jsonl_stream(stream, "stream").next()) {
      *out_line = capi::to_c_string(*line);
    }
  });
}

void pp_jsonl_close(pp_jsonl_stream* stream) {
  // As the other destroy functions: a handle of another type is left alone.
  if (stream != nullptr && stream->tag == capi::kJsonlStreamTag) delete stream;
}

}  // extern "C"
