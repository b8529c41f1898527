package nl.perspectief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link Question}: the verdict, the rules that decided and the reason code
 * (docs/sharing.md), exactly the part's entry in the decision for a request for that part alone.
 * Nothing is built until asked for: the rule ids and the reason text are read on access. Immutable.
 */
public final class Answer {
  /** The id of rule bit r ({@code pp_rule_id}); null for a bit no rule has. */
  private static final String[] RULE_IDS = ruleIds();

  private final boolean allowed;
  private final int rules;
  private final long reason;

  /** From the native layer's two numbers: verdict | rules &lt;&lt; 1, and the reason's address. */
  Answer(long verdictAndRules, long reason) {
    this.allowed = (verdictAndRules & 1) != 0;
    this.rules = (int) (verdictAndRules >>> 1);
    this.reason = reason;
  }

  private static String[] ruleIds() {
    String[] ids = new String[32];
    for (int r = 0; r < ids.length; r++) ids[r] = Utf8.decode(PerspectiefNative.pp_rule_id(r));
    return ids;
  }

  /** {@return whether the party may do what it asked} */
  public boolean isAllowed() {
    return allowed;
  }

  /** {@return the verdict} */
  public Verdict verdict() {
    return allowed ? Verdict.ALLOW : Verdict.DENY;
  }

  /** {@return the ids of the rules that decided, in the rule catalogue's order} */
  public List<String> rules() {
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < RULE_IDS.length; r++) {
      if ((rules >>> r & 1) != 0) ids.add(RULE_IDS[r]);
    }
    return Collections.unmodifiableList(ids);
  }

  /** {@return the rules as bits: bit r is the rule {@code pp_rule_id(r)} names} */
  public int ruleBits() {
    return rules;
  }

  /** {@return the reason code, e.g. {@code "toewijzing_linked"} or {@code "member_privacy"}} */
  public String reason() {
    return Utf8.decode(PerspectiefNative.ppbind_static_text(reason));
  }

  /** {@return {@code {"reason","rules","verdict"}} as JSON, the shape every language gives} */
  public String toJson() {
    return new JsonWriter().string("reason", reason()).strings("rules", rules())
        .string("verdict", allowed ? "allow" : "deny").finish();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answer a && a.allowed == allowed && a.rules == rules && a.reason == reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowed, rules, reason);
  }

  @Override
  public String toString() {
    return "Answer(" + (allowed ? "allow" : "deny") + ", " + rules() + ", " + reason() + ")";
  }
}
