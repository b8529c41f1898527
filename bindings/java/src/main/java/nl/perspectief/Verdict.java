package nl.perspectief;

/** The verdict of an {@link Answer}: deny by default. */
public enum Verdict {
  /** The party may do what it asked with the part. */
  ALLOW,
  /** It may not; the answer's rules and reason say why. */
  DENY
}
