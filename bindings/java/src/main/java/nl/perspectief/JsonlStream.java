package nl.perspectief;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A JSONL file of plans (one plan document a line) worked on by native worker threads, the
 * results in file order, each the line {@code perspectief} writes for the same file and options
 * (the C ABI's {@code pp_jsonl_*}; docs/java.md, "JSONL files"). The file is never loaded whole:
 * at most 4 lines per worker are in flight. A line that fails is a {@link JsonlResult} with an
 * {@link JsonlResult#error() error}, and the stream goes on.
 *
 * <pre>{@code
 * try (JsonlStream results = engine.jsonl(Path.of("plans.jsonl"), JsonlOptions.validate())) {
 *   for (JsonlResult result : results) { ... }
 * }
 * }</pre>
 *
 * <p>Close it (try-with-resources): closing stops the workers, also before the last line. It is
 * an {@link Iterable} for a for-each loop once ({@link #iterator()} is the stream itself). One
 * thread at a time.
 */
public final class JsonlStream implements AutoCloseable, Iterable<JsonlResult>, Iterator<JsonlResult> {
  private final NativeHandle handle;
  private JsonlResult next;
  private boolean ended;

  JsonlStream(long address) {
    this.handle = new NativeHandle(this, "JsonlStream", address, PerspectiefNative::ppbind_jsonl_close);
  }

  /**
   * Opens a file whose plans each run with their own built-in region ({@code "profile"}), each
   * region's engine loaded once (as {@code perspectief} without {@code --profile}). With one
   * engine for every line: {@link Engine#jsonl(Path, JsonlOptions)}.
   *
   * @param file the JSONL file
   * @param options what to do with each line
   * @return the stream, workers started
   * @throws NotFoundException when the file does not exist
   * @throws IoException when it cannot be read
   * @throws InvalidArgumentException for options the operation does not take
   */
  public static JsonlStream open(Path file, JsonlOptions options) {
    return new JsonlStream(PerspectiefNative.ppbind_jsonl_open_builtin(path(file), json(options)));
  }

  static byte[] path(Path file) {
    if (file == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "file is null", "", null);
    return Utf8.text(file.toString(), "file");
  }

  static byte[] json(JsonlOptions options) {
    if (options == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "options is null", "", null);
    return Utf8.json(options.toJson(), "options");
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      byte[] line = handle.with(PerspectiefNative::pp_jsonl_next);
      if (line == null) {
        ended = true;
        close(); // the workers have ended: let the stream go now
      } else {
        next = new JsonlResult(Utf8.decode(line));
      }
    }
    return next != null;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IoException when the file cannot be read on (after every line before)
   * @throws StateException once closed
   */
  @Override
  public JsonlResult next() {
    if (!hasNext()) throw new NoSuchElementException("the JSONL stream has no more lines");
    JsonlResult result = next;
    next = null;
    return result;
  }

  /** {@return this stream: it can be iterated once} */
  @Override
  public Iterator<JsonlResult> iterator() {
    return this;
  }

  /** Stops the workers and frees the stream; idempotent. */
  @Override
  public void close() {
    handle.close();
  }
}
