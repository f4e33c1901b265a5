import type { ComponentProps, CSSProperties } from "react";
import { bundledThemes } from "shiki/themes";
import { cx } from "@/components/ui/cx";
import { CODE_THEMES } from "./code-theme";

/**
 * rehype-pretty-code gives every highlighted token an inline style with both themes' colours,
 * `style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6"`: 50 bytes a token, hundreds of tokens on
 * a long page. Each theme uses about a dozen colours, so a token here gets two short classes
 * instead (`c0 d0`), and the page one small stylesheet that maps them (React hoists it into <head>
 * once per page, and only on pages with code).
 */
export type Palette = { light: string[]; dark: string[]; fg: { light: string; dark: string } };

async function themeColours(name: string): Promise<{ colours: string[]; fg: string }> {
  const load = bundledThemes[name as keyof typeof bundledThemes];
  if (!load) throw new Error(`unknown Shiki theme ${name}`);
  const theme = (await load()).default;
  const fg = theme.colors?.["editor.foreground"]?.toUpperCase();
  if (!fg) throw new Error(`Shiki theme ${name} has no editor.foreground`);
  const colours = new Set<string>([fg]);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
    const c = rule.settings?.foreground;
    if (c) colours.add(c.toUpperCase());
  }
  return { colours: [...colours].sort(), fg };
}

let palette: Promise<Palette> | undefined;
export function codePalette(): Promise<Palette> {
  palette ??= Promise.all([themeColours(CODE_THEMES.light), themeColours(CODE_THEMES.dark)]).then(
    ([light, dark]) => ({ light: light.colours, dark: dark.colours, fg: { light: light.fg, dark: dark.fg } }),
  );
  return palette;
}

export function paletteCss(p: Palette): string {
  // The block's own text colour, which tokens without a class inherit.
  const fg = [`code[data-theme]{color:${p.fg.light}}`, `.dark code[data-theme]{color:${p.fg.dark}}`];
  const light = p.light.map((c, i) => `.c${i}{color:${c}}`);
  const dark = p.dark.map((c, i) => `.dark .d${i}{color:${c}}`);
  return [...fg, ...light, ...dark].join("");
}

/**
 * The classes for one token's style ("" for a token in the block's own text colour, which it
 * inherits), or null when the style is not a Shiki token's.
 */
export function tokenClasses(p: Palette, style: CSSProperties | undefined): string | null {
  const vars = style as Record<string, string> | undefined;
  const light = vars?.["--shiki-light"];
  const dark = vars?.["--shiki-dark"];
  if (light === undefined || dark === undefined || Object.keys(vars!).length !== 2) return null;
  if (light.toUpperCase() === p.fg.light && dark.toUpperCase() === p.fg.dark) return "";
  const l = p.light.indexOf(light.toUpperCase());
  const d = p.dark.indexOf(dark.toUpperCase());
  // A colour outside the theme would mean the themes and rehype-pretty-code disagree: fail the
  // build rather than show uncoloured code.
  if (l < 0 || d < 0) throw new Error(`token colour not in the code themes: ${light} / ${dark}`);
  return `c${l} d${d}`;
}

/**
 * MDX's `span`: a highlighted token gets classes for its colours; a code line loses its
 * `data-line` marker (for line highlighting, which the site does not use); any other span stays.
 */
export async function CodeSpan({ style, className, ...props }: ComponentProps<"span">) {
  const { "data-line": line, ...rest } = props as ComponentProps<"span"> & { "data-line"?: string };
  if (line !== undefined && style === undefined && className === undefined) return <span {...rest} />;
  const classes = style ? tokenClasses(await codePalette(), style) : null;
  if (classes === null) return <span style={style} className={className} {...props} />;
  return <span className={cx(className, classes) || undefined} {...props} />;
}

/** The palette's stylesheet; rendered by every code block, emitted once per page by React. */
export async function CodeColors() {
  const css = paletteCss(await codePalette());
  return (
    <style href="code-colors" precedence="medium">
      {css}
    </style>
  );
}
