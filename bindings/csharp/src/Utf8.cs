using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Perspectief
{
    /// <summary>
    /// Strings to and from the native layer as UTF-8 bytes, the same on every runtime
    /// (default string marshalling is the ANSI code page on .NET Framework/Windows).
    /// </summary>
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        /// <summary>A JSON text argument as NUL-terminated UTF-8; null stays null.</summary>
        internal static byte[] Json(string text, string what)
        {
            if (text == null) return null;
            if (text.IndexOf('\0') >= 0)
            {
                // Raw U+0000 is never valid JSON text; refused before C would cut the text short at it.
                throw PerspectiefException.Create(ErrorCode.JsonSyntax,
                    what + " contains a raw NUL character (U+0000), which JSON text cannot contain");
            }
            return Terminated(Encode(text, what));
        }

        /// <summary>A JSON text given as UTF-8 bytes (need not be valid UTF-8: the library reports it).</summary>
        internal static byte[] Json(byte[] utf8, string what)
        {
            if (utf8 == null) return null;
            if (Array.IndexOf(utf8, (byte)0) >= 0)
            {
                throw PerspectiefException.Create(ErrorCode.JsonSyntax,
                    what + " contains a NUL byte, which JSON text cannot contain");
            }
            return Terminated(utf8);
        }

        /// <summary>A plain argument (an id, a pointer, a moment, a path, a format name).</summary>
        internal static byte[] Text(string text, string what)
        {
            if (text == null) return null;
            if (text.IndexOf('\0') >= 0)
            {
                throw PerspectiefException.Create(ErrorCode.InvalidArgument, what + " contains a NUL character (U+0000)");
            }
            return Terminated(Encode(text, what));
        }

        private static byte[] Encode(string text, string what)
        {
            try
            {
                return Strict.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                // A lone surrogate: not text at all. Refused rather than replaced with U+FFFD.
                throw PerspectiefException.Create(ErrorCode.InvalidUtf8, what + " contains a lone UTF-16 surrogate");
            }
        }

        private static byte[] Terminated(byte[] bytes)
        {
            var result = new byte[bytes.Length + 1];
            Buffer.BlockCopy(bytes, 0, result, 0, bytes.Length);
            return result;
        }

        /// <summary>
        /// Used by the generated layer: the array is pinned and read by C up to its NUL, so a
        /// missing terminator would be an over-read. Every array built above has one.
        /// </summary>
        internal static byte[] CheckTerminated(byte[] bytes)
        {
            if (bytes != null && (bytes.Length == 0 || bytes[bytes.Length - 1] != 0))
            {
                throw new ArgumentException("internal: native string argument is not NUL-terminated");
            }
            return bytes;
        }

        /// <summary>Decodes a NUL-terminated UTF-8 string owned by the library (not freed).</summary>
        internal static string FromNative(IntPtr p)
        {
            if (p == IntPtr.Zero) return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0) n++;
            var bytes = new byte[n];
            Marshal.Copy(p, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Decodes a string the caller owns and frees it with pp_string_free.</summary>
        internal static string TakeString(IntPtr p)
        {
            try
            {
                return FromNative(p);
            }
            finally
            {
                PerspectiefNative.ppbind_string_free(p);
            }
        }
    }
}
