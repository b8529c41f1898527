#include "workflow/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <memory>

#include "perspectief/error.hpp"

namespace perspectief::workflow {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  // EVP_Digest is the one-shot interface; it allocates its own context.
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorCode::internal, "SHA-256 computation failed in libcrypto");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2u * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0x0f];
  }
  return out;
}

}  // namespace perspectief::workflow
