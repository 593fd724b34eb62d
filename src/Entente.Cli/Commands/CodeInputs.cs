using Entente.Compatibility.Records;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// The articles of <c>entente code</c>'s inputs: PETRARCH records XML files (root <c>&lt;Sentences&gt;</c> or
/// <c>&lt;Validation&gt;</c>, one article per record, a malformed record an error naming its id) and everything
/// <see cref="ArticleReader"/> reads, in the order given.
/// </summary>
internal static class CodeInputs
{
    public static IEnumerable<ReadItem> Read(IReadOnlyList<string> paths, ReaderOptions options)
    {
        foreach (var path in paths)
        {
            var records = File.Exists(path) && Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase)
                && PetrarchRecordReader.IsRecordsFile(path);
            foreach (var item in records ? PetrarchArticles.Read(path) : ArticleReader.Read([path], options)) yield return item;
        }
    }
}
