'use strict';
// Loads an npm test tool from CORETET_NODE_MODULES (set by scripts/test.sh), else from the repository's
// node_modules; fails with a clear message when neither has it.
const fs = require('fs');
const path = require('path');

function nodeModules() {
  const candidates = [process.env.CORETET_NODE_MODULES, path.join(__dirname, '..', '..', 'node_modules')].filter(Boolean);
  const found = candidates.find(dir => fs.existsSync(dir));
  if (!found) {
    throw new Error(`node_modules not found (looked in ${candidates.join(', ')}): run "npm ci" at the repository root or set CORETET_NODE_MODULES`);
  }
  return found;
}

function requireTool(name, subpath = '') {
  const dir = path.join(nodeModules(), name);
  if (!fs.existsSync(dir)) throw new Error(`npm package ${name} is not installed in ${nodeModules()}: run "npm ci" at the repository root`);
  return require(path.join(dir, subpath));
}

module.exports = { nodeModules, requireTool };
