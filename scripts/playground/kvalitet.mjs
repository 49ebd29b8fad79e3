// Runs the whole kvalitetssamtale in the Agents Playground's group chat (Stue Solsikken), headless, with a
// screenshot after every step: Anne Hansen (the Playground's current user) takes the chef's role and records the
// parent from the bestyrelse, who is in the room without Teams; a goal is proposed under the first agenda point; the
// agreement step says that nobody holds the dagtilbudsleder's role; Anne answers "Aftalt"; Bo Jensen takes the role
// and agrees; the step shows the agreement, the summary names the parent as in the room without Teams, and
// "Afslut og gem" puts the one agreed goal into the handleplan.
// The Playground acts as its current user only, so Bo Jensen's two clicks are sent to the bot's endpoint directly,
// as Teams would send them from his client (the bot accepts them without a token in local mode only).
// Usage: node kvalitet.mjs [playground URL] [screenshot folder] [kernebot.db] [bot endpoint]
import { execFileSync } from 'child_process';
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-kvalitet';
const db = process.argv[4] || 'data/kernebot.db';
const endpoint = process.argv[5] || 'http://localhost:3978/api/messages';
const chatId = '19:kernebot-gruppechat@thread.v2';

const { page, lastCard, fail, shot, see, say, press, fill } = await launch(shots, { height: 2200 });
const stepCard = (n) => page.locator('.fai-OutputCard').filter({ hasText: `Trin ${n} af 11` }).last();

async function noErrors(what) {
  if (await page.getByText('Beklager, der gik noget galt').count()) await fail(`${what}: the bot answered with an error`);
}

async function next(from) {
  const before = await page.locator('.fai-OutputCard').count();
  const card = stepCard(from);
  if (!await card.getByRole('button', { name: 'Næste trin', exact: true }).count()) await press('Mere', card);
  await press('Næste trin', card);
  await page.waitForFunction((n) => document.querySelectorAll('.fai-OutputCard').length > n, before,
    { timeout: 15000 }).catch(() => fail(`"Næste trin" on step ${from} posted no new card`));
  await page.waitForTimeout(800);
}

function sql(query) {
  return execFileSync('sqlite3', ['-cmd', '.timeout 10000', db, query], { encoding: 'utf8' }).trim();
}

/** A click on a card as Bo Jensen, sent the way Teams sends an Action.Execute from his client. */
async function asBo(data) {
  const serviceUrl = sql(`SELECT service_url FROM conversation WHERE id = '${chatId}'`);
  const tenant = sql(`SELECT tenant_id FROM conversation WHERE id = '${chatId}'`);
  const activity = {
    type: 'invoke', name: 'adaptiveCard/action', id: `bo-${Date.now()}`, channelId: 'msteams', serviceUrl,
    timestamp: new Date().toISOString(), locale: 'da-DK',
    from: { id: 'user-id-1', name: 'Bo Jensen', aadObjectId: '00000000-0000-0000-0000-000000000021' },
    recipient: { id: '00000000-0000-0000-0000-000000000011', name: 'Kernebot' },
    conversation: { id: chatId, conversationType: 'groupChat', isGroup: true, tenantId: tenant },
    channelData: { tenant: { id: tenant } },
    value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
  };
  const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity) });
  const body = await response.text();
  if (!response.ok) await fail(`Bo's click ${data.verb} answered ${response.status}: ${body}`);
  return body;
}

// ---------------------------------------------------------------------------------------------------------------

await page.goto(url, { waitUntil: 'domcontentloaded' });
await page.getByText('Stue Solsikken', { exact: true }).first().click({ force: true });
await page.waitForTimeout(1500);

await say('start kvalitetssamtale');
await page.waitForTimeout(1000);
if (await lastCard().getByText('I har allerede et forløb i gang').count()) {
  console.log('note: an earlier session was open; starting over');
  await press('Afslut det, og start forfra');
}
await see('Trin 1 af 11: Dagsorden og roller', 'step 1: agenda and roles');
await see('forældrerepræsentanten fra bestyrelsen', 'the roles step says how to record someone without Teams');
const sessionId = sql(`SELECT id FROM guided_session WHERE conversation_id = '${chatId}' AND status = 'ACTIVE' `
  + `AND process_id = 'kvalitetssamtale' ORDER BY started_at DESC LIMIT 1`);
if (!sessionId) await fail('no active kvalitetssamtale in the database');

