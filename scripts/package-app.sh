#!/usr/bin/env bash
# Builds the Teams app package (build/kernebot-teams-app.zip) from manifest/, with the bot's app id and
# domain filled in, after validating it offline against the bundled Teams schema.
#   MICROSOFT_APP_ID=<bot app id> BOT_DOMAIN=<host of the messaging endpoint> scripts/package-app.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

: "${MICROSOFT_APP_ID:?Set MICROSOFT_APP_ID to the Microsoft App ID of the bot (a GUID)}"
: "${BOT_DOMAIN:?Set BOT_DOMAIN to the host of the messaging endpoint, e.g. kernebot.example.dk}"
domain="${BOT_DOMAIN#https://}"
domain="${domain#http://}"
domain="${domain%%/*}"
if ! [[ "$MICROSOFT_APP_ID" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "MICROSOFT_APP_ID must be a GUID, got: $MICROSOFT_APP_ID" >&2
  exit 2
fi

out="${OUTPUT_DIR:-$root/build}"
stage="$out/teams-app"
rm -rf "$stage"
mkdir -p "$stage"
for file in manifest.json en-us.json; do
  sed -e "s/\${{MICROSOFT_APP_ID}}/$MICROSOFT_APP_ID/g" -e "s/\${{BOT_DOMAIN}}/$domain/g" \
    "$root/manifest/$file" > "$stage/$file"
done
cp "$root/manifest/color.png" "$root/manifest/outline.png" "$stage/"

if [ ! -d "$root/tools/node/node_modules" ]; then
  (cd "$root/tools/node" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$root/tools/node/validate-manifest.mjs" "$stage"

zip_file="$out/kernebot-teams-app.zip"
rm -f "$zip_file"
(cd "$stage" && jar --create --no-manifest --file "$zip_file" manifest.json en-us.json color.png outline.png)
echo "Teams app package: $zip_file"
