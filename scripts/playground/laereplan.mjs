// Runs the evaluation of the pædagogiske læreplan in the Agents Playground's group chat (Stue Solsikken), headless,
// as Anne Hansen (the Playground's current user and so the ordstyrer), with a screenshot after every step:
//   start læreplansevaluering → Anne chooses "Kommunikation og sprog" → the three moves: what we wanted (Anne, and
//   one noted for Bo Jensen from the roster), what we see (noted for Grethe, in the room without Teams), what it
//   means and what we change (two changes) → the evaluation text drafted from the moves, without names, and
//   corrected by Anne → the summary's form makes the two changes handleplan actions → "Afslut og gem" → the
//   handleplan shows them, and its Markdown export carries the evaluation text, ready to publish.
// Exits non-zero, saying what was missing, if an expected text never appears or something reads as an error.
// Expects the bot started with KERNEBOT_AUTHENTICATION=off and the Playground in da-DK (scripts/playground.sh).
// Usage: node laereplan.mjs [playground URL] [screenshot folder]
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-laereplan';
const steps = 6;

const { page, lastCard, fail, shot, see, say, press, fill } = await launch(shots, { height: 2200 });
const stepCard = (n) => page.locator('.fai-OutputCard').filter({ hasText: `Trin ${n} af ${steps}` }).last();

async function noErrors(what) {
  for (const text of ['Beklager, der gik noget galt', 'Den knap kan jeg ikke bruge']) {
    if (await page.getByText(text).count()) await fail(`${what}: the bot answered with an error`);
  }
}

/** "Næste trin" on step `from` (behind "Mere" when the card has more buttons than fit), and the new card. */
async function next(from) {
  const before = await page.locator('.fai-OutputCard').count();
  const card = stepCard(from);
  if (!await card.getByRole('button', { name: 'Næste trin', exact: true }).count()) await press('Mere', card);
  await press('Næste trin', card);
  await page.waitForFunction((n) => document.querySelectorAll('.fai-OutputCard').length > n, before,
    { timeout: 15000 }).catch(() => fail(`"Næste trin" on step ${from} posted no new card`));
  await page.waitForTimeout(800);
}

/** Picks an option of the last compact Input.ChoiceSet in `scope` (the Playground renders a Fluent combobox). */
async function choose(option, scope) {
  await scope.getByRole('combobox').last().click();
  await page.getByRole('option', { name: option, exact: true }).last().click();
  await page.waitForTimeout(300);
}

/**
 * Writes one contribution on step n's card: its text, its category when the step has several (a radio button by
 * its title), and who said it when Anne notes it for someone else in the room (from the roster, or a typed name).
 */
async function write(n, text, { category, pick, name } = {}) {
  await press('Skriv et bidrag', stepCard(n));
  if (category) await stepCard(n).getByText(category, { exact: true }).last().click();
  await fill('Teksten', text, stepCard(n));
  if (pick) await choose(pick, stepCard(n));
  if (name) await fill('Eller skriv navnet på en, der ikke er i Teams', name, stepCard(n));
  await press('Gem', stepCard(n));
  await see(text, `"${text}" is on step ${n}'s card`, stepCard(n));
  const who = pick || name;
  if (who) await see(`Fra ${who} (noteret af Anne Hansen)`, `it is ${who}'s, noted by Anne`, stepCard(n));
  await noErrors(`step ${n}`);
}

// ---------------------------------------------------------------------------------------------------------------

await page.goto(url, { waitUntil: 'domcontentloaded' });
await page.getByText('Stue Solsikken', { exact: true }).first().click({ force: true });
await page.waitForTimeout(1500);

await say('start læreplansevaluering');
await page.waitForTimeout(1000);
if (await lastCard().getByText('I har allerede et forløb i gang').count()) {
  console.log('note: an earlier session was open; starting over');
  await press('Afslut det, og start forfra');
}
await see(`Trin 1 af ${steps}: Læreplanstemaet`, 'step 1: the theme');
await see('mindst hvert andet år', 'the step says what the dagtilbudslov asks', stepCard(1));
await see('Ordstyreren Anne Hansen vælger', 'the ordstyrer chooses the theme', stepCard(1));

// The ShowCard button and the submit inside it are both "Vælg temaet": the first opens, the last sends.
await press('Vælg temaet', stepCard(1), { which: 'first' });
await stepCard(1).getByText('Kommunikation og sprog', { exact: true }).last().click();
await press('Vælg temaet', stepCard(1), { which: 'last' });
await see('I evaluerer temaet Kommunikation og sprog (valgt af Anne Hansen)', 'the theme is chosen', stepCard(1));
await noErrors('theme');
await shot('tema', stepCard(1));

// The first move: what we wanted.
await next(1);
await see(`Trin 2 af ${steps}: Det ville vi`, 'step 2: what we wanted');
await write(2, 'Alle børn skulle have en voksen at tale med hver dag, også de stille.');
await write(2, 'Sproget skulle leve i hverdagen: ved måltidet, i garderoben og på legepladsen.', { pick: 'Bo Jensen' });
await see('Det, I har skrevet', 'the list is what the group wrote, not notes and goals', stepCard(2));
await shot('formaal', stepCard(2));

// The second move: what we see in the documentation the staff brought.
await next(2);
await see(`Trin 3 af ${steps}: Det ser vi`, 'step 3: what we see');
await write(3, 'Praksisfortællingerne viser, at de stille børn sjældent får ordet ved frokosten.', { name: 'Grethe' });
await write(3, 'Sprogvurderingerne viser fremgang hos de børn, der er med i højtlæsningsgrupperne.');
await shot('dokumentation', stepCard(3));

