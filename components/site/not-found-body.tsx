"use client";

import { usePathname } from "next/navigation";

type Messages = { title: string; lead: string; home: string };

/** Generic 404 in the language of the URL (not-found files get no params). */
export function NotFoundBody({ messages }: { messages: { en: Messages; ru: Messages } }) {
  const lang = (usePathname() ?? "").startsWith("/ru") ? "ru" : "en";
  const t = messages[lang];
  return (
    <div className="max-w-2xl space-y-4">
      <p className="font-mono text-sm text-faint">404</p>
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p>{t.lead}</p>
      <p>
        <a className="font-medium underline" href={`/${lang}`}>
          {t.home}
        </a>
      </p>
    </div>
  );
}
