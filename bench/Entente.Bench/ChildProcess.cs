using System.Diagnostics;

namespace Entente.Bench;

/// <summary>Runs the real <c>entente</c> CLI (copied beside the benchmark) as a whole process and times it.</summary>
internal static class ChildProcess
{
    public static (TimeSpan Elapsed, int Exit, string Err) Entente(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        _ = output.Result;
        return (clock.Elapsed, process.ExitCode, error.Result);
    }
}
