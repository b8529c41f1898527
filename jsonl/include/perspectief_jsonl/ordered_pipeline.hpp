// One ordered parallel pipeline over a JSONL stream: a per-line function runs on
// N worker threads and the results come back in file order, one for each
// non-blank line, with at most `max_in_flight` lines read but not yet handed
// back, so memory stays flat however long the stream and however many workers.
// A line's failure is its result (LineError); the stream goes on.
//
// Workers read the stream themselves, one at a time (the reader is not shared
// otherwise), so no thread sits idle feeding the others; a worker waits while
// the window of lines in flight is full, until the caller takes the oldest.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "perspectief/perspectief.h"
#include "perspectief_jsonl/line_reader.hpp"

namespace perspectief::jsonl {

// Why one line failed: a pp_status number (the same in C, C++ and every binding),
// the message, the JSON pointer in the line's document, and the detail document
// (JSON text: problems, rules) when there is one.
struct LineError {
  std::int32_t code = PP_ERR_INTERNAL;
  std::string message;
  std::string pointer;
  std::string detail;
};

template <class T>
struct LineResult {
  std::size_t line = 0;
  std::variant<T, LineError> outcome;

  bool ok() const { return outcome.index() == 0; }
  const T& value() const { return std::get<0>(outcome); }
  T& value() { return std::get<0>(outcome); }
  const LineError& error() const { return std::get<1>(outcome); }
};

struct PipelineOptions {
  std::size_t workers = 1;        // threads running the per-line function (0 counts as 1)
  std::size_t max_in_flight = 0;  // lines read but not yet taken; 0: 4 per worker
};

// The error of a line longer than the reader's limit, as every caller reports it.
inline LineError too_long_error(const Line& line, std::size_t max_bytes) {
  return LineError{PP_ERR_LIMIT_EXCEEDED,
                   "line " + std::to_string(line.number) + " is longer than the limit of " +
                       std::to_string(max_bytes) + " bytes",
                   "", ""};
}

template <class T>
class OrderedPipeline {
 public:
  // Called on a worker thread for each line that is not too long; may be called
  // on several threads at once. A throw is not a line's error but a bug: next()
  // rethrows it when that line's turn comes.
  using Work = std::function<std::variant<T, LineError>(const Line&)>;

  OrderedPipeline(LineReader& reader, PipelineOptions options, Work work)
      : reader_(reader),
        work_(std::move(work)),
        capacity_(options.max_in_flight != 0 ? options.max_in_flight : 4 * std::max<std::size_t>(options.workers, 1)),
        slots_(capacity_) {
    const std::size_t workers = std::max<std::size_t>(options.workers, 1);
    threads_.reserve(workers);
    for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { run_worker(); });
  }

  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Stops reading; lines being worked on are finished first.
  ~OrderedPipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  // The next line's result in file order (waiting for it), or nullopt at the end.
  // Throws ReadError when the stream fails, after every line before the failure.
  std::optional<LineResult<T>> next() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return (taken_ < issued_ && slot(taken_).done) || (ended_ && taken_ == issued_); });
    if (taken_ == issued_) return std::nullopt;
    Slot current = std::move(slot(taken_));
    slot(taken_) = Slot{};
    ++taken_;
    lock.unlock();
    space_.notify_one();
    if (current.failure) std::rethrow_exception(current.failure);
    return LineResult<T>{current.line, std::move(*current.outcome)};
  }

 private:
  struct Slot {
    std::size_t line = 0;
    bool done = false;
    std::optional<std::variant<T, LineError>> outcome;
    std::exception_ptr failure;
  };

  Slot& slot(std::size_t sequence) { return slots_[sequence % capacity_]; }

  void finish(std::size_t sequence, std::optional<std::variant<T, LineError>> outcome, std::exception_ptr failure) {
    {
      std::lock_guard lock(mutex_);
      Slot& target = slot(sequence);
      target.outcome = std::move(outcome);
      target.failure = std::move(failure);
      target.done = true;
    }
    ready_.notify_all();
  }

  void end_of_input() {
    {
      std::lock_guard lock(mutex_);
      ended_ = true;
    }
    ready_.notify_all();
    space_.notify_all();
  }

  void run_worker() {
    for (;;) {
      // One reader at a time, and only into a free slot: the sequence numbers
      // are the order of the file.
      std::unique_lock reading(read_mutex_);
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [this] { return stop_ || ended_ || issued_ - taken_ < capacity_; });
        if (stop_ || ended_) return;
      }
      std::optional<Line> line;
      std::exception_ptr failure;
      try {
        line = reader_.next();
      } catch (...) {
        failure = std::current_exception();
      }
      if (!line && !failure) {
        end_of_input();
        return;
      }
      std::size_t sequence = 0;
      {
        std::lock_guard lock(mutex_);
        sequence = issued_++;
        slot(sequence).line = line ? line->number : 0;
      }
      if (failure) {
        // Nothing after a failed read can be trusted: the stream ends at it.
        finish(sequence, std::nullopt, failure);
        end_of_input();
        return;
      }
      reading.unlock();
      if (line->too_long) {
        finish(sequence, too_long_error(*line, reader_.max_bytes()), nullptr);
        continue;
      }
      try {
        finish(sequence, work_(*line), nullptr);
      } catch (...) {
        finish(sequence, std::nullopt, std::current_exception());
      }
    }
  }

  LineReader& reader_;
  Work work_;
  const std::size_t capacity_;
  std::vector<Slot> slots_;  // a ring: sequence % capacity_, never more than capacity_ in use
  std::mutex read_mutex_;
  std::mutex mutex_;  // guards everything below and the slots
  std::condition_variable ready_;  // a slot became done, or the input ended
  std::condition_variable space_;  // a slot became free, or the pipeline stops
  std::size_t issued_ = 0;         // lines read (sequence numbers handed out)
  std::size_t taken_ = 0;          // results handed back by next()
  bool ended_ = false;
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace perspectief::jsonl
