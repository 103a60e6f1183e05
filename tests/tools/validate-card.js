#!/usr/bin/env node
'use strict';
// Validates Adaptive Cards with the official renderer package (npm adaptivecards, dist bundle, no browser), parsing
// with a 1.5 serialization context: Teams renders cards up to 1.5 (protocols/botframework.md §4.6).
//   node tests/tools/validate-card.js card.json [more.json ...]   one JSON result line per file; exit 1 on errors
//   node tests/tools/validate-card.js --serve                     one card per stdin line {"id", "card"}, one result
//                                                                 line per card {"id", "errors", "warnings"}
// Errors: every parse and validation event of the renderer (unknown element or action type, invalid value, missing
// required property, duplicate id, ...) except hints and deprecations (warnings), plus what the renderer lets pass:
// a card type other than AdaptiveCard, a version above 1.5, properties the 1.5 schema requires.
const fs = require('fs');
const readline = require('readline');
const { requireTool } = require('../../scripts/lib/require-tool');

const AC = requireTool('adaptivecards', 'dist/adaptivecards.js');
const TARGET = AC.Versions.v1_5;
const WARNINGS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

// Required by the Adaptive Card 1.5 JSON schema and not enforced by the renderer's parser.
const REQUIRED = {
  TextBlock: ['text'], Image: ['url'], FactSet: ['facts'], ImageSet: ['images'], RichTextBlock: ['inlines'],
  TextRun: ['text'], Media: ['sources'], 'Action.ShowCard': ['card'], 'Action.ToggleVisibility': ['targetElements'],
};

function event(severity, phase, name, message, element) {
  return { severity, phase, event: name, message, ...(element ? { element } : {}) };
}

function schemaEvents(node, path, out) {
  if (Array.isArray(node)) return node.forEach((item, i) => schemaEvents(item, `${path}[${i}]`, out));
  if (!node || typeof node !== 'object') return;
  for (const property of REQUIRED[node.type] ?? []) {
    if (node[property] === undefined || node[property] === null || node[property] === '') {
      out.push(event('error', 'Schema', 'MissingRequiredProperty', `${path}: ${node.type} requires "${property}"`, node.type));
    }
  }
  if (node.type === 'FactSet') {
    (node.facts ?? []).forEach((fact, i) => ['title', 'value'].forEach(p => typeof fact?.[p] !== 'string' &&
      out.push(event('error', 'Schema', 'MissingRequiredProperty', `${path}.facts[${i}]: Fact requires "${p}"`, 'Fact'))));
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'data') schemaEvents(value, `${path}.${key}`, out);
}

function cardEvents(json) {
  const out = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [event('error', 'Parse', 'Other', 'a card must be a JSON object')];
  if (json.type !== 'AdaptiveCard') out.push(event('error', 'Schema', 'MissingCardType', `card type is ${JSON.stringify(json.type)}, expected "AdaptiveCard"`));
  const version = AC.Version.parse(json.version, new AC.SerializationContext(TARGET));
  if (!version || !version.isValid) out.push(event('error', 'Schema', 'UnsupportedCardVersion', `card version ${JSON.stringify(json.version)} is not a version`));
  else if (version.major > TARGET.major || (version.major === TARGET.major && version.minor > TARGET.minor)) {
    out.push(event('error', 'Schema', 'UnsupportedCardVersion', `card version ${version} is above ${TARGET}, the highest Teams renders`));
  }
  const context = new AC.SerializationContext(TARGET);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const all = [];
  for (let i = 0; i < context.eventCount; i++) all.push(context.getEventAt(i));
  all.push(...card.validateProperties().validationEvents);
  for (const e of all) {
    out.push(event(WARNINGS.has(e.event) ? 'warning' : 'error', AC.ValidationPhase[e.phase], AC.ValidationEvent[e.event], e.message,
      e.source?.getJsonTypeName?.()));
  }
  schemaEvents(json.body ?? [], 'body', out);
  schemaEvents(json.actions ?? [], 'actions', out);
  return out;
}

function validate(card) {
  let events;
  try {
    events = cardEvents(typeof card === 'string' ? JSON.parse(card) : card);
  } catch (e) {
    events = [event('error', 'Parse', 'Other', `not a valid card: ${e.message}`)];
  }
  return { errors: events.filter(e => e.severity === 'error'), warnings: events.filter(e => e.severity === 'warning') };
}

function serve() {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', line => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch (e) {
      return process.stdout.write(JSON.stringify({ id: null, ...validate(line) }) + '\n');
    }
    process.stdout.write(JSON.stringify({ id: request.id, ...validate(request.card) }) + '\n');
  });
}

if (process.argv[2] === '--serve') {
  serve();
} else if (process.argv.length > 2) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const result = validate(fs.readFileSync(file, 'utf8'));
    failed ||= result.errors.length > 0;
    console.log(JSON.stringify({ file, ...result }));
  }
  process.exitCode = failed ? 1 : 0;
} else {
  console.error('usage: validate-card.js card.json [...] | --serve');
  process.exitCode = 2;
}
