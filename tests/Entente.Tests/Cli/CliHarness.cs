using System.Text;
using Entente.Cli;
using Entente.Records;
using Entente.Sources;
using Entente.Tests.Output;
using Entente.Text;

namespace Entente.Tests.Cli;

/// <summary>Runs the entente command line in-process over memory streams.</summary>
internal static class CliHarness
{
    public sealed record Result(int Exit, string Out, string Err)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static async Task<Result> Run(string[] args, Func<Article, CodedArticle>? coder = null, string stdin = "", Func<string, Func<Article, CodedArticle>>? loader = null)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            LoadCoder = loader ?? (_ => coder ?? OneEventPerArticle),
        };
        var exit = await CliApp.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>A stand-in coder: one visit per article, dated by publication, so output can be checked without dictionaries.</summary>
    public static CodedArticle OneEventPerArticle(Article article)
    {
        var end = Math.Min(article.Text.Length, 20);
        var e = Sample.Event with
        {
            Article = article.Id,
            Span = new TextSpan(0, end),
            Text = article.Text[..end],
            Date = PartialDate.OfDay(article.Published),
        };
        return new CodedArticle(article, [e], [Sample.Office with { Article = article.Id }], 1, 3);
    }
}
