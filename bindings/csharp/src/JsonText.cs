using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Perspectief
{
    /// <summary>
    /// A small JSON reader for the documents the library returns (problems, decisions, views,
    /// error details), so that the binding depends on no JSON package (netstandard2.0 has none
    /// built in, and vendors bring their own). Every value keeps its exact source text
    /// (<see cref="Value.Raw"/>): the library's output is canonical, so sub-documents handed
    /// out are canonical too and the binding never re-serialises JSON.
    /// </summary>
    internal sealed class JsonText
    {
        internal enum Kind { Object, Array, String, Number, Boolean, Null }

        internal sealed class Value
        {
            internal Value(Kind kind, object content, string raw)
            {
                Kind = kind;
                Content = content;
                Raw = raw;
            }

            internal Kind Kind { get; private set; }
            /// <summary>Dictionary&lt;string, Value&gt;, List&lt;Value&gt;, string, decimal/double text, bool or null.</summary>
            internal object Content { get; private set; }
            /// <summary>The value's text exactly as in the source.</summary>
            internal string Raw { get; private set; }

            /// <summary>An object's members in document order (null for other kinds); Content has them by name.</summary>
            internal IReadOnlyList<KeyValuePair<string, Value>> Members { get; set; }

            internal Value Get(string name)
            {
                if (Kind != Kind.Object) return null;
                Value v;
                return ((Dictionary<string, Value>)Content).TryGetValue(name, out v) ? v : null;
            }

            internal string String(string name)
            {
                var v = Get(name);
                return v != null && v.Kind == Kind.String ? (string)v.Content : null;
            }

            internal IReadOnlyList<Value> Elements
            {
                get { return Kind == Kind.Array ? (IReadOnlyList<Value>)Content : new Value[0]; }
            }

            internal IReadOnlyList<string> Strings(string name)
            {
                var list = new List<string>();
                var v = Get(name);
                if (v != null)
                {
                    foreach (var e in v.Elements)
                    {
                        if (e.Kind == Kind.String) list.Add((string)e.Content);
                    }
                }
                return new ReadOnlyCollection<string>(list);
            }
        }

        private const int MaxDepth = 512;
        private readonly string text;
        private int pos;

        private JsonText(string text)
        {
            this.text = text;
        }

        /// <summary>Parses one JSON document; FormatException for anything that is not JSON.</summary>
        internal static Value Parse(string text)
        {
            var p = new JsonText(text);
            p.SkipSpace();
            var v = p.ReadValue(0);
            p.SkipSpace();
            if (p.pos != text.Length) throw p.Error("text after the JSON value");
            return v;
        }

        private Value ReadValue(int depth)
        {
            if (depth > MaxDepth) throw Error("nested too deeply");
            int start = pos;
            char c = Peek();
            if (c == '{')
            {
                pos++;
                var members = new Dictionary<string, Value>();
                var ordered = new List<KeyValuePair<string, Value>>();
                SkipSpace();
                if (Peek() == '}')
                {
                    pos++;
                }
                else
                {
                    while (true)
                    {
                        SkipSpace();
                        if (Peek() != '"') throw Error("expected a member name");
                        string name = ReadString();
                        SkipSpace();
                        Expect(':');
                        SkipSpace();
                        var member = ReadValue(depth + 1);
                        members[name] = member;
                        ordered.Add(new KeyValuePair<string, Value>(name, member));
                        SkipSpace();
                        if (Peek() == ',') { pos++; continue; }
                        Expect('}');
                        break;
                    }
                }
                return new Value(Kind.Object, members, text.Substring(start, pos - start))
                {
                    Members = new ReadOnlyCollection<KeyValuePair<string, Value>>(ordered),
                };
            }
            if (c == '[')
            {
                pos++;
                var elements = new List<Value>();
                SkipSpace();
                if (Peek() == ']')
                {
                    pos++;
                }
                else
                {
                    while (true)
                    {
                        SkipSpace();
                        elements.Add(ReadValue(depth + 1));
                        SkipSpace();
                        if (Peek() == ',') { pos++; continue; }
                        Expect(']');
                        break;
                    }
                }
                return new Value(Kind.Array, new ReadOnlyCollection<Value>(elements), text.Substring(start, pos - start));
            }
            if (c == '"')
            {
                string s = ReadString();
                return new Value(Kind.String, s, text.Substring(start, pos - start));
            }
            if (Literal("true")) return new Value(Kind.Boolean, true, "true");
            if (Literal("false")) return new Value(Kind.Boolean, false, "false");
            if (Literal("null")) return new Value(Kind.Null, null, "null");
            if (c == '-' || (c >= '0' && c <= '9'))
            {
                while (pos < text.Length && "+-0123456789.eE".IndexOf(text[pos]) >= 0) pos++;
                string n = text.Substring(start, pos - start);
                double unused;
                if (!double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out unused)) throw Error("bad number " + n);
                return new Value(Kind.Number, n, n);
            }
            throw Error("unexpected character '" + c + "'");
        }

        private string ReadString()
        {
            Expect('"');
            var sb = new StringBuilder();
            while (true)
            {
                if (pos >= text.Length) throw Error("unterminated string");
                char c = text[pos++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                if (pos >= text.Length) throw Error("unterminated escape");
                char e = text[pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        int code;
                        if (pos + 4 > text.Length ||
                            !int.TryParse(text.Substring(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code))
                        {
                            throw Error("bad \\u escape");
                        }
                        sb.Append((char)code); // surrogate pairs arrive as two escapes
                        pos += 4;
                        break;
                    default:
                        throw Error("bad escape \\" + e);
                }
            }
        }

        private bool Literal(string word)
        {
            if (string.CompareOrdinal(text, pos, word, 0, word.Length) != 0) return false;
            pos += word.Length;
            return true;
        }

        private char Peek()
        {
            if (pos >= text.Length) throw Error("unexpected end");
            return text[pos];
        }

        private void Expect(char c)
        {
            if (Peek() != c) throw Error("expected '" + c + "'");
            pos++;
        }

        private void SkipSpace()
        {
            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t')) pos++;
        }

        private FormatException Error(string what)
        {
            return new FormatException("JSON: " + what + " at offset " + pos);
        }
    }
}
