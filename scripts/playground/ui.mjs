// What every Playground script does with the page: a headless Chromium on the Playground, screenshots, waiting
// for a text, opening a conversation, typing to the bot, pressing card buttons and filling card inputs. Each
// check prints "ok: ..." or stops the script with "FAILED: ..." and a screenshot of what was on screen.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * @param shots   the folder for screenshots (made if missing)
 * @param options viewport height (tall ones fit a whole step card), acceptDownloads, numbered (prefix "01-")
 */
export async function launch(shots, { height = 1400, acceptDownloads = false, numbered = true } = {}) {
  mkdirSync(shots, { recursive: true });
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kernebot-pg-')), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height },
    acceptDownloads,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  // The Playground loads fonts from Microsoft's CDN; without network they only slow every page down.
  await context.route(/cdn\.office\.net/, (route) => route.abort());
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => console.warn(`page error: ${e.message}`));

  const cards = () => page.locator('.fai-OutputCard');
  /** The newest card the bot posted (cards updated in place stay where they are). */
  const lastCard = () => cards().last();
  let shotNo = 0;

  async function fail(message) {
    const file = join(shots, 'failure.png');
    await page.screenshot({ path: file }).catch(() => {});
    console.error(`FAILED: ${message} (see ${file})`);
    await context.close();
    process.exit(1);
  }

  /** A screenshot of the window, and of `card` (default: the newest card) whole, also when taller than the window. */
  async function shot(name, card = lastCard()) {
    await page.waitForTimeout(700);
    const file = join(shots, numbered ? `${String(++shotNo).padStart(2, '0')}-${name}.png` : `${name}.png`);
    await page.screenshot({ path: file });
    if (card && await card.count()) {
      await card.scrollIntoViewIfNeeded().catch(() => {});
      await card.screenshot({ path: file.replace(/\.png$/, '-card.png') }).catch(() => {});
    }
    console.log(`screenshot: ${file}`);
    return file;
  }

  /**
   * Waits until `text` is visible in `scope` (default: the newest card); `which` = 'last' waits for the newest of
   * several matches, so an older card with the same text does not count.
   */
  async function see(text, what, scope = lastCard(), timeout = 15000, which = 'first') {
    try {
      const match = scope.getByText(text);
      await (which === 'last' ? match.last() : match.first()).waitFor({ state: 'visible', timeout });
      console.log(`ok: ${what}`);
    } catch (e) {
      await fail(`${what}: no "${text}" on screen`);
    }
  }

  async function open(conversation) {
    await page.getByText(conversation, { exact: true }).first().click({ force: true });
    await page.waitForTimeout(1500);
  }

  async function mention(name) {
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name }).first().click();
  }

  /**
   * Types a message and waits for the bot's answer: "@Kernebot <text>" in a group chat or channel (Teams only
   * passes messages that mention the bot there), just the text in the 1:1 chat; "@Name" for each of `people`.
   */
  async function say(text, { mention: mentionBot = true, people = [], answer = true } = {}) {
    const before = await cards().count();
    // In a channel the first editor starts a new post; the others reply in threads.
    await page.locator('[data-lexical-editor=true]').first().click();
    if (mentionBot) {
      await mention('Kernebot');
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    for (const person of people) {
      await page.keyboard.type(' ');
      await mention(person);
    }
    await page.keyboard.press('Enter');
    if (answer) {
      await page.waitForFunction((n) => document.querySelectorAll('.fai-OutputCard').length > n, before,
        { timeout: 15000 }).catch(() => fail(`no answer to "${text}"`));
      await page.waitForTimeout(800);
    }
  }

  /** Clicks a card button (the last with that title in `scope`, e.g. in the newest entry, or the first). */
  async function press(title, scope = lastCard(), { which = 'last', role = 'button', wait = 1200 } = {}) {
    const button = scope.getByRole(role, { name: title, exact: true });
    try {
      await button.first().waitFor({ state: 'visible', timeout: 10000 });
    } catch (e) {
      await fail(`no button "${title}"`);
    }
    const target = which === 'first' ? button.first() : button.last();
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.waitForTimeout(wait);
  }

  /** Fills the card input with this label (the last one in `scope`). */
  async function fill(label, value, scope = lastCard()) {
    const field = scope.getByLabel(label, { exact: false }).last();
    try {
      await field.waitFor({ state: 'visible', timeout: 10000 });
    } catch (e) {
      await fail(`no field "${label}"`);
    }
    await field.fill(value);
  }

  async function close() {
    await context.close();
    console.log(`screenshots in ${shots}`);
  }

  return { page, context, cards, lastCard, fail, shot, see, open, mention, say, press, fill, close };
}
