#include "crypto/sha256.hpp"

#include <sodium.h>

#include <array>

#include "crypto/sodium.hpp"

namespace perspectief::crypto {

std::string sha256_hex(std::string_view bytes) {
  crypto::ensure_sodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2u * digest.size());
  for (unsigned char byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0f];
  }
  return out;
}

}  // namespace perspectief::crypto
