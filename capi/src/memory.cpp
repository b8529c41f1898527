#include "memory.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "perspectief/perspectief.h"

namespace perspectief::capi {

char* to_c_string(std::string_view text) {
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

}  // namespace perspectief::capi

extern "C" void pp_string_free(char* string) { std::free(string); }
