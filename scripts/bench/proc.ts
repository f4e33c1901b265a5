/**
 * Child processes and what the kernel says about them, shared by the load scripts
 * (scripts/bench/run.ts, scripts/soak/run.ts). Every child started here is SIGKILLed when the
 * calling process exits, however it exits.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A positive integer from the environment, or `def`; anything else exits with status 2. */
export function envInt(name: string, def: number): number {
  const v = process.env[name];
  if (v === undefined || v === "") return def;
  if (!/^[1-9]\d*$/.test(v)) {
    console.error(`${name} must be a positive integer, got ${JSON.stringify(v)}`);
    process.exit(2);
  }
  return Number(v);
}

/** `ulimit -n` of this process (children inherit it). */
export const fdLimit = (): number =>
  Number(execFileSync("sh", ["-c", "ulimit -n"], { encoding: "utf8" }).trim());

// ---- child processes: every one is killed when the caller ends, however it ends ----

export type Server = { pid: number; port: number; child: ChildProcess };
const children = new Set<ChildProcess>();
export const killAll = () => {
  for (const c of children) c.kill("SIGKILL");
};
process.on("exit", killAll);

/** Same Node as the caller, no npx/tsx wrapper: the PID we read is the server itself. */
export function start(file: string, ...args: string[]): Promise<Server> {
  return startNode({ file, args });
}

/**
 * `start` with Node options before the script (`nodeArgs`) and, optionally, the child's stderr
 * lines that match `quiet` left out (everything else is passed through).
 */
export function startNode(o: {
  file: string;
  args?: string[];
  nodeArgs?: string[];
  quiet?: RegExp;
}): Promise<Server> {
  const { file, args = [], nodeArgs = [], quiet } = o;
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", path.join(root, file), "0", ...args],
    {
      cwd: root,
      stdio: ["pipe", "pipe", quiet ? "pipe" : "inherit"],
    },
  );
  children.add(child);
  if (quiet) {
    let err = "";
    child.stderr!.setEncoding("utf8").on("data", (s: string) => {
      err += s;
      const lines = err.split("\n");
      err = lines.pop()!;
      for (const line of lines) if (!quiet.test(line)) process.stderr.write(`${line}\n`);
    });
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start in 30 s`)), 30_000);
    let out = "";
    child.stdout!.setEncoding("utf8").on("data", (s: string) => {
      out += s;
      const m = /^ready (\d+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ pid: child.pid!, port: Number(m[1]), child });
      }
    });
    child.once("exit", (code) => reject(new Error(`${file} exited (${code}) before it was ready`)));
  });
}

export async function stop(s: Server) {
  if (s.child.exitCode === null) {
    const gone = new Promise((r) => s.child.once("exit", r));
    s.child.kill("SIGTERM");
    await Promise.race([gone, sleep(3000)]);
    s.child.kill("SIGKILL");
  }
  children.delete(s.child);
}

// ---- what the kernel says about a process ----

export const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Field 2 (the command name) may hold spaces and parentheses: count from the last ')'.
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(f[11]) + Number(f[12]); // fields 14 and 15: utime, stime, all threads
}

export function rssKiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]);
}

/**
 * SIGINT/SIGTERM exit (the exit hook above kills the children), and so does running out of
 * time: exit 3 after `seconds`, named by `envName`. Returns the timer, to clear once done.
 */
export function exitOnSignalsOrAfter(seconds: number, envName: string): NodeJS.Timeout {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping`);
      process.exit(sig === "SIGINT" ? 130 : 143);
    });
  }
  return setTimeout(() => {
    console.error(`\nout of time after ${seconds} s (${envName}): stopping`);
    process.exit(3);
  }, seconds * 1000);
}
