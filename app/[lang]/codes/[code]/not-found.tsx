import { UnknownCode } from "@/components/codes/unknown-code";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

/**
 * 404 for /{lang}/codes/<not a code>. Not-found files get no params, so a small client leaf reads
 * the path and explains, in the page's language, why the segment is not a close code.
 */
export default function CodeNotFound() {
  const pick = (m: typeof en) => ({ ...m.notFound, errors: m.decoder.errors });
  return <UnknownCode messages={{ en: pick(en), ru: pick(ru) }} />;
}
