#include "store/signing.hpp"

#include <sodium.h>

#include <array>

#include "crypto/sodium.hpp"
#include "perspectief/error.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * size);
  for (std::size_t i = 0; i < size; ++i) {
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 0x0f];
  }
  return out;
}

bool from_hex(std::string_view hex, unsigned char* out, std::size_t size) {
  if (hex.size() != 2 * size) return false;
  const auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < size; ++i) {
    const int high = digit(hex[2 * i]);
    const int low = digit(hex[2 * i + 1]);
    if (high < 0 || low < 0) return false;
    out[i] = static_cast<unsigned char>(high * 16 + low);
  }
  return true;
}

namespace {
std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secret_key(std::string_view hex) {
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> key{};
  if (!from_hex(hex, key.data(), key.size())) {
    throw Error(ErrorCode::invalid_argument, "secret_key is not an Ed25519 secret key (" +
                                                 std::to_string(2 * key.size()) + " hexadecimal digits)");
  }
  return key;
}
}  // namespace

std::string sign_bytes(std::string_view bytes, std::string_view secret_key_hex) {
  crypto::ensure_sodium();
  auto key = secret_key(secret_key_hex);
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                       key.data());
  sodium_memzero(key.data(), key.size());
  return to_hex(signature.data(), signature.size());
}

bool signature_valid(std::string_view bytes, std::string_view signature_hex, std::string_view public_key_hex) {
  crypto::ensure_sodium();
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> key{};
  if (!from_hex(signature_hex, signature.data(), signature.size())) return false;
  if (!from_hex(public_key_hex, key.data(), key.size())) return false;
  return crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(bytes.data()),
                                     bytes.size(), key.data()) == 0;
}

std::string public_key_of(std::string_view secret_key_hex) {
  crypto::ensure_sodium();
  auto key = secret_key(secret_key_hex);
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
  crypto_sign_ed25519_sk_to_pk(public_key.data(), key.data());
  sodium_memzero(key.data(), key.size());
  return to_hex(public_key.data(), public_key.size());
}

SigningKey generate_signing_key() {
  crypto::ensure_sodium();
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secret{};
  crypto_sign_keypair(public_key.data(), secret.data());
  SigningKey key{to_hex(public_key.data(), public_key.size()), to_hex(secret.data(), secret.size())};
  sodium_memzero(secret.data(), secret.size());
  return key;
}

SigningKey signing_key_from_seed(std::string_view seed_hex) {
  crypto::ensure_sodium();
  std::array<unsigned char, crypto_sign_SEEDBYTES> seed{};
  if (!from_hex(seed_hex, seed.data(), seed.size())) {
    throw Error(ErrorCode::invalid_argument, "seed is not an Ed25519 seed (64 hexadecimal digits)");
  }
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secret{};
  crypto_sign_seed_keypair(public_key.data(), secret.data(), seed.data());
  SigningKey key{to_hex(public_key.data(), public_key.size()), to_hex(secret.data(), secret.size())};
  sodium_memzero(secret.data(), secret.size());
  sodium_memzero(seed.data(), seed.size());
  return key;
}

}  // namespace perspectief::store
