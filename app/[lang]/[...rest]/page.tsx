import { notFound } from "next/navigation";

/** Any unknown path under a locale renders that locale's 404 (app/[lang]/not-found.tsx). */
export default function CatchAll() {
  notFound();
}
