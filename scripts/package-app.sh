#!/usr/bin/env bash
# Builds the Teams app package from manifest/: fills in the bot's app id and domain, validates the result
# offline against the Teams schema bundled in tools/node, and zips manifest.json, its localization files
# and the two icons at the root of build/kernebot-teams-app.zip (upload it in Teams or the Developer Portal).
#
#   MICROSOFT_APP_ID=<the bot's Microsoft App ID, a GUID> \
#   BOT_DOMAIN=<host of the messaging endpoint, e.g. kernebot.example.dk> \
#   scripts/package-app.sh
#
# Optional: OUTPUT_DIR (default build/) is where the zip and the filled-in files (teams-app/) go;
#           ZIP_TOOL=zip|python|jar picks the zip program (default: the first one found, in that order).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() {
  echo "package-app: $*" >&2
  exit 1
}

app_id="${MICROSOFT_APP_ID:-}"
[[ -n "$app_id" ]] || fail "MICROSOFT_APP_ID is not set. Set it to the bot's Microsoft App ID (a GUID), e.g.
  MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000 BOT_DOMAIN=kernebot.example.dk scripts/package-app.sh"
[[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] \
  || fail "MICROSOFT_APP_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got: $app_id"

domain="${BOT_DOMAIN:-}"
[[ -n "$domain" ]] || fail "BOT_DOMAIN is not set. Set it to the host name of the bot's messaging endpoint, e.g.
  BOT_DOMAIN=kernebot.example.dk (a URL such as https://kernebot.example.dk/api/messages is fine too)"
domain="${domain#*://}"   # drop a scheme
domain="${domain%%/*}"    # drop a path
domain="${domain%%\?*}"   # drop a query
domain="${domain%%:*}"    # drop a port
domain="${domain,,}"
[[ "$domain" =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$ ]] \
  || fail "BOT_DOMAIN must be a host name such as kernebot.example.dk, got: ${BOT_DOMAIN}"

out="${OUTPUT_DIR:-$root/build}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
stage="$out/teams-app"
zip_file="$out/kernebot-teams-app.zip"

# Fill in the placeholders. Plain string replacement: the values were checked above.
rm -rf "$stage"
mkdir -p "$stage"
files=()
for source in "$root"/manifest/*.json; do
  name="$(basename "$source")"
  text="$(<"$source")"
  text="${text//'${{MICROSOFT_APP_ID}}'/$app_id}"
  text="${text//'${{BOT_DOMAIN}}'/$domain}"
  if [[ "$text" == *'${{'* ]]; then
    fail "manifest/$name has a placeholder this script does not fill: $(grep -o '\${{[^}]*}}' <<<"$text" | sort -u | tr '\n' ' ')"
  fi
  printf '%s\n' "$text" >"$stage/$name"
  files+=("$name")
done
cp "$root/manifest/color.png" "$root/manifest/outline.png" "$stage/"
files+=(color.png outline.png)

# Validate the filled-in copy offline.
command -v node >/dev/null 2>&1 || fail "Node.js (node) is needed to validate the manifest; install Node 20 or later"
if [[ ! -d "$root/tools/node/node_modules/@microsoft/app-manifest" ]]; then
  echo "package-app: installing the validation tools (npm ci in tools/node)" >&2
  (cd "$root/tools/node" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci in tools/node failed"
fi
node "$root/tools/node/validate-manifest.mjs" "$stage/manifest.json" || fail "the manifest is not valid; nothing was packaged"

# Zip the files at the root of the archive.
tool="${ZIP_TOOL:-}"
if [[ -z "$tool" ]]; then
  if command -v zip >/dev/null 2>&1; then tool=zip
  elif command -v python3 >/dev/null 2>&1; then tool=python
  else tool=jar
  fi
fi
rm -f "$zip_file"
case "$tool" in
  zip) (cd "$stage" && zip -q -X "$zip_file" "${files[@]}") ;;
  python) (cd "$stage" && python3 -m zipfile -c "$zip_file" "${files[@]}") ;;
  jar) (cd "$stage" && jar --create --no-manifest --file "$zip_file" "${files[@]}") ;;
  *) fail "ZIP_TOOL must be zip, python or jar, got: $tool" ;;
esac

echo "Teams app package: $zip_file"
