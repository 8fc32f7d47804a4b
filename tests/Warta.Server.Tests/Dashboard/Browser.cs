using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Warta.Server.Tests.Dashboard;

/// <summary>
/// Headless Chromium driven through chromedriver (Debian packages <c>chromium</c> and <c>chromium-driver</c>, which
/// <c>.ci/services</c> installs). Paths can be changed with WARTA_CHROMIUM and WARTA_CHROMEDRIVER. When either is
/// missing the calling test is skipped with a message saying what to install.
/// </summary>
public static class Browser
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("WARTA_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static string DriverPath => Environment.GetEnvironmentVariable("WARTA_CHROMEDRIVER") is { Length: > 0 } p ? p : "/usr/bin/chromedriver";

    /// <summary>A headless browser (1280×1000), or a skipped test when none is installed.</summary>
    public static ChromeDriver StartOrSkip()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
            Assert.Skip($"needs headless Chromium: {ChromiumPath} and {DriverPath} (apt-get install chromium chromium-driver; " +
                        "or set WARTA_CHROMIUM and WARTA_CHROMEDRIVER); browser test skipped");
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
            "--lang=en-US", "--no-first-run", "--disable-extensions");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(20);
        return driver;
    }

    /// <summary>Waits (up to 10 s) until the condition holds; fails with the message otherwise.</summary>
    public static T Until<T>(this IWebDriver driver, Func<IWebDriver, T?> condition, string what)
    {
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(10)) { Message = "waited 10 s for " + what, PollingInterval = TimeSpan.FromMilliseconds(25) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(d => condition(d))!;
    }

    public static object? Js(this IWebDriver driver, string script, params object[] args) => ((IJavaScriptExecutor)driver).ExecuteScript(script, args);
}
