using Entente.Recognition.Time;
using Xunit;

namespace Entente.Tests.Recognition.Time;

public sealed class SeasonTests
{
    [Theory]
    [InlineData("The offensive began in autumn 2024.", "2025-07-20", "2024-10", null, "in autumn 2024")]
    [InlineData("The offensive began in the autumn of 2024.", "2025-07-20", "2024-10", null, "in the autumn of 2024")]
    [InlineData("The offensive began fall 2024.", "2025-07-20", "2024-10", null, "fall 2024")]
    [InlineData("The offensive began in the fall of 2024.", "2025-07-20", "2024-10", null, "in the fall of 2024")]
    [InlineData("Talks resumed in spring 2023.", "2025-07-20", "2023-04", null, "in spring 2023")]
    [InlineData("Talks resumed in early summer 2023.", "2025-07-20", "2023-07", null, "in early summer 2023")]
    [InlineData("Shelling peaked in winter 2024.", "2025-07-20", "2024-01", null, "in winter 2024")]
    [InlineData("Shelling peaked last summer.", "2025-02-10", "2024-07", null, "last summer")]
    [InlineData("Shelling peaked last summer.", "2025-10-05", "2025-07", null, "last summer")]
    [InlineData("Talks resume next winter.", "2025-07-20", "2026-01", null, "next winter")]
    [InlineData("Talks resume this spring.", "2025-04-15", "2025-04", null, "this spring")]
    [InlineData("Talks resume this spring.", "2025-02-10", "2024-04", "2025-04", "this spring")]
    [InlineData("Talks resume this winter.", "2025-12-15", "2026-01", null, "this winter")]
    [InlineData("The ministers met in the spring.", "2025-07-20", "2025-04", "2026-04", "in the spring")]
    [InlineData("The ministers met in the fall.", "2025-07-20", "2024-10", "2025-10", "in the fall")]
    public void Seasons(string sentence, string published, string past, string? future, string covered)
    {
        var found = TimeCheck.Expect(sentence, published, past, future, covered);
        Assert.Equal(TimeKind.Season, found.Kind);
    }
}
