namespace Perspectief
{
    /// <summary>The verdict of an <see cref="Answer"/>: deny by default.</summary>
    public enum Verdict
    {
        /// <summary>The party may do what it asked with the part.</summary>
        Allow,
        /// <summary>It may not; the answer's rules and reason say why.</summary>
        Deny,
    }
}
