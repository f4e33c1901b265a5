import { NotFoundBody } from "@/components/site/not-found-body";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

export default function LocaleNotFound() {
  return <NotFoundBody messages={{ en: en.notFound, ru: ru.notFound }} />;
}
