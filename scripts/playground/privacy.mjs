// What a person is told about their data, in the Agents Playground: the welcome card's lines on what is stored and
// the "privatliv" card with its link to the full text, in the personal chat and the group chat.
// Usage: node privacy.mjs [playground URL] [screenshot folder]
import { launch } from './ui.mjs';

const url = process.argv[2] || 'http://localhost:56150';
const shots = process.argv[3] || 'build/playground/screens-privacy';

const ui = await launch(shots, { height: 1000 });
const { page, open, say, see, shot } = ui;

await page.goto(url, { waitUntil: 'domcontentloaded' });

await open('Personal Chat');
await see('Jeg gemmer det, I skriver til mig', 'the welcome card says what is stored', page, 20000, 'last');
await see('Læs mere om privatliv', 'the welcome card links to the full text', page, 5000, 'last');
await shot('welcome', ui.cards().filter({ hasText: 'Jeg gemmer det' }).last());
await say('privatliv', { mention: false });
await see('Det gemmer Kernebot', 'the privatliv card');
await see('Hvor længe:', 'the privatliv card says for how long');
await see('Læs hele teksten', 'the privatliv card links to the full text');
await shot('privatliv');

await open('Stue Solsikken');
await say('privatliv', { mention: true });
await see('Hvem ser det:', 'the privatliv card in the group chat');
await shot('privatliv-group');

await ui.close();
