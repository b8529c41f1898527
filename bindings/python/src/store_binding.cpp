// The dossier store from Python (docs/store.md): perspectief.Store wraps this class.
//
// Like the engine and plan handles, the store sits behind a shared_ptr: an operation
// takes its own reference under the GIL and then runs without it, so close() from
// another thread only drops the handle's reference and the file closes when the last
// running operation is done. The store itself serialises its transactions.
#include <memory>
#include <optional>
#include <string>

#include "binding.hpp"
#include "json_python.hpp"
#include "perspectief/store.hpp"
#include "text_input.hpp"

namespace perspectief::python {
namespace {

class StoreHandle {
 public:
  explicit StoreHandle(store::Store opened) : store_(std::make_shared<store::Store>(std::move(opened))) {}
  std::shared_ptr<store::Store> get() const {
    if (!store_) throw Error(ErrorCode::state, "the store is closed");
    return store_;
  }
  void close() { store_.reset(); }
  bool closed() const { return store_ == nullptr; }

 private:
  std::shared_ptr<store::Store> store_;
};

store::Store::VerifyOptions verify_options(const std::vector<std::string>& trusted_keys, py::handle expected_heads) {
  store::Store::VerifyOptions options;
  options.trusted_keys = trusted_keys;
  if (!expected_heads.is_none()) options.expected_heads = from_python(expected_heads, JsonLimits{});
  return options;
}

store::Chain chain_of(const std::string& name) {
  if (name == "history") return store::Chain::history;
  if (name == "log") return store::Chain::log;
  throw Error(ErrorCode::invalid_argument, "chain is neither 'history' nor 'log': '" + name + "'");
}

py::tuple key_tuple(const store::SigningKey& key) { return py::make_tuple(key.public_key, key.secret_key); }

}  // namespace

void bind_store(py::module_& module) {
  py::class_<StoreHandle>(module, "Store", "A dossier store on a SQLite file, or in memory.")
      .def_static(
          "open",
          [](const std::string& path, bool create) {
            return StoreHandle(without_gil([&] {
              return store::open_store(path, create ? store::OpenMode::create_if_missing
                                                    : store::OpenMode::open_existing);
            }));
          },
          py::arg("path"), py::arg("create"))
      .def("close", &StoreHandle::close)
      .def_property_readonly("closed", &StoreHandle::closed)
      .def(
          "create_plan",
          [](const StoreHandle& self, const EngineHandle& engine, py::handle event) {
            auto s = self.get();
            const Engine loaded = engine.get();
            const Json document = from_python(event, loaded.limits());
            return new_plan(without_gil([&] { return s->create(loaded, document); }));
          },
          py::arg("engine"), py::arg("event"))
      .def(
          "apply",
          [](const StoreHandle& self, const EngineHandle& engine, const std::string& plan_id, py::handle event) {
            auto s = self.get();
            const Engine loaded = engine.get();
            const Json document = from_python(event, loaded.limits());
            return new_plan(without_gil([&] { return s->apply(loaded, plan_id, document); }));
          },
          py::arg("engine"), py::arg("plan_id"), py::arg("event"))
      .def(
          "get",
          [](const StoreHandle& self, const EngineHandle& engine, const std::string& plan_id) {
            auto s = self.get();
            const Engine loaded = engine.get();
            return new_plan(without_gil([&] { return s->plan(loaded, plan_id); }));
          },
          py::arg("engine"), py::arg("plan_id"))
      .def("plans", [](const StoreHandle& self) {
        auto s = self.get();
        return without_gil([&] { return s->plan_ids(); });
      })
      .def(
          "consents",
          [](const StoreHandle& self, const std::string& plan_id) {
            auto s = self.get();
            return to_python(without_gil([&] { return s->consents(plan_id); }));
          },
          py::arg("plan_id"))
      .def(
          "fixed_version",
          [](const StoreHandle& self, const std::string& plan_id, std::int64_t version) {
            auto s = self.get();
            return without_gil([&] { return s->fixed_version(plan_id, version); });
          },
          py::arg("plan_id"), py::arg("version"))
      .def(
          "record_akkoord",
          [](const StoreHandle& self, const std::string& plan_id, py::handle evidence) {
            auto s = self.get();
            const Json document = from_python(evidence, JsonLimits{});
            return to_python(without_gil([&] { return s->record_akkoord(plan_id, document); }));
          },
          py::arg("plan_id"), py::arg("evidence"))
      .def(
          "sign_version",
          [](const StoreHandle& self, const std::string& plan_id, std::int64_t version, const std::string& secret_key,
             const std::string& signer, const std::string& at) {
            auto s = self.get();
            return to_python(without_gil([&] { return s->sign_version(plan_id, version, secret_key, signer, at); }));
          },
          py::arg("plan_id"), py::arg("version"), py::arg("secret_key"), py::arg("signer"), py::arg("at"))
      .def(
          "view",
          [](const StoreHandle& self, const EngineHandle& engine, const std::string& plan_id, py::handle request) {
            auto s = self.get();
            const Engine loaded = engine.get();
            const Json document = from_python(request, loaded.limits());
            return to_python(without_gil([&] { return s->view(loaded, plan_id, document); }));
          },
          py::arg("engine"), py::arg("plan_id"), py::arg("request"))
      .def(
          "log",
          [](const StoreHandle& self, const std::string& plan_id, py::handle record) {
            auto s = self.get();
            const Json document = from_python(record, JsonLimits{});
            without_gil([&] { s->log(plan_id, document); });
          },
          py::arg("plan_id"), py::arg("record"))
      .def(
          "rows",
          [](const StoreHandle& self, const std::string& plan_id, const std::string& chain) {
            auto s = self.get();
            const store::Chain which = chain_of(chain);
            return to_python(without_gil([&] { return s->rows(which, plan_id); }));
          },
          py::arg("plan_id"), py::arg("chain"))
      .def(
          "deadlines_due",
          [](const StoreHandle& self, const EngineHandle& engine, const std::string& at) {
            auto s = self.get();
            const Engine loaded = engine.get();
            return to_python(without_gil([&] { return s->deadlines_due(loaded, at); }));
          },
          py::arg("engine"), py::arg("at"))
      .def(
          "retention",
          [](const StoreHandle& self, const std::string& at, bool due_only) {
            auto s = self.get();
            return to_python(without_gil([&] { return s->retention(at, due_only); }));
          },
          py::arg("at"), py::arg("due_only"))
      .def(
          "destroy",
          [](const StoreHandle& self, const std::string& plan_id, py::handle request) {
            auto s = self.get();
            const Json document = from_python(request, JsonLimits{});
            return to_python(without_gil([&] { return s->destroy(plan_id, document); }));
          },
          py::arg("plan_id"), py::arg("request"))
      .def(
          "verify",
          [](const StoreHandle& self, std::optional<std::string> plan_id, const std::vector<std::string>& trusted_keys,
             py::handle expected_heads) {
            auto s = self.get();
            const auto options = verify_options(trusted_keys, expected_heads);
            return to_python(without_gil([&] { return plan_id ? s->verify_plan(*plan_id, options) : s->verify(options); }));
          },
          py::arg("plan_id"), py::arg("trusted_keys"), py::arg("expected_heads"))
      .def(
          "export",
          [](const StoreHandle& self, const std::string& plan_id) {
            auto s = self.get();
            return without_gil([&] { return s->export_plan(plan_id); });
          },
          py::arg("plan_id"))
      .def(
          "import_package",
          [](const StoreHandle& self, py::handle package) {
            auto s = self.get();
            const TextInput text(package);
            return without_gil([&] { return s->import_plan(text.view()); });
          },
          py::arg("package"));

  module.def(
      "verify_package",
      [](py::handle package, const std::vector<std::string>& trusted_keys, py::handle expected_heads) {
        const TextInput text(package);
        const auto options = verify_options(trusted_keys, expected_heads);
        return to_python(without_gil([&] { return store::verify_package(text.view(), options); }));
      },
      py::arg("package"), py::arg("trusted_keys"), py::arg("expected_heads"));
  module.def("generate_signing_key", [] { return key_tuple(store::generate_signing_key()); });
  module.def(
      "signing_key_from_seed", [](const std::string& seed) { return key_tuple(store::signing_key_from_seed(seed)); },
      py::arg("seed"));
  module.attr("STORE_SCHEMA_VERSION") = store::sqlite_schema_version();
}

}  // namespace perspectief::python
