#!/usr/bin/env bash
# Builds coretet-bot.zip, the Teams app package (docs/teams.md). Options: --env FILE, --out FILE, --manifest-dir DIR.
# Placeholders come from the environment: TEAMS_APP_ID, BOT_ID (or MicrosoftAppId), BOT_DOMAIN, APP_VERSION.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec node "$root/scripts/teams/package.js" "$@"
