import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codePalette, paletteCss, tokenClasses } from "@/components/mdx/code-colors";

/** Highlighted tokens get colour classes from the two code themes instead of inline styles. */
describe("code colours", async () => {
  const p = await codePalette();
  const token = (light: string, dark: string) =>
    ({ "--shiki-light": light, "--shiki-dark": dark }) as unknown as React.CSSProperties;

  it("reads a dozen or so colours from each theme, its text colour among them", () => {
    assert.ok(p.light.length >= 5 && p.light.length <= 40, `${p.light.length}`);
    assert.ok(p.dark.length >= 5 && p.dark.length <= 40, `${p.dark.length}`);
    assert.ok(p.light.includes(p.fg.light) && p.dark.includes(p.fg.dark));
  });

  it("maps a token's two colours to two classes the stylesheet defines", () => {
    const light = p.light.find((c) => c !== p.fg.light)!;
    const dark = p.dark.find((c) => c !== p.fg.dark)!;
    const classes = tokenClasses(p, token(light.toLowerCase(), dark))!;
    const [l, d] = classes.split(" ");
    const css = paletteCss(p);
    assert.ok(css.includes(`.${l}{color:${light}}`), css);
    assert.ok(css.includes(`.dark .${d}{color:${dark}}`), css);
    // Tokens without a class take the block's colour, which is each theme's own.
    assert.ok(css.includes(`code[data-theme]{color:${p.fg.light}}`), css);
    assert.ok(css.includes(`.dark code[data-theme]{color:${p.fg.dark}}`), css);
  });

  it("gives a token in the block's own colour no class, and leaves other styles alone", () => {
    assert.equal(tokenClasses(p, token(p.fg.light, p.fg.dark)), "");
    assert.equal(tokenClasses(p, { display: "grid" }), null);
    assert.equal(tokenClasses(p, { ...token(p.fg.light, p.fg.dark), color: "red" } as never), null);
  });

  it("fails the build on a colour the themes do not have", () => {
    assert.throws(() => tokenClasses(p, token("#123456", p.fg.dark)), /not in the code themes/);
  });
});
