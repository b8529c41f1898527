package nl.perspectief;

import java.time.OffsetDateTime;

/**
 * One question of the fast path (docs/sharing.md, "The fast path"): may this party do this with
 * one part, for this purpose, over this channel, at this moment? Every value is looked up once
 * and given as is: the part's index ({@link PreparedPlan#findPart(String)}), the channel's
 * ({@link Engine#findChannel(String)}), a {@link Party} and a {@link Moment}. The question holds
 * the parties, it does not own them. Immutable.
 *
 * <pre>{@code
 * Question q = Question.builder().party(provider).action(SharingAction.READ)
 *     .purpose(SharingPurpose.UITVOERING).part(part).channel(email).at(at).build();
 * }</pre>
 */
public final class Question {
  /** The numbers of one question in the native layer (perspectief.i, {@code ppbind_ask}). */
  static final int NUMBERS = 9;

  final Party party;
  final SharingAction action;
  final SharingPurpose purpose;
  final int part;
  final int channel;
  final Moment at;
  final Party recipient;
  final String breakGlassReason;

  private Question(Builder b) {
    this.party = b.party;
    this.action = b.action;
    this.purpose = b.purpose;
    this.part = b.part;
    this.channel = b.channel;
    this.at = b.at;
    this.recipient = b.recipient;
    this.breakGlassReason = b.breakGlassReason;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding this question's values, to ask the same about another part or party}
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.party = party;
    b.action = action;
    b.purpose = purpose;
    b.part = part;
    b.channel = channel;
    b.at = at;
    b.recipient = recipient;
    b.breakGlassReason = breakGlassReason;
    return b;
  }

  /** {@return who asks} */
  public Party party() {
    return party;
  }

  /** {@return the action} */
  public SharingAction action() {
    return action;
  }

  /** {@return the purpose} */
  public SharingPurpose purpose() {
    return purpose;
  }

  /** {@return the part's index in its prepared plan} */
  public int part() {
    return part;
  }

  /** {@return the channel's index in the region's policy} */
  public int channel() {
    return channel;
  }

  /** {@return the moment} */
  public Moment at() {
    return at;
  }

  /** {@return who receives a forward, or null} */
  public Party recipient() {
    return recipient;
  }

  /** {@return the break-glass reason (R-SAFETY-OVERRIDE), or null} */
  public String breakGlassReason() {
    return breakGlassReason;
  }

  /**
   * Writes the question's numbers at {@code offset}, with the parties' leased addresses and the
   * index of its break-glass reason (0 for none).
   */
  void write(long[] values, int offset, long requester, long receiver, int reason) {
    values[offset] = requester;
    values[offset + 1] = action.ordinal();
    values[offset + 2] = purpose.ordinal();
    values[offset + 3] = part;
    values[offset + 4] = channel;
    values[offset + 5] = at.utcSeconds;
    values[offset + 6] = at.offsetMinutes;
    values[offset + 7] = receiver;
    values[offset + 8] = reason;
  }

  /** Collects a question's values; {@link #build()} checks the required ones. Not thread-safe. */
  public static final class Builder {
    private Party party;
    private SharingAction action;
    private SharingPurpose purpose;
    private int part = -1;
    private int channel = -1;
    private Moment at;
    private Party recipient;
    private String breakGlassReason;

    private Builder() {}

    /**
     * @param party who asks (required)
     * @return this builder
     */
    public Builder party(Party party) {
      this.party = party;
      return this;
    }

    /**
     * @param action the action (required)
     * @return this builder
     */
    public Builder action(SharingAction action) {
      this.action = action;
      return this;
    }

    /**
     * @param purpose the purpose (required)
     * @return this builder
     */
    public Builder purpose(SharingPurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * @param part the part's index, from {@link PreparedPlan#findPart(String)} (required)
     * @return this builder
     */
    public Builder part(int part) {
      this.part = part;
      return this;
    }

    /**
     * @param channel the channel's index, from {@link Engine#findChannel(String)} (required)
     * @return this builder
     */
    public Builder channel(int channel) {
      this.channel = channel;
      return this;
    }

    /**
     * @param at the moment, read once (required)
     * @return this builder
     */
    public Builder at(Moment at) {
      this.at = at;
      return this;
    }

    /**
     * @param at the moment (required), read now
     * @return this builder
     * @throws InvalidArgumentException when it is no RFC 3339 moment with an offset
     */
    public Builder at(OffsetDateTime at) {
      this.at = Moment.of(at);
      return this;
    }

    /**
     * @param recipient who receives; for {@link SharingAction#FORWARD} only, and required there
     * @return this builder
     */
    public Builder recipient(Party recipient) {
      this.recipient = recipient;
      return this;
    }

    /**
     * @param reason R-SAFETY-OVERRIDE's mandatory reason (with a forward only)
     * @return this builder
     */
    public Builder breakGlass(String reason) {
      this.breakGlassReason = reason;
      return this;
    }

    /**
     * {@return the question}
     *
     * @throws InvalidArgumentException at {@code /requester}, {@code /action}, {@code /purpose} or
     *     {@code /at} when one is missing; a part or channel that was not set is out of range,
     *     which asking it reports (at {@code /part}, {@code /channel})
     */
    public Question build() {
      String missing = party == null ? "/requester" : action == null ? "/action" : purpose == null ? "/purpose"
          : at == null ? "/at" : null;
      if (missing != null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a question needs " + missing.substring(1),
            missing, null);
      }
      if (breakGlassReason != null) Utf8.text(breakGlassReason, "breakGlassReason");
      return new Question(this);
    }
  }
}
