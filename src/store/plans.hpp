// Looking up a plan's record with the errors every operation gives.
#pragma once

#include <string>
#include <string_view>

#include "perspectief/error.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {

// The record of a stored plan, destroyed or not. Error(not_found) when there is none.
inline PlanRecord any_record(StoreBackend& backend, std::string_view plan_id) {
  auto record = backend.plan(plan_id);
  if (!record) throw Error(ErrorCode::not_found, "store: no plan '" + std::string(plan_id) + "' in the store");
  return *record;
}

// The record of a plan whose content is still there. Error(state) once destroyed.
inline PlanRecord live_record(StoreBackend& backend, std::string_view plan_id) {
  PlanRecord record = any_record(backend, plan_id);
  if (record.destroyed_at || !record.document) {
    throw Error(ErrorCode::state, "store: plan '" + std::string(plan_id) + "' was destroyed on " +
                                      record.destroyed_at.value_or("?") + " (Jeugdwet 7.3.9); only its log remains");
  }
  return record;
}

}  // namespace perspectief::store
