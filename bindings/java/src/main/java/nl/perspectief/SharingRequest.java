package nl.perspectief;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A request to read, store, forward or amend plan content (docs/sharing.md, "Request"), made with a
 * {@link Builder}: what {@link Engine#decide(Plan, SharingRequest)} and {@link Engine#view(Plan, SharingRequest)}
 * take.
 *
 * <pre>{@code
 * SharingRequest request = SharingRequest.builder()
 *     .requester(Actor.of("hoofdaannemer", "hb-7").withOrganisation("90000612").withToewijzing("26002051"))
 *     .action("read").purpose("uitvoering").channel("beveiligde_email")
 *     .at("2026-06-02T09:30:00+02:00")
 *     .parts("children/sem")
 *     .build();
 * }</pre>
 *
 * <p>The builder checks only what it must to write the document (a requester, and the fields every
 * request has); the vocabularies (actions, purposes, the region's channels, part addresses) are
 * the library's to judge, so a malformed request is a {@link SchemaException} with every problem
 * and its pointer, as for JSON text. Immutable.
 */
public final class SharingRequest {
  private final Actor requester;
  private final Actor recipient;
  private final String action;
  private final String purpose;
  private final String channel;
  private final String at;
  private final List<String> parts;
  private final String breakGlassReason;
  private final String json;

  private SharingRequest(Builder b) {
    requester = b.requester;
    recipient = b.recipient;
    action = b.action;
    purpose = b.purpose;
    channel = b.channel;
    at = b.at;
    parts = b.parts == null ? null : Collections.unmodifiableList(new ArrayList<>(b.parts));
    breakGlassReason = b.breakGlassReason;
    String breakGlass = breakGlassReason == null ? null : new JsonWriter().string("reason", breakGlassReason).finish();
    json = new JsonWriter().raw("requester", requester.toJson())
        .raw("recipient", recipient == null ? null : recipient.toJson())
        .string("action", action).string("purpose", purpose).strings("parts", parts).string("channel", channel)
        .string("at", at).raw("break_glass", breakGlass).finish();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return who asks} */
  public Actor requester() {
    return requester;
  }

  /** {@return who receives (forward only), or null} */
  public Actor recipient() {
    return recipient;
  }

  /** {@return {@code read}, {@code store}, {@code forward} or {@code amend}} */
  public String action() {
    return action;
  }

  /** {@return the purpose, e.g. {@code uitvoering}} */
  public String purpose() {
    return purpose;
  }

  /** {@return the channel code, e.g. {@code beveiligde_email}} */
  public String channel() {
    return channel;
  }

  /** {@return the moment, RFC 3339 text} */
  public String at() {
    return at;
  }

  /** {@return the part addresses, or null for the whole plan} */
  public List<String> parts() {
    return parts;
  }

  /** {@return the break-glass reason (R-SAFETY-OVERRIDE), or null} */
  public String breakGlassReason() {
    return breakGlassReason;
  }

  /** {@return the request as JSON text (what {@link Engine#decide(Plan, String)} takes)} */
  public String toJson() {
    return json;
  }

  @Override
  public String toString() {
    return json;
  }

  /** Collects a request's fields; {@link #build()} checks the required ones. Not thread-safe. */
  public static final class Builder {
    private Actor requester;
    private Actor recipient;
    private String action;
    private String purpose;
    private String channel;
    private String at;
    private List<String> parts;
    private String breakGlassReason;

    private Builder() {}

    /**
     * @param requester who acts (required)
     * @return this builder
     */
    public Builder requester(Actor requester) {
      this.requester = requester;
      return this;
    }

    /**
     * @param recipient who receives; for {@code forward} only, and required there
     * @return this builder
     */
    public Builder recipient(Actor recipient) {
      this.recipient = recipient;
      return this;
    }

    /**
     * @param action {@code read}, {@code store}, {@code forward} or {@code amend} (required)
     * @return this builder
     */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /**
     * @param purpose {@code uitvoering}, {@code toewijzing}, {@code verantwoording}, {@code bezwaar_beroep},
     *     {@code veiligheid} or {@code beleid} (required)
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * @param channel a channel code of the region's policy, e.g. {@code portaal} (required)
     * @return this builder
     */
    public Builder channel(String channel) {
      this.channel = channel;
      return this;
    }

    /**
     * @param at the moment, RFC 3339 with offset (required); its date at that offset is the date for
     *     ages and toewijzingen
     * @return this builder
     */
    public Builder at(String at) {
      this.at = at;
      return this;
    }

    /**
     * @param at the moment (required), written as RFC 3339 with its offset
     * @return this builder
     */
    public Builder at(OffsetDateTime at) {
      this.at = Moments.format(at);
      return this;
    }

    /**
     * @param addresses the parts asked for (docs/sharing.md, "Addressing parts"); none = the whole plan
     * @return this builder
     */
    public Builder parts(String... addresses) {
      this.parts = addresses == null ? null : Arrays.asList(addresses.clone());
      return this;
    }

    /**
     * @param addresses the parts asked for; empty = the whole plan
     * @return this builder
     */
    public Builder parts(List<String> addresses) {
      this.parts = addresses == null ? null : new ArrayList<>(addresses);
      return this;
    }

    /**
     * @param reason R-SAFETY-OVERRIDE's mandatory reason (with {@code forward} only)
     * @return this builder
     */
    public Builder breakGlass(String reason) {
      this.breakGlassReason = reason;
      return this;
    }

    /**
     * {@return the request}
     *
     * @throws InvalidArgumentException at {@code /requester}, {@code /action}, {@code /purpose},
     *     {@code /channel} or {@code /at} when one is missing, or at {@code /parts/<i>} for a null address
     */
    public SharingRequest build() {
      if (requester == null) {
        throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a request needs a requester", "/requester", null);
      }
      Actor.required(action, "/action");
      Actor.required(purpose, "/purpose");
      Actor.required(channel, "/channel");
      Actor.required(at, "/at");
      if (parts != null) {
        for (int i = 0; i < parts.size(); i++) {
          if (parts.get(i) == null) {
            throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a part address is null", "/parts/" + i, null);
          }
        }
      }
      return new SharingRequest(this);
    }
  }
}
