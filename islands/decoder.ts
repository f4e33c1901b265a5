import { parseCode, type ParseError } from "closecodes/codes/parse";
import { fill } from "@/lib/i18n/fill";
import type { DecoderData, DecoderLabels } from "@/lib/decoder/data";
import { dataJson, el } from "./dom";

/**
 * The decoder box (components/decoder/decoder.tsx renders it): type any number, get its meaning at
 * once. The localised registry it answers from (/{lang}/decoder.json, built from the same registry
 * as the pages) loads on first focus, and parsing is the same parseCode() the pages and the server
 * use, so the answer here always matches the code's page.
 */
export function initDecoders(root: ParentNode = document) {
  for (const box of root.querySelectorAll<HTMLElement>("[data-decoder]")) initDecoder(box);
}

function initDecoder(box: HTMLElement) {
  const input = box.querySelector<HTMLInputElement>("input")!;
  const out = box.querySelector<HTMLElement>("[data-testid=decoder-result]")!;
  const labels = dataJson<DecoderLabels>(box, "labels");
  const lang = box.dataset.lang ?? "en";
  let data: Promise<DecoderData> | null = null;
  const load = () => {
    data ??= fetch(box.dataset.src!).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<DecoderData>;
    });
    data.catch(() => (data = null));
    return data;
  };
  const render = async () => {
    const value = input.value;
    if (value.trim() === "") return out.replaceChildren();
    const parsed = parseCode(value);
    if (!parsed.ok) return out.replaceChildren(errorLine(labels, parsed.error, parsed.input));
    try {
      const d = await load();
      // A slow load can finish after the input moved on: draw only what the field still says.
      if (input.value === value) out.replaceChildren(answer(d, labels, lang, parsed.code));
    } catch (e) {
      out.replaceChildren(el("p", { class: "text-danger" }, (e as Error).message));
    }
  };
  input.addEventListener("focus", () => void load().catch(() => {}), { once: true });
  input.addEventListener("input", () => void render());
  // A value the browser restored (back/forward) is decoded too.
  if (input.value) void render();
}

function errorLine(labels: DecoderLabels, error: ParseError, input: string) {
  return el("p", { class: "text-danger" }, fill(labels.errors[error], { input }));
}

function answer(d: DecoderData, labels: DecoderLabels, lang: string, code: number) {
  const entry = d.codes.find((c) => c.code === code);
  const range = d.ranges.find((r) => code >= r.from && code <= r.to);
  const vendors = d.vendorCodes.filter((v) => v.code === code);
  const sendable = entry ? entry.sendable : range?.sendable;
  return el(
    "div",
    { class: "space-y-1" },
    el(
      "p",
      { class: "text-base font-semibold" },
      el("span", { class: "font-mono" }, code),
      " ",
      entry ? entry.name : (range?.name ?? ""),
    ),
    entry && el("p", {}, `${labels.registered}: ${entry.meaning}`),
    range &&
      el(
        "p",
        { class: "text-fg-soft" },
        fill(labels.inRange, { from: range.from, to: range.to, name: range.name }),
        entry ? null : ` — ${range.meaning}`,
      ),
    el("p", {}, sendable ? labels.sendable : labels.notSendable),
    vendors.length > 0 &&
      el(
        "div",
        { "data-testid": "decoder-vendors" },
        el("p", { class: "mt-2 font-medium" }, `${labels.inVendors}:`),
        el(
          "ul",
          { class: "list-disc pl-5" },
          ...vendors.map((v) =>
            el(
              "li",
              {},
              el("a", { class: "underline", href: `/${lang}/vendors/${v.id}#code-${v.code}` }, v.vendor),
              " ",
              el("code", { class: "text-xs" }, v.name),
              `: ${v.meaning} (${v.reconnect})`,
            ),
          ),
        ),
      ),
    el(
      "p",
      {},
      el(
        "a",
        { class: "font-medium underline", href: `/${lang}/codes/${code}` },
        fill(labels.open, { code }),
      ),
    ),
  );
}
