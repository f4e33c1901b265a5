import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/**
 * Social preview cards (1200×630), rendered at build time with next/og. Inter is read from the
 * installed @fontsource/inter package (Latin + Cyrillic WOFF): no font is fetched at build time.
 */
export const ogSize = { width: 1200, height: 630 };

const fontDir = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");

async function fonts() {
  const load = (f: string) => readFile(path.join(fontDir, f));
  const [l4, l7, c4, c7] = await Promise.all([
    load("inter-latin-400-normal.woff"),
    load("inter-latin-700-normal.woff"),
    load("inter-cyrillic-400-normal.woff"),
    load("inter-cyrillic-700-normal.woff"),
  ]);
  return [
    { name: "Inter", data: l4, weight: 400 as const, style: "normal" as const },
    { name: "Inter", data: l7, weight: 700 as const, style: "normal" as const },
    { name: "InterCyr", data: c4, weight: 400 as const, style: "normal" as const },
    { name: "InterCyr", data: c7, weight: 700 as const, style: "normal" as const },
  ];
}

export async function ogCard({
  kicker,
  title,
  subtitle,
  site,
}: {
  kicker: string;
  title: string;
  subtitle: string;
  site: string;
}) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#09090b",
        color: "#fafafa",
        fontFamily: "Inter, InterCyr",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#34d399" }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: 96, fontWeight: 700, lineHeight: 1.05 }}>{title}</div>
        <div style={{ display: "flex", fontSize: 36, marginTop: 28, color: "#d4d4d8", lineHeight: 1.3 }}>
          {subtitle}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 26, color: "#a1a1aa" }}>{site}</div>
    </div>,
    { ...ogSize, fonts: await fonts() },
  );
}
