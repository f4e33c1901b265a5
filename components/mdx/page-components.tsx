import type { MDXComponents } from "mdx/types";
import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "@/i18n/routing";
import { BrowserRules } from "@/components/codes/browser-rules";
import { CodeLink } from "@/components/codes/code-link";
import { ReconnectAdvice } from "@/components/codes/reconnect-advice";
import { CompareLink } from "@/components/compare/compare-link";
import { makeCodeBlock } from "./code-block";
import { CodeSpan } from "./code-colors";
import { IdleTimeouts, MessageLimits } from "./fact-tables";
import { makeHeading } from "./heading";
import { Note } from "./note";
import { TryLink } from "./try-link";

/** The components MDX prose may use (content/README.md), bound to one page's locale and code. */
export async function pageComponents(lang: Locale, code?: number): Promise<MDXComponents> {
  const t = await getTranslations({ locale: lang, namespace: "site" });
  return {
    h2: makeHeading("h2", t("copyLink")),
    h3: makeHeading("h3", t("copyLink")),
    pre: makeCodeBlock({ copy: t("copy"), copied: t("copied") }),
    span: CodeSpan,
    a: ({ href = "", ...rest }: ComponentProps<"a">) =>
      /^https?:\/\//.test(href) ? <a href={href} rel="noopener" {...rest} /> : <a href={href} {...rest} />,
    // Wide Markdown tables scroll inside their own box instead of widening a phone screen.
    table: (props: ComponentProps<"table">) => (
      <div className="overflow-x-auto">
        <table {...props} />
      </div>
    ),
    Code: ({ n }: { n: number }) => <CodeLink n={n} lang={lang} />,
    Compare: ({ a, b }: { a: number; b: number }) => <CompareLink a={a} b={b} lang={lang} />,
    BrowserRules: () => {
      if (code === undefined) throw new Error("<BrowserRules /> is only for code pages");
      return <BrowserRules code={code} lang={lang} />;
    },
    IdleTimeouts: () => <IdleTimeouts lang={lang} />,
    MessageLimits: () => <MessageLimits lang={lang} />,
    Note,
    Reconnect: ({ code, vendor }: { code: number; vendor?: string }) => (
      <ReconnectAdvice code={code} vendor={vendor} lang={lang} />
    ),
    TryLink: ({ scenario, query }: { scenario: string; query?: string }) => (
      <TryLink scenario={scenario} query={query} lang={lang} />
    ),
  };
}
