// The sharing operations of sharing.hpp and prepared_plan.hpp: decide, decide_batch
// and view, each on one CaseFile (what the plan says about the parties): built per
// call for a plan, kept by a prepared plan; and view_text (release/view_text.hpp), the
// view document written as text.
#include <memory>

#include "engine_state.hpp"
#include "perspectief/engine.hpp"
#include "perspectief/prepared_plan.hpp"
#include "perspectief/sharing.hpp"
#include "sharing/prepared_state.hpp"
#include "sharing/policy/compiled_policy.hpp"
#include "sharing/decider/decider.hpp"
#include "sharing/decider/decision_builder.hpp"
#include "sharing/release/disclosure.hpp"
#include "sharing/decider/request_checks.hpp"
#include "sharing/release/sharing_json.hpp"
#include "sharing/release/view_builder.hpp"
#include "sharing/release/view_text.hpp"

namespace perspectief {
namespace sharing {
namespace {

const CompiledPolicy& policy_of(const Engine& engine) { return *detail::state_of(engine).policy; }

// The requester reads the decision: it lists withheld parts only when the
// requester's role may see them (sharing_withheld_list_roles, issue #10).
Decision decide_checked(const CaseFile& file, const Request& request) {
  const Decider decider(file, asked_of(file.policy, request));
  const bool show_withheld = file.policy.withheld_list_roles.test(bit(request.requester.role));
  return make_decision(file.parts, decide_parts(decider, addressed_parts(file.parts, request)), show_withheld);
}

// Checks every request, reporting problems under "/<index>" for a batch.
void check_all(const CompiledPolicy& policy, const std::vector<Request>& requests, bool batch) {
  std::vector<Problem> problems;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    for (Problem& p : check_request(policy, requests[i])) {
      if (batch) p.pointer = "/" + std::to_string(i) + p.pointer;
      problems.push_back(std::move(p));
    }
  }
  throw_request_problems(std::move(problems));
}

Decision decide_on(const CaseFile& file, const Request& request) {
  throw_request_problems(check_request(file.policy, request));
  return decide_checked(file, request);
}

std::vector<Decision> decide_batch_on(const CaseFile& file, const std::vector<Request>& requests) {
  check_all(file.policy, requests, true);
  std::vector<Decision> decisions;
  decisions.reserve(requests.size());
  for (const Request& request : requests) decisions.push_back(decide_checked(file, request));
  return decisions;
}

// Decides the request part by part and fills in what a view says besides its content;
// then `write_content(parts, released, out)` writes the released parts, in the form the
// caller wants (view() a tree, view_text() canonical text).
template <class WriteContent>
View release_on(const CaseFile& file, const Request& request, WriteContent&& write_content) {
  const CompiledPolicy& policy = file.policy;
  throw_request_problems(check_request(policy, request));
  const Decider decider(file, asked_of(policy, request));
  const DecidedParts decided = decide_parts(decider, addressed_parts(file.parts, request));

  std::vector<bool> released(file.parts.size(), false);
  bool any_released = false;
  for (std::size_t i = 0; i < decided.parts.size(); ++i) {
    released[decided.parts[i]] = decided.outcomes[i].allowed;
    any_released = any_released || decided.outcomes[i].allowed;
  }
  // For some recipients even the list of what was withheld is information (a
  // municipal choice); when nothing is released the decision still says why,
  // without the plan's layout (make_decision).
  const bool show_withheld = policy.withheld_list_roles.test(bit(decider.audience().party->role));

  View out;
  out.decision = make_decision(file.parts, decided, show_withheld);
  if (show_withheld) {
    out.withheld.emplace();
    for (std::size_t i = 0; i < decided.parts.size(); ++i) {
      if (decided.outcomes[i].allowed) continue;
      out.withheld->push_back(WithheldPart{file.parts[decided.parts[i]].id, rule_ids(decided.outcomes[i].rules)});
    }
  }
  out.disclosure = make_disclosure(file.parts, request, decided);
  if (!any_released) out.refusal = make_refusal(request, file.parts.plan(), decided);
  write_content(file.parts, released, out);
  return out;
}

View view_on(const CaseFile& file, const Request& request) {
  return release_on(file, request, [](const PartIndex& parts, const std::vector<bool>& released, View& out) {
    out.view = build_view(parts, released);
  });
}

std::string view_text_on(const CaseFile& file, const Request& request) {
  std::string text;
  release_on(file, request, [&](const PartIndex& parts, const std::vector<bool>& released, const View& out) {
    text = to_text(out, [&](std::string& content) { write_view_text(parts, released, content); });
  });
  return text;
}

}  // namespace

Decision decide(const Engine& engine, const Plan& plan, const Request& request) {
  return decide_on(CaseFile(policy_of(engine), plan), request);
}

std::vector<Decision> decide_batch(const Engine& engine, const Plan& plan, const std::vector<Request>& requests) {
  const CompiledPolicy& policy = policy_of(engine);
  check_all(policy, requests, true);  // before the plan is indexed
  return decide_batch_on(CaseFile(policy, plan), requests);
}

View view(const Engine& engine, const Plan& plan, const Request& request) {
  return view_on(CaseFile(policy_of(engine), plan), request);
}

Decision decide(const PreparedPlan& plan, const Request& request) { return decide_on(detail::state_of(plan).file, request); }

std::vector<Decision> decide_batch(const PreparedPlan& plan, const std::vector<Request>& requests) {
  return decide_batch_on(detail::state_of(plan).file, requests);
}

View view(const PreparedPlan& plan, const Request& request) { return view_on(detail::state_of(plan).file, request); }

std::string view_text(const Engine& engine, const Plan& plan, const Request& request) {
  return view_text_on(CaseFile(policy_of(engine), plan), request);
}

std::string view_text(const PreparedPlan& plan, const Request& request) {
  return view_text_on(detail::state_of(plan).file, request);
}

}  // namespace sharing
}  // namespace perspectief
