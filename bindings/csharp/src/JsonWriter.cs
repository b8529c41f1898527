using System.Collections.Generic;
using System.Text;

namespace Perspectief
{
    /// <summary>
    /// Writes the small JSON documents the builders make (<see cref="Event"/>,
    /// <see cref="SharingRequest"/>, <see cref="Actor"/>, <see cref="Payload"/>): one object, members
    /// in the order they are added, strings escaped per RFC 8259.
    /// </summary>
    /// <remarks>
    /// The builders exist so that hosts never glue JSON together from strings: a person id holding
    /// a quote or a crafted payload must not be able to add or override members of an event. Every
    /// string therefore goes through <see cref="Quote"/>, and embedded JSON (a payload) is checked
    /// to be exactly one JSON value before it is written.
    /// </remarks>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder output = new StringBuilder("{");
        private bool first = true;

        /// <summary>A string member; null leaves it out (optional fields are absent, not null).</summary>
        internal JsonWriter String(string name, string value)
        {
            if (value != null) Name(name).Append(Quote(value));
            return this;
        }

        /// <summary>A member whose value is JSON text that was already checked.</summary>
        internal JsonWriter Raw(string name, string json)
        {
            if (json != null) Name(name).Append(json);
            return this;
        }

        internal JsonWriter Strings(string name, IReadOnlyList<string> values)
        {
            if (values == null) return this;
            var b = Name(name).Append('[');
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0) b.Append(',');
                b.Append(Quote(values[i]));
            }
            b.Append(']');
            return this;
        }

        private StringBuilder Name(string name)
        {
            if (!first) output.Append(',');
            first = false;
            return output.Append(Quote(name)).Append(':');
        }

        internal string Finish()
        {
            return output.Append('}').ToString();
        }

        /// <summary>A JSON string literal. A lone surrogate is refused later, when the text is encoded for the library.</summary>
        internal static string Quote(string s)
        {
            var b = new StringBuilder(s.Length + 2).Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    case '\b': b.Append("\\b"); break;
                    case '\f': b.Append("\\f"); break;
                    default:
                        if (c < 0x20) b.AppendFormat("\\u{0:x4}", (int)c);
                        else b.Append(c);
                        break;
                }
            }
            return b.Append('"').ToString();
        }

        /// <summary>
        /// JSON text to embed as one member's value: refused unless it is exactly one JSON value, so
        /// that text such as <c>1, "actor": {...}</c> cannot smuggle members into the enclosing document.
        /// </summary>
        /// <exception cref="JsonSyntaxException">at <paramref name="pointer"/> for anything else</exception>
        internal static string CheckedJson(string json, string pointer)
        {
            if (json == null) return null;
            try
            {
                JsonText.Parse(json);
            }
            catch (System.FormatException e)
            {
                throw PerspectiefException.Create(ErrorCode.JsonSyntax, pointer + " is not one JSON value: " + e.Message, pointer);
            }
            return json.Trim(' ', '\t', '\r', '\n');
        }
    }
}