// Anne is the chef.
await press('Vælg rolle', stepCard(1));
await stepCard(1).getByText('Dagtilbudschef', { exact: true }).last().click();
await press('Gem', stepCard(1));
await see('Fra Anne Hansen', 'Anne took the chef\'s role', stepCard(1));
// The parent from the bestyrelse, in the room without Teams, recorded by Anne.
await press('Vælg rolle', stepCard(1));
await stepCard(1).getByText('Bestyrelsesrepræsentant', { exact: true }).last().click();
await fill('Eller skriv navnet på en, der ikke er i Teams', 'Grethe Holm', stepCard(1));
await press('Gem', stepCard(1));
await see('Fra Grethe Holm', 'the parent is recorded by name and role', stepCard(1));
await noErrors('roles');
await shot('roles-with-parent', stepCard(1));

// A goal proposed under the first agenda point.
await next(1);
await see('Trin 2 af 11: Den pædagogiske læreplan', 'step 2: the first agenda point');
await press('Skriv et bidrag', stepCard(2));
await stepCard(2).getByText('Et forslag til mål', { exact: true }).last().click();
await fill('Teksten', 'Læreplanen er med på hvert personalemøde', stepCard(2));
await press('Gem', stepCard(2));
await see('Læreplanen er med på hvert personalemøde', 'the goal proposal is on the card', stepCard(2));
await shot('goal-proposed', stepCard(2));

for (let n = 2; n <= 9; n++) await next(n);
await see('Trin 10 af 11: Aftale om målene', 'step 10: the agreement');
await see('Ingen har rollen Dagtilbudsleder endnu', 'the step says the dagtilbudsleder\'s role is not held', stepCard(10));
await see('Venter på svar fra Dagtilbudschef og Dagtilbudsleder', 'the proposal waits for both', stepCard(10));
await shot('agreement-missing-role', stepCard(10));

// "Næste trin" is refused while the proposal is undecided.
if (!await stepCard(10).getByRole('button', { name: 'Næste trin', exact: true }).count()) await press('Mere', stepCard(10));
await press('Næste trin', stepCard(10));
// The refusal names what is missing first: nobody holds the dagtilbudsleder's role (the card's note, shown twice now).
if (await stepCard(10).getByText('Ingen har rollen Dagtilbudsleder endnu').count() < 2) {
  await fail('"Næste trin" was not refused with the missing role');
}
if (await page.getByText('Trin 11 af 11').count()) await fail('"Næste trin" moved on past undecided proposals');
console.log('ok: "Næste trin" is refused while the proposal is undecided');

await press('Aftalt', stepCard(10).locator('.ac-container').filter({ hasText: 'Læreplanen er med' }).last());
await see('Anne Hansen (Dagtilbudschef): aftalt', 'Anne\'s answer is on the card', stepCard(10));
await shot('agreement-chef-answered', stepCard(10));

// Bo Jensen takes the dagtilbudsleder's role from the step ("Tag en rolle") and agrees.
await asBo({ verb: 'session.takeRole', sessionId, stepId: 'aftale', role: 'DAGTILBUDSLEDER' });
const proposal = sql(`SELECT id FROM session_entry WHERE session_id = '${sessionId}' AND category = 'GOAL' `
  + `AND status = 'ACTIVE' LIMIT 1`);
const drawn = JSON.parse(await asBo({ verb: 'session.page', sessionId, stepId: 'aftale', page: 1 }));
const seen = JSON.stringify(drawn).match(/"seen":"([0-9a-f]+)"/);
if (!seen) await fail('no fingerprint on the agreement card Bo got back');
await asBo({ verb: 'session.decide', sessionId, stepId: 'aftale', proposalId: proposal, seen: seen[1], outcome: 'AGREED' });
console.log('ok: Bo Jensen took the role and agreed (sent to the bot directly)');

// Anne brings the step up again: the goal is agreed by both.
await say('fortsæt');
await see('Aftalt af Anne Hansen (Dagtilbudschef) og Bo Jensen (Dagtilbudsleder).', 'the goal is agreed by both', stepCard(10));
await shot('agreement-agreed', stepCard(10));

await next(10);
await see('Trin 11 af 11: Handleplanen', 'step 11: the summary');
await see('Aftalt: Læreplanen er med på hvert personalemøde', 'the summary has the agreed goal', stepCard(11));
await see('Grethe Holm – Bestyrelsesrepræsentant (i rummet, uden Teams)', 'the summary names the parent', stepCard(11));
await shot('summary', stepCard(11));
await press('Afslut og gem', stepCard(11));
await see('Handleplanen har fået ét nyt mål', 'the one agreed goal is in the handleplan', page, 15000, 'last');
await noErrors('complete');
await shot('completed');
const external = sql(`SELECT count(*) FROM outbox WHERE lower(user_name) = 'grethe holm' OR user_id LIKE 'room:%'`);
if (external !== '0') await fail(`the parent without Teams has ${external} outbox rows`);
console.log('ok: nothing was queued for the parent without Teams');
await page.context().close();
console.log(`screenshots in ${shots}`);
