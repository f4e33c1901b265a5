import { allCodesJson } from "@/lib/api/shape";

export const dynamic = "force-static";

export function GET() {
  return Response.json(allCodesJson(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
