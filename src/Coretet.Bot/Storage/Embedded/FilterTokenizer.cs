using System.Globalization;
using System.Text;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>Splits a filter into words, symbols and typed literals.</summary>
internal static class FilterTokenizer
{
    internal sealed record Word(string Text);

    internal sealed record Symbol(string Text);

    internal sealed record Value(object? Literal);

    public static List<object> Tokenize(string filter)
    {
        var tokens = new List<object>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
                i++;
            else if (c is '(' or ')')
                tokens.Add(new Symbol(filter[i++].ToString()));
            else if (c == '\'')
                tokens.Add(new Value(ReadQuoted(filter, ref i)));
            else if (char.IsAsciiDigit(c) || c == '-')
                tokens.Add(new Value(ReadNumber(filter, ref i)));
            else if (char.IsAsciiLetter(c) || c == '_')
                tokens.Add(ReadWord(filter, ref i));
            else
                throw FilterParser.Invalid($"unexpected character '{c}'");
        }
        return tokens;
    }

    private static object ReadWord(string filter, ref int i)
    {
        var start = i;
        while (i < filter.Length && (char.IsAsciiLetterOrDigit(filter[i]) || filter[i] == '_'))
            i++;
        var word = filter[start..i];
        if (i < filter.Length && filter[i] == '\'')
            return new Value(TypedLiteral(word, ReadQuoted(filter, ref i)));
        return word switch
        {
            "true" => new Value(true),
            "false" => new Value(false),
            "null" => new Value(null),
            _ => new Word(word),
        };
    }

    private static object TypedLiteral(string type, string text)
    {
        try
        {
            return type switch
            {
                "datetime" => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                "guid" => Guid.Parse(text),
                "X" or "binary" => Convert.FromHexString(text),
                _ => throw FilterParser.Invalid($"unknown literal type '{type}'"),
            };
        }
        catch (FormatException)
        {
            throw FilterParser.Invalid($"'{text}' is not a valid {type} literal");
        }
    }

    private static string ReadQuoted(string filter, ref int i)
    {
        var text = new StringBuilder();
        i++;
        while (i < filter.Length)
        {
            if (filter[i] == '\'')
            {
                if (i + 1 < filter.Length && filter[i + 1] == '\'')
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }
                i++;
                return text.ToString();
            }
            text.Append(filter[i++]);
        }
        throw FilterParser.Invalid("unterminated string literal");
    }

    private static object ReadNumber(string filter, ref int i)
    {
        var start = i;
        i++;
        while (i < filter.Length && (char.IsAsciiDigit(filter[i]) || filter[i] is '.' or 'e' or 'E' or '+' or '-'))
            i++;
        var text = filter[start..i];
        if (i < filter.Length && filter[i] is 'L' or 'l')
        {
            i++;
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : throw FilterParser.Invalid($"'{text}' is not a long");
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return n;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
            return big;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw FilterParser.Invalid($"'{text}' is not a number");
    }
}
