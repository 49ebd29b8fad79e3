// Shows a leader named in an institution's file (by Entra object id only) getting the group's question, in the
// Agents Playground, headless, as Anne Hansen (the current user, who is both the admin and the file's leader):
//   the script puts an institution file naming Anne as leader through the admin API → "institution <id>" links
//   the group chat "Stue Solsikken" → "leder" shows Anne "(udpeget for hele institutionen)" → a question is raised
//   → Kernebot finds Anne: from her 1:1 chat if she has written to it before, else it asks Teams for the member
//   by Entra id (the Playground's connector only knows Teams ids and answers 404, so then "spørgsmål" says the
//   leader has not written to Kernebot yet, and the question goes out the moment she writes to it) → the question
//   card arrives in Anne's 1:1 chat → "Svar" → the answer appears in the group chat.
// The Playground tells the bot about Anne's 1:1 chat when it starts, so to show the path where Teams cannot find
// the leader, the script first makes the bot forget that chat (in its SQLite file, the third argument).
// Expects the bot started with KERNEBOT_AUTHENTICATION=off KERNEBOT_ADMINS=00000000-0000-0000-0000-000000000020 and an admin key, e.g.
//   KERNEBOT_AUTHENTICATION=off KERNEBOT_ADMINS=00000000-0000-0000-0000-000000000020 KERNEBOT_ADMIN_KEY=playground-admin-key-0123456789abcdef mvn spring-boot:run
// Exits non-zero, saying what was missing, if an expected text never appears.
// Usage: node leader.mjs [playground URL] [screenshot folder] [SQLite file]
//   BOT_URL            the bot (default http://localhost:3978)
//   KERNEBOT_ADMIN_KEY the admin key the bot was started with (default playground-admin-key-0123456789abcdef)
import { execFileSync } from 'child_process';
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-leader';
const db = process.argv[4] || 'data/kernebot.db';
const bot = process.env.BOT_URL || 'http://localhost:3978';
const adminKey = process.env.KERNEBOT_ADMIN_KEY || 'playground-admin-key-0123456789abcdef';
const anneAad = '00000000-0000-0000-0000-000000000020';

const now = new Date();
const tag = `${now.getHours()}${String(now.getMinutes()).padStart(2, '0')}${String(now.getSeconds()).padStart(2, '0')}`;
const institutionId = `playground-${tag}`;
const question = `Må vi tage børnene med i svømmehallen om vinteren ${tag}?`;
const answer = `Ja, når der er to voksne med pr. fem børn ${tag}.`;

const file = {
  id: institutionId,
  name: 'Børnehuset Solsikken',
  kerneopgave: { da: 'Vi skaber trygge fællesskaber, hvor alle børn trives, leger og lærer.' },
  vaerdisaet: [{ id: 'faellesskab', name: { da: 'Fællesskab' }, description: { da: 'Alle børn skal høre til.' } }],
  leaders: [{ aadObjectId: anneAad, name: 'Anne Hansen' }],
};
const put = await fetch(`${bot}/admin/institutions`, {
  method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-Admin-Key': adminKey }, body: JSON.stringify(file),
});
if (put.status !== 201) {
  console.error(`FAILED: putting the institution file answered ${put.status}: ${await put.text()}`);
  process.exit(1);
}
console.log(`ok: institution ${institutionId} with Anne as its leader is in Kernebot`);

const { page, cards, lastCard, fail, shot, see, open, say, press, fill, close } = await launch(shots);
const questionCard = () => cards().filter({ hasText: 'Spørgsmål til dig som leder' }).filter({ hasText: question }).last();

// ---------------------------------------------------------------------------------------------------------------

await page.goto(url, { waitUntil: 'domcontentloaded' });
await open('Stue Solsikken');

await say(`institution ${institutionId}`);
// In a fresh Playground the bot's welcome card may arrive after the answer, so look for the institution card.
await see('Denne chat hører nu til Børnehuset Solsikken', 'the group chat is linked to the institution',
  cards().filter({ hasText: 'Jeres institution' }).last());
await say('leder');
await see('Anne Hansen (udpeget for hele institutionen)', 'the leader card shows the file\'s leader');
await shot('group-leaders', lastCard());

const forgotten = execFileSync('sqlite3', ['-cmd', '.timeout 10000', db,
  `DELETE FROM personal_chat WHERE aad_id = '${anneAad}'; SELECT changes();`], { encoding: 'utf8' }).trim();
console.log(`ok: the bot forgot Anne's 1:1 chat (${forgotten} row), so it must find her through Teams`);

await say(`spørgsmål ${question}`);
await see('sendt til Anne Hansen', 'the question goes to the file\'s leader');
await page.waitForTimeout(4000); // the sender's poll
await say('spørgsmål');
await see('Lederen har ikke skrevet til Kernebot endnu', 'the Playground could not find Anne by Entra id (real Teams '
  + 'can), so the list says the leader has not written to Kernebot yet');
await shot('group-questions', lastCard());

await open('Personal Chat');
await say('hej', { mention: false });
console.log('ok: Anne wrote to Kernebot in her 1:1 chat');
try {
  await questionCard().waitFor({ state: 'visible', timeout: 30000 });
  console.log('ok: the question card arrived in Anne\'s 1:1 chat');
} catch (e) {
  await fail('no question card in Anne\'s 1:1 chat within 30 s');
}
await shot('personal-question', questionCard());

const card = questionCard();
await press('Svar', card, { which: 'first', wait: 500 });
await fill('Dit svar til gruppen', answer, card);
await press('Send svaret', card, { which: 'first', wait: 2000 });
await see('Besvaret af Anne Hansen', 'the leader\'s card shows the answer is given', cards().filter({ hasText: question }).last());
await shot('personal-answered', cards().filter({ hasText: question }).last());

await open('Stue Solsikken');
await page.waitForTimeout(4000); // the sender's poll
await see(answer, 'the answer appears in the group chat', page.locator('body'), 20000);
await shot('group-answer', null);

await close();
