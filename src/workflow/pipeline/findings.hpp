// Collects the problems one event check finds: every failed guard, not just the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "perspectief/error.hpp"

namespace perspectief::workflow {

class Findings {
 public:
  void add(std::string code, std::string pointer, std::string nl, std::string en, std::string_view rule = {}) {
    problems_.push_back(Problem{std::move(code), std::move(pointer), std::move(nl), std::move(en), std::string(rule)});
  }
  void add(Problem problem) { problems_.push_back(std::move(problem)); }
  bool empty() const { return problems_.empty(); }
  const std::vector<Problem>& problems() const { return problems_; }
  std::vector<Problem> take() { return std::move(problems_); }

 private:
  std::vector<Problem> problems_;
};

}  // namespace perspectief::workflow
