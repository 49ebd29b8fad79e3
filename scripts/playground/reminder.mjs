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
// and the window open now (KERNEBOT_FOLLOWUP_START/END outside weekdays 08–16 Danish time).
// Exits non-zero, saying what was missing, if an expected text never appears.
// Usage: node reminder.mjs [playground URL] [screenshot folder] [SQLite file]
//   REMINDER_LEAD_DAYS  the bot's kernebot.followup.lead-working-days (default 3)
import { execFileSync } from 'child_process';
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-reminder';
const db = process.argv[4] || 'data/kernebot.db';
const lead = Number(process.env.REMINDER_LEAD_DAYS || 3);

// Today in Danish time, and the due date `lead` working days (Monday–Friday) ahead. Public holidays are not
// counted here; on the days around one, set REMINDER_LEAD_DAYS to match.
const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
const due = new Date(today);
for (let left = lead; left > 0;) {
  due.setDate(due.getDate() + 1);
  if (due.getDay() !== 0 && due.getDay() !== 6) left--;
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