// The third move: what it means, and what we change.
await next(3);
await see(`Trin 4 af ${steps}: Det betyder det – og det ændrer vi`, 'step 4: what it means and what we change');
await write(4, 'De stille børn taler mere, når de er få sammen med en voksen.',
  { category: 'Det betyder det for børnene og for vores praksis' });
await write(4, 'Vi læser højt i små grupper efter frokost.',
  { category: 'Det ændrer vi (kan blive en handling i handleplanen)' });
await write(4, 'Vi laver en sprogkuffert til hver stue.',
  { category: 'Det ændrer vi (kan blive en handling i handleplanen)', pick: 'Bo Jensen' });
await see('Det ændrer vi: Vi læser højt i små grupper efter frokost.', 'a change is shown as one', stepCard(4));
await shot('analyse', stepCard(4));

// The evaluation text, drafted from the three moves, without the names of who wrote what; Anne corrects it.
await next(4);
await see(`Trin 5 af ${steps}: Evalueringen til offentliggørelse`, 'step 5: the text to publish');
const text = stepCard(5);
await see('Evaluering af den pædagogiske læreplan: Kommunikation og sprog', 'the text\'s heading', text);
await see('med fokus på temaet "Kommunikation og sprog"', 'the text\'s opening', text);
await see('Det ser vi: Praksisfortællingerne viser', 'what we see is in the text', text);
await see('Det ændrer vi: Vi læser højt i små grupper efter frokost. Vi laver en sprogkuffert til hver stue.',
  'both changes are in the text', text);
const drafted = await text.innerText();
for (const name of ['Bo Jensen', 'Grethe', 'Anne Hansen']) {
  const body = drafted.slice(drafted.indexOf('Evaluering af den pædagogiske læreplan:'), drafted.indexOf('Teksten er skrevet'));
  if (body.includes(name)) await fail(`the evaluation text names ${name}`);
}
console.log('ok: the drafted text names nobody');
await shot('tekst-udkast', text);
await press('Ret teksten', text);
const input = text.getByLabel('Evalueringsteksten', { exact: false }).last();
await input.waitFor({ state: 'visible', timeout: 10000 }).catch(() => fail('no field "Evalueringsteksten"'));
const value = await input.inputValue();
await input.fill(value.replace('efter frokost.', 'efter frokost, så alle får ordet.'));
await press('Gem teksten', text);
await see('Teksten er rettet af Anne Hansen.', 'the text is corrected by Anne', text);
await see('så alle får ordet', 'the correction is in the text', text);
await noErrors('text');
await shot('tekst', text);

// The summary: the theme, the text, and the form that makes what we change actions on the handleplan.
await next(5);
await see(`Trin 6 af ${steps}: Opsamling`, 'step 6: the summary');
const summary = stepCard(6);
await see('Fra evalueringen til handleplanen', 'the form from the evaluation to the handleplan', summary);
await see('så alle får ordet', 'the corrected text in the summary', summary);
await see('Evaluer læreplanen igen senest', 'the summary says when to evaluate again', summary);
const due = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
const owners = ['Anne Hansen', 'Bo Jensen'];
// One row per change: an owner (a Fluent combobox) and a due date (a date picker that takes typed text).
const ownerBoxes = summary.locator('input.fui-Combobox__input');
const dates = summary.locator('input[aria-haspopup=dialog]');
if (await ownerBoxes.count() !== owners.length) {
  await fail(`the form has ${await ownerBoxes.count()} rows, not one per change (${owners.length})`);
}
for (let i = 0; i < owners.length; i++) {
  await ownerBoxes.nth(i).click();
  await page.getByRole('option', { name: owners[i], exact: true }).last().click();
  await dates.nth(i).fill(due);
  await dates.nth(i).press('Tab');
}
await shot('opsamling-formular', summary);
await press('Læg i handleplanen', summary);
await see('2 handlinger fra evalueringen er lagt i handleplanen', 'the two changes are actions', summary);
await see('ansvarlig: Bo Jensen', 'the action has its owner', summary);
await noErrors('plan');
await shot('opsamling', summary);
await press('Afslut og gem', summary);
await see('Evalueringsteksten er med i handleplanen', 'the saved session points at the handleplan\'s export', page,
  15000, 'last');
if (await page.getByText('for at hente pladen').count()) await fail('the læreplan evaluation points at a board it has not');
await noErrors('complete');

// The handleplan has the actions, and its export the text, ready to publish.
await say('handleplan');
await see('Vi laver en sprogkuffert til hver stue', 'the action is on the handleplan', lastCard());
await shot('handleplan');
await press('Hent handleplanen', lastCard());
// The Playground renders an Action.OpenUrl as a link whose title is its address.
const href = await lastCard().getByRole('link', { name: 'Hent som tekstfil', exact: true }).getAttribute('title')
  .catch(() => null);
if (!href) await fail('no "Hent som tekstfil" link on the handleplan card');
const response = await page.request.get(href);
const markdown = await response.text();
if (response.status() !== 200 || !markdown.includes('## Evaluering af den pædagogiske læreplan: Kommunikation og sprog')
    || !markdown.includes('så alle får ordet')) {
  await fail(`the handleplan's export (${href}, ${response.status()}) has no evaluation text`);
}
console.log('ok: the handleplan\'s export has the corrected evaluation text');
await page.context().close();
console.log(`the læreplan evaluation ran end to end; screenshots in ${shots}`);
