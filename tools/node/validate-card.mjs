// Checks expanded cards with Microsoft's Adaptive Cards library (the renderer Teams' web client builds on):
// unknown element or action types, invalid property values and duplicate input ids are errors, and so are a
// version other than 1.5, a TextBlock without text, an action without a title, an Action.Execute without a
// verb, and any template expression left unexpanded.
// Usage: node validate-card.mjs < cards.json, where cards.json is [{"name", "card"}, ...]. Prints
// [{"name", "errors": [...]}] and exits 1 if any card has errors.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
});

function walk(node, path, visit) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}[${i}]`, visit));
  } else if (node && typeof node === 'object') {
    visit(node, path);
    for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`, visit);
  } else if (typeof node === 'string' && node.includes('${')) {
    visit({ unexpanded: node }, path);
  }
}

function check(card) {
  const errors = [];
  if (!card || card.type !== 'AdaptiveCard') errors.push('not an AdaptiveCard');
  if (card && card.version !== '1.5') errors.push(`version must be 1.5, is ${card && card.version}`);
  walk(card, '$', (node, path) => {
    if (node.unexpanded) errors.push(`${path}: unexpanded template text "${node.unexpanded}"`);
    if (node.type === 'TextBlock' && (typeof node.text !== 'string' || node.text.trim() === '')) {
      errors.push(`${path}: TextBlock without text`);
    }
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && !node.title) {
      errors.push(`${path}: ${node.type} without title`);
    }
    if (node.type === 'Action.Execute' && !node.verb) errors.push(`${path}: Action.Execute without verb`);
  });
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) errors.push(`validate: ${event.message}`);
  return errors;
}

const results = JSON.parse(input).map(({ name, card }) => ({ name, errors: check(card) }));
process.stdout.write(JSON.stringify(results));
process.exitCode = results.some((r) => r.errors.length > 0) ? 1 : 0;
