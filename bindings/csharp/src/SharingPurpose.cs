namespace Perspectief
{
    /// <summary>
    /// Why a party asks (doelbinding), in a <see cref="Question"/> (docs/sharing.md): the purposes
    /// of a request document, in the order of the C ABI's PP_PURPOSE_* numbers.
    /// </summary>
    public enum SharingPurpose
    {
        /// <summary>Carrying out the help.</summary>
        Uitvoering,
        /// <summary>The assignment (toewijzing).</summary>
        Toewijzing,
        /// <summary>Accountability toward an accountant.</summary>
        Verantwoording,
        /// <summary>Objection and appeal.</summary>
        BezwaarBeroep,
        /// <summary>Safety (R-SAFETY, R-SAFETY-OVERRIDE).</summary>
        Veiligheid,
        /// <summary>Municipal policy.</summary>
        Beleid,
    }
}
