// What the Python objects hold: an Engine or a Plan, closable.
//
// Both core objects are immutable and cheap to share (an Engine is a
// shared_ptr to its state; a Plan is kept behind a shared_ptr here), so an
// operation takes its own reference under the GIL and then releases the GIL:
// closing a handle from another thread meanwhile only drops the handle's
// reference and never pulls the object from under a running operation.
//
// close() (and the context manager built on it in Python) lets a host drop a
// large profile or plan deterministically; using a closed handle raises
// StateError, as a destroyed handle would in the C ABI (PP_ERR_STATE).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "perspectief/engine.hpp"

namespace perspectief::python {

// How an engine was loaded: enough to load it again in another process
// (pickling). A built-in profile is named by id, any other by its document.
struct EngineSource {
  std::string builtin_id;                    // non-empty for a built-in profile
  std::string profile_json;                  // canonical profile document otherwise
  std::optional<std::string> settings_json;  // canonical municipal settings, if any
  JsonLimits limits;
};

class EngineHandle {
 public:
  EngineHandle(Engine engine, EngineSource source) : engine_(std::move(engine)), source_(std::move(source)) {}

  // A reference of the engine's own; throws Error(state) once closed.
  Engine get() const {
    if (!engine_) throw Error(ErrorCode::state, "the engine is closed");
    return *engine_;
  }
  void close() { engine_.reset(); }
  bool closed() const { return !engine_.has_value(); }
  const EngineSource& source() const { return source_; }

 private:
  std::optional<Engine> engine_;
  EngineSource source_;
};

class PlanHandle {
 public:
  explicit PlanHandle(Plan plan) : plan_(std::make_shared<const Plan>(std::move(plan))) {}

  // Under the GIL (like close()).
  std::shared_ptr<const Plan> get() const {
    if (!plan_) throw Error(ErrorCode::state, "the plan is closed");
    return plan_;
  }
  void close() {
    plan_.reset();
    std::lock_guard lock(json_mutex_);
    json_.reset();
  }
  bool closed() const { return plan_ == nullptr; }

  // The JSON document of `plan` (what get() returned), computed once: typed
  // accessors and item access read from it, and a plan never changes. May run
  // without the GIL; the mutex guards the cache.
  std::shared_ptr<const Json> json(const std::shared_ptr<const Plan>& plan) const {
    std::lock_guard lock(json_mutex_);
    if (!json_) json_ = std::make_shared<const Json>(plan_to_json(*plan));
    return json_;
  }

 private:
  std::shared_ptr<const Plan> plan_;
  mutable std::mutex json_mutex_;
  mutable std::shared_ptr<const Json> json_;
};

}  // namespace perspectief::python
