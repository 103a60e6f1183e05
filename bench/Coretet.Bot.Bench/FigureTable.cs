using System.Globalization;

namespace Coretet.Bot.Bench;

/// <summary>A benchmark's figures as an aligned Markdown table (readable in the console, pasted as is into docs).</summary>
internal sealed class FigureTable(params string[] columns)
{
    private readonly List<string[]> rows = [];

    public void Add(params object?[] cells)
    {
        if (cells.Length != columns.Length)
            throw new ArgumentException($"{cells.Length} cells for {columns.Length} columns.", nameof(cells));
        rows.Add([.. cells.Select(Format)]);
    }

    public void Print(TextWriter output)
    {
        var widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Length).Max()).ToArray();
        output.WriteLine(Line(columns, widths));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w))], widths));
        foreach (var row in rows)
            output.WriteLine(Line(row, widths));
    }

    /// <summary>Whole numbers with thousands separators, other numbers with one decimal.</summary>
    private static string Format(object? cell) => cell switch
    {
        null => "",
        int or long => string.Format(CultureInfo.InvariantCulture, "{0:N0}", cell),
        double d => d.ToString(d >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => IsNumber(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";

    private static bool IsNumber(string cell) => cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-' && cell.Length > 1 && cell[1] != '-') && cell.All(ch => char.IsDigit(ch) || ch is ',' or '.' or '-');
}
