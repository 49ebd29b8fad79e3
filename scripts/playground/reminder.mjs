// Shows a handleplan follow-up reminder in the Agents Playground, headless, as Anne Hansen (the current user):
//   in the group chat "Stue Solsikken": a goal and two actions owned by Anne ("ansvarlig mig"), due so that the
//   "before" reminder (lead-working-days before the due date, default 3) is due today → the reminder cards arrive
//   in the group chat and in Anne's 1:1 chat → "På sporet" with a comment on the group's card for action A: the
//   card changes in place to the answer, who gave it and the comment, without buttons → "Færdig" on Anne's 1:1 card
//   for action B: that card changes in place too → a click on the stale 1:1 copy of A's reminder changes nothing
//   and turns that copy into the answered card → "handleplan" lists the actions.
// A reminder never goes out for a stage that came before the due date was set (the action was agreed at 13:00,
// its "before" stage began at 00:00), so the script moves the two new actions' scheduled_from back one day in the
// bot's SQLite file, as if they had been agreed yesterday. The planner (kernebot.followup.poll-ms) then queues the
// reminders and the sender (kernebot.outbox.poll-ms) delivers them inside the working window.
// Expects the bot started from this checkout (./data/kernebot.db) with short poll intervals, e.g.
//   KERNEBOT_FOLLOWUP_POLL_MS=2000 java -Dkernebot.outbox.poll-ms=2000 -jar target/kernebot-*.jar
// and the window open now (KERNEBOT_FOLLOWUP_START/END outside weekdays 08–16 Danish time). The bot counts the
// "before" stage in its own working days, so the script reads the same settings from the same variables
// (KERNEBOT_FOLLOWUP_DAYS, KERNEBOT_FOLLOWUP_CLOSED_DAYS, KERNEBOT_FOLLOWUP_LEAD_WORKING_DAYS): export them once for
// both. On a weekend, add the day: KERNEBOT_FOLLOWUP_DAYS=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY.
// On a Danish public holiday no "before" reminder can be due (the bot is always closed then); the script says so.
// Exits non-zero, saying what was missing, if an expected text never appears.
// Usage: node reminder.mjs [playground URL] [screenshot folder] [SQLite file]
//   REMINDER_LEAD_DAYS  an older name for KERNEBOT_FOLLOWUP_LEAD_WORKING_DAYS (default 3)
import { execFileSync } from 'child_process';
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-reminder';
const db = process.argv[4] || 'data/kernebot.db';
const env = process.env;
const lead = Number(env.KERNEBOT_FOLLOWUP_LEAD_WORKING_DAYS || env.REMINDER_LEAD_DAYS || 3);
const weekdays = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const openDays = (env.KERNEBOT_FOLLOWUP_DAYS || 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY')
  .split(',').map((d) => d.trim().toUpperCase());
const closedDays = (env.KERNEBOT_FOLLOWUP_CLOSED_DAYS || '--12-24,--12-31').split(',').map((d) => d.trim());

const sameDay = (a, b) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth()
  && a.getDate() === b.getDate();
/** Easter Sunday (Gregorian; Meeus, Jones and Butcher). */
function easter(year) {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451), n = h + l - 7 * m + 114;
  return new Date(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}
/** The bot's Danish public holidays (store bededag only until 2023). */
function holiday(day) {
  const y = day.getFullYear();
  const fixed = [[0, 1], [11, 25], [11, 26]].some(([m, d]) => day.getMonth() === m && day.getDate() === d);
  const offsets = [-3, -2, 0, 1, 39, 49, 50].concat(y <= 2023 ? [26] : []);
  return fixed || offsets.some((o) => { const e = easter(y); e.setDate(e.getDate() + o); return sameDay(e, day); });
}
const monthDay = (day) => `--${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
const workingDay = (day) => openDays.includes(weekdays[day.getDay()]) && !closedDays.includes(monthDay(day))
  && !holiday(day);

// Today in Danish time, and the due date `lead` of the bot's working days ahead: the bot counts back as many from
// the due date, which lands on today only when today is one of its working days.
const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
if (!workingDay(today)) {
  console.error(`FAILED: today (${weekdays[today.getDay()].toLowerCase()} ${monthDay(today)}) is no working day for the`
    + ' bot, so no "before" reminder can be due today. Start the bot and this script with KERNEBOT_FOLLOWUP_DAYS'
    + ' (and KERNEBOT_FOLLOWUP_CLOSED_DAYS) covering today; a Danish public holiday is always closed.');
  process.exit(1);
}
const due = new Date(today);
for (let left = lead; left > 0;) {
  due.setDate(due.getDate() + 1);
  if (workingDay(due)) left--;
}
const dueText = `${due.getDate()}/${due.getMonth() + 1}-${due.getFullYear()}`;
const tag = `${today.getHours()}${String(today.getMinutes()).padStart(2, '0')}${String(today.getSeconds()).padStart(2, '0')}`;
const actionA = `Sprogkufferter i garderoben ${tag}`;
const actionB = `Rim og remser ved frokosten ${tag}`;

const { page, cards, lastCard, fail, shot, see, open, say, press, close } = await launch(shots);
/** The reminder card for an action: the bot's card with the reminder heading and the action's text. */
const reminderCard = (action) => cards().filter({ hasText: 'Påmindelse · fristen er' }).filter({ hasText: action }).last();

async function waitForReminder(action, where) {
  try {
    await reminderCard(action).waitFor({ state: 'visible', timeout: 90000 });
    console.log(`ok: the reminder for "${action}" arrived in ${where}`);
  } catch (e) {
    await fail(`no reminder card for "${action}" in ${where} within 90 s`);
  }
}

/** Clicks a status button and gives the card time to change in place. */
async function click(card, title) {
  await press(title, card, { which: 'first', wait: 2000 });
}

async function noButtons(card, what) {
  for (const title of ['På sporet', 'Forsinket', 'Færdig', 'Brug for hjælp']) {
    if (await card.getByRole('button', { name: title, exact: true }).count()) {
      await fail(`${what}: the answered card still offers "${title}"`);
    }
  }
  console.log(`ok: ${what}: no status buttons left`);
}

// ---------------------------------------------------------------------------------------------------------------

await page.goto(url, { waitUntil: 'domcontentloaded' });
await open('Stue Solsikken');
// On a fresh install the welcome card comes through the outbox a poll later and would land after the first answer,
// where the checks below look; let it arrive first (a bot installed before sends none).
await cards().filter({ hasText: 'Hej! Jeg er Kernebot' }).first().waitFor({ state: 'visible', timeout: 10000 })
  .catch(() => {});

await say(`mål Flere sprogaktiviteter i hverdagen ${tag}`);
await see('er tilføjet', 'the goal is added');
await say(`handling ${actionA} ansvarlig mig frist ${dueText}`);
await see('Handlingen er tilføjet', `action A is added (due ${dueText})`);
await say(`handling ${actionB} ansvarlig mig frist ${dueText}`);
await see('Handlingen er tilføjet', `action B is added (due ${dueText})`);
await shot('group-actions-added', lastCard());

// As if both actions had been agreed yesterday: today's "before" stage is then due now.
const sql = `UPDATE plan_action SET scheduled_from = scheduled_from - 86400000 WHERE text IN ('${actionA}', '${actionB}');`
  + ' SELECT changes();';
const changed = execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, sql], { encoding: 'utf8' }).trim();
if (changed !== '2') await fail(`moving the two actions back a day changed ${changed} rows in ${db} (expected 2)`);
console.log('ok: the two actions now count as agreed yesterday');

// The planner's rows, from the bot's own outbox: none means the bot's calendar or lead days differ from the
// script's; rows waiting for later mean the working window is closed now. Either way the cards could never come.
const rowsSql = 'SELECT o.next_attempt_at FROM outbox o JOIN plan_action a ON o.dedupe_key LIKE \'followup:\' || a.id'
  + ` || ':%' WHERE a.text IN ('${actionA}', '${actionB}');`;
let queued = [];
for (let waited = 0; queued.length === 0 && waited < 30000; waited += 1000) {
  await page.waitForTimeout(1000);
  queued = execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, rowsSql], { encoding: 'utf8' }).trim()
    .split('\n').filter((line) => line).map(Number);
}
if (queued.length === 0) {
  await fail('the bot queued no reminder within 30 s: is KERNEBOT_FOLLOWUP_POLL_MS short, and do the bot and this'
    + ' script share KERNEBOT_FOLLOWUP_DAYS, KERNEBOT_FOLLOWUP_CLOSED_DAYS and KERNEBOT_FOLLOWUP_LEAD_WORKING_DAYS?');
}
const latest = Math.max(...queued);
if (latest > Date.now() + 60000) {
  await fail(`the reminders wait for the working window (${new Date(latest).toISOString()}): start the bot with`
    + ' KERNEBOT_FOLLOWUP_START/END covering now');
}
console.log(`ok: the bot queued ${queued.length} reminders`);

// The group's reminder for A: "På sporet" with a comment.
await waitForReminder(actionA, 'the group chat');
await waitForReminder(actionB, 'the group chat');
const groupA = reminderCard(actionA);
await see('Anne Hansen, hvordan går det?', 'the reminder asks the owner by name', groupA);
await shot('group-reminder', groupA);
const cardsBefore = await cards().count();
await groupA.getByLabel('Kommentar', { exact: false }).last().fill('Kufferterne er pakket, mangler bøger');
await click(groupA, 'På sporet');
const answeredA = cards().filter({ hasText: actionA }).filter({ hasText: 'svarede "på sporet"' }).last();
await see('Anne Hansen svarede "på sporet"', 'A\'s card shows the answer and who gave it', answeredA);
await see('Status: I gang', 'A\'s card shows the new status', answeredA);
await see('Kufferterne er pakket, mangler bøger', 'A\'s card shows the comment', answeredA);
await noButtons(answeredA, 'A\'s group card');
if (await cards().count() !== cardsBefore) await fail('"På sporet" posted a new card instead of changing it in place');
console.log('ok: A\'s card changed in place');
await shot('group-on-track', answeredA);

// Anne's 1:1 chat: B's copy, "Færdig".
await open('Personal Chat');
await waitForReminder(actionB, 'Anne\'s 1:1 chat');
await waitForReminder(actionA, 'Anne\'s 1:1 chat');
const personalB = reminderCard(actionB);
await shot('personal-reminders', personalB);
const personalBefore = await cards().count();
await click(personalB, 'Færdig');
const answeredB = cards().filter({ hasText: actionB }).filter({ hasText: 'meldte handlingen færdig' }).last();
await see('Anne Hansen meldte handlingen færdig', 'B\'s card shows "færdig" and who said so', answeredB);
await see('Status: Færdig', 'B\'s card shows the new status', answeredB);
await noButtons(answeredB, 'B\'s 1:1 card');
if (await cards().count() !== personalBefore) await fail('"Færdig" posted a new card instead of changing it in place');
console.log('ok: B\'s card changed in place');
await shot('personal-done', answeredB);

// A's 1:1 copy was already answered in the group: a click there changes nothing, and the stale copy (old status,
// buttons) becomes the answered card, in place.
await click(reminderCard(actionA), 'Færdig');
const staleA = cards().filter({ hasText: actionA }).last();
await see('Anne Hansen svarede "på sporet"', 'A\'s stale 1:1 copy now shows the group\'s answer', staleA);
await see('Status: I gang', 'A\'s stale 1:1 copy shows the status now (not "Færdig")', staleA);
await noButtons(staleA, 'A\'s 1:1 copy');
if (await cards().count() !== personalBefore) await fail('the stale copy\'s click posted a new card');
await shot('personal-already-answered', staleA);

// The handleplan agrees.
await open('Stue Solsikken');
await say('handleplan');
await see(actionA, 'the handleplan lists A');
await shot('group-handleplan', lastCard());

await close();
