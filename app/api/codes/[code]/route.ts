import { oneCodeJson } from "@/lib/api/shape";

/** /api/codes/<n>: any 0–65535 (via classify); anything else is a 400 that says why. */
export async function GET(_req: Request, ctx: RouteContext<"/api/codes/[code]">) {
  const { code } = await ctx.params;
  let input = code.replace(/\.json$/, "");
  try {
    input = decodeURIComponent(input);
  } catch {
    // Keep it as typed; classify rejects it.
  }
  const { status, body } = oneCodeJson(input);
  return Response.json(body, {
    status,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": status === 200 ? "public, max-age=86400" : "no-store",
    },
  });
}
