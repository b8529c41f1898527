// Files compiled into the library (region profiles, schema); see cmake/EmbedFiles.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace perspectief::detail {

struct EmbeddedFile {
  std::string_view name;     // e.g. "profiles/amsterdam.json"
  std::string_view content;  // the file's bytes, as shipped
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace perspectief::detail
