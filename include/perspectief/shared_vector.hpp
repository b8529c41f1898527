// SharedVector<T>: the list type of the plan's large members (history, children,
// akkoorden, versions, consents, assignments; docs/cpp.md "Shared lists").
//
// A plan is a value, and every workflow event makes a new plan from an old one. With
// std::vector members that meant copying the whole plan per event, its history included.
// A SharedVector shares its items between copies instead: copying one copies a pointer,
// and the plan an event makes shares every item it does not change with the plan it was
// made from. Each item is shared on its own, so appending to a shared list copies the
// list of pointers, never the items.
//
// Reading is std::vector's const interface: size, empty, [], at, front, back, iterators
// (random access, yielding const T&), ==. Writing is explicit, so that no read through a
// non-const plan copies anything and no reference can write into a list another value
// shares: push_back, emplace_back, pop_back, insert, erase, erase_if, clear, reserve,
// and edit(i) / edit_back() for a mutable reference to one item, which copies that
// item first when another list shares it. A reference from edit() or emplace_back() is
// valid until the list is next changed or copied (as std::vector's are until it is
// changed): do not write through it after copying the list.
//
// Thread safety: the same as std::vector's for one object (concurrent const use is
// safe, a write needs exclusive use). Nothing another list can read is ever written:
// a writer copies first, deciding by an atomic reference count read with acquire
// order, and an append writes only the slot it claimed (see Block), so values shared
// between threads stay unchanged and safe to read.
#pragma once

#include <algorithm>
#include <atomic>
#include <compare>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>
#include <vector>

namespace perspectief {

namespace detail {

// The JSON depth and bytes of the first `items` items of a list (model/json_mapping.hpp
// measures plans against the engine's limits). A list remembers them for its items,
// which never change while shared; appending keeps what it remembers.
struct PrefixMemo {
  std::size_t items = 0;
  std::size_t depth = 0;
  std::size_t bytes = 0;
};

// The same for one item, written by whichever reader measures it first. Every reader
// measures the same values (the item does not change while shared), so a race between
// two of them stores the same numbers.
class ItemMemo {
 public:
  bool load(std::size_t& depth, std::size_t& bytes) const {
    if (!known_.load(std::memory_order_acquire)) return false;
    depth = depth_.load(std::memory_order_relaxed);
    bytes = bytes_.load(std::memory_order_relaxed);
    return true;
  }
  void store(std::size_t depth, std::size_t bytes) const {
    depth_.store(depth, std::memory_order_relaxed);
    bytes_.store(bytes, std::memory_order_relaxed);
    known_.store(true, std::memory_order_release);
  }
  void forget() { known_.store(false, std::memory_order_relaxed); }

 private:
  mutable std::atomic<bool> known_{false};
  mutable std::atomic<std::size_t> depth_{0};
  mutable std::atomic<std::size_t> bytes_{0};
};

}  // namespace detail

template <class T>
class SharedVector {
  struct Node {
    template <class... Args>
    explicit Node(Args&&... args) : value(std::forward<Args>(args)...) {}
    std::atomic<std::size_t> refs{1};
    detail::ItemMemo memo;
    T value;
  };
  static void retain(Node* node) noexcept { node->refs.fetch_add(1, std::memory_order_relaxed); }
  static void release(Node* node) noexcept {
    if (node->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete node;
  }
  // Storage shared by lists that are each a prefix of what it holds, like slices: a list
  // of n items appends by claiming slot n (an atomic compare-and-swap of `used`), so the
  // history of the plan an event makes shares every entry with the plan before, and
  // appending costs the same at any length. A slot is written once, by the list that
  // claimed it, where no other list reads; a list whose slot was claimed by another
  // copies its items into new storage.
  struct Block {
    explicit Block(std::size_t cap) : capacity(cap), slots(new Node*[cap]) {}
    // A copy of the first n slots, with room for `cap`.
    Block(const Block& other, std::size_t n, std::size_t cap) : Block(cap) {
      for (std::size_t i = 0; i < n; ++i) retain(slots[i] = other.slots[i]);
      used.store(n, std::memory_order_relaxed);
      std::lock_guard lock(other.memo_mutex);
      if (other.memo.items <= n) memo = other.memo;
      if (other.derived_items <= n) {
        derived = other.derived;
        derived_items = other.derived_items;
      }
    }
    Block(const Block&) = delete;
    Block& operator=(const Block&) = delete;
    ~Block() {
      const std::size_t n = used.load(std::memory_order_relaxed);
      for (std::size_t i = 0; i < n; ++i) release(slots[i]);
      delete[] slots;
    }
    detail::PrefixMemo load_memo() const {
      std::lock_guard lock(memo_mutex);
      return memo;
    }
    std::atomic<std::size_t> refs{1};
    std::atomic<std::size_t> used{0};
    const std::size_t capacity;
    Node** const slots;
    mutable std::mutex memo_mutex;
    mutable detail::PrefixMemo memo;  // guarded by memo_mutex, like the two below
    mutable std::shared_ptr<const void> derived;
    mutable std::size_t derived_items = 0;
  };
  static void release(Block* block) noexcept {
    if (block && block->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block;
  }

 public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = const T&;
  using const_reference = const T&;

  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using iterator_concept = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = const T*;
    using reference = const T&;

    const_iterator() = default;
    const T& operator*() const { return (*at_)->value; }
    const T* operator->() const { return &(*at_)->value; }
    const T& operator[](difference_type n) const { return at_[n]->value; }
    const_iterator& operator++() { ++at_; return *this; }
    const_iterator operator++(int) { const_iterator old = *this; ++at_; return old; }
    const_iterator& operator--() { --at_; return *this; }
    const_iterator operator--(int) { const_iterator old = *this; --at_; return old; }
    const_iterator& operator+=(difference_type n) { at_ += n; return *this; }
    const_iterator& operator-=(difference_type n) { at_ -= n; return *this; }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) { return a.at_ - b.at_; }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.at_ <=> b.at_; }

