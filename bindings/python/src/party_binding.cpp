// perspectief.Party: a party of a sharing question ({"role", "person", ...} as a
// request's requester), read and checked once so that every question about it
// passes a reference instead of a dict (docs/python.md, "The fast path").
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "binding.hpp"
#include "perspectief/sharing.hpp"

namespace perspectief::python {
namespace {

using sharing::Party;
using OptionalText = std::optional<std::string> Party::*;

// The optional members, in the order of a request document's party.
constexpr std::array<std::pair<const char*, OptionalText>, 5> kOptional{{
    {"name", &Party::name},
    {"organisation", &Party::organisation},
    {"member", &Party::member},
    {"on_behalf_of", &Party::on_behalf_of},
    {"toewijzing", &Party::toewijzing},
}};

Party party_from_python(py::handle document) {
  if (!PyDict_Check(document.ptr())) {
    throw py::type_error(std::string("Party.from_dict: expected a dict, got ") + Py_TYPE(document.ptr())->tp_name);
  }
  return sharing::party_from_json(from_python(document, JsonLimits{}));
}

py::dict party_to_python(const Party& party) {
  py::dict document;
  document["role"] = std::string(to_string(party.role));
  document["person"] = party.person;
  for (const auto& [name, member] : kOptional) {
    if (party.*member) document[name] = *(party.*member);
  }
  return document;
}

std::string party_repr(const Party& party) {
  std::string text = "Party(" + py::repr(py::str(std::string(to_string(party.role)))).cast<std::string>() + ", " +
                     py::repr(py::str(party.person)).cast<std::string>();
  for (const auto& [name, member] : kOptional) {
    if (party.*member) text += std::string(", ") + name + "=" + py::repr(py::str(*(party.*member))).cast<std::string>();
  }
  return text + ")";
}

bool same_party(const Party& a, const Party& b) {
  bool same = a.role == b.role && a.person == b.person;
  for (const auto& [name, member] : kOptional) same = same && a.*member == b.*member;
  return same;
}

}  // namespace

void bind_party(py::module_& module) {
  py::class_<Party> party(module, "Party",
                    "A party of a sharing question, read once: who asks (or receives), as a request's requester.");
  party.def(py::init([](py::handle role, py::handle person, py::kwargs members) {
             py::dict document;
             document["role"] = role;
             document["person"] = person;
             for (const auto& [name, value] : members) {
               if (!value.is_none()) document[name] = value;
             }
             return party_from_python(document);
           }),
           py::arg("role"), py::arg("person"))
      .def_static("from_dict", &party_from_python, py::arg("document"))
      .def_property_readonly("role", [](const Party& self) { return std::string(to_string(self.role)); })
      .def_property_readonly("person", [](const Party& self) { return self.person; })
      .def("to_dict", &party_to_python)
      .def("__repr__", &party_repr)
      .def("__eq__", [](const Party& self, py::handle other) -> py::object {
        if (!py::isinstance<Party>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        return py::bool_(same_party(self, other.cast<const Party&>()));
      })
      .def("__hash__", [](const Party& self) { return py::hash(py::str(party_repr(self))); })
      .def(py::pickle([](const Party& self) { return py::make_tuple(party_to_python(self)); },
                      [](const py::tuple& state) { return party_from_python(state[0]); }));
  for (const auto& [name, member] : kOptional) {
    party.def_property_readonly(name, [member = member](const Party& self) { return self.*member; });
  }
}

}  // namespace perspectief::python
