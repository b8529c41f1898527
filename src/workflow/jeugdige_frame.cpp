#include "workflow/jeugdige_frame.hpp"

namespace perspectief::workflow {

// The plan format perspectief/plan@1 records one segment for the family.
std::optional<Segment> segment_of(const Plan& plan, const ChildPart&) { return plan.segment; }

std::string segment_pointer(const Plan&, std::size_t) { return "/segment"; }

}  // namespace perspectief::workflow
