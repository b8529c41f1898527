// Opening a store by path: the one place that knows the in-memory path form, so the
// C ABI and every binding mean the same store by the same path (docs/store.md).
#include <utility>

#include "perspectief/store.hpp"

namespace perspectief::store {

Store open_store(const std::string& path, OpenMode mode, StoreOptions options) {
  if (path == in_memory_path) return Store(memory_backend(), std::move(options));
  return open_sqlite_store(path, mode, std::move(options));
}

}  // namespace perspectief::store
