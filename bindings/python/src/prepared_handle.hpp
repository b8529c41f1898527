// What a Python PreparedPlan holds: a sharing::PreparedPlan, closable.
//
// A prepared plan is immutable and cheap to copy (its copies share one state),
// so an operation takes its own copy under the GIL and then releases the GIL,
// as EngineHandle and PlanHandle do (handles.hpp): closing it from another
// thread meanwhile never pulls the state from under a running question.
#pragma once

#include <optional>

#include "perspectief/error.hpp"
#include "perspectief/prepared_plan.hpp"

namespace perspectief::python {

class PreparedHandle {
 public:
  explicit PreparedHandle(sharing::PreparedPlan prepared) : prepared_(std::move(prepared)) {}

  // A copy of the prepared plan's own; throws Error(state) once closed. Under the GIL.
  sharing::PreparedPlan get() const {
    if (!prepared_) throw Error(ErrorCode::state, "the prepared plan is closed");
    return *prepared_;
  }
  // The prepared plan itself, for work that holds the GIL and runs no Python code while
  // it uses it (close() needs the GIL, so it cannot run meanwhile); throws Error(state)
  // once closed. Saves get()'s reference count on the single-question path.
  const sharing::PreparedPlan& held() const {
    if (!prepared_) throw Error(ErrorCode::state, "the prepared plan is closed");
    return *prepared_;
  }
  void close() { prepared_.reset(); }
  bool closed() const { return !prepared_.has_value(); }

 private:
  std::optional<sharing::PreparedPlan> prepared_;
};

}  // namespace perspectief::python
