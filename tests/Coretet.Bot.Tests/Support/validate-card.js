// Parses Adaptive Cards (JSON array in the file argv[3]) with the official renderer from node_modules (argv[2]) and
// prints, per card, the parse and validation messages. Used by OfficialCardRenderer.
const AC = require(require("path").join(process.argv[2], "adaptivecards", "dist", "adaptivecards.js"));
const cards = JSON.parse(require("fs").readFileSync(process.argv[3], "utf8"));
const out = cards.map((json) => {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const messages = [];
  for (let i = 0; i < context.eventCount; i++) messages.push(context.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) messages.push(e.message);
  return messages;
});
console.log(JSON.stringify(out));
