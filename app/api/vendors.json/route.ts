import { vendorsJson } from "@/lib/api/shape";

export const dynamic = "force-static";

export function GET() {
  return Response.json(vendorsJson(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
