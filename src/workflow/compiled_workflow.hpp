// The compiled form of a region profile's "workflow" section.
#pragma once

#include "perspectief/engine.hpp"

namespace perspectief::workflow {

class CompiledWorkflow {
 public:
  Json source;  // the section as loaded
};

}  // namespace perspectief::workflow
