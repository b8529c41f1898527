namespace Perspectief
{
    /// <summary>
    /// What a party wants to do with a part, in a <see cref="Question"/> (docs/sharing.md): the
    /// actions of a request document, in the order of the C ABI's PP_ACTION_* numbers.
    /// </summary>
    public enum SharingAction
    {
        /// <summary>Look at it (inzage).</summary>
        Read,
        /// <summary>Keep a copy in the party's own dossier (vastleggen).</summary>
        Store,
        /// <summary>Pass it on to a recipient (verstrekken); the question names the recipient.</summary>
        Forward,
        /// <summary>Change it (wijzigen).</summary>
        Amend,
    }
}
