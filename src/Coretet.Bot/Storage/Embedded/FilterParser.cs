using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>
/// Parses the OData filter subset of the table service (fact sheet A.8): <c>eq ne gt ge lt le</c>, <c>and or not</c>,
/// parentheses, and the literals <see cref="TableFilter"/> writes. Anything else is 400 InvalidInput, as on the service.
/// </summary>
internal sealed class FilterParser
{
    private static readonly HashSet<string> Comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];
    private readonly List<object> tokens;
    private int position;

    private FilterParser(List<object> tokens) => this.tokens = tokens;

    public static FilterNode? Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return null;
        var parser = new FilterParser(FilterTokenizer.Tokenize(filter));
        var node = parser.ParseOr();
        if (parser.position != parser.tokens.Count)
            throw Invalid("unexpected text after the end of the expression");
        return node;
    }

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (TryKeyword("or"))
            left = new FilterNode.Or(left, ParseAnd());
        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (TryKeyword("and"))
            left = new FilterNode.And(left, ParseUnary());
        return left;
    }

    private FilterNode ParseUnary()
    {
        if (TryKeyword("not"))
            return new FilterNode.Not(ParseUnary());
        if (Peek() is FilterTokenizer.Symbol { Text: "(" })
        {
            position++;
            var inner = ParseOr();
            if (Next() is not FilterTokenizer.Symbol { Text: ")" })
                throw Invalid("missing ')'");
            return inner;
        }
        return ParseComparison();
    }

    private FilterNode ParseComparison()
    {
        if (Next() is not FilterTokenizer.Word { Text: var property })
            throw Invalid("a comparison must start with a property name");
        if (Next() is not FilterTokenizer.Word { Text: var op } || !Comparisons.Contains(op))
            throw Invalid($"'{property}' must be followed by eq, ne, gt, ge, lt or le");
        if (Next() is not FilterTokenizer.Value value)
            throw Invalid($"'{property} {op}' must be followed by a literal");
        return new FilterNode.Comparison(property, op, value.Literal);
    }

    private bool TryKeyword(string keyword)
    {
        if (Peek() is FilterTokenizer.Word { Text: var text } && text == keyword)
        {
            position++;
            return true;
        }
        return false;
    }

    private object? Peek() => position < tokens.Count ? tokens[position] : null;

    private object? Next() => position < tokens.Count ? tokens[position++] : null;

    internal static Azure.RequestFailedException Invalid(string reason) =>
        TableErrors.InvalidInput($"The query filter is not supported: {reason}.");
}
