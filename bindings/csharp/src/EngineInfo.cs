using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// What an <see cref="Engine"/> was loaded with (<see cref="Engine.Info"/>): the region profile's
    /// id, the municipality of its settings, and the value of every local choice (the
    /// municipality's, else the profile's default). Immutable.
    /// </summary>
    public sealed class EngineInfo
    {
        private readonly string json;

        internal EngineInfo(string json)
        {
            var v = JsonValue.Parse(json, "");
            var municipality = v.Member("municipality");
            var choices = v.Member("local_choices");
            ProfileId = v.Member("profile").AsString();
            Municipality = municipality == null || municipality.IsNull ? null : municipality.AsString();
            LocalChoices = choices == null
                ? new ReadOnlyDictionary<string, JsonValue>(new Dictionary<string, JsonValue>())
                : choices.AsDictionary();
            this.json = json;
        }

        /// <summary>The region profile's id, e.g. "flevoland".</summary>
        public string ProfileId { get; private set; }

        /// <summary>The municipality of the settings, or null for an engine without settings.</summary>
        public string Municipality { get; private set; }

        /// <summary>Every local choice by name; values are JSON (mostly strings: <c>LocalChoices["regie_langdurig_verblijf"].AsString()</c>).</summary>
        public IReadOnlyDictionary<string, JsonValue> LocalChoices { get; private set; }

        /// <summary>The info document as canonical JSON, as the library wrote it.</summary>
        public string ToJson() { return json; }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return json; }
    }

    /// <summary>A region profile built into the library (<see cref="Engine.Profiles"/>). Immutable.</summary>
    public sealed class ProfileInfo
    {
        internal ProfileInfo(JsonText.Value p)
        {
            var name = p.Get("name");
            Id = p.String("id");
            NameNl = name == null ? null : name.String("nl");
            NameEn = name == null ? null : name.String("en");
            Seeds = p.Strings("seeds");
        }

        internal static IReadOnlyList<ProfileInfo> ListOf(string json)
        {
            var list = new List<ProfileInfo>();
            foreach (var p in JsonText.Parse(json).Elements) list.Add(new ProfileInfo(p));
            return new ReadOnlyCollection<ProfileInfo>(list);
        }

        /// <summary>The profile id, as <see cref="Engine.Builtin"/> takes it.</summary>
        public string Id { get; private set; }
        /// <summary>The region's name in Dutch.</summary>
        public string NameNl { get; private set; }
        /// <summary>The region's name in English.</summary>
        public string NameEn { get; private set; }
        /// <summary>The ids of the source documents the profile follows.</summary>
        public IReadOnlyList<string> Seeds { get; private set; }

        /// <summary>The id.</summary>
        public override string ToString() { return Id; }
    }
}
