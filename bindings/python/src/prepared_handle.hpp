// What a Python PreparedPlan or PreparedParty holds: its core object, closable.
//
// Both are immutable and cheap to copy (copies share one state), so an operation
// takes its own copy under the GIL and then releases the GIL, as EngineHandle and
// PlanHandle do (handles.hpp): closing one from another thread meanwhile never
// pulls the state from under a running question.
#pragma once

#include <optional>
#include <utility>

#include "perspectief/error.hpp"
#include "perspectief/prepared_plan.hpp"

namespace perspectief::python {

template <class T>
class ClosableHandle {
 public:
  // `closed_message` is the StateError's message once closed (a string literal).
  ClosableHandle(T value, const char* closed_message) : value_(std::move(value)), closed_message_(closed_message) {}

  // A copy of the object's own; throws Error(state) once closed. Under the GIL.
  T get() const { return held(); }
  // The object itself, for work that holds the GIL and runs no Python code while it uses
  // it (close() needs the GIL, so it cannot run meanwhile); throws Error(state) once
  // closed. Saves get()'s reference count on the single-question path.
  const T& held() const {
    if (!value_) throw Error(ErrorCode::state, closed_message_);
    return *value_;
  }
  void close() { value_.reset(); }
  bool closed() const { return !value_.has_value(); }

 private:
  std::optional<T> value_;
  const char* closed_message_;
};

class PreparedHandle : public ClosableHandle<sharing::PreparedPlan> {
 public:
  explicit PreparedHandle(sharing::PreparedPlan prepared)
      : ClosableHandle(std::move(prepared), "the prepared plan is closed") {}
};

class PreparedPartyHandle : public ClosableHandle<sharing::PreparedParty> {
 public:
  explicit PreparedPartyHandle(sharing::PreparedParty party)
      : ClosableHandle(std::move(party), "the prepared party is closed") {}
};

}  // namespace perspectief::python
