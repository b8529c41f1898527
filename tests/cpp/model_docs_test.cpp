// docs/model.md stays complete: every problem code the model can report, every
// built-in profile and every example family is described there.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "perspectief/profile.hpp"
#include "test_support.hpp"

namespace {

std::set<std::string> codes_in(const std::string& text) {
  const std::regex pattern("\"(PP-[SVP]-[A-Z0-9-]+)\"");
  std::set<std::string> codes;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
    codes.insert((*it)[1].str());
  }
  return codes;
}

TEST(ModelDocs, EveryProblemCodeOfTheModelIsDocumented) {
  std::string sources;
  for (const char* file : {"src/model/json_mapping.hpp", "src/model/plan_fields.cpp", "src/model/profile.cpp",
                           "src/model/validation.cpp"}) {
    sources += pp_test::read_source_file(file);
  }
  const auto codes = codes_in(sources);
  ASSERT_GT(codes.size(), 40u);
  const std::string docs = pp_test::read_source_file("docs/model.md");
  for (const auto& code : codes) EXPECT_NE(docs.find("`" + code + "`"), std::string::npos) << code;
}

TEST(ModelDocs, EveryBuiltinProfileAndExampleFamilyIsDescribed) {
  const std::string docs = pp_test::read_source_file("docs/model.md");
  for (const auto& info : perspectief::builtin_profiles()) {
    EXPECT_NE(docs.find("`" + info.id + "`"), std::string::npos) << info.id;
  }
  for (const auto& file : pp_test::json_files_in("examples/families")) {
    EXPECT_NE(docs.find("`" + file.filename().string() + "`"), std::string::npos) << file;
  }
}

}  // namespace
