using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Perspectief
{
    /// <summary>
    /// A small JSON object builder for event payloads and a new plan's content, so that a host
    /// without a JSON library (or an example) never glues JSON together from strings.
    /// </summary>
    /// <remarks>
    /// <code>
    /// var crisis = Payload.Object().Put("jeugdige", "milan").Put("ondersteuningsprofiel", Payload.Object().Put("code", "11"));
    /// var content = Payload.Parse(imported.InitialContent()).PutArray("assignments", worker);
    /// </code>
    /// It writes JSON only: which members an event takes is the library's to judge (with pointers
    /// under /payload). Members keep the order they were put in; putting a name again replaces its
    /// value in place. <see cref="Parse"/> keeps the parsed members' text exactly, so content read
    /// from the library goes back unchanged. A host with System.Text.Json or Newtonsoft.Json can pass
    /// that library's text to <see cref="Event.EventBuilder.Payload(string)"/> instead. Not thread-safe.
    /// </remarks>
    public sealed class Payload
    {
        private readonly List<string> names = new List<string>();
        private readonly Dictionary<string, string> values = new Dictionary<string, string>();

        private Payload() { }

        /// <summary>An empty object.</summary>
        public static Payload Object()
        {
            return new Payload();
        }

        /// <summary>An object to add to or change, e.g. <see cref="Engine.InitialContent"/>.</summary>
        /// <exception cref="JsonSyntaxException">the text is not one JSON object</exception>
        public static Payload Parse(string json)
        {
            JsonText.Value v;
            try
            {
                v = JsonText.Parse(json ?? "");
            }
            catch (FormatException e)
            {
                throw PerspectiefException.Create(ErrorCode.JsonSyntax, "not a JSON object: " + e.Message);
            }
            if (v.Kind != JsonText.Kind.Object) throw PerspectiefException.Create(ErrorCode.JsonSyntax, "not a JSON object");
            var p = new Payload();
            foreach (var m in v.Members) p.PutRaw(m.Key, m.Value.Raw);
            return p;
        }

        /// <summary>A string member (null writes JSON null).</summary>
        public Payload Put(string name, string value) { return PutRaw(name, value == null ? "null" : JsonWriter.Quote(value)); }

        /// <summary>A whole-number member.</summary>
        public Payload Put(string name, long value) { return PutRaw(name, value.ToString(CultureInfo.InvariantCulture)); }

        /// <summary>A true/false member.</summary>
        public Payload Put(string name, bool value) { return PutRaw(name, value ? "true" : "false"); }

        /// <summary>A nested object (its JSON as it is now).</summary>
        public Payload Put(string name, Payload value) { return PutRaw(name, value == null ? "null" : value.ToJson()); }

        /// <summary>An actor, written as {"role","person",...}.</summary>
        public Payload Put(string name, Actor value) { return PutRaw(name, value == null ? "null" : value.ToJson()); }

        /// <summary>An array of strings, whole numbers (long, int), booleans, Payloads, Actors or nulls.</summary>
        /// <exception cref="InvalidArgumentException">for an element of another type (at its pointer)</exception>
        public Payload PutArray(string name, params object[] elements)
        {
            var b = new StringBuilder("[");
            for (int i = 0; i < elements.Length; i++)
            {
                if (i > 0) b.Append(',');
                b.Append(Element(elements[i], "/" + JsonValue.Escape(name ?? "") + "/" + i));
            }
            return PutRaw(name, b.Append(']').ToString());
        }

        /// <summary>A member whose value is JSON text (from the host's own JSON library).</summary>
        /// <exception cref="JsonSyntaxException">the text is not exactly one JSON value</exception>
        public Payload PutJson(string name, string json)
        {
            string checkedJson = JsonWriter.CheckedJson(json, "/" + JsonValue.Escape(name ?? ""));
            return PutRaw(name, checkedJson ?? "null");
        }

        /// <summary>This object without the member.</summary>
        public Payload Remove(string name)
        {
            if (name != null && values.Remove(name)) names.Remove(name);
            return this;
        }

        /// <summary>The object as JSON text.</summary>
        public string ToJson()
        {
            var b = new StringBuilder("{");
            foreach (var name in names)
            {
                if (b.Length > 1) b.Append(',');
                b.Append(JsonWriter.Quote(name)).Append(':').Append(values[name]);
            }
            return b.Append('}').ToString();
        }

        /// <summary>The JSON, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return ToJson(); }

        private Payload PutRaw(string name, string json)
        {
            if (name == null) throw PerspectiefException.Create(ErrorCode.InvalidArgument, "a member name is null");
            if (!values.ContainsKey(name)) names.Add(name);
            values[name] = json;
            return this;
        }

        private static string Element(object e, string pointer)
        {
            if (e == null) return "null";
            var s = e as string;
            if (s != null) return JsonWriter.Quote(s);
            if (e is long || e is int) return Convert.ToString(e, CultureInfo.InvariantCulture);
            if (e is bool) return (bool)e ? "true" : "false";
            var p = e as Payload;
            if (p != null) return p.ToJson();
            var a = e as Actor;
            if (a != null) return a.ToJson();
            throw PerspectiefException.Create(ErrorCode.InvalidArgument,
                "a payload array takes strings, whole numbers, booleans, Payloads and Actors, not " + e.GetType().FullName, pointer);
        }
    }
}
