// Engines: a loaded region profile + municipal settings, shared by every other call.
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/json_api.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

namespace {

// The bytes of pp_engine_options as first published (0.1: struct_size,
// max_depth, max_document_bytes). Options only grow at the end, so any
// struct_size from here up to sizeof(pp_engine_options) is a version we know.
constexpr std::uint32_t kFirstOptionsSize = offsetof(pp_engine_options, max_document_bytes) + sizeof(std::uint64_t);

// The header states the ceiling for C callers; the core decides it.
static_assert(PP_MAX_DEPTH_CEILING == json_api::kMaxDepthCeiling, "perspectief.h and json_api.hpp disagree");

EngineOptions to_engine_options(const pp_engine_options* options, const capi::Call& call) {
  EngineOptions result;
  if (options == nullptr) return result;
  if (options->struct_size < kFirstOptionsSize || options->struct_size > sizeof(pp_engine_options)) {
    throw call.invalid_argument("options", "has struct_size " + std::to_string(options->struct_size) +
                                               ", which no version of pp_engine_options has (this library knows " +
                                               std::to_string(kFirstOptionsSize) + " to " +
                                               std::to_string(sizeof(pp_engine_options)) +
                                               "); fill it with pp_engine_options_init");
  }
  try {
    result.limits = json_api::checked_limits(options->max_depth, options->max_document_bytes, "max_document_bytes");
  } catch (const Error& error) {
    throw call.invalid_argument("options", error.what());
  }
  return result;
}

// A whole file, refusing files above the document limit before reading them.
std::string read_document(std::string_view path, const char* parameter, const JsonLimits& limits) {
  const std::string name(path);
  struct Closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, Closer> file(std::fopen(name.c_str(), "rb"));
  if (!file) {
    const int error = errno;
    throw Error(error == ENOENT ? ErrorCode::not_found : ErrorCode::io,
                std::string(parameter) + ": cannot open '" + name + "': " + std::strerror(error));
  }
  std::string content;
  char buffer[64 * 1024];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    if (content.size() + got > limits.max_bytes) {
      throw Error(ErrorCode::limit_exceeded, std::string(parameter) + ": '" + name + "' is larger than the limit of " +
                                                 std::to_string(limits.max_bytes) + " bytes");
    }
    content.append(buffer, got);
  }
  if (std::ferror(file.get())) {
    throw Error(ErrorCode::io, std::string(parameter) + ": cannot read '" + name + "': " + std::strerror(errno));
  }
  return content;
}

Json parse_document(const std::string& text, const char* parameter, const JsonLimits& limits) {
  try {
    return parse_json(text, limits);
  } catch (const Error& error) {
    throw capi::json_input_error(error, parameter);
  }
}

// Settings are optional everywhere: NULL means none.
std::optional<Json> optional_settings(const char* settings_json, const capi::Call& call, const JsonLimits& limits) {
  if (settings_json == nullptr) return std::nullopt;
  return call.json(settings_json, "settings_json", limits);
}

const Json* pointer_to(const std::optional<Json>& value) { return value ? &*value : nullptr; }

}  // namespace

extern "C" {

void pp_engine_options_init(pp_engine_options* options) {
  if (options == nullptr) return;
  const JsonLimits defaults;
  *options = pp_engine_options{};
  options->struct_size = sizeof(pp_engine_options);
  options->max_depth = static_cast<std::uint32_t>(defaults.max_depth);
  options->max_document_bytes = defaults.max_bytes;
}

pp_status pp_engine_create(const char* profile_json, const char* settings_json, const pp_engine_options* options,
                           pp_engine** out_engine) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_engine, "out_engine");
    const EngineOptions engine_options = to_engine_options(options, call);
    const Json profile = call.json(profile_json, "profile_json", engine_options.limits);
    const std::optional<Json> settings = optional_settings(settings_json, call, engine_options.limits);
    *out_engine = new pp_engine(Engine::load(profile, pointer_to(settings), engine_options));
  });
}

pp_status pp_engine_create_builtin(const char* profile_id, const char* settings_json,
                                   const pp_engine_options* options, pp_engine** out_engine) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_engine, "out_engine");
    const EngineOptions engine_options = to_engine_options(options, call);
    const std::string_view id = call.text(profile_id, "profile_id");
    const std::optional<Json> settings = optional_settings(settings_json, call, engine_options.limits);
    *out_engine = new pp_engine(Engine::load_builtin(id, pointer_to(settings), engine_options));
  });
}

pp_status pp_engine_create_from_file(const char* profile_path, const char* settings_path,
                                     const pp_engine_options* options, pp_engine** out_engine) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_engine, "out_engine");
    const EngineOptions engine_options = to_engine_options(options, call);
    const JsonLimits& limits = engine_options.limits;
    const Json profile =
        parse_document(read_document(call.text(profile_path, "profile_path"), "profile_path", limits), "profile_path",
                       limits);
    std::optional<Json> settings;
    if (settings_path != nullptr) {
      settings = parse_document(read_document(call.text(settings_path, "settings_path"), "settings_path", limits),
                                "settings_path", limits);
    }
    *out_engine = new pp_engine(Engine::load(profile, pointer_to(settings), engine_options));
  });
}

void pp_engine_destroy(pp_engine* engine) {
  // A handle of another type is left alone: freeing it as an engine would
  // corrupt the heap, and a void function has no way to report it.
  if (engine != nullptr && engine->tag == capi::kEngineTag) delete engine;
}

pp_status pp_engine_info(const pp_engine* engine, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    const Engine& loaded = call.engine(engine, "engine");
    *out_json = capi::to_c_string(canonical_json(json_api::engine_info(loaded)));
  });
}

}  // extern "C"