   private:
    friend class SharedVector;
    explicit const_iterator(Node* const* at) : at_(at) {}
    Node* const* at_ = nullptr;
  };
  using iterator = const_iterator;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;
  using reverse_iterator = const_reverse_iterator;

  SharedVector() noexcept = default;
  SharedVector(std::initializer_list<T> items) : SharedVector(std::vector<T>(items)) {}
  // From a std::vector (implicit, so that plan.children = some_vector keeps working).
  SharedVector(std::vector<T> items) {
    if (items.empty()) return;
    block_ = new Block(items.size());
    for (T& item : items) {
      block_->slots[size_] = new Node(std::move(item));
      block_->used.store(++size_, std::memory_order_relaxed);
    }
  }
  SharedVector(const SharedVector& other) noexcept : block_(other.block_), size_(other.size_) {
    if (block_) block_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedVector(SharedVector&& other) noexcept
      : block_(std::exchange(other.block_, nullptr)), size_(std::exchange(other.size_, 0)) {}
  SharedVector& operator=(const SharedVector& other) noexcept {
    SharedVector copy(other);
    swap(copy);
    return *this;
  }
  SharedVector& operator=(SharedVector&& other) noexcept {
    SharedVector moved(std::move(other));
    swap(moved);
    return *this;
  }
  SharedVector& operator=(std::initializer_list<T> items) { return *this = SharedVector(items); }
  ~SharedVector() { release(block_); }
  void swap(SharedVector& other) noexcept {
    std::swap(block_, other.block_);
    std::swap(size_, other.size_);
  }

  // ---- reading ----
  size_type size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const T& operator[](size_type i) const { return block_->slots[i]->value; }
  const T& at(size_type i) const {
    if (i >= size_) throw std::out_of_range("SharedVector::at");
    return (*this)[i];
  }
  const T& front() const { return (*this)[0]; }
  const T& back() const { return (*this)[size_ - 1]; }
  const_iterator begin() const noexcept { return const_iterator(block_ ? block_->slots : nullptr); }
  const_iterator end() const noexcept { return begin() + static_cast<difference_type>(size_); }
  const_iterator cbegin() const noexcept { return begin(); }
  const_iterator cend() const noexcept { return end(); }
  const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }
  std::vector<T> to_vector() const { return std::vector<T>(begin(), end()); }

  // Whether item i is the very object `other`'s item j is (shared, not copied).
  bool shares_item(size_type i, const SharedVector& other, size_type j) const {
    return block_->slots[i] == other.block_->slots[j];
  }

  friend bool operator==(const SharedVector& a, const SharedVector& b) {
    if (a.size_ != b.size_) return false;
    for (size_type i = 0; i < a.size_; ++i) {
      if (!a.shares_item(i, b, i) && !(a[i] == b[i])) return false;
    }
    return true;
  }

  // ---- writing ----
  void push_back(const T& item) { emplace_back(item); }
  void push_back(T&& item) { emplace_back(std::move(item)); }
  template <class... Args>
  T& emplace_back(Args&&... args) {
    Node* node = new Node(std::forward<Args>(args)...);
    try {
      append(node);
    } catch (...) {
      delete node;
      throw;
    }
    return node->value;
  }
  void pop_back() {
    Block& block = own();
    forget_from(block, size_ - 1);
    release(block.slots[--size_]);
    block.used.store(size_, std::memory_order_relaxed);
  }
  void reserve(size_type n) {
    if (n > capacity()) regrow(n);
  }
  void clear() noexcept {
    release(std::exchange(block_, nullptr));
    size_ = 0;
  }
  const_iterator insert(const_iterator pos, T item) {
    const size_type i = index_of(pos);
    push_back(std::move(item));
    Block& block = own();
    std::rotate(block.slots + i, block.slots + size_ - 1, block.slots + size_);
    forget_from(block, i);
    return begin() + static_cast<difference_type>(i);
  }
  const_iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  const_iterator erase(const_iterator first, const_iterator last) {
    const size_type from = index_of(first);
    const size_type to = index_of(last);
    if (from == to) return first;
    Block& block = own();
    forget_from(block, from);
    for (size_type i = from; i < to; ++i) release(block.slots[i]);
    std::move(block.slots + to, block.slots + size_, block.slots + from);
    size_ -= to - from;
    block.used.store(size_, std::memory_order_relaxed);
    return begin() + static_cast<difference_type>(from);
  }
  template <class Pred>
  friend size_type erase_if(SharedVector& v, Pred pred) {
    size_type removed = 0;
    for (size_type i = v.size(); i-- > 0;) {
      if (pred(v[i])) {
        v.erase(v.begin() + static_cast<difference_type>(i));
        ++removed;
      }
    }
    return removed;
  }

