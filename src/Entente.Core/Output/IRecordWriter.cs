namespace Entente.Output;

/// <summary>Writes coded articles in one output format, in the order they are given.</summary>
public interface IRecordWriter : IDisposable
{
    void Write(CodedArticle article);

    /// <summary>Writes whatever is still buffered and flushes the underlying stream or writer.</summary>
    void Complete();
}
