using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Storage.Embedded;

/// <summary>A parsed OData filter (the subset the service supports: comparisons joined by and/or/not).</summary>
internal abstract record FilterNode
{
    public abstract bool Matches(TableEntity entity);

    /// <summary>Comparisons of PartitionKey/RowKey with a string that every match satisfies (top-level "and"s),
    /// so the database can narrow the scan; the full filter is still evaluated on each row.</summary>
    public virtual IEnumerable<Comparison> KeyBounds() => [];

    internal sealed record And(FilterNode Left, FilterNode Right) : FilterNode
    {
        public override bool Matches(TableEntity entity) => Left.Matches(entity) && Right.Matches(entity);

        public override IEnumerable<Comparison> KeyBounds() => Left.KeyBounds().Concat(Right.KeyBounds());
    }

    internal sealed record Or(FilterNode Left, FilterNode Right) : FilterNode
    {
        public override bool Matches(TableEntity entity) => Left.Matches(entity) || Right.Matches(entity);
    }

    internal sealed record Not(FilterNode Operand) : FilterNode
    {
        public override bool Matches(TableEntity entity) => !Operand.Matches(entity);
    }

    internal sealed record Comparison(string Property, string Operator, object? Literal) : FilterNode
    {
        public bool IsKeyBound => Property is "PartitionKey" or "RowKey" && Literal is string && Operator != "ne";

        public override bool Matches(TableEntity entity)
        {
            var value = Property switch
            {
                "PartitionKey" => entity.PartitionKey,
                "RowKey" => entity.RowKey,
                "Timestamp" => entity.Timestamp,
                _ => entity.GetValueOrDefault(Property),
            };
            var order = FilterValues.Compare(value, Literal);
            return order is int o && Operator switch
            {
                "eq" => o == 0,
                "ne" => o != 0,
                "gt" => o > 0,
                "ge" => o >= 0,
                "lt" => o < 0,
                _ => o <= 0,
            };
        }

        public override IEnumerable<Comparison> KeyBounds() => IsKeyBound ? [this] : [];
    }
}
