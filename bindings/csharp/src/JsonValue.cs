using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Perspectief
{
    /// <summary>The six kinds of JSON value.</summary>
    public enum JsonKind
    {
        /// <summary>{...}</summary>
        Object,
        /// <summary>[...]</summary>
        Array,
        /// <summary>"..."</summary>
        String,
        /// <summary>a number</summary>
        Number,
        /// <summary>true or false</summary>
        Boolean,
        /// <summary>null</summary>
        Null,
    }

    /// <summary>
    /// A JSON value the library returned, read without a JSON package: its <see cref="Kind"/>,
    /// typed getters (<see cref="AsString"/>, <see cref="AsLong"/>, <see cref="AsBoolean"/>, ...) and
    /// its exact canonical text (<see cref="ToJson"/>) for hosts that forward JSON to their own library.
    /// </summary>
    /// <remarks>
    /// A typed getter on a value of another kind throws <see cref="InvalidArgumentException"/> whose
    /// <see cref="PerspectiefException.Pointer"/> says where the value came from (for
    /// <see cref="Plan.Get"/>: the pointer asked for), rather than guessing a conversion. Immutable.
    /// </remarks>
    public sealed class JsonValue : IEquatable<JsonValue>
    {
        private readonly JsonText.Value value;
        private readonly string pointer;

        internal JsonValue(JsonText.Value value, string pointer)
        {
            this.value = value;
            this.pointer = pointer;
        }

        internal static JsonValue Parse(string json, string pointer)
        {
            return new JsonValue(JsonText.Parse(json), pointer);
        }

        /// <summary>The kind of value.</summary>
        public JsonKind Kind { get { return (JsonKind)(int)value.Kind; } }

        /// <summary>Whether this is JSON null.</summary>
        public bool IsNull { get { return value.Kind == JsonText.Kind.Null; } }

        /// <summary>The string.</summary>
        /// <exception cref="InvalidArgumentException">for any other kind</exception>
        public string AsString()
        {
            Expect(JsonText.Kind.String, "a string");
            return (string)value.Content;
        }

        /// <summary>The integer.</summary>
        /// <exception cref="InvalidArgumentException">for any other kind, a fraction, or one beyond a long</exception>
        public long AsLong()
        {
            Expect(JsonText.Kind.Number, "an integer");
            long n;
            if (!long.TryParse((string)value.Content, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n))
            {
                throw WrongKind("an integer within a long");
            }
            return n;
        }

        /// <summary>The number as a decimal (exact for what decimal holds; no binary rounding).</summary>
        /// <exception cref="InvalidArgumentException">for any other kind, or a number beyond decimal</exception>
        public decimal AsDecimal()
        {
            Expect(JsonText.Kind.Number, "a number");
            decimal d;
            if (!decimal.TryParse((string)value.Content, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
            {
                throw WrongKind("a number within a decimal");
            }
            return d;
        }

        /// <summary>The boolean.</summary>
        /// <exception cref="InvalidArgumentException">for any other kind</exception>
        public bool AsBoolean()
        {
            Expect(JsonText.Kind.Boolean, "a boolean");
            return (bool)value.Content;
        }

        /// <summary>The elements of an array, in order.</summary>
        /// <exception cref="InvalidArgumentException">for any other kind</exception>
        public IReadOnlyList<JsonValue> AsList()
        {
            Expect(JsonText.Kind.Array, "an array");
            var list = new List<JsonValue>();
            var elements = value.Elements;
            for (int i = 0; i < elements.Count; i++) list.Add(new JsonValue(elements[i], pointer + "/" + i));
            return new ReadOnlyCollection<JsonValue>(list);
        }

        /// <summary>The members of an object by name; <see cref="Names"/> gives their document order.</summary>
        /// <exception cref="InvalidArgumentException">for any other kind</exception>
        public IReadOnlyDictionary<string, JsonValue> AsDictionary()
        {
            Expect(JsonText.Kind.Object, "an object");
            var d = new Dictionary<string, JsonValue>();
            foreach (var m in value.Members) d[m.Key] = new JsonValue(m.Value, pointer + "/" + Escape(m.Key));
            return new ReadOnlyDictionary<string, JsonValue>(d);
        }

        /// <summary>An object's member names in document order (sorted: the library's output is canonical).</summary>
        /// <exception cref="InvalidArgumentException">for any other kind</exception>
        public IReadOnlyList<string> Names()
        {
            Expect(JsonText.Kind.Object, "an object");
            var names = new List<string>();
            foreach (var m in value.Members) names.Add(m.Key);
            return new ReadOnlyCollection<string>(names);
        }

        /// <summary>The member <paramref name="name"/> of an object, or null when it has none.</summary>
        /// <exception cref="InvalidArgumentException">for a value that is no object</exception>
        public JsonValue Member(string name)
        {
            Expect(JsonText.Kind.Object, "an object");
            var m = value.Get(name);
            return m == null ? null : new JsonValue(m, pointer + "/" + Escape(name));
        }

        /// <summary>The value as JSON text, exactly as the library wrote it (canonical).</summary>
        public string ToJson() { return value.Raw; }

        /// <summary>The JSON text, as <see cref="ToJson"/>.</summary>
        public override string ToString() { return value.Raw; }

        /// <summary>Equal when the JSON text is (canonical text: equal values, equal text).</summary>
        public bool Equals(JsonValue other) { return other != null && other.value.Raw == value.Raw; }

        /// <summary>Equal when the JSON text is.</summary>
        public override bool Equals(object obj) { return Equals(obj as JsonValue); }

        /// <summary>The JSON text's hash.</summary>
        public override int GetHashCode() { return value.Raw.GetHashCode(); }

        private void Expect(JsonText.Kind kind, string what)
        {
            if (value.Kind != kind) throw WrongKind(what);
        }

        private PerspectiefException WrongKind(string what)
        {
            string where = pointer.Length == 0 ? "the value" : "the value at " + pointer;
            return PerspectiefException.Create(ErrorCode.InvalidArgument, where + " is " + Describe() + ", not " + what, pointer);
        }

        private string Describe()
        {
            switch (value.Kind)
            {
                case JsonText.Kind.Object: return "an object";
                case JsonText.Kind.Array: return "an array";
                case JsonText.Kind.String: return "a string";
                case JsonText.Kind.Number: return "the number " + value.Raw;
                case JsonText.Kind.Boolean: return "a boolean";
                default: return "null";
            }
        }

        /// <summary>RFC 6901: "~" and "/" in a member name.</summary>
        internal static string Escape(string name)
        {
            return name.Replace("~", "~0").Replace("/", "~1");
        }
    }
}
