namespace Warta.Languages;

/// <summary>One row of a data table, with its line number for error messages.</summary>
public sealed class TsvRow(string file, int line, IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The cell of a column; empty string when the row is short.</summary>
    public string this[string column] =>
        columns.TryGetValue(column, out var i) ? (i < cells.Length ? cells[i].Trim() : "")
        : throw new DataFileException(File, Line, $"no column '{column}'");

    /// <summary>A required cell: throws a <see cref="DataFileException"/> naming file and line when empty.</summary>
    public string Required(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw new DataFileException(File, Line, $"column '{column}' is empty");
    }

    /// <summary>A '|'-separated list cell.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public double? Double(string column) =>
        this[column] is { Length: > 0 } s
            ? double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw new DataFileException(File, Line, $"column '{column}' is not a number: '{s}'")
            : null;

    /// <summary>A required yes/no cell.</summary>
    public bool YesNo(string column) => Required(column) switch
    {
        "yes" => true,
        "no" => false,
        var s => throw new DataFileException(File, Line, $"column '{column}' is not yes or no: '{s}'"),
    };

    public DateOnly? Date(string column) =>
        this[column] is { Length: > 0 } s
            ? DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d)
                ? d : throw new DataFileException(File, Line, $"column '{column}' is not a yyyy-MM-dd date: '{s}'")
            : null;
}

/// <summary>A tab-separated data file: '#' comment lines, a header line, then rows.</summary>
public sealed class TsvTable
{
    public string File { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<TsvRow> Rows { get; }

    private TsvTable(string file, IReadOnlyList<string> columns, IReadOnlyList<TsvRow> rows)
    {
        File = file; Columns = columns; Rows = rows;
    }

    public static TsvTable Parse(string file, string text)
    {
        string[]? header = null;
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        var rows = new List<TsvRow>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                for (var c = 0; c < header.Length; c++) index[header[c]] = c;
                continue;
            }
            if (cells.Length > header.Length)
                throw new DataFileException(file, i + 1, $"{cells.Length} cells but the header has {header.Length} columns");
            rows.Add(new TsvRow(file, i + 1, index, cells));
        }
        if (header is null) throw new DataFileException(file, 0, "no header line");
        return new TsvTable(file, header, rows);
    }
}

/// <summary>A data file that does not follow its format; names the file and line.</summary>
public sealed class DataFileException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public int LineNumber { get; } = line;
}
