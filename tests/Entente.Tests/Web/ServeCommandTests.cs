using Entente.Tests.Store;

namespace Entente.Tests.Web;

/// <summary>The <c>entente serve</c> command line: its options, and the usage errors it reports before listening.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Help_lists_the_options()
    {
        var r = await StoreCli.Run("serve", "--help");

        Assert.Equal(0, r.Exit);
        foreach (var option in new[] { "--db", "--urls", "--api-key", "--data", "ENTENTE_API_KEY", "/openapi/v1.json" })
            Assert.Contains(option, r.Out);
    }

    [Fact]
    public async Task A_missing_dictionary_folder_is_a_usage_error()
    {
        var r = await StoreCli.Run("serve", "--data", Path.Combine(Path.GetTempPath(), "entente-no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, r.Exit);
        Assert.Contains("dictionary folder not found", r.Err);
    }
}
