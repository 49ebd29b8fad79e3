// Validates the Teams app manifest offline against the schemas bundled in the pinned @microsoft/app-manifest
// package: manifest.json, its localization files, and its two icons.
//
//   node tools/node/validate-manifest.mjs manifest/manifest.json      (or the folder that holds manifest.json)
//
// Placeholders such as ${{MICROSOFT_APP_ID}} are first filled with valid dummy values, so the template in
// manifest/ and a packaged, filled-in copy can both be checked. No network access: a $schema that the package
// does not bundle is an error, never a download. Prints every problem found; exit code 0 = valid,
// 1 = invalid, 2 = wrong usage.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
// Ajv for the localization schema comes from the same place app-manifest gets its own.
const packageRequire = createRequire(require.resolve('@microsoft/app-manifest'));
const AjvDraft04 = packageRequire('ajv-draft-04');
const addFormats = packageRequire('ajv-formats');

const SCHEMA_ROOT = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const DUMMIES = {
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000000',
  BOT_DOMAIN: 'kernebot.example.dk',
};
// Teams shows at most 10 commands per command list, whatever a schema version allows.
const MAX_COMMANDS_PER_LIST = 10;
const ICON_SIZES = { color: 192, outline: 32 };

const problems = [];
const notes = [];

const argument = process.argv[2];
if (!argument || process.argv.length > 3) {
  console.error('usage: node validate-manifest.mjs <manifest.json | folder with manifest.json>');
  process.exit(2);
}
const manifestFile = existsSync(argument) && statSync(argument).isDirectory()
  ? join(argument, 'manifest.json')
  : argument;
if (!existsSync(manifestFile)) {
  console.error(`no such file: ${manifestFile}`);
  process.exit(2);
}
const folder = dirname(resolve(manifestFile));

/** Reads a JSON file after replacing ${{NAME}} placeholders; unknown placeholders are problems. */
function readFilled(file) {
  const name = basename(file);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\$\{\{\s*(\w+)\s*\}\}/g, (all, key) => {
    if (key in DUMMIES) return DUMMIES[key];
    problems.push(`${name}: unknown placeholder ${all} (known: ${Object.keys(DUMMIES).join(', ')})`);
    return key;
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push(`${name}: not valid JSON: ${e.message}`);
    return undefined;
  }
}

function bundledVersions() {
  return readdirSync(SCHEMA_ROOT)
    .filter((v) => /^v\d+\.\d+$/.test(v))
    .sort((a, b) => {
      const [am, an] = a.slice(1).split('.').map(Number);
      const [bm, bn] = b.slice(1).split('.').map(Number);
      return am - bm || an - bn;
    });
}

/** The bundled schema file a $schema URL names, as [version folder, parsed schema]; never fetched. */
function bundledSchema(url, owner, expectedFile) {
  const match = /\/json-schemas\/teams\/(v[\d.]+|vDevPreview)\/([\w.]+\.json)$/.exec(url ?? '');
  if (!match) {
    problems.push(`${owner}: $schema must be a Teams schema URL ending in /json-schemas/teams/v1.NN/${expectedFile}, got ${JSON.stringify(url)}`);
    return [undefined, undefined];
  }
  const [, version, file] = match;
  if (file !== expectedFile) {
    problems.push(`${owner}: $schema names ${file}, expected ${expectedFile}`);
    return [version, undefined];
  }
  const path = join(SCHEMA_ROOT, version, file);
  if (!existsSync(path)) {
    problems.push(`${owner}: schema ${version}/${file} is not bundled in @microsoft/app-manifest (bundled: ${bundledVersions().join(', ')})`);
    return [version, undefined];
  }
  // Same clean-up app-manifest applies to schemas it loads itself (JSON has no \a or \v escapes).
  const raw = readFileSync(path, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return [version, JSON.parse(raw)];
}

/** The localization schema has regex patterns (with \b inside [...]) that only compile without the 'u' flag. */
function validateLocalization(document, schema) {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** Reads the value at a localization key such as "bots[0].commandLists[1].commands[2].title". */
function valueAt(document, key) {
  let current = document;
  for (const part of key.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || current == null) return undefined;
    current = current[m[1]];
    for (const index of m[2].match(/\d+/g) ?? []) {
      if (current == null) return undefined;
      current = current[Number(index)];
    }
  }
  return current;
}

// --- PNG: size from IHDR, pixels decoded just far enough to check the outline icon -------------------------

function readPng(file) {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  const png = {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
    colorType: bytes[25],
    interlace: bytes[28],
    palette: undefined,
    transparency: undefined,
    data: [],
  };
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'PLTE') png.palette = body;
    else if (type === 'tRNS') png.transparency = body;
    else if (type === 'IDAT') png.data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  return png;
}

