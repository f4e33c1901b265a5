import { z } from "zod";

/** The metadata every MDX page exports (`export const meta = {…}`); a bad one fails the build. */
export const contentMeta = z
  .object({
    answer: z.string().min(20),
    description: z.string().min(70).max(160),
  })
  .strict();

export type ContentMeta = z.infer<typeof contentMeta>;

/** The `##` headings each page type must have, in this order, per locale (content/README.md). */
export const requiredSections = {
  codes: {
    en: ["What it means", "When you see it", "How to fix it", "How a browser reports it"],
    ru: ["Что это значит", "Когда это встречается", "Как исправить", "Как это видит браузер"],
  },
  compare: {
    en: ["Key differences", "When to use which", "What the browser shows", "Further reading"],
    ru: ["Главные различия", "Когда что использовать", "Что показывает браузер", "Что почитать"],
  },
  guides: {
    en: ["The short answer", "Step by step", "Code", "Related"],
    ru: ["Коротко", "По шагам", "Код", "См. также"],
  },
} as const;
