// Loading an engine (a region profile + municipal settings) from Python.
#include <string>

#include "binding.hpp"
#include "perspectief/json_api.hpp"
#include "json_python.hpp"
#include "text_input.hpp"

namespace perspectief::python {

namespace {

Error naming(const Error& error, const char* what) {
  return Error(error.code(), std::string(what) + ": " + error.what(), error.pointer(), error.problems(),
               error.rules());
}

// A profile or settings document given as a dict or as JSON text (str/bytes).
// Under the GIL; text is parsed with the GIL released.
Json read_document(py::handle source, const JsonLimits& limits, const char* what) {
  if (PyDict_Check(source.ptr())) {
    try {
      return from_python(source, limits);
    } catch (const Error& error) {
      throw naming(error, what);
    }
  }
  const TextInput text(source);
  try {
    return without_gil([&] { return parse_json(text.view(), limits); });
  } catch (const Error& error) {
    throw naming(error, what);
  }
}

std::unique_ptr<EngineHandle> load(EngineSource source, const Json& profile, const std::optional<Json>& settings) {
  EngineOptions options;
  options.limits = source.limits;
  Engine engine = without_gil([&] { return Engine::load(profile, settings ? &*settings : nullptr, options); });
  return std::make_unique<EngineHandle>(std::move(engine), std::move(source));
}

std::optional<Json> read_settings(py::handle settings, const JsonLimits& limits) {
  if (settings.is_none()) return std::nullopt;
  return read_document(settings, limits, "settings");
}

}  // namespace

void bind_engine_loading(EngineClass& engine) {
  engine
      .def_static(
          "builtin",
          [](const std::string& profile_id, py::handle settings, std::size_t max_depth, std::size_t max_bytes) {
            EngineSource source;
            source.limits = json_api::checked_limits(max_depth, max_bytes);
            source.builtin_id = profile_id;
            const std::optional<Json> settings_document = read_settings(settings, source.limits);
            if (settings_document) source.settings_json = canonical_json(*settings_document);
            return load(std::move(source), builtin_profile_json(profile_id), settings_document);
          },
          py::arg("profile_id"), py::arg("settings") = py::none(), py::arg("max_depth") = JsonLimits{}.max_depth,
          py::arg("max_bytes") = JsonLimits{}.max_bytes)
      .def_static(
          "load",
          [](py::handle profile, py::handle settings, std::size_t max_depth, std::size_t max_bytes) {
            EngineSource source;
            source.limits = json_api::checked_limits(max_depth, max_bytes);
            const Json profile_document = read_document(profile, source.limits, "profile");
            const std::optional<Json> settings_document = read_settings(settings, source.limits);
            source.profile_json = canonical_json(profile_document);
            if (settings_document) source.settings_json = canonical_json(*settings_document);
            return load(std::move(source), profile_document, settings_document);
          },
          py::arg("profile"), py::arg("settings") = py::none(), py::arg("max_depth") = JsonLimits{}.max_depth,
          py::arg("max_bytes") = JsonLimits{}.max_bytes)
      .def("source",
           [](const EngineHandle& self) {
             (void)self.get();  // a closed engine cannot be pickled or copied
             const EngineSource& s = self.source();
             const py::object builtin = s.builtin_id.empty() ? py::object(py::none()) : py::str(s.builtin_id);
             const py::object profile = s.builtin_id.empty() ? py::object(py::str(s.profile_json)) : py::none();
             const py::object settings = s.settings_json ? py::object(py::str(*s.settings_json)) : py::none();
             return py::make_tuple(builtin, profile, settings, s.limits.max_depth, s.limits.max_bytes);
           })
      .def("info",
           [](const EngineHandle& self) {
             return to_python(json_api::engine_info(self.get()));
           })
      .def("profile_document", [](const EngineHandle& self) { return to_python(profile_to_json(self.get().profile())); })
      .def("close", &EngineHandle::close)
      .def_property_readonly("closed", &EngineHandle::closed);
}

}  // namespace perspectief::python
