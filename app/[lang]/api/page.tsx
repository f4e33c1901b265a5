import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { oneCodeJson } from "@/lib/api/shape";
import { catalogueJson } from "@/lib/scenarios/catalogue-json";
import { alternatesFor } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: PageProps<"/[lang]/api">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getTranslations({ locale: lang, namespace: "api" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor(lang, "/api") };
}

const endpoints = [
  {
    path: "/api/codes.json",
    doc: {
      en: "Every registered code (1000–1015, 3000, 3003, 3008) with all its facts, and the six ranges that cover 0–65535.",
      ru: "Все зарегистрированные коды (1000–1015, 3000, 3003, 3008) со всеми фактами и шесть диапазонов, покрывающих 0–65535.",
    },
  },
  {
    path: "/api/codes/{n}",
    doc: {
      en: "Any integer 0–65535: its registry entry if it has one, its range, and what it means in vendor protocols. Anything else is HTTP 400 with the reason.",
      ru: "Любое целое 0–65535: запись реестра, если есть, диапазон и значение в протоколах сервисов. Всё остальное — HTTP 400 с причиной.",
    },
  },
  {
    path: "/api/vendors.json",
    doc: {
      en: "Every vendor with its codes, reconnect rules, range rules and sources.",
      ru: "Все сервисы с их кодами, правилами переподключения, правилами диапазонов и источниками.",
    },
  },
  {
    path: "/api/scenarios.json",
    doc: {
      en: "The live tester's scenario catalogue: `engines` (id chromium, firefox or webkit, name, version, with `measuredAt`), and per scenario its parameters and `variants`, each with `query`, `url`, optional `protocols`, `pageAction` and `durationMs`, `expected` per engine id as { open, error, code, reason, wasClean }, `racy` per engine id where a field depends on timing there, and `serverSees` per engine id (the close frame the browser sends back, null when it sends none, or the HTTP status).",
      ru: "Каталог сценариев живого тестера: `engines` (id chromium, firefox или webkit, имя, версия, дата `measuredAt`), а для каждого сценария — параметры и `variants`: у каждого `query`, `url`, необязательные `protocols`, `pageAction` и `durationMs`, `expected` по id движка в виде { open, error, code, reason, wasClean }, `racy` по id движка, если какое-то поле там зависит от тайминга, и `serverSees` по id движка (кадр закрытия, который браузер отправляет в ответ, null, если не отправляет никакого, или HTTP-статус).",
    },
  },
] as const;

export default async function ApiPage({ params }: PageProps<"/[lang]/api">) {
  const lang = (await params).lang as Locale;
  setRequestLocale(lang);
  const t = await getTranslations({ locale: lang, namespace: "api" });
  // The examples are real outputs of the same functions the routes call.
  const example = JSON.stringify(oneCodeJson("4004").body, null, 2).split("\n").slice(0, 40).join("\n");
  const bad = JSON.stringify(oneCodeJson("70000").body, null, 2);
  // One variant where the engines disagree, cut from the real /api/scenarios.json.
  const catalogue = catalogueJson();
  const raw = catalogue.scenarios.find((x) => x.id === "close-raw")!;
  const scenarioExample = JSON.stringify(
    {
      measuredAt: catalogue.measuredAt,
      engines: catalogue.engines,
      scenarios: [
        { id: raw.id, url: raw.url, variants: raw.variants.filter((v) => v.query === "?code=1005") },
      ],
    },
    null,
    2,
  );
  const fetchExample = `const res = await fetch("https://<this site>/api/codes/1006");
const info = await res.json();
console.log(info.registered.name.en, info.registered.reconnect); // "Abnormal Closure" "backoff"`;
  return (
    <article className="mx-auto max-w-3xl space-y-6" data-testid="api-page">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-lg text-zinc-700 dark:text-zinc-300">{t("lead")}</p>
      <dl className="space-y-3">
        {endpoints.map((e) => (
          <div key={e.path}>
            <dt>
              <code className="font-semibold">GET {e.path}</code>
            </dt>
            <dd className="text-sm text-zinc-700 dark:text-zinc-300">{e.doc[lang]}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="ex1">
        <h2 id="ex1" className="text-xl font-semibold">
          GET /api/codes/4004
        </h2>
        <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          {example}
          {"\n…"}
        </pre>
      </section>
      <section aria-labelledby="ex2">
        <h2 id="ex2" className="text-xl font-semibold">
          GET /api/codes/70000 → 400
        </h2>
        <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          {bad}
        </pre>
      </section>
      <section aria-labelledby="ex-scenarios">
        <h2 id="ex-scenarios" className="text-xl font-semibold">
          GET /api/scenarios.json → close-raw?code=1005
        </h2>
        <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          {scenarioExample}
          {"\n…"}
        </pre>
      </section>
      <section aria-labelledby="ex3">
        <h2 id="ex3" className="text-xl font-semibold">
          fetch()
        </h2>
        <pre className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          {fetchExample}
        </pre>
      </section>
    </article>
  );
}
