// Reads the JSON Schema named by the first argument, then JSON documents from standard input, one per
// line, and prints one verdict a line: 1 when the document is valid against the schema, 0 when not.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// Strict mode (every restriction: unknown keywords, keywords without their type, ...): the schema must compile as it is.
const ajv = new Ajv2020({ strict: true, allErrors: false, unicodeRegExp: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(process.argv[2], "utf8")));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const verdicts = [];
for await (const line of lines) {
  if (line.length > 0) {
    verdicts.push(validate(JSON.parse(line)) ? "1" : "0");
  }
}

process.stdout.write(verdicts.join("\n") + "\n");
