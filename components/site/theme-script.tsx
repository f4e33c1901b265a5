import { THEME_STORAGE_KEY } from "./themes";

/**
 * Runs before first paint so the page never flashes the wrong theme (no layout or colour shift).
 * The stored choice (THEME_STORAGE_KEY) is "light" or "dark"; absent means "system".
 */
const script = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);document.documentElement.dataset.theme=t||"system"}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
