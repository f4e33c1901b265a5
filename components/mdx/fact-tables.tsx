import type { Locale } from "@/i18n/routing";
import { idleTimeouts } from "closecodes/facts";
import { messageLimits } from "closecodes/facts";

const headings = {
  en: {
    component: "Component",
    limit: "Default limit",
    setting: "Setting",
    source: "Source",
    behaviour: "On overflow",
  },
  ru: {
    component: "Компонент",
    limit: "Лимит по умолчанию",
    setting: "Настройка",
    source: "Источник",
    behaviour: "При превышении",
  },
} as const;

function Table({ children }: { children: React.ReactNode }) {
  return (
    <div className="not-prose my-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">{children}</table>
    </div>
  );
}
const th = "border-b border-border-strong px-2 py-1.5 font-semibold";
const td = "border-b border-border px-2 py-1.5 align-top";

/** `<IdleTimeouts />`: proxies and platforms that cut idle WebSockets (the page sees 1006). */
export function IdleTimeouts({ lang }: { lang: Locale }) {
  const h = headings[lang];
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{h.component}</th>
          <th className={th}>{h.limit}</th>
          <th className={th}>{h.setting}</th>
        </tr>
      </thead>
      <tbody>
        {idleTimeouts.map((r) => (
          <tr key={r.component}>
            <td className={td}>
              <a href={r.source} className="underline" rel="noopener">
                {r.component}
              </a>
            </td>
            <td className={td}>{r.limit[lang]}</td>
            <td className={td}>{"setting" in r ? <code>{r.setting}</code> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** `<MessageLimits />`: default maximum message sizes (the usual source of 1009). */
export function MessageLimits({ lang }: { lang: Locale }) {
  const h = headings[lang];
  return (
    <Table>
      <thead>
        <tr>
          <th className={th}>{h.component}</th>
          <th className={th}>{h.limit}</th>
          <th className={th}>{h.setting}</th>
          <th className={th}>{h.behaviour}</th>
        </tr>
      </thead>
      <tbody>
        {messageLimits.map((r) => (
          <tr key={r.component}>
            <td className={td}>
              <a href={r.source} className="underline" rel="noopener">
                {r.component}
              </a>
            </td>
            <td className={td}>{r.limit[lang]}</td>
            <td className={td}>{"setting" in r ? <code>{r.setting}</code> : "—"}</td>
            <td className={td}>{r.behaviour[lang]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
