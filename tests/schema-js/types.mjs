// Generates TypeScript from the JSON Schema named by the first argument with json-schema-to-typescript,
// checks that every $defs entry is one closed interface of its own name (no numbered copies, no aliases,
// no index signature that lets anything in), then type-checks with tsc (strict) the example documents
// named by the other arguments as values of the root type, and probes that wrong values are refused.
// Prints what is wrong and exits 1, or prints a one-line summary and exits 0.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const [schemaPath, ...examples] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const generated = await compile(schema, "Root", { bannerComment: "", format: false });

const problems = [];
const declared = [...generated.matchAll(/^export (interface|type) (\w+)/gm)].map(m => ({ form: m[1], name: m[2] }));
// json-schema-to-typescript names the root type after the schema's title: "PeaceModel diplomatic event" is PeaceModelDiplomaticEvent.
const root = schema.title.split(/\W+/).map(word => word[0].toUpperCase() + word.slice(1)).join("");
const expected = Object.keys(schema.$defs);
for (const name of expected) {
  const found = declared.find(d => d.name === name);
  if (!found) problems.push(`$defs/${name}: no type of that name`);
  else if (found.form !== "interface") problems.push(`$defs/${name}: a type alias, not an interface of its own`);
}
if (!declared.some(d => d.name === root && d.form === "interface")) problems.push(`${root}: the root is no interface of its own`);
for (const { name } of declared) {
  if (name !== root && !expected.includes(name)) problems.push(`${name}: a type that is no $defs entry (a numbered copy?)`);
}
if (/\[k: string\]/.test(generated)) problems.push("an index signature ([k: string]): some type is open");

// The examples as values of the root type (excess properties are errors for object literals), then
// values each type must refuse: a closed type names its properties and their types.
const probe = [
  generated,
  ...examples.map((path, i) => `// ${path}\nexport const example${i}: ${root} = ${readFileSync(path, "utf8")};`),
  `// @ts-expect-error an actor's kind is one of its names, not a number\nexport const wrongKind: Actor = { id: "a", name: "A", kind: 42 };`,
  `// @ts-expect-error a closed type has no room for a property it does not name\nexport const unknownProperty: Actor = { id: "a", name: "A", kind: "person", unknownProperty: 1 };`,
  `// @ts-expect-error a date's value is text\nexport const wrongDate: EventDate = { value: 20250511 };`,
  `// @ts-expect-error a statement's quotations are quotations\nexport const wrongQuotation: Quotation = { text: "x", start: "0", length: 1 };`,
].join("\n");
const folder = mkdtempSync(join(tmpdir(), "peacemodel-types-"));
writeFileSync(join(folder, "peacemodel.ts"), probe);
const tsc = join(dirname(fileURLToPath(import.meta.url)), "node_modules", ".bin", "tsc");
try {
  execFileSync(tsc, ["--noEmit", "--strict", "--target", "es2022", "--module", "es2022", join(folder, "peacemodel.ts")], { encoding: "utf8", stdio: "pipe" });
} catch (error) {
  problems.push(`tsc (${join(folder, "peacemodel.ts")}):\n${error.stdout}${error.stderr}`);
}

if (problems.length > 0) {
  console.log(problems.join("\n"));
  process.exit(1);
}

console.log(`${declared.length} types (${root} and ${expected.length} $defs, each one closed interface); ${examples.length} examples type-check; 4 wrong values refused`);
