// What the C ABI's opaque handles hold. A handle wraps the C++ object with a
// type tag, so that a handle of the wrong type (a pp_plan* cast to pp_engine*,
// say) is reported as PP_ERR_STATE instead of being used as if it were right.
// The tag cannot catch a handle used after its *_destroy: that is undefined
// behaviour in C, as for any freed pointer.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>

#include "perspectief/engine.hpp"
#include "perspectief/model.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "perspectief/store.hpp"

namespace perspectief::capi {
// ASCII "ENGN", "PLAN", "STOR", "PREP", "PRTY", "PPRT" and "JSNL", to be recognisable in a debugger's memory view.
inline constexpr std::uint32_t kEngineTag = 0x454e474eu;
inline constexpr std::uint32_t kPlanTag = 0x504c414eu;
inline constexpr std::uint32_t kStoreTag = 0x53544f52u;
inline constexpr std::uint32_t kPreparedPlanTag = 0x50524550u;
inline constexpr std::uint32_t kPartyTag = 0x50525459u;
inline constexpr std::uint32_t kPreparedPartyTag = 0x50505254u;
inline constexpr std::uint32_t kJsonlStreamTag = 0x4a534e4cu;

// A JSONL stream's file, reader, worker threads and pending lines (jsonl.cpp).
class JsonlStream;

// What every handle is: the C++ value behind its type tag (first, so that a handle of
// any type can be asked for its tag). `Name` is the C type's name, for messages.
template <class Value, std::uint32_t Tag>
struct TaggedHandle {
  static constexpr std::uint32_t kTag = Tag;
  explicit TaggedHandle(Value made) : value(std::move(made)) {}
  std::uint32_t tag = kTag;
  Value value;
};
}  // namespace perspectief::capi

// The C header declares these as incomplete types; they are defined here, in
// the global namespace, so that the names match. The engine, plans, prepared plans,
// parties and prepared parties are immutable. A store is not, but it may still be
// shared between threads: its SQLite backend runs one transaction at a time
// (sqlite_backend.cpp).
struct pp_engine : perspectief::capi::TaggedHandle<perspectief::Engine, perspectief::capi::kEngineTag> {
  static constexpr const char* kName = "pp_engine";
  using TaggedHandle::TaggedHandle;
};
struct pp_plan : perspectief::capi::TaggedHandle<perspectief::Plan, perspectief::capi::kPlanTag> {
  static constexpr const char* kName = "pp_plan";
  using TaggedHandle::TaggedHandle;
};
struct pp_store : perspectief::capi::TaggedHandle<perspectief::store::Store, perspectief::capi::kStoreTag> {
  static constexpr const char* kName = "pp_store";
  using TaggedHandle::TaggedHandle;
};
struct pp_prepared_plan
    : perspectief::capi::TaggedHandle<perspectief::sharing::PreparedPlan, perspectief::capi::kPreparedPlanTag> {
  static constexpr const char* kName = "pp_prepared_plan";
  using TaggedHandle::TaggedHandle;
};
struct pp_party : perspectief::capi::TaggedHandle<perspectief::sharing::Party, perspectief::capi::kPartyTag> {
  static constexpr const char* kName = "pp_party";
  using TaggedHandle::TaggedHandle;
};
struct pp_prepared_party
    : perspectief::capi::TaggedHandle<perspectief::sharing::PreparedParty, perspectief::capi::kPreparedPartyTag> {
  static constexpr const char* kName = "pp_prepared_party";
  using TaggedHandle::TaggedHandle;
};
// A JSONL stream is not immutable: its calls take turns (jsonl.cpp).
struct pp_jsonl_stream : perspectief::capi::TaggedHandle<std::unique_ptr<perspectief::capi::JsonlStream>,
                                                         perspectief::capi::kJsonlStreamTag> {
  static constexpr const char* kName = "pp_jsonl_stream";
  using TaggedHandle::TaggedHandle;
};
