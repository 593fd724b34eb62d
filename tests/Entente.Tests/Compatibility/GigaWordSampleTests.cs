using Entente.Tests.Support;
using static Entente.Tests.Cli.CliHarness;

namespace Entente.Tests.Compatibility;

/// <summary>
/// PETRARCH's GigaWord sample (76 AFP sentences, no expected codings) coded with the Phoenix dictionaries through the
/// command line, in PETRARCH2's event-file layout. The events checked here were judged correct by hand.
/// </summary>
public sealed class GigaWordSampleTests
{
    [Theory]
    [InlineData("20150609\tUKRLEG\tIGOEUREEC\t051\t\tGOLD_3\tAFP")]          // Ukrainian lawmakers endorsed an association agreement with the EU
    [InlineData("20150609\tIMGMUSISI\tIRQ\t190\t\tNEST_2.75\tAFP")]     // ISIL had attacked Iraq ...
    [InlineData("20150609\tIMGMUSISI\tIRQ\t192\t\tNEST_2.75\tAFP")]     // ... and taken the city of Mosul
    [InlineData("20150609\tUSA\tISR\t072\t\tVERB_8\tAFP")]               // The United States will supply arms to Israel
    [InlineData("20080806\tISR\tPSEGOV\t084\t\tAFP0808020857_1\tAFP")] // Israel released the mayor of Nablus
    [InlineData("20080806\tTUNJUD\t---PPL\t173\t\tAFP0808020824_1\tAFP")] // A Tunisian court has jailed a man
    [InlineData("20080806\tUSAMIL\tLBNGOV\t046\t\tAFP0808020905_1\tAFP")] // The US commander in Iraq held talks with President Suleiman
    [InlineData("20150609\tSYRREB\tPHL\t193\t\tGOLD_9\tAFP")]            // Syrian rebels engaged Filipino peacekeepers in a firefight
    public async Task Codes_the_sample_without_errors_and_finds_the_events_checked_by_hand(string line)
    {
        var result = await Coded();

        Assert.Contains(line, result.OutLines);
    }

    [Fact]
    public async Task Every_record_is_read_and_the_run_is_clean()
    {
        var result = await Coded();

        Assert.Equal((0, ""), (result.Exit, result.Err));
        Assert.InRange(result.OutLines.Length, 40, 80);
        Assert.All(result.OutLines, l => Assert.Matches(@"^\d{8}\t[^\t]+\t[^\t]+\t\d{3,4}\t\t[^\t]+\tAFP$", l));
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Result? _result;

    private static async Task<Result> Coded()
    {
        var folder = SharedFolder.Require("petrarch");
        await Once.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _result ??= await Run(["code", "--dictionaries", $"petrarch:{folder}", Path.Combine(folder, "GigaWord.sample.PETR.xml"), "--format", "phoenix"],
                loader: _ => throw new InvalidOperationException("Entente's dictionaries are not used"));
        }
        finally
        {
            Once.Release();
        }
    }
}
