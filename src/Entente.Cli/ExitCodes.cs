namespace Entente.Cli;

/// <summary>The process exit codes of DESIGN.md.</summary>
public static class ExitCodes
{
    /// <summary>Every input was coded.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed (each reported on stderr); the rest were coded.</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line or the setup (dictionaries, output file) is wrong; nothing was done.</summary>
    public const int Usage = 2;
}
