using Coretet.Bot.Storage.Tables;

namespace Coretet.Bot.Tests.Storage;

public class TableKeysTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain-id_42")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("O'Neil \"x\" 50% ~tilde |pipe")]
    [InlineData("ctrl\u0000\u001f\u007f\u009f")]
    [InlineData("emoji 🤝🏽 ünï")]
    public void Encode_AnyShortString_IsSafeAndDecodesBack(string value)
    {
        var key = TableKeys.Encode(value);

        Assert.DoesNotContain(key, c => TableLimits.IsForbiddenKeyChar(c) || c is '\'' or '"' or '%' or '|');
        Assert.True(TableKeys.TryDecode(key, out var decoded));
        Assert.Equal(value, decoded);
    }

    [Fact]
    public void Encode_LoneSurrogate_IsEscapedAndDecodesBack()
    {
        var value = "a\uD800b";

        var key = TableKeys.Encode(value);

        Assert.Equal("a~uD800b", key);
        Assert.True(TableKeys.TryDecode(key, out var decoded));
        Assert.Equal(value, decoded);
    }

    [Fact]
    public void Encode_LongValues_AreBoundedHashedAndDistinct()
    {
        var prefix = new string('/', 300);

        var first = TableKeys.Encode(prefix + "a");
        var second = TableKeys.Encode(prefix + "b");

        Assert.True(first.Length <= TableKeys.MaxSegmentLength);
        Assert.NotEqual(first, second);
        Assert.True(TableKeys.IsHashed(first));
        Assert.False(TableKeys.TryDecode(first, out _));
        Assert.Equal(first, TableKeys.Encode(prefix + "a"));
        TableLimits.ValidateKey(first, "RowKey");
    }

    [Fact]
    public void Compose_ThenTrySplit_ReturnsTheValues()
    {
        var key = TableKeys.Compose("teams", "19:abc|def@thread", "msg/1");

        Assert.Equal(2, key.Count(c => c == TableKeys.Separator));
        Assert.True(TableKeys.TrySplit(key, out var values));
        Assert.Equal(["teams", "19:abc|def@thread", "msg/1"], values);
    }

    [Fact]
    public void TryDecode_MalformedEscape_ReturnsFalse() => Assert.False(TableKeys.TryDecode("bad~Z", out _));
}
