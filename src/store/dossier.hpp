// One plan's dossier as verify sees it, whether it comes from a store or a package.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {

struct Dossier {
  PlanRecord record;
  std::vector<ChainRow> history;
  std::vector<ChainRow> log;
};

// Checks a dossier (chains, the current document against the history, fixed versions
// against their hashes, akkoord evidence, signatures, kept heads); appends findings and
// returns the plan's summary {"plan","history_head","history_rows","log_head","log_rows",
// "destroyed"}.
Json verify_dossier(const Dossier& dossier, const Store::VerifyOptions& options, Json& findings);

// The report verify returns, from the findings and the plans' summaries.
Json verify_report(Json findings, Json plans);

// A dossier package read back (docs/store.md, "Dossier package"). Error(schema) with a
// pointer into the package for anything malformed.
Dossier read_package(std::string_view text, const JsonLimits& limits, Json* declared_heads);

}  // namespace perspectief::store
