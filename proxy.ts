import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Adds the locale to bare paths ("/" → "/en" or "/ru" by Accept-Language, "/codes/1006" →
 * "/en/codes/1006"). The scenario server's /ws/ and /ws-report/ paths, the JSON API and files
 * with an extension never reach it.
 */
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|ws/|ws-report/|.*\\..*).*)"],
};
