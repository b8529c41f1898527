package nl.perspectief;

/**
 * One party of a prepared plan at one moment (docs/sharing.md, "The fast path"): the party is
 * checked and its standing in the plan worked out once, by {@link PreparedPlan#party(Party,
 * Moment)}; each of its questions is then only the grant tests. For a screen that asks many
 * questions for one user at one moment. Its answers are those of {@link PreparedPlan#ask(Question)}
 * for the same questions with this party at this moment. Standing is dated: a new moment needs a
 * new prepared party.
 *
 * <p>Immutable and safe to share between threads; it keeps what it needs, so the prepared plan and
 * the party it was made from may be closed first. It owns native memory: close it when done
 * (try-with-resources).
 *
 * <pre>{@code
 * try (PreparedParty me = prepared.party(provider, at)) {
 *   Answer answer = me.ask(SharingAction.READ, SharingPurpose.UITVOERING, part, email);
 * }
 * }</pre>
 */
public final class PreparedParty implements AutoCloseable {
  final NativeHandle handle;

  PreparedParty(long address) {
    this.handle = new NativeHandle(this, "PreparedParty", address, PerspectiefNative::ppbind_prepared_party_destroy);
  }

  /**
   * Answers one question of this party at its moment; builds no text.
   *
   * @param action the action; a forward names its recipient, so ask it as a {@link Question}
   * @param purpose the purpose
   * @param part the part's index, from {@link PreparedPlan#findPart(String)}
   * @param channel the channel's index, from {@link Engine#findChannel(String)}
   * @return the answer
   * @throws InvalidArgumentException at {@code /action} for a forward (code {@code PP-D-QUESTION})
   *     or a null action; at {@code /purpose}, {@code /part} or {@code /channel} (PP-D-QUESTION)
   *     for a value outside its list, or a null purpose
   * @throws StateException when this prepared party is closed
   */
  public Answer ask(SharingAction action, SharingPurpose purpose, int part, int channel) {
    String missing = action == null ? "/action" : purpose == null ? "/purpose" : null;
    if (missing != null) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a question needs " + missing.substring(1),
          missing, null);
    }
    long[] answer = new long[2];
    handle.with(p -> PerspectiefNative.ppbind_prepared_party_ask(p, action.ordinal(), purpose.ordinal(), part,
        channel, answer));
    return new Answer(answer[0], answer[1]);
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native prepared party once no call is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }
}
