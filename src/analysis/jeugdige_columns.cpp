// Per-jeugdige columns of the records (see jeugdige_columns.hpp).
#include "analysis/jeugdige_columns.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "analysis/record_columns.hpp"
#include "perspectief/analysis.hpp"
#include "perspectief/time.hpp"

namespace perspectief::analysis {
namespace {

// A list-of-string column's value: one JSON string per code (record_values.hpp).
template <class Range>
Json string_list(const Range& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(item);
  return out;
}

bool is_residential_addition(const RegionProfile& profile, const std::string& code) {
  return std::any_of(profile.additions.begin(), profile.additions.end(),
                     [&](const AdditionDef& def) { return def.code == code && def.residential; });
}

}  // namespace

const Evaluation* latest_evaluation(const ChildPart& child) {
  const Evaluation* latest = nullptr;
  std::optional<Moment> latest_at;
  for (const auto& evaluation : child.evaluations) {
    const auto at = parse_moment(evaluation.at.value);
    if (at && (!latest_at || !(*at < *latest_at))) {
      latest = &evaluation;
      latest_at = at;
    }
  }
  return latest;
}

Json jeugdige_columns(const Plan& plan, const ChildPart& child, const RegionProfile& profile) {
  Json row = no_jeugdige_columns();
  row["jeugdige"] = child.jeugdige;

  const Member* member = find_member(plan, child.jeugdige);
  const Evaluation* latest = latest_evaluation(child);
  if (member && member->birth_date && latest) {
    if (const auto age = age_in_years(member->birth_date->value, latest->at.value)) row["age"] = *age;
  }
  if (child.toekomstperspectief) row["toekomstperspectief"] = to_string(*child.toekomstperspectief);

  bool verblijf = false;
  if (const auto& support = child.ondersteuningsprofiel) {
    row["ondersteuningsprofiel"] = support->code;
    if (support->intensiteit) row["intensiteit"] = *support->intensiteit;
    if (const SupportProfileDef* def = profile.find_support_profile(support->code)) row["crisis"] = def->crisis;
    row["additions"] = string_list(support->additions);  // without a profile, unknown: null
    verblijf = std::any_of(support->additions.begin(), support->additions.end(),
                           [&](const std::string& code) { return is_residential_addition(profile, code); });
  }

  std::set<std::string> categories;
  for (const auto& toewijzing : child.toewijzingen) categories.insert(toewijzing.product.category);
  verblijf = verblijf || std::any_of(categories.begin(), categories.end(), [](const std::string& category) {
               return is_residential_product_category(category);
             });
  row["verblijf"] = verblijf;
  row["product_categories"] = string_list(categories);
  return row;
}

Json no_jeugdige_columns() {
  Json row = Json::object();
  for (const detail::ColumnDecl& column : jeugdige_column_decls()) row[std::string(column.name)] = nullptr;
  return row;
}

}  // namespace perspectief::analysis
