import { catalogueJson } from "@/lib/scenarios/catalogue-json";

// Built once at build time from the catalogue module; open CORS so other tools can read it.
export const dynamic = "force-static";

export function GET() {
  return Response.json(catalogueJson(), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  });
}
