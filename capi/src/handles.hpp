// What the C ABI's opaque handles hold. A handle wraps the C++ object with a
// type tag, so that a handle of the wrong type (a pp_plan* cast to pp_engine*,
// say) is reported as PP_ERR_STATE instead of being used as if it were right.
// The tag cannot catch a handle used after its *_destroy: that is undefined
// behaviour in C, as for any freed pointer.
#pragma once

#include <cstdint>
#include <utility>

#include "perspectief/engine.hpp"
#include "perspectief/model.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "perspectief/store.hpp"

namespace perspectief::capi {
// ASCII "ENGN", "PLAN", "STOR", "PREP", "PRTY" and "PPRT", to be recognisable in a debugger's memory view.
inline constexpr std::uint32_t kEngineTag = 0x454e474eu;
inline constexpr std::uint32_t kPlanTag = 0x504c414eu;
inline constexpr std::uint32_t kStoreTag = 0x53544f52u;
inline constexpr std::uint32_t kPreparedPlanTag = 0x50524550u;
inline constexpr std::uint32_t kPartyTag = 0x50525459u;
inline constexpr std::uint32_t kPreparedPartyTag = 0x50505254u;
}  // namespace perspectief::capi

// The C header declares these as incomplete types; they are defined here, in
// the global namespace, so that the names match.
struct pp_engine {
  static constexpr std::uint32_t kTag = perspectief::capi::kEngineTag;
  static constexpr const char* kName = "pp_engine";
  explicit pp_engine(perspectief::Engine loaded) : engine(std::move(loaded)) {}
  std::uint32_t tag = kTag;
  perspectief::Engine engine;
};

struct pp_plan {
  static constexpr std::uint32_t kTag = perspectief::capi::kPlanTag;
  static constexpr const char* kName = "pp_plan";
  explicit pp_plan(perspectief::Plan parsed) : plan(std::move(parsed)) {}
  std::uint32_t tag = kTag;
  perspectief::Plan plan;
};

// A store is not immutable like the other two, but it may still be shared between
// threads: its SQLite backend runs one transaction at a time (sqlite_backend.cpp).
struct pp_store {
  static constexpr std::uint32_t kTag = perspectief::capi::kStoreTag;
  static constexpr const char* kName = "pp_store";
  explicit pp_store(perspectief::store::Store opened) : store(std::move(opened)) {}
  std::uint32_t tag = kTag;
  perspectief::store::Store store;
};

struct pp_prepared_plan {
  static constexpr std::uint32_t kTag = perspectief::capi::kPreparedPlanTag;
  static constexpr const char* kName = "pp_prepared_plan";
  explicit pp_prepared_plan(perspectief::sharing::PreparedPlan made) : prepared(std::move(made)) {}
  std::uint32_t tag = kTag;
  perspectief::sharing::PreparedPlan prepared;
};

struct pp_party {
  static constexpr std::uint32_t kTag = perspectief::capi::kPartyTag;
  static constexpr const char* kName = "pp_party";
  explicit pp_party(perspectief::sharing::Party read) : party(std::move(read)) {}
  std::uint32_t tag = kTag;
  perspectief::sharing::Party party;
};

struct pp_prepared_party {
  static constexpr std::uint32_t kTag = perspectief::capi::kPreparedPartyTag;
  static constexpr const char* kName = "pp_prepared_party";
  explicit pp_prepared_party(perspectief::sharing::PreparedParty made) : prepared(std::move(made)) {}
  std::uint32_t tag = kTag;
  perspectief::sharing::PreparedParty prepared;
};
