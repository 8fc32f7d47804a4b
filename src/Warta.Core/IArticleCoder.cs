namespace Warta.Core;

/// <summary>The whole coding pipeline seen from outside: one article in, its events out.</summary>
public interface IArticleCoder
{
    /// <summary>Identifies the coder's rules and data; stored with events so re-coding can be detected.</summary>
    string Version { get; }

    /// <summary>Codes one article. Never throws for bad text; problems surface as fewer events.</summary>
    CodedArticle Code(Article article);
}
