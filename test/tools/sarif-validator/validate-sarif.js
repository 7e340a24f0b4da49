// Validates SARIF files against the SARIF 2.1.0 JSON schema (draft-04) that
// @microsoft/jest-sarif ships. Usage: node validate-sarif.js FILE...
// Prints "valid: FILE" or the schema's complaints; exits 1 on an invalid file.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const schemaPath = path.join(path.dirname(require.resolve("@microsoft/jest-sarif/package.json")),
                             "lib", "schemas", "sarif-2.1.0-rtm.5.json");
// The schema's pattern for `language` is not a valid Unicode regular
// expression (a stray `]`); JavaScript's legacy syntax accepts it as meant.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));

let status = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, "utf8"));
  if (validate(log)) {
    console.log(`valid: ${file}`);
    continue;
  }
  console.log(`invalid: ${file}`);
  for (const error of validate.errors)
    console.log(`  ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
  status = 1;
}
process.exit(status);
