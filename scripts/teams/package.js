#!/usr/bin/env node
'use strict';
// Builds the Teams app package (docs/teams.md "Packaging"):
//   node scripts/teams/package.js [--manifest-dir manifest] [--env FILE] [--out coretet-bot.zip]
//   node scripts/teams/package.js --check DIR      (checks an already built, unzipped package)
// Fills the ${{NAME}} placeholders of manifest.json from the environment, then --env FILE, then
// manifest/package.env; fills the command lists and the fr/en localization files from manifest/commands.json;
// validates everything offline (package-checks.js) and writes the zip. Exit code 1 with every problem on stderr.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkPackageDir } = require('./package-checks');
const { writeZip } = require('./zip');

const ROOT = path.join(__dirname, '..', '..');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function parseArgs(argv) {
  const args = { manifestDir: path.join(ROOT, 'manifest'), out: path.join(ROOT, 'coretet-bot.zip') };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${argv[i]} needs a value`);
    switch (argv[i]) {
      case '--manifest-dir': args.manifestDir = path.resolve(value); break;
      case '--out': args.out = path.resolve(value); break;
      case '--env': args.envFile = path.resolve(value); break;
      case '--check': args.check = path.resolve(value); break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
    i++;
  }
  return args;
}

function readEnvFile(file, required) {
  const values = {};
  if (!file || (!required && !fs.existsSync(file))) return values;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith('#')) values[match[1]] = match[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/** Placeholder values: environment over --env over package.env; BOT_ID falls back to MicrosoftAppId, TEAMS_APP_ID to BOT_ID. */
function placeholderValues(args) {
  const values = { ...readEnvFile(path.join(args.manifestDir, 'package.env')), ...readEnvFile(args.envFile, true) };
  for (const [key, value] of Object.entries(process.env)) if (value !== '') values[key] = value;
  values.BOT_ID ??= values.MicrosoftAppId;
  values.TEAMS_APP_ID ??= values.BOT_ID;
  return values;
}

/** Replaces ${{NAME}} in text; values may refer to other placeholders (URLs built on BOT_DOMAIN), up to 5 levels. */
function substitute(text, values, missing, escape, depth = 0) {
  return text.replace(PLACEHOLDER, (whole, name) => {
    const value = values[name];
    if (value === undefined || depth >= 5) {
      missing.add(name);
      return whole;
    }
    return escape(substitute(value, values, missing, v => v, depth + 1));
  });
}

function commandEntries(manifestDir) {
  const file = path.join(manifestDir, 'commands.json');
  const commands = JSON.parse(fs.readFileSync(file, 'utf8')).commands;
  return commands.filter(c => !c.pending);
}

function localizationStrings(manifest, commands, language, base) {
  const strings = { ...base };
  strings.$schema ??= manifest.$schema.replace('MicrosoftTeams.schema.json', 'MicrosoftTeams.Localization.schema.json');
  if (language === 'fr') {
    Object.assign(strings, { 'name.short': manifest.name.short, 'name.full': manifest.name.full,
      'description.short': manifest.description.short, 'description.full': manifest.description.full });
  }
  (manifest.bots?.[0]?.commandLists ?? []).forEach((list, l) => list.commands.forEach((command, c) => {
    strings[`bots[0].commandLists[${l}].commands[${c}].title`] = commands[c][language].title;
    strings[`bots[0].commandLists[${l}].commands[${c}].description`] = commands[c][language].description;
  }));
  return strings;
}

/** Writes the package files into dir; returns the problems found before validation (missing values). */
function stage(args, dir) {
  const problems = [];
  const missing = new Set();
  const text = substitute(fs.readFileSync(path.join(args.manifestDir, 'manifest.json'), 'utf8'), placeholderValues(args), missing,
    v => JSON.stringify(v).slice(1, -1));
  for (const name of missing) problems.push(`placeholder \${{${name}}} has no value: set the environment variable ${name} (or put it in an --env file)`);
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    return [...problems, `manifest.json: not valid JSON after substitution: ${e.message}`];
  }
  const commands = commandEntries(args.manifestDir);
  for (const list of manifest.bots?.[0]?.commandLists ?? []) list.commands = commands.map(c => ({ ...c.fr }));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const icon of [manifest.icons?.color, manifest.icons?.outline].filter(f => typeof f === 'string')) {
    const source = path.join(args.manifestDir, icon);
    if (fs.existsSync(source)) fs.copyFileSync(source, path.join(dir, path.basename(icon)));
  }
  const localization = manifest.localizationInfo ?? {};
  const languages = [[localization.defaultLanguageTag, localization.defaultLanguageFile],
    ...(localization.additionalLanguages ?? []).map(l => [l.languageTag, l.file])].filter(([, file]) => file);
  for (const [tag, file] of languages) {
    const language = String(tag).toLowerCase().startsWith('en') ? 'en' : 'fr';
    const source = path.join(args.manifestDir, file);
    const base = fs.existsSync(source) ? JSON.parse(fs.readFileSync(source, 'utf8')) : {};
    fs.writeFileSync(path.join(dir, file), JSON.stringify(localizationStrings(manifest, commands, language, base), null, 2) + '\n');
  }
  return problems;
}

function packageFiles(dir) {
  return fs.readdirSync(dir).sort((a, b) => (a === 'manifest.json' ? -1 : b === 'manifest.json' ? 1 : a.localeCompare(b)));
}

function fail(problems) {
  for (const problem of problems) console.error(`error: ${problem}`);
  console.error(`Teams package NOT valid (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  process.exitCode = 1;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.check) {
    const problems = await checkPackageDir(args.check);
    if (problems.length) return fail(problems);
    return console.log(`Teams package valid: ${args.check}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coretet-teams-'));
  try {
    const problems = stage(args, dir);
    problems.push(...await checkPackageDir(dir));
    if (problems.length) return fail(problems);
    const files = packageFiles(dir);
    fs.writeFileSync(args.out, writeZip(files.map(name => ({ name, data: fs.readFileSync(path.join(dir, name)) }))));
    console.log(`Teams package valid: wrote ${args.out} (${files.join(', ')})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(e => fail([e.message]));
