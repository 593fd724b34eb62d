namespace Entente.Cli.Commands;

/// <summary>
/// Where an export goes: standard output, or a file written atomically — the rows go to <c>FILE.tmp</c>, which is
/// flushed to disk and renamed over <c>FILE</c> on <see cref="Commit"/>; without a commit (a failure, a cancel) it is
/// deleted, so <c>FILE</c> is either the old file or the whole new one, never half of it.
/// </summary>
internal sealed class ExportTarget : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly string? _path;
    private readonly string? _temporary;
    private readonly FileStream? _file;
    private bool _committed;

    private ExportTarget(Stream stream, string? path, string? temporary, FileStream? file)
    {
        Stream = stream;
        _path = path;
        _temporary = temporary;
        _file = file;
    }

    public Stream Stream { get; }

    public static ExportTarget Open(CliContext context, string? path)
    {
        if (path is null) return new ExportTarget(context.Out, null, null, null);
        if (Directory.Exists(path)) throw new UsageException($"cannot write {path}: it is a folder");
        var temporary = path + ".tmp";
        try
        {
            var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
            return new ExportTarget(file, path, temporary, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {temporary}: {ex.Message}");
        }
    }

    /// <summary>Makes the output final: flushes standard output, or moves the finished file into place.</summary>
    public void Commit()
    {
        if (_file is null)
        {
            Stream.Flush();
            return;
        }
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        File.Move(_temporary!, _path!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_file is null || _committed) return;
        _file.Dispose();
        try
        {
            File.Delete(_temporary!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing better to do: the export has already failed and says so.
        }
    }
}
