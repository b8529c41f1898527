// perspectief._core.PreparedPlan: a plan prepared for many sharing questions
// (docs/sharing.md, "The fast path"), its parts looked up by address, the
// engine's channels by code, and decide / view on it. ask_binding.cpp asks it.
#include <string>

#include "binding.hpp"
#include "perspectief/json_api.hpp"

namespace perspectief::python {
namespace {

// decide and view on a prepared plan: the request dict to JSON under the GIL, the rest without it.
template <class Operation>
py::object on_request(const PreparedHandle& self, py::handle request, Operation operation) {
  const sharing::PreparedPlan prepared = self.get();
  const Json document = from_python(request, prepared.limits());
  return to_python(without_gil([&] { return operation(prepared, document); }));
}

}  // namespace

void bind_prepared(PreparedClass& prepared, EngineClass& engine) {
  engine.def(
      "find_channel",
      [](const EngineHandle& self, const std::string& code) {
        const auto channel = sharing::find_channel(self.get(), code);
        if (!channel) throw Error(ErrorCode::not_found, "the region knows no channel '" + code + "'");
        return channel->index;
      },
      py::arg("code"));
  prepared
      .def(py::init([](const EngineHandle& engine_handle, const PlanHandle& plan) {
             const Engine loaded = engine_handle.get();
             const std::shared_ptr<const Plan> parsed = plan.get();
             return std::make_unique<PreparedHandle>(
                 without_gil([&] { return sharing::PreparedPlan(loaded, *parsed); }));
           }),
           py::arg("engine"), py::arg("plan"))
      .def_property_readonly("part_count", [](const PreparedHandle& self) { return self.get().part_count(); })
      .def(
          "find_part",
          [](const PreparedHandle& self, const std::string& address) {
            const auto part = self.get().find_part(address);
            if (!part) throw Error(ErrorCode::not_found, "the plan has no part at '" + address + "'");
            return part->index;
          },
          py::arg("address"))
      .def(
          "part_address",
          [](const PreparedHandle& self, std::size_t part) {
            const sharing::PreparedPlan plan = self.get();
            if (part >= plan.part_count()) {
              throw Error(ErrorCode::invalid_argument, "part: " + std::to_string(part) + " is past the last part (" +
                                                           std::to_string(plan.part_count()) + " parts)");
            }
            return plan.part(sharing::PartRef{static_cast<std::uint32_t>(part)}).id.value;
          },
          py::arg("part"))
      .def(
          "_decide",
          [](const PreparedHandle& self, py::handle request) {
            return on_request(self, request, [](const sharing::PreparedPlan& p, const Json& r) {
              return json_api::decide(p, r);
            });
          },
          py::arg("request"))
      .def(
          "_view",
          [](const PreparedHandle& self, py::handle request) {
            return on_request(self, request, [](const sharing::PreparedPlan& p, const Json& r) {
              return json_api::view(p, r);
            });
          },
          py::arg("request"))
      .def("close", &PreparedHandle::close)
      .def_property_readonly("closed", &PreparedHandle::closed);
}

}  // namespace perspectief::python
