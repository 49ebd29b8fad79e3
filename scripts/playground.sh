#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground (a local Teams client) against the running bot.
# First start the bot in another terminal: mvn spring-boot:run
# Then: scripts/playground.sh   and open http://localhost:56150
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
endpoint="${BOT_ENDPOINT:-http://localhost:3978/api/messages}"
port="${PLAYGROUND_PORT:-56150}"
work="$root/build/playground"

if ! curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "$endpoint"; then
  echo "No bot answers at $endpoint. Start it first with: mvn spring-boot:run" >&2
  exit 1
fi

mkdir -p "$work"
cp "$root/scripts/playground/package.json" "$root/scripts/playground/package-lock.json" "$work/"
cp "$root/scripts/playground/.m365agentsplayground.yml" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error)

echo "Agents Playground on http://localhost:$port (bot: $endpoint). In group chats and channels, @mention the bot."
cd "$work"
TEAMSAPPTESTER_BROWSER=none exec node node_modules/@microsoft/m365agentsplayground/cli.js \
  -e "$endpoint" -c msteams -p "$port" --disable-telemetry