/** Calls visit(x, y, r, g, b, a) for every pixel of an 8-bit, non-interlaced PNG. */
function forEachPixel(png, visit) {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[png.colorType];
  if (png.bitDepth !== 8 || png.interlace !== 0 || !channels) {
    throw new Error(`cannot check the pixels of this PNG (bit depth ${png.bitDepth}, colour type ${png.colorType}, `
      + `interlace ${png.interlace}); save it as 8-bit RGBA without interlacing`);
  }
  const raw = inflateSync(Buffer.concat(png.data));
  const stride = png.width * channels;
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < png.height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const row = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? row[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let add = 0;
      if (filter === 1) add = left;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`bad PNG row filter ${filter}`);
      row[i] = (row[i] + add) & 0xff;
    }
    for (let x = 0; x < png.width; x++) {
      const p = x * channels;
      const t = png.transparency;
      switch (png.colorType) {
        case 6: visit(x, y, row[p], row[p + 1], row[p + 2], row[p + 3]); break;
        case 4: visit(x, y, row[p], row[p], row[p], row[p + 1]); break;
        case 0: visit(x, y, row[p], row[p], row[p], t && t.readUInt16BE(0) === row[p] ? 0 : 255); break;
        case 2: {
          const clear = t && t.readUInt16BE(0) === row[p] && t.readUInt16BE(2) === row[p + 1] && t.readUInt16BE(4) === row[p + 2];
          visit(x, y, row[p], row[p + 1], row[p + 2], clear ? 0 : 255);
          break;
        }
        case 3: {
          const index = row[p];
          const palette = png.palette ?? Buffer.alloc(0);
          visit(x, y, palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2],
            t && index < t.length ? t[index] : 255);
          break;
        }
        default: break;
      }
    }
    previous = row;
  }
}

function checkIcons(manifest) {
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[kind];
    if (typeof name !== 'string') continue; // the schema reports the missing icon
    const file = join(folder, name);
    if (!existsSync(file)) {
      problems.push(`icons.${kind}: ${name} does not exist next to manifest.json`);
      continue;
    }
    try {
      const png = readPng(file);
      if (png.width !== size || png.height !== size) {
        problems.push(`icons.${kind}: ${name} is ${png.width}x${png.height}, Teams needs ${size}x${size}`);
      }
      if (kind === 'outline') {
        let coloured = 0;
        let firstBad;
        let visible = 0;
        forEachPixel(png, (x, y, r, g, b, a) => {
          if (a === 0) return;
          visible++;
          if (r !== 255 || g !== 255 || b !== 255) {
            coloured++;
            firstBad ??= `(${x},${y}) = rgba(${r},${g},${b},${a})`;
          }
        });
        if (coloured > 0) problems.push(`icons.outline: ${name} must be white on transparent; ${coloured} visible pixel(s) are not white, first ${firstBad}`);
        if (visible === 0) problems.push(`icons.outline: ${name} is fully transparent`);
      }
    } catch (e) {
      problems.push(`icons.${kind}: ${name}: ${e.message}`);
    }
  }
}

