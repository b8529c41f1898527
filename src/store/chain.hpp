// The hash chain: how a row is made from the row before it, and how a chain is checked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perspectief/json.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {

// prev_hash of a chain's first row.
inline const std::string kGenesisHash(64, '0');

// The next row after `last` (nullopt for the first row), content already canonical JSON.
ChainRow next_row(Chain chain, const std::optional<ChainRow>& last, std::string_view plan, std::string_view kind,
                  std::string_view at, std::optional<std::int64_t> version, std::string content);

// One finding of verify, as the JSON object docs/store.md describes. The table is a
// chain's name, or "plans" for the plan's record beside the chains.
Json finding(std::string_view table, std::string_view plan, std::int64_t seq, std::string_view problem,
             std::string_view expected, std::string_view found, std::string message);
inline Json finding(Chain chain, std::string_view plan, std::int64_t seq, std::string_view problem,
                    std::string_view expected, std::string_view found, std::string message) {
  return finding(chain_name(chain), plan, seq, problem, expected, found, std::move(message));
}

// Checks one chain as stored: seq 1..n without gaps, each prev_hash the row before's
// row_hash, each row_hash the hash of its header, each content its content_sha256;
// content may be missing only when the plan was destroyed. Appends findings; returns
// the head (the last row's stored row_hash, or the genesis hash for an empty chain).
std::string check_chain(Chain chain, std::string_view plan, const std::vector<ChainRow>& rows, bool destroyed,
                        Json& findings);

// A row as JSON (for rows(), the package) and back. from_json throws Error(schema) with
// a pointer below `where`.
Json row_to_json(const ChainRow& row, bool parse_content);
ChainRow row_from_json(const Json& value, std::string_view plan, const std::string& where);

}  // namespace perspectief::store
