// The region's sharing policy, compiled once when the engine loads.
#pragma once

namespace perspectief::sharing {

class CompiledPolicy {
 public:
  CompiledPolicy() = default;
};

}  // namespace perspectief::sharing
