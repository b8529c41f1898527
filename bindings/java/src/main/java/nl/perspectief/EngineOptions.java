package nl.perspectief;

/**
 * Limits an {@link Engine} applies to every JSON input: the deepest nesting and the largest
 * document accepted (the library's defaults: 128 levels, 64 MiB). Immutable; each
 * {@code with...} returns a changed copy.
 *
 * <pre>{@code
 * EngineOptions strict = EngineOptions.defaults().withMaxDepth(32).withMaxDocumentBytes(1 << 20);
 * }</pre>
 */
public final class EngineOptions {
  private static final EngineOptions DEFAULTS = new EngineOptions(0, 0);

  private final long maxDepth;         // 0 = the library's default
  private final long maxDocumentBytes; // 0 = the library's default

  private EngineOptions(long maxDepth, long maxDocumentBytes) {
    this.maxDepth = maxDepth;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** {@return the library's defaults} */
  public static EngineOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Deepest JSON nesting accepted, 1 to 2^32-1.
   *
   * @param depth the deepest nesting accepted
   * @return a copy with this limit
   */
  public EngineOptions withMaxDepth(long depth) {
    if (depth < 1 || depth > 0xFFFF_FFFFL) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          "maxDepth must be between 1 and 4294967295, not " + depth, "", null);
    }
    return new EngineOptions(depth, maxDocumentBytes);
  }

  /**
   * Largest JSON document accepted, in bytes (at least 1).
   *
   * @param bytes the largest document accepted, in bytes
   * @return a copy with this limit
   */
  public EngineOptions withMaxDocumentBytes(long bytes) {
    if (bytes < 1) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          "maxDocumentBytes must be at least 1, not " + bytes, "", null);
    }
    return new EngineOptions(maxDepth, bytes);
  }

  /** {@return the configured depth, or 0 for the library's default} */
  public long maxDepth() {
    return maxDepth;
  }

  /** {@return the configured size, or 0 for the library's default} */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The form the glue takes (bindings/swig/java.i): {max_depth, max_document_bytes}, 0 = default. */
  long[] toNative() {
    return new long[] {maxDepth, maxDocumentBytes};
  }
}
