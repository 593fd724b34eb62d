using Entente.Records;

namespace Entente.Output;

/// <summary>
/// One event per line with a header: <c>date, source, target, code, root, quad_class, goldstein,
/// source_country, target_country, location, article, sentence, rule</c>. Facts are not part of this format.
/// </summary>
public sealed class TsvRecordWriter : IRecordWriter
{
    public const string Header = "date\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tsource_country\ttarget_country\tlocation\tarticle\tsentence\trule";

    private readonly TextWriter _writer;
    private bool _headerWritten;

    public TsvRecordWriter(TextWriter writer) => _writer = writer;

    public void Write(CodedArticle article)
    {
        WriteHeaderOnce();
        foreach (var e in article.Events) WriteEvent(e);
    }

    public void Complete()
    {
        WriteHeaderOnce();
        _writer.Flush();
    }

    public void Dispose() { }

    private void WriteHeaderOnce()
    {
        if (_headerWritten) return;
        _writer.Write(Header);
        _writer.Write('\n');
        _headerWritten = true;
    }

    private void WriteEvent(EventRecord e)
    {
        Cell(e.Date.ToString());
        Cell(e.Source);
        Cell(e.Target);
        Cell(e.Code);
        Cell(e.Root);
        Cell(Cells.Number(e.QuadClass));
        Cell(Cells.Number(e.Goldstein));
        Cell(e.SourceCountry);
        Cell(e.TargetCountry);
        Cell(e.Location?.Name);
        Cell(e.Article);
        Cell(Cells.Number(e.Sentence));
        _writer.Write(Cells.Clean(e.Rule));
        _writer.Write('\n');
    }

    private void Cell(string? value)
    {
        _writer.Write(Cells.Clean(value));
        _writer.Write('\t');
    }
}
