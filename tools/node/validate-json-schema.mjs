// Checks JSON documents against one of Kernebot's published JSON Schemas (draft 2020-12) with Ajv, the validator
// most JavaScript editors and tools build on, so the tests can show that an editor sees what the bot sees.
//
//   node tools/node/validate-json-schema.mjs <schema.json> [document.json ...]
//
// Compiles the schema in strict mode (an unknown keyword or a regex JavaScript cannot run is an error), then prints
// one line per problem, "<file>\t<instance path>\t<keyword>" (the path as a JSON Pointer; for a missing or unknown
// field, the field itself). Exit code 0 = schema and documents valid, 1 = some problem, 2 = wrong usage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

const [schemaFile, ...documents] = process.argv.slice(2);
if (!schemaFile) {
  console.error('usage: node validate-json-schema.mjs <schema.json> [document.json ...]');
  process.exit(2);
}
const ajv = new Ajv2020({ strict: true, allErrors: true });
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
} catch (e) {
  console.log(`${schemaFile}\t\tschema: ${e.message}`);
  process.exit(1);
}
let failed = false;
for (const file of documents) {
  if (validate(JSON.parse(readFileSync(file, 'utf8')))) {
    continue;
  }
  failed = true;
  for (const error of validate.errors) {
    const field = error.params.missingProperty ?? error.params.additionalProperty;
    const path = field === undefined ? error.instancePath : `${error.instancePath}/${field}`;
    console.log(`${file}\t${path}\t${error.keyword}`);
  }
}
console.log(failed ? 'invalid' : 'valid');
process.exit(failed ? 1 : 0);
