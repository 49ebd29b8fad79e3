// Expands Adaptive Card templates with Microsoft's own templating engine, for the Java conformance test.
// Usage: node render-template.mjs < jobs.json, where jobs.json is [{"name", "template", "data"}, ...]
// (template and data as JSON values). Prints [{"name", "card"} | {"name", "error"}] as JSON.
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const ACData = require('adaptivecards-templating');

const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
});

const results = JSON.parse(input).map(({ name, template, data }) => {
  try {
    const card = new ACData.Template(template).expand({ $root: data });
    return { name, card };
  } catch (e) {
    return { name, error: String(e && e.message ? e.message : e) };
  }
});
process.stdout.write(JSON.stringify(results));
