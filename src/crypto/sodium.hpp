// libsodium, initialised once for the whole process before its first use.
//
// sodium_init() picks the fastest implementations for this CPU and opens the
// random source that key generation needs; it is safe to call more than once
// and from several threads, but calling it on every hash would take its lock
// each time, so a function-local static does it once (C++11 guarantees that
// initialisation is thread-safe).
#pragma once

namespace perspectief::crypto {

// Throws Error(internal) when libsodium cannot be initialised (no random source).
void ensure_sodium();

}  // namespace perspectief::crypto
