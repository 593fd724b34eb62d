using Microsoft.Playwright;

namespace Entente.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright (its node driver ships in the package; no browser download), shared by
/// the browser tests of one class. Without /usr/bin/chromium the tests skip with a message, and fail under
/// <c>CI=true</c>, where .ci/run installs it.
/// </summary>
public sealed class BrowserHost : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Skips (or under CI fails) the calling test when Chromium is not installed.</summary>
    public static void RequireChromium()
    {
        if (File.Exists(Chromium)) return;
        var message = $"{Chromium} is not installed (apt-get install -y chromium)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + "; the browser tests require it when CI=true");
        Assert.Skip(message + "; skipping the browser tests.");
    }

    /// <summary>A fresh page (its own context) on the shared browser.</summary>
    public async Task<IPage> NewPage()
    {
        RequireChromium();
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = Args,
                Timeout = 60_000,
            });
        }
        finally
        {
            _gate.Release();
        }
        var context = await _browser.NewContextAsync();
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
