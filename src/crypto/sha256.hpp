// SHA-256 through libsodium: fixes a plan version to its exact content, and
// chains the dossier store's rows (src/store/). libsodium rather than OpenSSL
// because the store needs Ed25519 as well, and one small kept library for both
// means no binary of perspectief links OpenSSL (tests/c/check_linked.cmake).
#pragma once

#include <string>
#include <string_view>

namespace perspectief::crypto {

// Lowercase hexadecimal SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace perspectief::crypto