  // A mutable reference to item i, copied first when another list shares it.
  T& edit(size_type i) {
    if (i >= size_) throw std::out_of_range("SharedVector::edit");
    Block& block = own();
    Node*& node = block.slots[i];
    if (node->refs.load(std::memory_order_acquire) != 1) {
      Node* copy = new Node(std::as_const(node->value));
      release(node);
      node = copy;
    }
    node->memo.forget();
    forget_from(block, i);
    return node->value;
  }
  T& edit_back() { return edit(size_ - 1); }
  // Calls f(T&) on every item (each copied first when shared).
  template <class F>
  void edit_each(F&& f) {
    for (size_type i = 0; i < size_; ++i) f(edit(i));
  }

  // What the library remembers of its measures of the first items and of item i
  // (detail::PrefixMemo, detail::ItemMemo; model/json_mapping.hpp).
  detail::PrefixMemo prefix_memo() const {
    if (!block_) return {};
    const detail::PrefixMemo memo = block_->load_memo();
    return memo.items <= size_ ? memo : detail::PrefixMemo{};
  }
  void remember_prefix(const detail::PrefixMemo& memo) const {
    if (!block_ || memo.items > size_) return;
    std::lock_guard lock(block_->memo_mutex);
    // The longer prefix wins, unless the one remembered is longer than this list.
    if (memo.items > block_->memo.items || block_->memo.items > size_) block_->memo = memo;
  }
  // A value the library derived from the first `items` items (the workflow's facts of a
  // history), remembered like the measures; {nullptr, 0} when none fits this list.
  std::pair<std::shared_ptr<const void>, size_type> derived_memo() const {
    if (!block_) return {nullptr, 0};
    std::lock_guard lock(block_->memo_mutex);
    if (!block_->derived || block_->derived_items > size_) return {nullptr, 0};
    return {block_->derived, block_->derived_items};
  }
  void remember_derived(std::shared_ptr<const void> value, size_type items) const {
    if (!block_ || items > size_) return;
    std::lock_guard lock(block_->memo_mutex);
    if (items >= block_->derived_items || block_->derived_items > size_) {
      block_->derived = std::move(value);
      block_->derived_items = items;
    }
  }
  const detail::ItemMemo& item_memo(size_type i) const { return block_->slots[i]->memo; }

 private:
  size_type capacity() const noexcept { return block_ ? block_->capacity : 0; }
  size_type index_of(const_iterator it) const {
    return block_ ? static_cast<size_type>(it.at_ - block_->slots) : 0;
  }
  // New storage with room for `cap` holding this list's items.
  void regrow(size_type cap) {
    Block* fresh = block_ ? new Block(*block_, size_, cap) : new Block(cap);
    release(block_);
    block_ = fresh;
  }
  void append(Node* node) {
    if (size_ == capacity()) regrow(std::max<size_type>(4, size_ * 2));
    size_type expected = size_;
    if (block_->refs.load(std::memory_order_acquire) == 1) {
      drop_unseen(*block_);
    } else if (!block_->used.compare_exchange_strong(expected, size_ + 1, std::memory_order_acq_rel)) {
      regrow(std::max<size_type>(4, size_ * 2));  // another list claimed the slot
    } else {
      block_->slots[size_++] = node;  // claimed: no other list reads this slot
      return;
    }
    block_->slots[size_++] = node;
    block_->used.store(size_, std::memory_order_relaxed);
  }
  // The slots beyond this list's items hold items only lists that are gone appended.
  void drop_unseen(Block& block) {
    const size_type used = block.used.load(std::memory_order_relaxed);
    for (size_type i = size_; i < used; ++i) release(block.slots[i]);
    block.used.store(size_, std::memory_order_relaxed);
    forget_from(block, size_);
  }
  // This list's storage, its own: copied first when another list shares it.
  Block& own() {
    if (!block_) {
      block_ = new Block(4);
    } else if (block_->refs.load(std::memory_order_acquire) != 1) {
      regrow(std::max<size_type>(4, size_));
    } else {
      drop_unseen(*block_);
    }
    return *block_;
  }
  static void forget_from(Block& block, size_type i) {
    std::lock_guard lock(block.memo_mutex);
    if (block.memo.items > i) block.memo = detail::PrefixMemo{};
    if (block.derived_items > i) {
      block.derived.reset();
      block.derived_items = 0;
    }
  }

  Block* block_ = nullptr;
  size_type size_ = 0;
};

}  // namespace perspectief
