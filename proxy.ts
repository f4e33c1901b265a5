import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { parseCode } from "./lib/close-codes/parse";

const intl = createMiddleware(routing);

/**
 * 1. One URL per code: "/en/codes/01006" → "/en/codes/1006" (a redirect from the page itself
 *    would come out of Next with a doubled Location header).
 * 2. next-intl adds the locale to bare paths ("/" → "/en" or "/ru" by Accept-Language,
 *    "/codes/1006" → "/en/codes/1006").
 * The scenario server's /ws/ and /ws-report/ paths, the JSON API and files with an extension
 * never reach it.
 */
export default function proxy(req: NextRequest) {
  const m = /^\/(en|ru)\/codes\/([^/]+)$/.exec(req.nextUrl.pathname);
  if (m) {
    const parsed = parseCode(decodeURIComponent(m[2]!));
    if (parsed.ok && String(parsed.code) !== m[2]) {
      const url = req.nextUrl.clone();
      url.pathname = `/${m[1]}/codes/${parsed.code}`;
      return NextResponse.redirect(url, 308);
    }
  }
  return intl(req);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|ws/|ws-report/|.*\\..*).*)"],
};
