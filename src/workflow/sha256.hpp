// SHA-256 through OpenSSL's libcrypto: fixes a plan version to its exact content.
#pragma once

#include <string>
#include <string_view>

namespace perspectief::workflow {

// Lowercase hexadecimal SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace perspectief::workflow
