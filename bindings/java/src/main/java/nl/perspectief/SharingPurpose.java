package nl.perspectief;

/**
 * Why a party asks (doelbinding), in a {@link Question} (docs/sharing.md): the purposes of a
 * request document, in the order of the C ABI's {@code PP_PURPOSE_*} numbers.
 */
public enum SharingPurpose {
  /** Carrying out the help. */
  UITVOERING,
  /** The assignment (toewijzing). */
  TOEWIJZING,
  /** Accountability toward an accountant. */
  VERANTWOORDING,
  /** Objection and appeal. */
  BEZWAAR_BEROEP,
  /** Safety (R-SAFETY, R-SAFETY-OVERRIDE). */
  VEILIGHEID,
  /** Municipal policy. */
  BELEID
}
