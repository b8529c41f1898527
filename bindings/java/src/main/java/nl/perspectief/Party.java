package nl.perspectief;

/**
 * A party of a {@link Question}, read once by the library: who asks, or who receives a forward.
 * It is made from an {@link Actor} (the same fields as a request's requester) or a party
 * document, and then passed by reference to every question, so no question reads it again.
 *
 * <p>A Party owns native memory: close it when done (try-with-resources). Immutable and safe to
 * share between threads; closing it while a question on another thread uses it is safe.
 *
 * <pre>{@code
 * try (Party provider = Party.of(Actor.of("hoofdaannemer", "hb-7").withOrganisation("90000612"))) { ... }
 * }</pre>
 */
public final class Party implements AutoCloseable {
  final NativeHandle handle;

  private Party(long address) {
    this.handle = new NativeHandle(this, "Party", address, PerspectiefNative::ppbind_party_destroy);
  }

  /**
   * @param actor the party's role, person and the optional fields
   * @return the party, read by the library
   * @throws SchemaException when the library refuses a field (an unknown role at {@code /role}, ...)
   */
  public static Party of(Actor actor) {
    if (actor == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "actor is null", "", null);
    return parse(actor.toJson());
  }

  /**
   * @param partyJson a party document, as a request's {@code requester}
   * @return the party
   * @throws SchemaException with every problem of the document
   */
  public static Party parse(String partyJson) {
    return new Party(PerspectiefNative.pp_party_parse(Utf8.json(partyJson, "partyJson")));
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native party once no question is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }
}
