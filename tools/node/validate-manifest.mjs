// Validates the Teams app manifest and its localization files offline, against the schemas bundled in the
// pinned @microsoft/app-manifest package, and checks the icons' sizes.
// Usage: node validate-manifest.mjs <folder with manifest.json>  (placeholders like ${{X}} are filled with
// valid dummy values first, so the template itself can be checked). Exits 1 with the problems listed.
import { readFileSync } from 'fs';
import { join, dirname } from 'path';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
// The localization schema is draft-04 with patterns that only compile without the regex 'u' flag.
const AjvDraft04 = require('ajv-draft-04');
const validateLocalization = (document, schema) => {
  const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
  return validate(document) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
};

const folder = process.argv[2];
const dummies = { MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000000', BOT_DOMAIN: 'kernebot.example.dk' };
const fill = (text) => text.replace(/\$\{\{(\w+)\}\}/g, (_, name) => dummies[name] ?? `missing-${name}`);
const read = (file) => JSON.parse(fill(readFileSync(join(folder, file), 'utf8')));
const schemaFor = (url) => {
  const match = /json-schemas\/teams\/(v[\d.]+|vDevPreview)\/(.+\.json)$/.exec(url || '');
  if (!match) throw new Error(`no bundled schema for ${url}`);
  const base = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(readFileSync(join(base, 'build', 'json-schemas', 'teams', match[1], match[2]), 'utf8'));
};
const pngSize = (file) => {
  const bytes = readFileSync(join(folder, file));
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

const problems = [];
const manifest = read('manifest.json');
for (const error of await AppManifestUtils.validateAgainstSchema(manifest, schemaFor(manifest.$schema))) {
  problems.push(`manifest.json: ${error}`);
}
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  const localization = read(language.file);
  for (const error of validateLocalization(localization, schemaFor(localization.$schema))) {
    problems.push(`${language.file}: ${error}`);
  }
}
const expected = { color: [192, 192], outline: [32, 32] };
for (const [kind, size] of Object.entries(expected)) {
  try {
    const actual = pngSize(manifest.icons[kind]);
    if (actual[0] !== size[0] || actual[1] !== size[1]) problems.push(`${kind} icon is ${actual.join('x')}, must be ${size.join('x')}`);
  } catch (e) {
    problems.push(`${kind} icon: ${e.message}`);
  }
}
console.log(problems.length === 0 ? `valid: manifest v${manifest.manifestVersion}` : problems.join('\n'));
process.exitCode = problems.length === 0 ? 0 : 1;
