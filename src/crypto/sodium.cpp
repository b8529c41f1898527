#include "crypto/sodium.hpp"

#include <sodium.h>

#include "perspectief/error.hpp"

namespace perspectief::crypto {

void ensure_sodium() {
  // sodium_init returns 0 on first success, 1 when already initialised, -1 on failure.
  static const int result = sodium_init();
  if (result < 0) throw Error(ErrorCode::internal, "libsodium could not be initialised (sodium_init failed)");
}

}  // namespace perspectief::crypto
