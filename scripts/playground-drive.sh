#!/usr/bin/env bash
# Tries the bot in the running Agents Playground as a person would (headless Chromium), and saves screenshots
# in build/playground-shots. Start the bot (mvn spring-boot:run) and scripts/playground.sh first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
if [ ! -d "$root/build/playground/node_modules/playwright-core" ]; then
  mkdir -p "$root/build/playground"
  cp "$root/scripts/playground/package.json" "$root/scripts/playground/package-lock.json" "$root/build/playground/"
  (cd "$root/build/playground" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$root/scripts/playground/drive.mjs" "$root/build/playground/"
cd "$root/build/playground"
node drive.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground-shots"
