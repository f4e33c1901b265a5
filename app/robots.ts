import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  const base = process.env.SITE_URL ?? "http://localhost:3000";
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/ws/", "/ws-report/", "/en/not-a-code/", "/ru/not-a-code/"] },
    ],
    sitemap: `${base}/sitemap.xml`,
  };
}
