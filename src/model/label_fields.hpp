// The field list of a bilingual label ({"nl", "en"}), which region profiles and their
// workflow sections both read (profile.cpp, workflow/definition/workflow_section.cpp).
#pragma once

#include "model/json_mapping.hpp"
#include "perspectief/profile.hpp"

namespace perspectief::detail {

template <>
struct Fields<Label> {
  using T = Label;
  static constexpr auto fields = std::make_tuple(field("nl", &T::nl), field("en", &T::en));
};

}  // namespace perspectief::detail
