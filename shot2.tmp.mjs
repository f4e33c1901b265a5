import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: 360, height: 740 } });
await p.goto("http://localhost:3100/en/compare/1000-vs-1006");
const r = await p.evaluate(() => {
  const W = document.documentElement.clientWidth; const out = [];
  for (const el of document.querySelectorAll("body *")) { const b = el.getBoundingClientRect(); if (b.right > W + 1 && !el.closest("table")) out.push(el.tagName + "." + (el.className||"").toString().slice(0,40) + " " + Math.round(b.right)); }
  return [document.documentElement.scrollWidth, W, ...out.slice(0, 15)];
});
console.log(r.join("\n"));
await b.close();
