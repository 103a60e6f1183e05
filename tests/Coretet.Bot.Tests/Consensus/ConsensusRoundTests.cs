using Coretet.Bot.Tests.Support;

namespace Coretet.Bot.Tests.Consensus;

/// <summary>The "Must show" cases of issue #6, over HTTP with the Teams protocol, in French and English.</summary>
public class ConsensusRoundTests
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task FullRound_DissentAnsweredAmendedReconfirmed_ConsensusWithRecordedDissent(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var (ana, ben, cleo, dan) = (s.Ally("Ana"), s.Ally("Ben"), s.Ally("Cleo"), s.Ally("Dan"));
        var card = await s.OpenRoundAsync("Mutualiser nos outils numériques");

        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(ana, card, s.L("J'adhère avec réserves", "Agree with reservations"), "Coût de maintenance");
        await s.StanceAsync(ben, card, s.L("Je me mets en retrait", "Stand aside"));
        await s.StanceAsync(cleo, card, s.L("Avis divergent", "Divergent opinion"), "Préférer des logiciels libres");
        await s.StanceAsync(dan, card, s.L("Objection bloquante", "Blocking objection"), "Exclut les petites structures");
        Assert.Contains(s.L("Objection bloquante: 1", "Blocking objection: 1"), s.LatestCard(card));

        var menu = (await s.Bot.Teams.ClickAsync(s.Ines, card, s.L("Suivi…", "Follow-up…"))).Single();
        var answerForm = (await s.Bot.Teams.ClickAsync(s.Ines, menu, s.L("Répondre à un avis divergent", "Answer dissent"))).Single();
        var answered = await s.Bot.Teams.ClickAsync(s.Ines, answerForm, s.L("Envoyer la réponse", "Send the answer"),
            new Dictionary<string, string> { ["position"] = ConsensusAlliance.Key(cleo), ["text"] = "Nous retenons des logiciels libres" });
        var notice = s.Since(0).Last(r => r.ConversationId == s.Bot.Teams.Personal(cleo).Id);
        Assert.Contains("Nous retenons des logiciels libres", notice.CardText);
        await s.Bot.Teams.ClickAsync(cleo, notice, s.L("Cela répond à ma préoccupation", "This addresses my concern"));

        var amendForm = (await s.Bot.Teams.ClickAsync(s.Ines, menu, s.L("Amender la proposition", "Amend the proposal"))).Single();
        var before = s.Bot.Connector.LastSequence;
        await s.Bot.Teams.ClickAsync(s.Ines, amendForm, s.L("Publier la révision", "Publish the revision"),
            new Dictionary<string, string> { ["text"] = "Mutualiser nos outils numériques, avec un tarif solidaire" });
        var invitations = s.Since(before).Where(r => r.CardText.Contains(s.L("a changé", "has changed"))).ToList();
        Assert.Equal(4, invitations.Count);
        await s.Bot.Teams.ClickAsync(ben, invitations.Single(r => r.ConversationId == s.Bot.Teams.Personal(ben).Id), s.L("Je reconfirme ma position", "I re-confirm my position"));
        await s.Bot.Teams.ClickAsync(dan, invitations.Single(r => r.ConversationId == s.Bot.Teams.Personal(dan).Id), s.L("J'adhère", "I agree"));
        Assert.Contains(s.L("dont sur une révision antérieure: 3", "of which on an older revision: 3"), s.LatestCard(card));

        s.Clock.Advance(TimeSpan.FromDays(4));
        before = s.Bot.Connector.LastSequence;
        await s.SweepAsync();

        var outcome = s.Since(before).Single(r => r.ConversationId == s.Channel.Id && !r.IsUpdate);
        Assert.Contains(s.L("issue : consensus avec avis divergents", "outcome: consensus with recorded dissent"), outcome.CardText);
        Assert.Contains("Coût de maintenance", outcome.CardText);
        Assert.Contains("Préférer des logiciels libres", outcome.CardText);
        Assert.Contains("Nous retenons des logiciels libres", outcome.CardText);
        Assert.DoesNotContain("Exclut les petites structures", outcome.CardText);
        Assert.NotNull(answered);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task OpenBlock_NoConsensus_ArbitrationRecordedWithBlockKept(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var dan = s.Ally("Dan");
        var card = await s.OpenRoundAsync("Fusionner les deux chantiers");
        await s.StanceAsync(s.Ines, card, s.L("J'adhère", "I agree"));
        await s.StanceAsync(dan, card, s.L("Objection bloquante", "Blocking objection"), "Perd l'ancrage local");
        s.Clock.Advance(TimeSpan.FromDays(4));
        var before = s.Bot.Connector.LastSequence;
        await s.SweepAsync();
        var outcome = s.Since(before).Single(r => r.ConversationId == s.Channel.Id && !r.IsUpdate);
        Assert.Contains(s.L("issue : pas de consensus", "outcome: no consensus"), outcome.CardText);

        var menu = (await s.Bot.Teams.ClickAsync(s.Ines, card, s.L("Suivi…", "Follow-up…"))).Single();
        var refused = await s.Bot.Teams.ClickAsync(dan, menu, s.L("Arbitrer", "Arbitrate"));
        var form = (await s.Bot.Teams.ClickAsync(s.Ines, menu, s.L("Arbitrer", "Arbitrate"))).Single();
        var arbitrated = await s.Bot.Teams.ClickAsync(s.Ines, form, s.L("Enregistrer l'arbitrage", "Record the arbitration"),
            new Dictionary<string, string> { ["statement"] = "Fusion à l'essai pour six mois", ["adopt"] = "yes" });

        Assert.Contains(s.L("Réservé à l'équipe d'animation", "Facilitators only"), refused.Text);
        Assert.Contains(s.L("issue : arbitrage", "outcome: arbitration"), arbitrated.Text);
        Assert.Contains("Fusion à l'essai pour six mois", arbitrated.Text);
        Assert.Contains("Perd l'ancrage local", arbitrated.Text);
        var record = await s.Bot.Teams.SendAsync(dan, s.L("décision 1", "decision 1"));
        Assert.Contains("Perd l'ancrage local", record.Text);
        Assert.Contains("Fusion à l'essai pour six mois", record.Text);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task BlockWithoutReason_AskedForReason_NothingRecorded(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var dan = s.Ally("Dan");
        var card = await s.OpenRoundAsync("Changer de nom");

        var asked = await s.StanceAsync(dan, card, s.L("Objection bloquante", "Blocking objection"));
        var form = asked.Single();
        var empty = await s.Bot.Teams.ClickAsync(dan, form, s.L("Enregistrer : Objection bloquante", "Record: Blocking objection"), new Dictionary<string, string> { ["reason"] = "  " });

        Assert.Contains(s.L("nuirait aux objectifs ou aux valeurs de l'alliance", "would harm the alliance's objectives or values"), form.CardText);
        Assert.Contains(s.L("Rien n'a été enregistré", "Nothing was recorded"), empty.Text);
        Assert.Contains(s.L("Positions: 0", "Positions: 0"), s.LatestCard(card));
        Assert.DoesNotContain(s.Alliance.Journal, e => e.Kind == "PositionTaken");

        await s.Bot.Teams.ClickAsync(dan, form, s.L("Enregistrer : Objection bloquante", "Record: Blocking objection"), new Dictionary<string, string> { ["reason"] = "Le nom actuel est connu" });
        Assert.Contains(s.L("Objection bloquante: 1", "Blocking objection: 1"), s.LatestCard(card));
    }

    [Fact]
    public async Task SameAllyTwentyConcurrentAgrees_OnePosition()
    {
        await using var s = await ConsensusScenario.StartAsync("fr-FR");
        var ana = s.Ally("Ana");
        var card = await s.OpenRoundAsync("Adopter la charte v2");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => s.StanceAsync(ana, card, "J'adhère")));

        Assert.Contains("Positions: 1", s.LatestCard(card));
        Assert.Single(s.Alliance.Journal, e => e.Kind == "PositionTaken");
    }

    [Fact]
    public async Task ThreeHundredAlliesAtOnce_ExactTallyOnCard()
    {
        await using var s = await ConsensusScenario.StartAsync("en-US");
        var card = await s.OpenRoundAsync("Adopt charter v2");
        var allies = Enumerable.Range(0, 300).Select(i => s.Ally($"Ally {i:D3}")).ToList();

        await Task.WhenAll(allies.Select((a, i) => s.StanceAsync(a, card, i % 3 == 0 ? "Stand aside" : "I agree")));

        var latest = s.LatestCard(card);
        Assert.Contains("Positions: 300", latest);
        Assert.Contains("I agree: 200", latest);
        Assert.Contains("Stand aside: 100", latest);
        Assert.Equal(300, s.Alliance.Journal.Count(e => e.Kind == "PositionTaken"));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task NonAllyOutsiderAndForgedPayload_ChangeNothing(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var (ana, ben) = (s.Ally("Ana"), s.Ally("Ben"));
        var stranger = s.User("Zoe");
        s.Chantier("jardins", "Jardins partagés", ana);
        var allianceCard = await s.OpenRoundAsync("Adopter la charte v2");
        var chantierCard = await s.OpenRoundAsync("Planter des haies", by: ana, scope: "chantier:jardins");
        await s.StanceAsync(s.Ines, allianceCard, s.L("Objection bloquante", "Blocking objection"), "Trop tôt");

        var nonAlly = await s.StanceAsync(stranger, allianceCard, s.L("J'adhère", "I agree"));
        var outsider = await s.StanceAsync(ben, chantierCard, s.L("J'adhère", "I agree"));
        var otherRound = await s.ForgedClickAsync(ben, chantierCard, s.L("J'adhère", "I agree"), d => d["round"] = "0123456789abcdef0123456789abcdef");
        var otherAlly = await s.ForgedClickAsync(ben, allianceCard, s.L("J'adhère", "I agree"), d => { d["ally"] = ConsensusAlliance.Key(s.Ines); d["from"] = ConsensusAlliance.Key(s.Ines); });

        Assert.Contains(ConsensusAlliance.NotAnAlly, nonAlly.Text);
        Assert.Contains(s.L("rejoignez-le pour y prendre position", "join it to take a position"), outsider.Text);
        Assert.Contains(s.L("Je ne trouve pas ce tour", "I can't find that consensus round"), otherRound.Text);
        Assert.Contains(s.L("Positions: 0", "Positions: 0"), s.LatestCard(chantierCard));
        var latest = s.LatestCard(allianceCard);
        Assert.Contains(s.L("Objection bloquante: 1", "Blocking objection: 1"), latest);
        Assert.Contains(s.L("J'adhère: 1", "I agree: 1"), latest);
        Assert.NotNull(otherAlly);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task LatePositionAfterClosing_MarkedLate_LateBlockNotifiesFacilitators(string locale)
    {
        await using var s = await ConsensusScenario.StartAsync(locale);
        var (ana, dan) = (s.Ally("Ana"), s.Ally("Dan"));
        var card = await s.OpenRoundAsync("Ouvrir un second site");
        await s.StanceAsync(ana, card, s.L("J'adhère", "I agree"));
        s.Clock.Advance(TimeSpan.FromDays(4));
        await s.SweepAsync();

        var before = s.Bot.Connector.LastSequence;
        var late = await s.StanceAsync(dan, card, s.L("Objection bloquante", "Blocking objection"), "Contraire à nos valeurs");

        Assert.Contains(s.L("contribution tardive", "late contribution"), s.Since(before).Single(r => r.ConversationId == s.Bot.Teams.Personal(dan).Id).AllText);
        var notice = s.Since(before).Single(r => r.ConversationId == s.Bot.Teams.Personal(s.Ines).Id);
        Assert.Contains(s.L("Objection bloquante tardive de Dan", "Late blocking objection from Dan"), notice.AllText);
        Assert.Contains(s.L("Contributions tardives: 1", "Late contributions: 1"), s.LatestCard(card));
        var record = await s.Bot.Teams.SendAsync(ana, s.L("décision 1", "decision 1"));
        Assert.Contains(s.L("issue : consensus", "Outcome: consensus"), record.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Contraire à nos valeurs", record.Text);
        Assert.NotNull(late);
    }
}
