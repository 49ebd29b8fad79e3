#!/usr/bin/env bash
# Tries the bot in the running Agents Playground as a person would (headless Chromium), and saves screenshots.
# Start the bot (mvn spring-boot:run) and scripts/playground.sh first.
#   scripts/playground-drive.sh           help and reflection cards in the personal chat, group chat and a channel
#                                         (screenshots in build/playground-shots)
#   scripts/playground-drive.sh session   the guided kerneopgave session end to end in the group chat, then the
#                                         board (screenshots in build/playground/screens). Needs the bot started with
#                                         KERNEBOT_AUTHENTICATION=off KERNEBOT_ADMINS=00000000-0000-0000-0000-000000000020 (Anne sets the leader).
#   scripts/playground-drive.sh kvalitet  the whole kvalitetssamtale in the group chat with the agreement step: Anne
#                                         is the chef, records the parent from the bestyrelse (no Teams), proposes a
#                                         goal; Bo Jensen (sent to the bot directly, the Playground acts as Anne only)
#                                         takes the dagtilbudsleder's role and agrees; "Afslut og gem" (screenshots in
#                                         build/playground/screens-kvalitet). Needs the bot started from this checkout
#                                         with KERNEBOT_AUTHENTICATION=off (it reads ./data/kernebot.db, or KERNEBOT_DB_FILE).
#   scripts/playground-drive.sh laereplan the evaluation of the pædagogiske læreplan in the group chat: Anne chooses a
#                                         læreplanstema, the three moves (two noted for others in the room), the
#                                         evaluation text drafted and corrected, the changes made handleplan actions
#                                         from the summary, and the text in the handleplan's export (screenshots in
#                                         build/playground/screens-laereplan). Needs the bot started with
#                                         KERNEBOT_AUTHENTICATION=off.
#   scripts/playground-drive.sh reminder  a handleplan reminder card arrives in the group chat and Anne's 1:1 chat and
#                                         its status buttons change it in place (screenshots in
#                                         build/playground/screens-reminder). Needs the bot started from this checkout
#                                         (it moves the new actions' start back a day in ./data/kernebot.db) with short
#                                         polls: KERNEBOT_FOLLOWUP_POLL_MS=2000 and -Dkernebot.outbox.poll-ms=2000, and
#                                         the working window open (KERNEBOT_FOLLOWUP_START/END outside weekdays 08-16).
#   scripts/playground-drive.sh leader    a leader named in an institution file (by Entra id) gets the group's
#                                         question in the 1:1 chat and the answer appears in the group chat
#                                         (screenshots in build/playground/screens-leader). Needs the bot started with
#                                         KERNEBOT_AUTHENTICATION=off KERNEBOT_ADMINS=00000000-0000-0000-0000-000000000020 KERNEBOT_ADMIN_KEY=playground-admin-key-0123456789abcdef
#                                         from this checkout (it edits ./data/kernebot.db, or KERNEBOT_DB_FILE).
#   scripts/playground-drive.sh english   Kernebot in an English Teams (start the Playground with PLAYGROUND_LOCALE=en-US):
#                                         help, a reflection card, the start of a session, "end session" and the action
#                                         plan, every card read for Danish (screenshots en-*.png in
#                                         build/playground/screens-english)
#   scripts/playground-drive.sh privacy   the welcome card's lines on personal data and the "privatliv" card, in the
#                                         personal chat and the group chat (screenshots in build/playground/screens-privacy)
# PLAYGROUND_URL  the Playground (default http://localhost:56150)
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
cp "$root/scripts/playground/drive.mjs" "$root/scripts/playground/session.mjs" "$root/scripts/playground/reminder.mjs" \
   "$root/scripts/playground/leader.mjs" "$root/scripts/playground/privacy.mjs" "$root/scripts/playground/ui.mjs" \
   "$root/scripts/playground/english.mjs" "$root/scripts/playground/kvalitet.mjs" "$root/scripts/playground/laereplan.mjs" \
   "$root/build/playground/"
cd "$root/build/playground"
case "${1:-}" in
  session) node session.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens" ;;
  kvalitet) node kvalitet.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-kvalitet" \
              "${KERNEBOT_DB_FILE:-$root/data/kernebot.db}" "${BOT_ENDPOINT:-http://localhost:3978/api/messages}" ;;
  laereplan) node laereplan.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-laereplan" ;;
  reminder) node reminder.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-reminder" \
              "${KERNEBOT_DB_FILE:-$root/data/kernebot.db}" ;;
  leader) node leader.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-leader" \
            "${KERNEBOT_DB_FILE:-$root/data/kernebot.db}" ;;
  english) node english.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-english" ;;
  privacy) node privacy.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground/screens-privacy" ;;
  "") node drive.mjs "${PLAYGROUND_URL:-http://localhost:56150}" "$root/build/playground-shots" ;;
  *) echo "usage: $0 [session|kvalitet|laereplan|reminder|leader|privacy|english]" >&2; exit 2 ;;
esac
