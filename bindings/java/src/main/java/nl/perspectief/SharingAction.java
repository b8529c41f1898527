package nl.perspectief;

/**
 * What a party wants to do with a part, in a {@link Question} (docs/sharing.md): the actions of
 * a request document, in the order of the C ABI's {@code PP_ACTION_*} numbers.
 */
public enum SharingAction {
  /** Look at it (inzage). */
  READ,
  /** Keep a copy in the party's own dossier (vastleggen). */
  STORE,
  /** Pass it on to a recipient (verstrekken); the question names the recipient. */
  FORWARD,
  /** Change it (wijzigen). */
  AMEND
}
