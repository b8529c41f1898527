// Reading event payloads with the model's declarative mapping: each effect declares
// a small payload struct with Fields<>; unknown members are refused (they are typos),
// and every problem points under /payload.
#pragma once

#include <optional>
#include <string_view>

#include "model/plan_fields.hpp"
#include "workflow/findings.hpp"

namespace perspectief::workflow {

template <class T>
std::optional<T> read_payload(const Json& payload, Findings& findings) {
  std::vector<Problem> problems;
  detail::Reader reader(problems);
  reader.enter("payload");
  T out{};
  detail::read(payload.is_null() ? Json::object() : payload, out, reader);
  reader.leave();
  if (problems.empty()) return out;
  for (Problem& problem : problems) findings.add(std::move(problem));
  return std::nullopt;
}

// Index of the jeugdige's part; adds PP-W-JEUGDIGE at `pointer` when there is none.
std::optional<std::size_t> find_child(const Plan& plan, std::string_view jeugdige, Findings& findings,
                                      std::string_view pointer = "/payload/jeugdige");

}  // namespace perspectief::workflow
