package nl.perspectief;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Owns one native handle (a {@code pp_engine*} or {@code pp_plan*} address) and makes releasing
 * it safe in any order and from any thread, the way .NET's SafeHandle does:
 *
 * <ul>
 *   <li>every native call holds a <em>lease</em> ({@link #acquire()} / {@link #release()});</li>
 *   <li>{@link #close()} only marks the handle closed and drops the owner's reference; the
 *       native destroy runs when the last lease is returned, so a close on one thread never
 *       frees memory that a call on another thread is still using;</li>
 *   <li>after close, {@link #acquire()} throws {@link StateException}: a closed object fails
 *       cleanly instead of touching freed memory; closing twice is a no-op.</li>
 * </ul>
 *
 * <p>The state is one atomic long: bit 0 is "closed", the rest counts references (the owner's
 * plus one per lease). It reaches exactly {@code 1} (closed, no references) once, and that is
 * when the handle is destroyed.
 *
 * <p>A {@link Cleaner} is the safety net for an owner that is never closed: when the owning
 * object becomes unreachable, the cleaner closes the handle. Nothing relies on it (the cleaner
 * thread runs whenever the GC decides) and the documentation asks for try-with-resources;
 * finalizers are not used.
 */
final class NativeHandle {
  private static final Cleaner CLEANER = Cleaner.create();

  private final String what;
  private final long address;
  private final LongConsumer destroy;
  private final AtomicLong state = new AtomicLong(2); // one reference (the owner), open
  private final Cleaner.Cleanable cleanable;

  /**
   * Takes ownership of {@code address}; {@code owner} is the object whose unreachability closes
   * the handle; {@code what} names it in error messages ("Engine", "Plan").
   */
  NativeHandle(Object owner, String what, long address, LongConsumer destroy) {
    this.what = what;
    this.address = address;
    this.destroy = destroy;
    // The action must not refer to the owner, or the owner would never become unreachable.
    this.cleanable = CLEANER.register(owner, new CloseAction(this));
  }

  private static final class CloseAction implements Runnable {
    private final NativeHandle handle;

    CloseAction(NativeHandle handle) {
      this.handle = handle;
    }

    @Override
    public void run() {
      handle.markClosed();
    }
  }

  /** Starts a call: returns the address, valid until the matching {@link #release()}. */
  long acquire() {
    return acquire("this " + what + " is closed");
  }

  /** As {@link #acquire()}, with the StateException message to use when closed. */
  long acquire(String closedMessage) {
    while (true) {
      long s = state.get();
      if ((s & 1) != 0) {
        throw PerspectiefException.create(ErrorCode.STATE, closedMessage, "", null);
      }
      if (state.compareAndSet(s, s + 2)) return address;
    }
  }

  /** Runs {@code call} with the address leased for its duration. */
  <T> T with(java.util.function.LongFunction<T> call) {
    long address = acquire();
    try {
      return call.apply(address);
    } finally {
      release();
    }
  }

  /** Ends a call started with {@link #acquire()}. */
  void release() {
    if (state.addAndGet(-2) == 1) destroy.accept(address);
  }

  /** Closes the handle (idempotent); the native object is freed once no call is using it. */
  void close() {
    cleanable.clean(); // runs markClosed at most once, and unregisters the safety net
  }

  boolean isClosed() {
    return (state.get() & 1) != 0;
  }

  private void markClosed() {
    while (true) {
      long s = state.get();
      if ((s & 1) != 0) return;
      if (state.compareAndSet(s, s | 1)) break;
    }
    release(); // the owner's reference
  }
}
