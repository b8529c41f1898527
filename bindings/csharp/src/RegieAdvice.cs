namespace Perspectief
{
    /// <summary>
    /// Where perspectiefregie lies for a jeugdige by the region's regie matrix
    /// (<see cref="Engine.RegieAdvice"/>; docs/workflow.md, "Perspectiefregie"). Immutable.
    /// </summary>
    public sealed class RegieAdvice
    {
        private readonly string json;

        internal RegieAdvice(string json)
        {
            var v = JsonText.Parse(json);
            var basis = v.Get("basis");
            PlacedAt = v.String("placed_at");
            ZichtOpVeiligheid = v.String("zicht_op_veiligheid");
            string rule = v.String("rule");
            Rule = string.IsNullOrEmpty(rule) ? null : rule;
            LocalChoice = v.String("local_choice");
            BasisNl = basis == null ? null : basis.String("nl");
            BasisEn = basis == null ? null : basis.String("en");
            this.json = json;
        }

        /// <summary>
        /// Who holds perspectiefregie (lokale_toegang, verblijfsinstelling, gemeente, gi, veilig_thuis), or
        /// null when the matrix has no cell or the cell defers to a local choice that is not set.
        /// </summary>
        public string PlacedAt { get; private set; }
        /// <summary>Who watches safety meanwhile, or null.</summary>
        public string ZichtOpVeiligheid { get; private set; }
        /// <summary>The binding rule (e.g. R-REGIE-LOKAAL), or null when this is advice only.</summary>
        public string Rule { get; private set; }
        /// <summary>The local choice the cell defers to, or null.</summary>
        public string LocalChoice { get; private set; }
        /// <summary>The cell or rule in words, in Dutch.</summary>
        public string BasisNl { get; private set; }
        /// <summary>The cell or rule in words, in English.</summary>
        public string BasisEn { get; private set; }

        /// <summary>The advice as canonical JSON, as the library wrote it.</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }
    }
}
