import { parseArgs } from "node:util";
import type { Locale } from "../codes/types.ts";
import { explain, type Explanation } from "../explain/index.ts";
import { allVendors } from "../vendors/index.ts";
import { EXIT } from "./exit-codes.ts";
import { HELP, version } from "./help.ts";
import { parseMessage, T, type Messages } from "./messages.ts";
import { makeStyle, type Style } from "./style.ts";

/** `closecodes <code>` and `closecodes vendors`. Returns the exit status. */
export function explainCommand(argv: string[]): number {
  // "-5" is a (negative) code to explain, not an option: keep it away from parseArgs, so the
  // user hears "negative" rather than "unknown option".
  const isNumberLike = (a: string) => /^-\d/.test(a);
  const negatives = argv.filter(isNumberLike);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => !isNumberLike(a)),
      allowPositionals: true,
      options: {
        vendor: { type: "string" },
        lang: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (err) {
    return usage(`${(err as Error).message} (see closecodes --help)`);
  }
  const { values } = parsed;
  const positionals = [...parsed.positionals, ...negatives];
  const lang = resolveLang(values.lang);
  if (!lang) return usage(T.en.badLang(String(values.lang)));
  const m = T[lang];
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (values.help) {
    process.stdout.write(HELP[lang]);
    return EXIT.ok;
  }
  if (positionals[0] === "vendors") return listVendors(lang, values.json === true);
  if (positionals.length === 0) {
    process.stdout.write(HELP[lang]);
    return EXIT.usage;
  }
  if (positionals.length > 1)
    return usage(`expected one code, got ${positionals.length}: ${positionals.join(" ")}`);

  const r = explain(positionals[0], { lang, vendor: values.vendor });
  if (!r.ok) {
    const e = r.error;
    if (e.kind === "code") return usage(parseMessage(m, e.error, e.input));
    if (e.kind === "vendor")
      return usage(
        m.unknownVendor(
          e.vendor,
          allVendors()
            .map((v) => v.id)
            .join(", "),
        ),
      );
    return usage(m.vendorLacksCode(e.vendor, e.code));
  }
  if (values.json) process.stdout.write(`${JSON.stringify(r.explanation, null, 2)}\n`);
  else process.stdout.write(render(r.explanation, m, makeStyle()));
  return EXIT.ok;
}

export function resolveLang(v: string | undefined): Locale | null {
  if (v === undefined) return "en";
  return v === "en" || v === "ru" ? v : null;
}

function usage(message: string): number {
  process.stderr.write(`closecodes: ${message}\n`);
  return EXIT.usage;
}

function listVendors(lang: Locale, json: boolean): number {
  const rows = allVendors().map((v) => ({ id: v.id, name: v.name, codes: v.codes.map((c) => c.code) }));
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const s = makeStyle();
  const width = Math.max(...rows.map((r) => r.id.length));
  let out = `${T[lang].vendorsTitle}\n`;
  for (const r of rows) {
    const codes = r.codes.length ? `${r.codes.length} · ${r.codes[0]}–${r.codes[r.codes.length - 1]}` : "—";
    out += `  ${s.bold(r.id.padEnd(width))}  ${r.name} ${s.dim(`(${codes})`)}\n`;
  }
  process.stdout.write(out);
  return EXIT.ok;
}

/** The human-readable explanation: short labelled lines, the same order as the site's code page. */
export function render(x: Explanation, m: Messages, s: Style): string {
  const lines: string[] = [];
  const label = (l: string) => s.dim(`${l}:`);
  const title = x.vendor ? `${x.code} ${x.vendor.codeName} — ${x.vendor.name}` : `${x.code} ${x.name}`;
  lines.push(`${s.bold(title)}  ${s.dim(x.registered ? m.registered : m.unregistered)}`);
  lines.push(x.meaning);
  lines.push("");
  if (x.nameIsOurs) lines.push(`${label(m.iana)} ${s.dim(m.ianaDescriptionOnly)} ${x.ianaName}`);
  else if (x.ianaName && x.ianaName !== x.name) lines.push(`${label(m.iana)} ${x.ianaName}`);
  lines.push(`${label(m.range)} ${x.range.from}–${x.range.to}, ${x.range.name}`);
  lines.push(`${label(m.onWire)} ${x.onWire}`);
  lines.push(`${label(m.page)} ${x.pageMaySend ? m.pageYes(x.code) : m.pageNo(x.code)}`);
  lines.push(`${label(m.producers)} ${x.producers.join("; ")}`);
  lines.push("");
  lines.push(s.bold(m.browsers(x.browsers.measuredAt)));
  const nameW = Math.max(...x.browsers.engines.map((e) => `${e.name} ${e.version}`.length));
  for (const e of x.browsers.engines) {
    lines.push(
      `  ${`${e.name} ${e.version}`.padEnd(nameW)}  ${m.inCloseEvent}: ${e.inCloseEvent}; ${m.wasClean}: ${e.wasClean}; ${m.errorEvent}: ${e.errorEvent}`,
    );
  }
  lines.push("");
  const advice = x.reconnect.note ? `${x.reconnect.text}. ${x.reconnect.note}` : x.reconnect.text;
  const who = x.vendor ? `${m.whatToDo} ${s.dim(`(${m.vendorSays(x.vendor.name)})`)}` : m.whatToDo;
  lines.push(`${s.bold(who)} ${advice}`);
  if (x.vendorsUsingIt.length)
    lines.push(
      `${label(m.alsoUsedBy)} ${x.vendorsUsingIt.map((v) => `${v.name} (${v.codeName})`).join(", ")}`,
    );
  lines.push(`${label(m.spec)} ${x.spec.map((l) => l.label).join(" · ")}`);
  lines.push(`${label(m.more)} ${s.cyan(x.url)}`);
  if (x.code === 1006 || x.code === 1015 || x.code === 1005) {
    lines.push("");
    lines.push(s.dim(m.hidden));
    lines.push(`  ${s.cyan("npx closecodes probe wss://your.server/path")}`);
  }
  return `${lines.join("\n")}\n`;
}
