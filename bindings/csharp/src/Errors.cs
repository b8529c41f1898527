using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Perspectief
{
    /// <summary>
    /// The class of a failure. The numbers are the C ABI's pp_status codes (stable: a code never
    /// changes meaning, new ones are only added).
    /// </summary>
    public enum ErrorCode
    {
        /// <summary>A code this binding does not know (a newer library); see <see cref="PerspectiefException.CodeNumber"/>.</summary>
        Unknown = -1,
        /// <summary>1: null where a value is required, an unknown kind or format, bad options.</summary>
        InvalidArgument = 1,
        /// <summary>2: not JSON.</summary>
        JsonSyntax = 2,
        /// <summary>3: bytes or a string that are not UTF-8.</summary>
        InvalidUtf8 = 3,
        /// <summary>4: larger or deeper than the engine's limits.</summary>
        LimitExceeded = 4,
        /// <summary>5: JSON of the wrong shape; the problems list every one.</summary>
        Schema = 5,
        /// <summary>6: well-formed but inconsistent.</summary>
        Validation = 6,
        /// <summary>7: an unusable region profile or settings document.</summary>
        Profile = 7,
        /// <summary>8: settings that would switch off a minimum condition (R-MINIMUM).</summary>
        MinimumCondition = 8,
        /// <summary>9: an unknown profile id, file or event, or nothing at a JSON pointer.</summary>
        NotFound = 9,
        /// <summary>10: a workflow event refused; the problems list every failed guard.</summary>
        Rejected = 10,
        /// <summary>11: an object used after Dispose, or a Plan whose Engine was disposed.</summary>
        State = 11,
        /// <summary>12: the native library ran out of memory.</summary>
        OutOfMemory = 12,
        /// <summary>13: a file could not be read.</summary>
        Io = 13,
        /// <summary>99: a bug in perspectief; please report the detail.</summary>
        Internal = 99,
    }

    /// <summary>
    /// A failure reported by perspectief: its <see cref="Code"/> (one subclass per code), the
    /// library's message, the JSON <see cref="Pointer"/> into the offending input ("" for the
    /// whole input), every <see cref="Problems">problem</see> found, the domain
    /// <see cref="Rules">rule ids</see> behind it, and the C ABI's <see cref="DetailJson"/>.
    /// </summary>
    public class PerspectiefException : Exception
    {
        private static readonly IReadOnlyList<Problem> NoProblems = new ReadOnlyCollection<Problem>(new Problem[0]);
        private static readonly IReadOnlyList<string> NoRules = new ReadOnlyCollection<string>(new string[0]);

        internal PerspectiefException(ErrorCode code, int codeNumber, string message, string pointer, string detailJson)
            : base(message)
        {
            Code = code;
            CodeNumber = codeNumber;
            Pointer = pointer ?? "";
            DetailJson = detailJson;
            Problems = NoProblems;
            Rules = NoRules;
            if (!string.IsNullOrEmpty(detailJson))
            {
                try
                {
                    var detail = JsonText.Parse(detailJson);
                    Problems = Problem.ListOf(detail.Get("problems"));
                    Rules = detail.Strings("rules");
                }
                catch (FormatException)
                {
                    // The library's detail is always JSON; if it ever is not, code, message and
                    // pointer above still describe the failure.
                }
            }
        }

        /// <summary>The class of failure.</summary>
        public ErrorCode Code { get; private set; }

        /// <summary>The C ABI's status number (also for codes newer than this binding).</summary>
        public int CodeNumber { get; private set; }

        /// <summary>The stable lowercase name of the code, e.g. "json_syntax" (as in conformance cases).</summary>
        public string CodeName { get { return NameOf(Code); } }

        /// <summary>JSON pointer (RFC 6901) into the input; "" when the whole input is meant.</summary>
        public string Pointer { get; private set; }

        /// <summary>Every problem the library found, in its order; empty when there are none.</summary>
        public IReadOnlyList<Problem> Problems { get; private set; }

        /// <summary>The domain rule ids behind the failure, e.g. the guards that refused an event.</summary>
        public IReadOnlyList<string> Rules { get; private set; }

        /// <summary>The C ABI's detail document; null for failures raised by the binding itself.</summary>
        public string DetailJson { get; private set; }

        /// <summary>The class name, code name, message and pointer, for logs.</summary>
        public override string ToString()
        {
            var s = GetType().FullName + " [" + CodeName + "]: " + Message;
            return Pointer.Length == 0 ? s : s + " (at " + Pointer + ")";
        }

        /// <summary>The stable lowercase name of a code.</summary>
        public static string NameOf(ErrorCode code)
        {
            switch (code)
            {
                case ErrorCode.InvalidArgument: return "invalid_argument";
                case ErrorCode.JsonSyntax: return "json_syntax";
                case ErrorCode.InvalidUtf8: return "invalid_utf8";
                case ErrorCode.LimitExceeded: return "limit_exceeded";
                case ErrorCode.Schema: return "schema";
                case ErrorCode.Validation: return "validation";
                case ErrorCode.Profile: return "profile";
                case ErrorCode.MinimumCondition: return "minimum_condition";
                case ErrorCode.NotFound: return "not_found";
                case ErrorCode.Rejected: return "rejected";
                case ErrorCode.State: return "state";
                case ErrorCode.OutOfMemory: return "out_of_memory";
                case ErrorCode.Io: return "io";
                case ErrorCode.Internal: return "internal";
                default: return "unknown";
            }
        }

        /// <summary>Called from the native error callback (bindings/swig/csharp.i), right after the failing call.</summary>
        internal static PerspectiefException FromNative(int code, string message, string pointer, string detail)
        {
            ErrorCode known = Enum.IsDefined(typeof(ErrorCode), code) ? (ErrorCode)code : ErrorCode.Unknown;
            return Create(known, code, message, pointer, detail);
        }

        /// <summary>A failure raised by the binding itself, with the same shape as the library's.</summary>
        internal static PerspectiefException Create(ErrorCode code, string message)
        {
            return Create(code, (int)code, message, "", null);
        }

        /// <summary>As <see cref="Create(ErrorCode, string)"/>, at a JSON pointer into the input.</summary>
        internal static PerspectiefException Create(ErrorCode code, string message, string pointer)
        {
            return Create(code, (int)code, message, pointer, null);
        }

        /// <summary>As the library would raise it, with a detail document (for tests of the detail's parsing).</summary>
        internal static PerspectiefException Create(ErrorCode code, string message, string pointer, string detail)
        {
            return Create(code, (int)code, message, pointer, detail);
        }

        private static PerspectiefException Create(ErrorCode code, int number, string message, string pointer, string detail)
        {
            switch (code)
            {
                case ErrorCode.InvalidArgument: return new InvalidArgumentException(message, pointer, detail);
                case ErrorCode.JsonSyntax: return new JsonSyntaxException(message, pointer, detail);
                case ErrorCode.InvalidUtf8: return new InvalidUtf8Exception(message, pointer, detail);
                case ErrorCode.LimitExceeded: return new LimitExceededException(message, pointer, detail);
                case ErrorCode.Schema: return new SchemaException(message, pointer, detail);
                case ErrorCode.Validation: return new ValidationException(message, pointer, detail);
                case ErrorCode.Profile: return new ProfileException(message, pointer, detail);
                case ErrorCode.MinimumCondition: return new MinimumConditionException(message, pointer, detail);
                case ErrorCode.NotFound: return new NotFoundException(message, pointer, detail);
                case ErrorCode.Rejected: return new RejectedException(message, pointer, detail);
                case ErrorCode.State: return new StateException(message, pointer, detail);
                case ErrorCode.OutOfMemory: return new NativeOutOfMemoryException(message, pointer, detail);
                case ErrorCode.Io: return new IoException(message, pointer, detail);
                case ErrorCode.Internal: return new InternalException(message, pointer, detail);
                default: return new PerspectiefException(ErrorCode.Unknown, number, message, pointer, detail);
            }
        }
    }

    /// <summary>A caller error: null where a value is required, an unknown kind or format name, bad options.</summary>
    public sealed class InvalidArgumentException : PerspectiefException
    {
        internal InvalidArgumentException(string m, string p, string d) : base(ErrorCode.InvalidArgument, 1, m, p, d) { }
    }

    /// <summary>The text is not JSON.</summary>
    public sealed class JsonSyntaxException : PerspectiefException
    {
        internal JsonSyntaxException(string m, string p, string d) : base(ErrorCode.JsonSyntax, 2, m, p, d) { }
    }

    /// <summary>The text is not valid UTF-8.</summary>
    public sealed class InvalidUtf8Exception : PerspectiefException
    {
        internal InvalidUtf8Exception(string m, string p, string d) : base(ErrorCode.InvalidUtf8, 3, m, p, d) { }
    }

    /// <summary>The input is larger or nested deeper than the engine's limits (<see cref="EngineOptions"/>).</summary>
    public sealed class LimitExceededException : PerspectiefException
    {
        internal LimitExceededException(string m, string p, string d) : base(ErrorCode.LimitExceeded, 4, m, p, d) { }
    }

    /// <summary>JSON of the wrong shape; <see cref="PerspectiefException.Problems"/> lists every one.</summary>
    public sealed class SchemaException : PerspectiefException
    {
        internal SchemaException(string m, string p, string d) : base(ErrorCode.Schema, 5, m, p, d) { }
    }

    /// <summary>A document that is well-formed but inconsistent.</summary>
    public sealed class ValidationException : PerspectiefException
    {
        internal ValidationException(string m, string p, string d) : base(ErrorCode.Validation, 6, m, p, d) { }
    }

    /// <summary>A region profile or municipal settings document that cannot be used.</summary>
    public sealed class ProfileException : PerspectiefException
    {
        internal ProfileException(string m, string p, string d) : base(ErrorCode.Profile, 7, m, p, d) { }
    }

    /// <summary>Settings that would switch off a regional minimum condition (R-MINIMUM).</summary>
    public sealed class MinimumConditionException : PerspectiefException
    {
        internal MinimumConditionException(string m, string p, string d) : base(ErrorCode.MinimumCondition, 8, m, p, d) { }
    }

    /// <summary>An unknown profile id, file or event, or nothing at a JSON pointer.</summary>
    public sealed class NotFoundException : PerspectiefException
    {
        internal NotFoundException(string m, string p, string d) : base(ErrorCode.NotFound, 9, m, p, d) { }
    }

    /// <summary>A workflow event refused by its guards; Problems and Rules list every failed guard.</summary>
    public sealed class RejectedException : PerspectiefException
    {
        internal RejectedException(string m, string p, string d) : base(ErrorCode.Rejected, 10, m, p, d) { }
    }

    /// <summary>An Engine or Plan used after Dispose, or a Plan whose Engine was disposed.</summary>
    public sealed class StateException : PerspectiefException
    {
        internal StateException(string m, string p, string d) : base(ErrorCode.State, 11, m, p, d) { }
    }

    /// <summary>The native library ran out of memory (named so as not to clash with System.OutOfMemoryException).</summary>
    public sealed class NativeOutOfMemoryException : PerspectiefException
    {
        internal NativeOutOfMemoryException(string m, string p, string d) : base(ErrorCode.OutOfMemory, 12, m, p, d) { }
    }

    /// <summary>A file could not be read (named so as not to clash with System.IO.IOException).</summary>
    public sealed class IoException : PerspectiefException
    {
        internal IoException(string m, string p, string d) : base(ErrorCode.Io, 13, m, p, d) { }
    }

    /// <summary>A bug in perspectief; please report it with <see cref="PerspectiefException.DetailJson"/>.</summary>
    public sealed class InternalException : PerspectiefException
    {
        internal InternalException(string m, string p, string d) : base(ErrorCode.Internal, 99, m, p, d) { }
    }
}
