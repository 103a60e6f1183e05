using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

public class TableFilterTests
{
    [Fact]
    public void Literal_EachSupportedType_HasTheServiceSyntax()
    {
        var guid = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

        Assert.Equal("'O''Neil'", TableFilter.Literal("O'Neil"));
        Assert.Equal("true", TableFilter.Literal(true));
        Assert.Equal("-12", TableFilter.Literal(-12));
        Assert.Equal("12L", TableFilter.Literal(12L));
        Assert.Equal("1.0", TableFilter.Literal(1.0));
        Assert.Equal("0.25", TableFilter.Literal(0.25));
        Assert.Equal("datetime'2026-12-01T08:00:00.0000001Z'", TableFilter.Literal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1)));
        Assert.Equal("guid'6f9619ff-8b86-d011-b42d-00c04fc964ff'", TableFilter.Literal(guid));
        Assert.Equal("X'00FF'", TableFilter.Literal(new byte[] { 0, 255 }));
    }

    [Fact]
    public void Literal_UnsupportedValues_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(1.5m));
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(double.NaN));
    }

    [Fact]
    public void Create_InterpolatedValues_BecomeEscapedLiterals()
    {
        var name = "x' or PartitionKey ne '";

        var filter = TableFilter.Create($"PartitionKey eq {name} and Count ge {5L}");

        Assert.Equal("PartitionKey eq 'x'' or PartitionKey ne ''' and Count ge 5L", filter);
    }

    [Fact]
    public void Combinators_ParenthesiseEachOperand()
    {
        var filter = TableFilter.And(TableFilter.PartitionKey("p"), TableFilter.Or(TableFilter.Equal("A", 1), TableFilter.Not(TableFilter.Equal("B", false))));

        Assert.Equal("(PartitionKey eq 'p') and ((A eq 1) or (not (B eq false)))", filter);
    }

    [Fact]
    public void StartsWith_IsAKeyRange() =>
        Assert.Equal("(RowKey ge 'ab') and (RowKey lt 'ac')", TableFilter.StartsWith("RowKey", "ab"));

    [Fact]
    public void Compare_PropertyNameThatIsAnExpression_IsRefused() =>
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("A eq 1 or B", 2));
}
