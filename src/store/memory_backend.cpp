// The in-memory backend: the smallest complete StoreBackend, for tests and as the
// reference a vendor's own backend is compared with (docs/store.md). A transaction
// works on a copy and swaps it in at the end, so a failed operation leaves nothing.
#include <map>
#include <mutex>
#include <utility>

#include "perspectief/error.hpp"
#include "perspectief/store.hpp"

namespace perspectief::store {
namespace {

struct Data {
  std::map<std::string, PlanRecord, std::less<>> plans;
  std::map<std::string, std::vector<ChainRow>, std::less<>> chains[2];
};

class MemoryBackend final : public StoreBackend {
 public:
  void transaction(const std::function<void()>& body) override {
    std::lock_guard lock(mutex_);
    Data working = committed_;
    current_ = &working;
    try {
      body();
    } catch (...) {
      current_ = nullptr;
      throw;
    }
    committed_ = std::move(working);
    current_ = nullptr;
  }

  std::optional<PlanRecord> plan(std::string_view plan) override {
    auto it = data().plans.find(plan);
    if (it == data().plans.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::string> plan_ids() override {
    std::vector<std::string> ids;
    for (const auto& [id, record] : data().plans) ids.push_back(id);
    return ids;
  }
  void put_plan(const PlanRecord& record) override { data().plans[record.plan] = record; }

  std::optional<ChainRow> last_row(Chain chain, std::string_view plan) override {
    const auto& rows = chain_of(chain, plan);
    if (rows.empty()) return std::nullopt;
    return rows.back();
  }
  std::vector<ChainRow> rows(Chain chain, std::string_view plan) override { return chain_of(chain, plan); }
  void append_row(Chain chain, const ChainRow& row) override {
    auto& rows = data().chains[index(chain)][row.plan];
    for (const ChainRow& existing : rows) {
      if (existing.seq == row.seq) {
        throw Error(ErrorCode::state, "store: " + std::string(chain_name(chain)) + " row " + std::to_string(row.seq) +
                                          " of plan '" + row.plan + "' exists already");
      }
    }
    rows.push_back(row);
  }
  void erase_content(Chain chain, std::string_view plan) override {
    auto it = data().chains[index(chain)].find(plan);
    if (it == data().chains[index(chain)].end()) return;
    for (ChainRow& row : it->second) row.content.reset();
  }

 private:
  static int index(Chain chain) { return chain == Chain::history ? 0 : 1; }
  Data& data() {
    if (current_ == nullptr) throw Error(ErrorCode::internal, "memory store used outside a transaction");
    return *current_;
  }
  const std::vector<ChainRow>& chain_of(Chain chain, std::string_view plan) {
    static const std::vector<ChainRow> kEmpty;
    auto& chains = data().chains[index(chain)];
    auto it = chains.find(plan);
    return it == chains.end() ? kEmpty : it->second;
  }

  std::mutex mutex_;
  Data committed_;
  Data* current_ = nullptr;
};

}  // namespace

std::unique_ptr<StoreBackend> memory_backend() { return std::make_unique<MemoryBackend>(); }

}  // namespace perspectief::store
