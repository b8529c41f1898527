using System;

namespace Perspectief
{
    /// <summary>
    /// A natural person acting in a role: who fires a workflow event (<see cref="Event"/>), asks
    /// for events (<see cref="Engine.AvailableEvents(Plan, Actor, string)"/>) or requests plan content
    /// (<see cref="SharingRequest"/>).
    /// </summary>
    /// <remarks>
    /// Role and person are required (R-LOG: a person id such as an employee number, never "system"
    /// and never a BSN); the rest is optional and added with the <c>With...</c> methods, each
    /// returning a new Actor. Roles are the ids of docs/domain.md (lokaal_team, ouder,
    /// hoofdaannemer, ...); the library checks them, so a role this binding does not know yet
    /// still passes. Immutable.
    /// <code>
    /// var worker = Actor.Of("lokaal_team", "jgt-lls-077").WithOrganisation("Jeugd- en Gezinsteam Lelystad");
    /// var mother = Actor.Of("ouder", "m-1").WithMember("moeder");
    /// </code>
    /// </remarks>
    public sealed class Actor : IEquatable<Actor>
    {
        private Actor(string role, string person, string name, string organisation, string member, string onBehalfOf,
            string toewijzing)
        {
            Role = role;
            Person = person;
            Name = name;
            Organisation = organisation;
            Member = member;
            OnBehalfOf = onBehalfOf;
            Toewijzing = toewijzing;
        }

        /// <summary>An actor with its two required fields.</summary>
        /// <exception cref="InvalidArgumentException">either is null or empty (at /role or /person)</exception>
        public static Actor Of(string role, string person)
        {
            return new Actor(Required(role, "/role"), Required(person, "/person"), null, null, null, null, null);
        }

        /// <summary>A copy with the person's display name.</summary>
        public Actor WithName(string name)
        {
            return new Actor(Role, Person, name, Organisation, Member, OnBehalfOf, Toewijzing);
        }

        /// <summary>A copy with the organisation (for a provider: its id as in a toewijzing).</summary>
        public Actor WithOrganisation(string organisation)
        {
            return new Actor(Role, Person, Name, organisation, Member, OnBehalfOf, Toewijzing);
        }

        /// <summary>A copy with the member id in the plan (required for jeugdige, ouder, gezinslid).</summary>
        public Actor WithMember(string member)
        {
            return new Actor(Role, Person, Name, Organisation, member, OnBehalfOf, Toewijzing);
        }

        /// <summary>A copy with the responsible user's person id (NEN 7513).</summary>
        public Actor WithOnBehalfOf(string onBehalfOf)
        {
            return new Actor(Role, Person, Name, Organisation, Member, onBehalfOf, Toewijzing);
        }

        /// <summary>A copy with the toewijzing a provider acts under (sharing requests).</summary>
        public Actor WithToewijzing(string toewijzing)
        {
            return new Actor(Role, Person, Name, Organisation, Member, OnBehalfOf, toewijzing);
        }

        /// <summary>The role id.</summary>
        public string Role { get; private set; }
        /// <summary>The person id.</summary>
        public string Person { get; private set; }
        /// <summary>The display name, or null.</summary>
        public string Name { get; private set; }
        /// <summary>The organisation, or null.</summary>
        public string Organisation { get; private set; }
        /// <summary>The member id in the plan, or null.</summary>
        public string Member { get; private set; }
        /// <summary>The responsible user's person id, or null.</summary>
        public string OnBehalfOf { get; private set; }
        /// <summary>The toewijzing number, or null.</summary>
        public string Toewijzing { get; private set; }

        /// <summary>The actor as the JSON object events and requests carry: {"role","person",...}.</summary>
        public string ToJson()
        {
            return new JsonWriter().String("role", Role).String("person", Person).String("name", Name)
                .String("organisation", Organisation).String("member", Member).String("on_behalf_of", OnBehalfOf)
                .String("toewijzing", Toewijzing).Finish();
        }

        /// <summary>Equal when every field is.</summary>
        public bool Equals(Actor other) { return other != null && other.ToJson() == ToJson(); }

        /// <summary>Equal when every field is.</summary>
        public override bool Equals(object obj) { return Equals(obj as Actor); }

        /// <summary>A hash of every field.</summary>
        public override int GetHashCode() { return ToJson().GetHashCode(); }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return ToJson(); }

        internal static string Required(string value, string pointer)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, pointer.Substring(1) + " is required", pointer);
            }
            return value;
        }
    }
}