/** Checks Teams enforces beyond the JSON schema, or that keep the template honest. */
function checkBeyondSchema(manifest) {
  (manifest.bots ?? []).forEach((bot, b) => {
    (bot.commandLists ?? []).forEach((list, l) => {
      const commands = list.commands ?? [];
      if (commands.length > MAX_COMMANDS_PER_LIST) {
        problems.push(`/bots/${b}/commandLists/${l}: ${commands.length} commands, Teams shows at most ${MAX_COMMANDS_PER_LIST}`);
      }
      const titles = commands.map((c) => c.title);
      const twice = titles.filter((t, i) => titles.indexOf(t) !== i);
      if (twice.length > 0) problems.push(`/bots/${b}/commandLists/${l}: duplicate command title(s) ${[...new Set(twice)].join(', ')}`);
      for (const scope of list.scopes ?? []) {
        if (Array.isArray(bot.scopes) && !bot.scopes.includes(scope)) {
          problems.push(`/bots/${b}/commandLists/${l}: scope ${scope} is not one of the bot's scopes`);
        }
      }
    });
  });
}

function checkLocalizations(manifest, manifestVersion) {
  const info = manifest.localizationInfo;
  const files = [...(info?.additionalLanguages ?? []).map((l) => [l.languageTag, l.file])];
  if (info?.defaultLanguageFile) files.unshift([info.defaultLanguageTag, info.defaultLanguageFile]);
  for (const [tag, name] of files) {
    const file = join(folder, name);
    if (!existsSync(file)) {
      problems.push(`localizationInfo: ${tag} file ${name} does not exist next to manifest.json`);
      continue;
    }
    const localization = readFilled(file);
    if (!localization) continue;
    const [version, schema] = bundledSchema(localization.$schema, name, 'MicrosoftTeams.Localization.schema.json');
    if (version && manifestVersion && version !== manifestVersion) {
      problems.push(`${name}: uses the ${version} localization schema, the manifest uses ${manifestVersion}`);
    }
    if (schema) {
      for (const error of validateLocalization(localization, schema)) problems.push(`${name}: ${error}`);
    }
    // A translation for something the manifest does not have is a mistake (a renumbered command list).
    for (const key of Object.keys(localization)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (valueAt(manifest, key) === undefined) problems.push(`${name}: "${key}" has no counterpart in manifest.json`);
    }
    notes.push(`${name} (${tag}) checked`);
  }
}

const manifest = readFilled(manifestFile);
if (manifest) {
  const [version, schema] = bundledSchema(manifest.$schema, 'manifest.json', 'MicrosoftTeams.schema.json');
  if (version && manifest.manifestVersion !== undefined && version !== `v${manifest.manifestVersion}`) {
    problems.push(`manifest.json: manifestVersion ${manifest.manifestVersion} does not match the $schema version ${version}`);
  }
  if (schema) {
    // With the schema passed in, app-manifest validates offline (Ajv draft-04 + ajv-formats).
    for (const error of await AppManifestUtils.validateAgainstSchema(manifest, schema)) {
      problems.push(`manifest.json: ${error}`);
    }
  }
  checkBeyondSchema(manifest);
  checkLocalizations(manifest, version);
  checkIcons(manifest);
  const newest = bundledVersions().at(-1);
  if (version && newest && version !== newest) notes.push(`note: schema ${version} is not the newest bundled (${newest})`);
  if (problems.length === 0) {
    console.log(`valid: manifest v${manifest.manifestVersion} (${relativeToCwd(manifestFile)}), newest bundled schema ${newest}`);
    for (const note of notes) console.log(`  ${note}`);
  }
}
if (problems.length > 0) {
  console.error(`INVALID: ${relativeToCwd(manifestFile)}`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}

function relativeToCwd(file) {
  const absolute = resolve(file);
  return absolute.startsWith(process.cwd() + '/') ? absolute.slice(process.cwd().length + 1) : absolute;
}
