using System.Runtime.CompilerServices;

// The tests read documents with the binding's own small JSON reader (internal).
[assembly: InternalsVisibleTo("Perspectief.Tests")]
