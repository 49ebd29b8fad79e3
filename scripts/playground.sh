#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground (a local Teams client) against the running bot.
# First start the bot in another terminal: mvn spring-boot:run
# Then: scripts/playground.sh   and open http://localhost:56150
#
# BOT_ENDPOINT     the bot's messaging endpoint (default http://localhost:3978/api/messages)
# PLAYGROUND_PORT  the Playground's web port (default 56150)
# PLAYGROUND_LOCALE the locale the Playground's "Teams client" sends (default da-DK, as a Danish Teams does).
#                  The Playground itself always sends en-US; this script rewrites that in its installed copy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
endpoint="${BOT_ENDPOINT:-http://localhost:3978/api/messages}"
port="${PLAYGROUND_PORT:-56150}"
locale="${PLAYGROUND_LOCALE:-da-DK}"
work="$root/build/playground"

# Any HTTP status (400 for an empty activity is fine) means the bot is up; curl fails only without an answer.
if ! curl -s -o /dev/null --max-time 10 -X POST -H 'Content-Type: application/json' -d '{}' "$endpoint"; then
  echo "No bot answers at $endpoint." >&2
  echo "Start the bot first with: mvn spring-boot:run" >&2
  exit 1
fi

mkdir -p "$work"
cp "$root/scripts/playground/package.json" "$root/scripts/playground/package-lock.json" \
   "$root/scripts/playground/.m365agentsplayground.yml" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error)

bundle="$work/node_modules/@microsoft/m365agentsplayground/dist/index.js"
if [ "$locale" != "en-US" ]; then
  if ! grep -q 'locale:"en-US"' "$bundle"; then
    echo "Cannot set the locale: the Playground's bundle has no locale:\"en-US\" any more (new version?)." >&2
    exit 1
  fi
  sed -i "s/locale:\"en-US\"/locale:\"$locale\"/g" "$bundle"
fi

echo "Agents Playground: open http://localhost:$port  (bot: $endpoint, locale: $locale)"
echo "In the group chat and the channels, mention the bot first, as in Teams: type @, pick Kernebot, then e.g. hjælp."
cd "$work"
TEAMSAPPTESTER_BROWSER=none exec node node_modules/@microsoft/m365agentsplayground/cli.js \
  -e "$endpoint" -c msteams -p "$port" --disable-telemetry
