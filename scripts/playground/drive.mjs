// Tries Kernebot in the Agents Playground the way a person would, headless, and saves screenshots:
// help + a reflection card answered in the personal chat, help and "Next card" in the group chat,
// help in a channel. scripts/playground.sh makes the Playground send da-DK, as a Danish Teams does, so Kernebot
// answers in Danish. Exits non-zero (saying what was missing) if an expected text never appears.
// Usage: node drive.mjs [playground URL] [screenshot folder]
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground-shots';

const ui = await launch(shots, { height: 1000, numbered: false });
const { page, fail, open } = ui;
/** The newest match anywhere on the page: the card checked may be an older one updated in place. */
const see = (text, what) => ui.see(text, what, page, 15000, 'last');
/** The screenshots keep their names (the README shows one of them). */
const shot = (name) => ui.shot(name, null);
const say = (text, mention) => ui.say(text, { mention, answer: false });

await page.goto(url, { waitUntil: 'domcontentloaded' });

await open('Personal Chat');
await say('hjælp', false);
await see('Det kan Kernebot', 'help card in the personal chat');
await shot('1-personal-help');
await say('kort leg', false);
await see('Refleksionskort · Leg', 'reflection card in the personal chat');
await page.getByText('Gem vores svar').last().click();
await page.getByPlaceholder('Skriv gruppens svar her').last().fill('Vi var med i rollelegen i tirsdags.');
await page.getByText('Gem svaret').last().click();
await see('Gemt af', 'saved answer shown in the card');
await shot('2-personal-answer');

await open('Stue Solsikken');
await say('hjælp', true);
await see('Det kan Kernebot', 'help card in the group chat');
await shot('3-group-help');
await say('kort', true);
await see('Refleksionskort ·', 'reflection card in the group chat');
const before = await page.locator('text=/^Trukket af/').count();
await page.getByText('Næste kort').last().click();
await page.waitForTimeout(2500);
const after = await page.locator('text=/^Trukket af/').count();
if (after !== before) {
  await fail(`"Næste kort" should replace the card in place (cards before ${before}, after ${after})`);
}
console.log('ok: next card replaced the card in place');
await shot('4-group-next');

await open('General');
await say('hjælp', true);
await see('Det kan Kernebot', 'help card in the channel');
await shot('5-channel-help');

await ui.close();
