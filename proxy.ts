import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { parseCode } from "closecodes/codes/parse";

const intl = createMiddleware(routing);

/**
 * 1. One URL per code: "/en/codes/01006" → "/en/codes/1006" (a redirect from the page itself
 *    would come out of Next with a doubled Location header); a segment that is no code at all
 *    is rewritten, with status 404, to a server-rendered page that explains why.
 * 2. next-intl adds the locale to bare paths ("/" → "/en" or "/ru" by Accept-Language,
 *    "/codes/1006" → "/en/codes/1006").
 * The scenario server's /ws/ and /ws-report/ paths, the JSON API and files with an extension
 * never reach it, except code segments with a dot ("/en/codes/10.5"), which rule 1 explains.
 */
export default function proxy(req: NextRequest) {
  const m = /^\/(en|ru)\/codes\/([^/]+)$/.exec(req.nextUrl.pathname);
  if (m) {
    let segment = m[2]!;
    try {
      segment = decodeURIComponent(segment);
    } catch {
      // Keep a malformed escape as typed; parseCode rejects it.
    }
    const parsed = parseCode(segment);
    const url = req.nextUrl.clone();
    if (parsed.ok && String(parsed.code) !== m[2]) {
      url.pathname = `/${m[1]}/codes/${parsed.code}`;
      return NextResponse.redirect(url, 308);
    }
    if (!parsed.ok) {
      url.pathname = `/${m[1]}/not-a-code/${encodeURIComponent(segment)}`;
      return NextResponse.rewrite(url, { status: 404 });
    }
  }
  return intl(req);
}

export const config = {
  // Paths with a dot are files and skip the proxy, except code segments: "/en/codes/10.5" must
  // reach rule 1 to get its server-rendered explanation.
  matcher: ["/((?!api|_next|_vercel|ws/|ws-report/|.*\\..*).*)", "/(en|ru)/codes/:code"],
};
