import type { ComponentType } from "react";
import type { MDXComponents } from "mdx/types";
import type { Locale } from "@/i18n/routing";
import { contentMeta, type ContentMeta } from "./meta";

type MdxModule = { default: ComponentType<{ components?: MDXComponents }>; meta: unknown };

export type LoadedContent = { Body: MdxModule["default"]; meta: ContentMeta };

function validate(mod: MdxModule, file: string): LoadedContent {
  const parsed = contentMeta.safeParse(mod.meta);
  if (!parsed.success) throw new Error(`${file}: invalid meta: ${parsed.error.message}`);
  return { Body: mod.default, meta: parsed.data };
}

/** The prose for a code page. Every registered code has one per locale (the content check enforces it). */
export async function loadCodeContent(lang: Locale, code: number): Promise<LoadedContent> {
  const mod = (await import(`@/content/${lang}/codes/${code}.mdx`)) as MdxModule;
  return validate(mod, `content/${lang}/codes/${code}.mdx`);
}

export async function loadGuideContent(lang: Locale, slug: string): Promise<LoadedContent> {
  const mod = (await import(`@/content/${lang}/guides/${slug}.mdx`)) as MdxModule;
  return validate(mod, `content/${lang}/guides/${slug}.mdx`);
}

export async function loadCompareContent(lang: Locale, slug: string): Promise<LoadedContent> {
  const mod = (await import(`@/content/${lang}/compare/${slug}.mdx`)) as MdxModule;
  return validate(mod, `content/${lang}/compare/${slug}.mdx`);
}
