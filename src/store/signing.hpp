// Ed25519 through libsodium: the lokale team's signature of a fixed version.
#pragma once

#include <string>
#include <string_view>

namespace perspectief::store {

// Detached signature (hex) of the bytes with a 64-byte secret key (hex).
// Error(invalid_argument) for a key that is not 128 hex digits.
std::string sign_bytes(std::string_view bytes, std::string_view secret_key_hex);
// Whether the signature (hex) of the bytes is valid for the 32-byte public key (hex);
// false for malformed hex as well.
bool signature_valid(std::string_view bytes, std::string_view signature_hex, std::string_view public_key_hex);
// The public key (hex) inside a 64-byte secret key (hex).
std::string public_key_of(std::string_view secret_key_hex);

std::string to_hex(const unsigned char* bytes, std::size_t size);
// Bytes of lowercase or uppercase hex of exactly `size` bytes; false when it is not.
bool from_hex(std::string_view hex, unsigned char* out, std::size_t size);

}  // namespace perspectief::store
