namespace Entente.Store;

/// <summary>
/// The knowledge base cannot be used: it is missing, corrupt, locked, of a newer schema, or the server is
/// unreachable. The message is one readable line for the user, never a stack trace.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
