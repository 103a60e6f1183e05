'use strict';
// Checks a Teams app package directory (manifest.json after substitution, icons, localization files) with the
// official validator (@microsoft/app-manifest, bundled schemas only: never fetched) plus what the schema cannot
// say: semver version, icon sizes, outline icon white on transparent, referenced files present.
// See /work/shared/protocols/botframework.md §6.
const fs = require('fs');
const path = require('path');
const { requireTool } = require('../lib/require-tool');
const png = require('./png');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

async function localSchema(schemaUrl) {
  const { AppManifestUtils } = requireTool('@microsoft/app-manifest');
  const suffix = schemaUrl && AppManifestUtils.getLocalSchemaSuffix(schemaUrl);
  const file = suffix && AppManifestUtils.getLocalSchemaCandidates(suffix).find(f => fs.existsSync(f));
  if (!file) throw new Error(`$schema "${schemaUrl}" is not bundled with @microsoft/app-manifest (validation is offline only)`);
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

async function schemaErrors(label, document) {
  const { AppManifestUtils } = requireTool('@microsoft/app-manifest');
  try {
    const errors = await AppManifestUtils.validateAgainstSchema(document, await localSchema(document.$schema));
    return errors.map(e => `${label}: ${e.trim()}`);
  } catch (e) {
    return [`${label}: ${e.message}`];
  }
}

// The localization schema has a pattern that is not a valid /u regular expression ("\\b]"), which the official
// validator's AJV settings reject. Same schema, same AJV draft-04 validator and formats, without the /u flag.
const localizationValidators = new Map();

async function localizationValidator(schemaUrl) {
  if (!localizationValidators.has(schemaUrl)) {
    const Ajv = requireTool('ajv-draft-04');
    const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    const addFormats = requireTool('ajv-formats');
    (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
    localizationValidators.set(schemaUrl, ajv.compile(await localSchema(schemaUrl)));
  }
  return localizationValidators.get(schemaUrl);
}

async function localizationErrors(label, document) {
  try {
    const validate = await localizationValidator(document.$schema);
    if (validate(document)) return [];
    return validate.errors.map(e => `${label}: ${e.instancePath} ${e.message}. Details: ${JSON.stringify(e.params)}`);
  } catch (e) {
    return [`${label}: ${e.message}`];
  }
}

function iconErrors(dir, file, size, outline) {
  const where = `icon ${file}`;
  if (typeof file !== 'string' || !fs.existsSync(path.join(dir, file))) return [`${where}: file not found in the package`];
  let image;
  try {
    image = png.decode(fs.readFileSync(path.join(dir, file)));
  } catch (e) {
    return [`${where}: ${e.message}`];
  }
  const errors = [];
  if (image.width !== size || image.height !== size) errors.push(`${where}: is ${image.width}x${image.height}, Teams needs ${size}x${size}`);
  if (!outline) return errors;
  if (!image.rgba) return [...errors, `${where}: cannot check transparency of this PNG (${image.unsupported}); use 8-bit RGBA`];
  let transparent = 0, white = 0, coloured = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    const [r, g, b, a] = image.rgba.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else coloured++;
  }
  if (coloured > 0) errors.push(`${where}: ${coloured} visible pixels are not white (outline icons are white on transparent)`);
  if (transparent === 0) errors.push(`${where}: has no transparent pixel (outline icons are white on a transparent background)`);
  if (white === 0) errors.push(`${where}: has no white pixel`);
  return errors;
}

function readJson(dir, file, errors) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    errors.push(`${file}: ${e.code === 'ENOENT' ? 'file not found in the package' : e.message}`);
    return null;
  }
}

/** Returns the list of problems (empty when the package is valid). */
async function checkPackageDir(dir) {
  const errors = [];
  const manifest = readJson(dir, 'manifest.json', errors);
  if (!manifest) return errors;
  errors.push(...await schemaErrors('manifest.json', manifest));
  if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
    errors.push(`manifest.json: /version "${manifest.version}" is not MAJOR.MINOR.PATCH (Teams refuses the upload)`);
  }
  errors.push(...iconErrors(dir, manifest.icons?.color, 192, false));
  errors.push(...iconErrors(dir, manifest.icons?.outline, 32, true));
  const localization = manifest.localizationInfo ?? {};
  const files = [localization.defaultLanguageFile, ...(localization.additionalLanguages ?? []).map(l => l.file)].filter(Boolean);
  for (const file of files) {
    const strings = readJson(dir, file, errors);
    if (strings) errors.push(...await localizationErrors(file, strings));
  }
  return errors;
}

module.exports = { checkPackageDir };
