import type { Localized } from "closecodes/codes";

/** The guides, in the order the index lists them. Each has content/<lang>/guides/<slug>.mdx. */
export const guides = [
  {
    slug: "why-1006",
    title: { en: "Why a WebSocket closes with 1006, and how to find out", ru: "Почему WebSocket закрывается с 1006 и как это выяснить" },
  },
  {
    slug: "idle-timeouts",
    title: { en: "Idle timeouts of proxies and platforms, and how to keep a socket alive", ru: "Тайм-ауты простоя у прокси и платформ и как держать сокет живым" },
  },
  {
    slug: "retry-policy",
    title: { en: "Which close codes to retry, and how", ru: "После каких кодов переподключаться и как" },
  },
  {
    slug: "choosing-codes",
    title: { en: "Choosing close codes for your own protocol", ru: "Как выбрать коды закрытия для своего протокола" },
  },
] as const satisfies ReadonlyArray<{ slug: string; title: Localized }>;

export type GuideSlug = (typeof guides)[number]["slug"];

export function getGuide(slug: string) {
  return guides.find((g) => g.slug === slug);
}
