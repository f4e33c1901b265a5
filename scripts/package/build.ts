import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The package's source folder. */
export const PACKAGE_DIR = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../packages/closecodes");

/**
 * Builds the closecodes package the way it is published (tsc with the package's own build
 * config) into a fresh folder of its own: package.json, READMEs and dist/, exactly the files npm
 * would pack. Each test file gets its own copy, so files running in parallel never race on one
 * dist/, and the work tree is never touched.
 */
export async function buildPackage(): Promise<{ dir: string; cli: string }> {
  const dir = mkdtempSync(join(tmpdir(), "closecodes-pkg-"));
  const tsc = resolve(PACKAGE_DIR, "../../node_modules/typescript/bin/tsc");
  await run(process.execPath, [
    tsc,
    "-p",
    join(PACKAGE_DIR, "tsconfig.build.json"),
    "--outDir",
    join(dir, "dist"),
  ]);
  for (const f of ["package.json", "README.md", "README.ru.md", "LICENSE"])
    if (existsSync(join(PACKAGE_DIR, f))) copyFileSync(join(PACKAGE_DIR, f), join(dir, f));
  return { dir, cli: join(dir, "dist/cli/main.js") };
}
