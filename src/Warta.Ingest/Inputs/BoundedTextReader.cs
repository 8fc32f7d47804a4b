using System.Text;

namespace Warta.Ingest.Inputs;

/// <summary>Lines and the rest of a text reader with a length cap, so that an endless standard input ends in a message.</summary>
public sealed class BoundedTextReader(TextReader reader, int maxChars = InputLimits.MaxArticleBytes)
{
    private readonly char[] _buffer = new char[8192];
    private int _at, _end;
    private bool _stopped;

    private async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (_stopped) return false;
        if (_at < _end) return true;
        _end = await reader.ReadAsync(_buffer.AsMemory(), ct).ConfigureAwait(false);
        _at = 0;
        return _end > 0;
    }

    /// <summary>The next line without its terminator (TooLong when longer than the cap: its text is dropped); null at the end.</summary>
    public async ValueTask<(string Text, bool TooLong)?> ReadLineAsync(CancellationToken ct)
    {
        var line = new StringBuilder();
        var tooLong = false;
        var any = false;
        long length = 0;
        while (await FillAsync(ct).ConfigureAwait(false))
        {
            any = true;
            // A line that never ends (an endless producer): give up the input after a run far beyond the cap.
            if (tooLong && length > (long)maxChars * 16) { _stopped = true; break; }
            var newline = Array.IndexOf(_buffer, '\n', _at, _end - _at);
            var stop = newline < 0 ? _end : newline;
            if (!tooLong && line.Length + (stop - _at) > maxChars) { tooLong = true; line.Clear(); }
            if (!tooLong) line.Append(_buffer, _at, stop - _at);
            length += stop - _at;
            _at = newline < 0 ? _end : newline + 1;
            if (newline >= 0) break;
        }
        if (!any) return null;
        if (line.Length > 0 && line[^1] == '\r') line.Length--;
        return (tooLong ? "" : line.ToString(), tooLong);
    }

    /// <summary>Everything left, or null when it is longer than the cap (the rest is then not read).</summary>
    public async ValueTask<string?> ReadRestAsync(int alreadyRead, CancellationToken ct)
    {
        var rest = new StringBuilder();
        while (await FillAsync(ct).ConfigureAwait(false))
        {
            if (alreadyRead + rest.Length + (_end - _at) > maxChars) return null;
            rest.Append(_buffer, _at, _end - _at);
            _at = _end;
        }
        return rest.ToString();
    }
}
