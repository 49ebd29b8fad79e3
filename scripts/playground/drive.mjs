// Tries Kernebot in the Agents Playground the way a person would, headless, and saves screenshots:
// help + a reflection card answered in the personal chat, help and "Next card" in the group chat,
// help in a channel. scripts/playground.sh makes the Playground send da-DK, as a Danish Teams does, so Kernebot
// answers in Danish. Exits non-zero (saying what was missing) if an expected text never appears.
// Usage: node drive.mjs [playground URL] [screenshot folder]
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground-shots';
mkdirSync(shots, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kernebot-pg-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
await context.route(/cdn\.office\.net/, (route) => route.abort());
const page = context.pages()[0] || await context.newPage();

async function see(text, what) {
  try {
    await page.getByText(text).last().waitFor({ timeout: 15000 });
    console.log(`ok: ${what}`);
  } catch (e) {
    await page.screenshot({ path: join(shots, 'failure.png') });
    console.error(`MISSING: ${what} (no "${text}" on screen; see ${join(shots, 'failure.png')})`);
    process.exit(1);
  }
}

async function open(conversation) {
  await page.getByText(conversation, { exact: true }).first().click({ force: true });
  await page.waitForTimeout(1500);
}

/** Types a command; in group chats and channels it first @mentions the bot, as Teams requires. */
async function say(text, mention) {
  // In a channel the first editor starts a new post; the others reply in threads.
  const box = page.locator('[data-lexical-editor=true]').first();
  await box.click();
  if (mention) {
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: 'Kernebot' }).first().click();
    await page.keyboard.type(' ');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function shot(name) {
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

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
  console.error(`MISSING: "Næste kort" should replace the card in place (cards before ${before}, after ${after})`);
  process.exit(1);
}
console.log('ok: next card replaced the card in place');
await shot('4-group-next');

await open('General');
await say('hjælp', true);
await see('Det kan Kernebot', 'help card in the channel');
await shot('5-channel-help');

await context.close();
console.log(`screenshots in ${shots}`);
