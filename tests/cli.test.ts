import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { promisify } from "node:util";
import { allVendors } from "closecodes/vendors";
import { buildPackage } from "../scripts/package/build";

/**
 * The `closecodes` command as a user runs it: the built package, a real Node process, its stdout,
 * stderr and exit status — and the packed tarball installed into an empty folder.
 */
const exec = promisify(execFile);

let pkg: { dir: string; cli: string };
before(async () => {
  pkg = await buildPackage();
});

type Result = { code: number; stdout: string; stderr: string };
async function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [pkg.cli, ...args], {
      env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("closecodes <code>", () => {
  it("explains 1006: meaning, producers, per-engine rules, advice, the page and the probe hint", async () => {
    const r = await cli(["1006"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^1006 Abnormal Closure/);
    assert.match(r.stdout, /the browser itself/);
    for (const engine of ["Chromium 156", "Firefox 153", "WebKitGTK 2.50"])
      assert.match(r.stdout, new RegExp(engine));
    assert.match(r.stdout, /Reconnect\? Yes, with exponential backoff/);
    assert.match(r.stdout, /\/en\/codes\/1006/);
    assert.match(r.stdout, /closecodes probe/);
    assert.equal(r.stderr, "");
  });

  it("prints no colour when stdout is not a terminal, and colour when forced", async () => {
    assert.doesNotMatch((await cli(["1000"])).stdout, /\u001b\[/);
    assert.match((await cli(["1000"], { FORCE_COLOR: "1" })).stdout, /\u001b\[1m/);
  });

  it("speaks Russian with --lang ru: the registry's texts and its own", async () => {
    const r = await cli(["1001", "--lang", "ru"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Уход \(Going Away\)/);
    assert.match(r.stdout, /Что сообщает каждый движок/);
    assert.match(r.stdout, /\/ru\/codes\/1001/);
  });

  it("explains a vendor's code with --vendor, and names the other vendors using the number", async () => {
    const r = await cli(["4004", "--vendor", "discord-gateway"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^4004 Authentication failed — Discord Gateway/);
    assert.match(r.stdout, /No: the close was deliberate or final/);
    assert.match(r.stdout, /Also defined by: .*graphql-ws/);
  });

  it("explains an unregistered number by its range, and says whether a page may send it", async () => {
    const r = await cli(["4321", "--json"]);
    const x = JSON.parse(r.stdout);
    assert.equal(x.registered, false);
    assert.equal(x.range.from, 4000);
    assert.equal(x.pageMaySend, true);
    assert.equal(JSON.parse((await cli(["1011", "--json"])).stdout).pageMaySend, false);
  });

  it("--json is the whole explanation, per engine, without colour", async () => {
    const r = await cli(["1012", "--json"], { FORCE_COLOR: "1" });
    const x = JSON.parse(r.stdout);
    assert.equal(x.code, 1012);
    assert.equal(x.ianaName, "Service Restart");
    assert.deepEqual(
      x.browsers.engines.map((e: { engine: string }) => e.engine),
      ["chromium", "firefox", "webkit"],
    );
    // WebKitGTK refuses 1012 in a close frame (measured): the JSON says so.
    assert.match(x.browsers.engines[2].inCloseEvent, /never/);
  });

  it("lists the vendors --vendor knows", async () => {
    const r = await cli(["vendors", "--json"]);
    assert.deepEqual(
      JSON.parse(r.stdout).map((v: { id: string }) => v.id),
      allVendors().map((v) => v.id),
    );
  });

  for (const [args, pattern] of [
    [["abc"], /“abc” is not a number/],
    [["1e3"], /“1e3” is not a number/],
    [["-5"], /negative/],
    [["70000"], /larger than 65535/],
    [["10.5"], /not a whole number/],
    [["4004", "--vendor", "nope"], /unknown vendor “nope”; known vendors: discord-gateway/],
    [["4999", "--vendor", "discord-gateway"], /discord-gateway defines no code 4999/],
    [["1000", "--lang", "de"], /unknown language “de”/],
    [["1000", "--bogus"], /Unknown option '--bogus'/],
    [["1000", "1001"], /expected one code/],
  ] as const) {
    it(`bad input ${JSON.stringify(args)}: one line on stderr, exit 2, no stack trace`, async () => {
      const r = await cli([...args]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
      assert.equal(r.stdout, "");
    });
  }

  it("--version and --help", async () => {
    assert.match((await cli(["--version"])).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match((await cli(["--help"])).stdout, /closecodes probe <ws:\/\/ or wss:\/\/ URL>/);
    assert.match((await cli(["--help", "--lang", "ru"])).stdout, /Использование/);
  });
});

describe("npm pack", () => {
  it("packs only the built package, which installs into an empty folder where npx closecodes works", async () => {
    const dest = mkdtempSync(join(tmpdir(), "closecodes-tgz-"));
    const { stdout } = await exec("npm", ["pack", "--json", "--pack-destination", dest], { cwd: pkg.dir });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed!.files.map((f) => f.path);
    assert.ok(files.includes("dist/cli/main.js") && files.includes("dist/index.d.ts"), files.join(" "));
    assert.ok(files.includes("README.md") && files.includes("README.ru.md"));
    assert.ok(
      files.every(
        (f) => f === "package.json" || f.startsWith("dist/") || f.startsWith("README") || f === "LICENSE",
      ),
      files.join(" "),
    );

    const app = mkdtempSync(join(tmpdir(), "closecodes-app-"));
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "empty-app", private: true, type: "module" }),
    );
    await exec("npm", ["install", "--no-audit", "--no-fund", "--offline", join(dest, packed!.filename)], {
      cwd: app,
    });
    assert.ok(readdirSync(join(app, "node_modules")).includes("closecodes"));
    // No dependency came along: the package needs none.
    assert.deepEqual(
      readdirSync(join(app, "node_modules")).filter((d) => !d.startsWith(".")),
      ["closecodes"],
    );

    const r = await exec("npx", ["--no-install", "closecodes", "1006"], { cwd: app });
    assert.match(r.stdout, /^1006 Abnormal Closure/);

    // The library side: typed ESM a program imports.
    writeFileSync(
      join(app, "use.mjs"),
      `import { classify, explain } from "closecodes";
       import { predict } from "closecodes/verdict";
       const c = classify(4000);
       const x = explain(1015, { lang: "ru" });
       console.log(JSON.stringify({ range: c.ok && c.range.id, name: x.ok && x.explanation.name, predict: typeof predict }));`,
    );
    const u = await exec(process.execPath, ["use.mjs"], { cwd: app });
    assert.deepEqual(JSON.parse(u.stdout), {
      range: "private",
      name: "Сбой TLS-рукопожатия",
      predict: "function",
    });
  });
});
