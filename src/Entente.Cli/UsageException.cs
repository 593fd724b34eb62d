namespace Entente.Cli;

/// <summary>A problem with how entente was invoked or set up, found after parsing; it exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
