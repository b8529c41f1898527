#include "store/chain.hpp"

#include <limits>

#include "perspectief/error.hpp"
#include "crypto/sha256.hpp"

namespace perspectief::store {

std::string_view chain_name(Chain chain) { return chain == Chain::history ? "history" : "log"; }

std::string chain_row_header(Chain chain, const ChainRow& row) {
  // Every field but the content and the row's own hash, canonical (sorted keys): the
  // bytes are fixed by docs/store.md so that another implementation computes the same.
  const Json header = {{"chain", chain_name(chain)},
                       {"plan", row.plan},
                       {"seq", row.seq},
                       {"kind", row.kind},
                       {"at", row.at},
                       {"version", row.version ? Json(*row.version) : Json()},
                       {"content_sha256", row.content_sha256},
                       {"prev_hash", row.prev_hash}};
  return canonical_json(header);
}

ChainRow next_row(Chain chain, const std::optional<ChainRow>& last, std::string_view plan, std::string_view kind,
                  std::string_view at, std::optional<std::int64_t> version, std::string content) {
  ChainRow row;
  row.plan = std::string(plan);
  if (last && last->seq >= std::numeric_limits<std::int64_t>::max()) {
    throw Error(ErrorCode::state, "store: the " + std::string(chain_name(chain)) + " of plan '" + std::string(plan) +
                                      "' ends at the largest sequence number; nothing can follow it");
  }
  row.seq = last ? last->seq + 1 : 1;
  row.kind = std::string(kind);
  row.at = std::string(at);
  row.version = version;
  row.content_sha256 = crypto::sha256_hex(content);
  row.content = std::move(content);
  row.prev_hash = last ? last->row_hash : kGenesisHash;
  row.row_hash = crypto::sha256_hex(chain_row_header(chain, row));
  return row;
}

Json finding(std::string_view table, std::string_view plan, std::int64_t seq, std::string_view problem,
             std::string_view expected, std::string_view found, std::string message) {
  return Json{{"table", table},             {"plan", plan},       {"seq", seq},
              {"problem", problem},         {"expected", expected}, {"found", found},
              {"message", std::move(message)}};
}

std::string check_chain(Chain chain, std::string_view plan, const std::vector<ChainRow>& rows, bool destroyed,
                        Json& findings) {
  const std::string table(chain_name(chain));
  const auto where = [&](std::int64_t seq) { return table + " row " + std::to_string(seq) + " of plan '" + std::string(plan) + "'"; };
  std::string previous = kGenesisHash;
  std::int64_t expected_seq = 1;
  for (const ChainRow& row : rows) {
    if (row.seq != expected_seq) {
      // A gap is a removed row; a repeat or step back is an inserted or reordered one.
      findings.push_back(finding(chain, plan, row.seq, "sequence", std::to_string(expected_seq), std::to_string(row.seq),
                                 where(row.seq) + ": expected sequence number " + std::to_string(expected_seq) +
                                     (row.seq > expected_seq ? " (rows removed before it)" : " (row inserted or reordered)")));
    }
    if (row.prev_hash != previous) {
      findings.push_back(finding(chain, plan, row.seq, "prev_hash", previous, row.prev_hash,
                                 where(row.seq) + ": does not follow the row before it (removed, inserted or reordered rows)"));
    }
    const std::string recomputed = crypto::sha256_hex(chain_row_header(chain, row));
    if (recomputed != row.row_hash) {
      findings.push_back(finding(chain, plan, row.seq, "row_hash", recomputed, row.row_hash,
                                 where(row.seq) + ": its fields were changed after it was written"));
    }
    if (row.content) {
      const std::string content_hash = crypto::sha256_hex(*row.content);
      if (content_hash != row.content_sha256) {
        findings.push_back(finding(chain, plan, row.seq, "content", row.content_sha256, content_hash,
                                   where(row.seq) + ": its content was changed after it was written"));
      }
    } else if (!destroyed) {
      findings.push_back(finding(chain, plan, row.seq, "content_missing", row.content_sha256, "",
                                 where(row.seq) + ": its content is gone but the plan was never destroyed"));
    }
    // Continue from the stored hash, so that one changed row is reported once, not as
    // a cascade through every row after it.
    previous = row.row_hash;
    // Stored numbers may be anything; the largest one has no successor to expect.
    expected_seq = row.seq < std::numeric_limits<std::int64_t>::max() ? row.seq + 1 : row.seq;
  }
  return previous;
}

Json row_to_json(const ChainRow& row, bool parse_content) {
  Json content;
  if (row.content) content = parse_content ? parse_json(*row.content) : Json(*row.content);
  return Json{{"seq", row.seq},
              {"kind", row.kind},
              {"at", row.at},
              {"version", row.version ? Json(*row.version) : Json()},
              {"content", std::move(content)},
              {"content_sha256", row.content_sha256},
              {"prev_hash", row.prev_hash},
              {"row_hash", row.row_hash}};
}

namespace {
const Json& member(const Json& value, const char* name, const std::string& where) {
  auto it = value.find(name);
  if (it == value.end()) {
    throw Error(ErrorCode::schema, where + ": '" + name + "' is missing", where + "/" + name);
  }
  return *it;
}
std::string text_member(const Json& value, const char* name, const std::string& where) {
  const Json& m = member(value, name, where);
  if (!m.is_string()) throw Error(ErrorCode::schema, where + "/" + name + " is not a string", where + "/" + name);
  return m.get<std::string>();
}
}  // namespace

ChainRow row_from_json(const Json& value, std::string_view plan, const std::string& where) {
  if (!value.is_object()) throw Error(ErrorCode::schema, where + " is not an object", where);
  ChainRow row;
  row.plan = std::string(plan);
  const Json& seq = member(value, "seq", where);
  if (!seq.is_number_integer()) throw Error(ErrorCode::schema, where + "/seq is not an integer", where + "/seq");
  row.seq = seq.get<std::int64_t>();
  row.kind = text_member(value, "kind", where);
  row.at = text_member(value, "at", where);
  const Json& version = member(value, "version", where);
  if (version.is_number_integer()) {
    row.version = version.get<std::int64_t>();
  } else if (!version.is_null()) {
    throw Error(ErrorCode::schema, where + "/version is neither an integer nor null", where + "/version");
  }
  const Json& content = member(value, "content", where);
  // Content travels parsed in a package; its canonical form is what was hashed.
  if (!content.is_null()) row.content = canonical_json(content);
  row.content_sha256 = text_member(value, "content_sha256", where);
  row.prev_hash = text_member(value, "prev_hash", where);
  row.row_hash = text_member(value, "row_hash", where);
  return row;
}

}  // namespace perspectief::store
