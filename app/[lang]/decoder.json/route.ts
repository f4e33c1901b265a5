import { isLocale, locales } from "@/i18n/routing";
import { decoderData } from "@/lib/decoder/data";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

/** The decoder box's data for one locale (see lib/decoder/data.ts). */
export async function GET(_req: Request, { params }: RouteContext<"/[lang]/decoder.json">) {
  const { lang } = await params;
  if (!isLocale(lang)) return new Response("unknown locale", { status: 404 });
  return Response.json(decoderData(lang));
}
