// Kernebot in an English Teams: the Agents Playground started with PLAYGROUND_LOCALE=en-US, headless. Help and a
// reflection card answered in the personal chat; in the group chat help, "start core task", a proposal, "end
// session" (it asks first) and the empty action plan. Every card on screen is read for Danish (æ, ø, å and common
// Danish words); the script stops with "FAILED" if it finds any, or if an expected English text never appears.
// Screenshots (en-*.png) land in the folder given.
// Usage: node english.mjs [playground URL] [screenshot folder]
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-english';

const ui = await launch(shots, { height: 1300, numbered: false });
const { page, fail, open, lastCard, press, fill } = ui;
const see = (text, what) => ui.see(text, what, page, 15000, 'last');
const say = (text, mention) => ui.say(text, { mention });

// Words that only a Danish text has (a short list from docs/ordliste.md's "Danske ord"); names are not read.
const DANISH = new Set(['og', 'ikke', 'jeres', 'vores', 'jer', 'dig', 'din', 'dit', 'du', 'vi', 'det', 'den', 'der',
  'som', 'eller', 'har', 'skal', 'kan', 'til', 'med', 'af', 'fra', 'efter', 'hvad', 'hvor', 'hvem', 'også', 'nu',
  'ingen', 'alle', 'gem', 'træk', 'næste', 'tilbage', 'skriv', 'vælg', 'hent', 'vis', 'kort', 'svar', 'leder',
  'mål', 'handling', 'handleplan', 'handleplanen', 'kerneopgave', 'pladen', 'fortsæt', 'afslut', 'hjælp',
  'spørgsmål', 'bobler', 'forløb', 'forløbet', 'samtale', 'frist', 'ansvarlig', 'tema', 'kortsæt', 'trin']);
const NAMES = new Set(['kernebot', 'anne', 'hansen', 'bo', 'jensen', 'carla', 'nielsen']);

/** Fails if any card on screen reads as Danish; says which words. */
async function noDanish(what) {
  const texts = await page.locator('.fai-OutputCard').allInnerTexts();
  const found = new Set();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!NAMES.has(word) && (/[æøå]/.test(word) || DANISH.has(word))) found.add(word);
    }
  }
  if (found.size) await fail(`${what}: Danish on screen: ${[...found].join(', ')}`);
  console.log(`ok: ${what}: no Danish`);
}

async function shot(name, what) {
  await noDanish(what);
  await ui.shot(name);
}

await page.goto(url, { waitUntil: 'domcontentloaded' });

await open('Personal Chat');
await say('help', false);
await see('What Kernebot can do', 'the English help in the personal chat');
await see('start core task', 'the help names "start core task"');
await see('continue', 'the help names "continue"');
await shot('en-help', 'help');
await say('card', false);
await see('Reflection card', 'a reflection card in English');
await press('Save our answer');
await page.getByPlaceholder("Write the group's answer here").last().fill('We played outside and talked about it afterwards.');
await press('Save the answer');
await see('Saved by', 'the answer is saved');
await shot('en-reflection', 'reflection card');

await open('Stue Solsikken');
await say('start core task', true);
await page.waitForTimeout(1000);
if (await lastCard().getByText('You already have a session under way').count()) {
  console.log('note: an earlier session was open; starting over');
  await press('End it and start over');
}
await see('Step 1 of 6', 'the first step in English');
await shot('en-session-frame', 'the frame');
await press('Next step');
await see('Step 2 of 6', 'the proposals step');
await press('Give your proposal');
await fill('This is how I would word our core task', 'We give every child a safe and playful day.');
await press('Save');
await see('Have contributed', 'the proposal is saved');
await shot('en-session-proposals', 'the proposals step');
await say('end session', true);
await see('Do you want to end the session now?', 'ending early asks first');
await shot('en-session-end', 'the question before ending');
await press('Yes, end now');
await see('The session was ended early', 'the summary after ending');
await shot('en-session-summary', 'the summary');
await say('action plan', true);
await see('Action plan', 'the action plan');
await shot('en-handleplan', 'the action plan');

await ui.close();
