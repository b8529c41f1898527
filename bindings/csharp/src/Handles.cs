using System;
using System.Runtime.InteropServices;

namespace Perspectief
{
    // Native handles as SafeHandles, the .NET way (as SQLitePCL does for sqlite3*):
    //  - the P/Invoke marshaller adds a reference for the duration of every call, so disposing
    //    an Engine on one thread never frees memory a call on another thread is still using:
    //    the destroy runs when the last call returns;
    //  - a disposed handle refuses new calls (the owners turn that into StateException);
    //  - the runtime's critical finalizer releases a handle whose owner was never disposed.

    /// <summary>Owns a pp_engine*.</summary>
    internal sealed class EngineHandle : SafeHandle
    {
        // Used by the P/Invoke marshaller when a native function returns an engine.
        private EngineHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_engine_destroy(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_plan*.</summary>
    internal sealed class PlanHandle : SafeHandle
    {
        private PlanHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_plan_destroy(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_store* (an open store file).</summary>
    internal sealed class StoreHandle : SafeHandle
    {
        private StoreHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_store_close(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_prepared_plan*.</summary>
    internal sealed class PreparedPlanHandle : SafeHandle
    {
        private PreparedPlanHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_prepared_plan_destroy(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_party*.</summary>
    internal sealed class PartyHandle : SafeHandle
    {
        private PartyHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_party_destroy(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_prepared_party*.</summary>
    internal sealed class PreparedPartyHandle : SafeHandle
    {
        private PreparedPartyHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_prepared_party_destroy(handle);
            return true;
        }
    }

    /// <summary>Owns a pp_jsonl_stream* (its file and worker threads).</summary>
    internal sealed class JsonlStreamHandle : SafeHandle
    {
        private JsonlStreamHandle() : base(IntPtr.Zero, true) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        protected override bool ReleaseHandle()
        {
            PerspectiefNative.ppbind_jsonl_close(handle);
            return true;
        }
    }
}
